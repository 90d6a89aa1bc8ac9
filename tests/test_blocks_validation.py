"""One test per validation rule of the structured blocks, and of the SOC code.

Each error must land on the sub-field at fault, which is where the admin shows it.
"""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.blocks.struct_block import StructBlockValidationError

from wagtail_careers.blocks import (
    CallToActionBlock,
    DutiesBlock,
    EducationBlock,
    OutlookBlock,
    SalaryBlock,
)
from wagtail_careers.factories import (
    CareerPageFactory,
    duties_block,
    education_block,
    outlook_block,
    salary_block,
)


def clean(block, raw_value):
    return block.clean(block.to_python(raw_value))


def field_errors(block, raw_value):
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, raw_value)
    return {name: error.messages[0] for name, error in caught.value.block_errors.items()}


def test_valid_seed_salary_passes():
    value = clean(SalaryBlock(), salary_block()["value"])
    assert value["median_annual"] == Decimal("34750")


def all_field_errors(block, raw_value):
    with pytest.raises(StructBlockValidationError) as caught:
        clean(block, raw_value)
    return {name: error.messages for name, error in caught.value.block_errors.items()}


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            {"percentile_10": "40000"},  # p10 above the median (34,750)
            {
                "percentile_10": ["The 10th percentile cannot be above the median."],
                "median_annual": ["The median cannot be below the 10th percentile."],
            },
        ),
        (
            {"percentile_25": "30000", "percentile_10": "31000"},
            {
                "percentile_10": ["The 10th percentile cannot be above the 25th percentile."],
                "percentile_25": ["The 25th percentile cannot be below the 10th percentile."],
            },
        ),
        (
            {"percentile_75": "30000"},  # below the median
            {
                "median_annual": ["The median cannot be above the 75th percentile."],
                "percentile_75": ["The 75th percentile cannot be below the median."],
            },
        ),
        (
            {"percentile_75": "60000"},  # p90 (56,200) below p75
            {
                "percentile_75": ["The 75th percentile cannot be above the 90th percentile."],
                "percentile_90": ["The 90th percentile cannot be below the 75th percentile."],
            },
        ),
        (
            {"percentile_25": "40000", "percentile_75": "30000"},  # the median between both
            {
                "percentile_25": ["The 25th percentile cannot be above the median."],
                "median_annual": [
                    "The median cannot be below the 25th percentile.",
                    "The median cannot be above the 75th percentile.",
                ],
                "percentile_75": ["The 75th percentile cannot be below the median."],
            },
        ),
    ],
)
def test_percentiles_out_of_order_mark_both_fields(overrides, expected):
    assert all_field_errors(SalaryBlock(), salary_block(**overrides)["value"]) == expected


def test_salary_fields_are_in_reading_order():
    names = list(SalaryBlock().child_blocks)
    figures = [name for name in names if name.startswith(("percentile", "median_annual"))]
    assert figures == [
        "percentile_10",
        "percentile_25",
        "median_annual",
        "percentile_75",
        "percentile_90",
    ]


def test_equal_percentiles_are_allowed():
    clean(SalaryBlock(), salary_block(percentile_75="34750", percentile_90="34750")["value"])


def test_currency_must_be_a_three_letter_code():
    errors = field_errors(SalaryBlock(), salary_block(currency="$$")["value"])
    assert errors == {"currency": "Enter a three-letter ISO 4217 currency code, such as USD."}


def test_currency_is_stored_upper_case():
    assert clean(SalaryBlock(), salary_block(currency="eur")["value"])["currency"] == "EUR"


def test_salary_year_cannot_be_in_the_future():
    next_year = timezone.now().year + 1
    errors = field_errors(SalaryBlock(), salary_block(year=next_year)["value"])
    assert list(errors) == ["year"]
    assert "cannot be in the future" in errors["year"]


def test_outlook_period_must_end_after_it_starts_on_both_years():
    errors = field_errors(
        OutlookBlock(), outlook_block(period_start=2022, period_end=2012)["value"]
    )
    assert errors == {
        "period_start": "The period must start before it ends (2012).",
        "period_end": "The period must end after it starts (2022).",
    }


@pytest.mark.parametrize(
    ("missing", "expected"),
    [
        (["period_start"], {"period_start": "Enter the first year of the projected growth."}),
        (["period_end"], {"period_end": "Enter the last year of the projected growth."}),
        (
            ["period_start", "period_end"],
            {
                "period_start": "Enter the first year of the projected growth.",
                "period_end": "Enter the last year of the projected growth.",
            },
        ),
    ],
)
def test_outlook_growth_needs_its_period_on_the_missing_years(missing, expected):
    value = outlook_block(**dict.fromkeys(missing))["value"]
    assert field_errors(OutlookBlock(), value) == expected


def test_a_draft_may_have_growth_without_its_period():
    value = outlook_block(period_start=None, period_end=None)["value"]
    block = OutlookBlock()
    cleaned = block.clean_deferred(block.to_python(value))
    assert cleaned["growth_percent"] == Decimal("22")


@pytest.mark.parametrize("growth", ["-100.1", "1000.5"])
def test_outlook_growth_must_be_between_minus_100_and_1000(growth):
    errors = field_errors(OutlookBlock(), outlook_block(growth_percent=growth)["value"])
    assert errors == {"growth_percent": "Growth must be between -100% and 1000%."}


def test_outlook_may_decline():
    value = clean(OutlookBlock(), outlook_block(growth_percent="-12.5")["value"])
    assert value["growth_percent"] == Decimal("-12.5")


def test_outlook_start_year_cannot_be_in_the_future():
    start = timezone.now().year + 1
    value = outlook_block(period_start=start, period_end=start + 10)["value"]
    assert list(field_errors(OutlookBlock(), value)) == ["period_start"]


def test_call_to_action_needs_a_page_or_a_link():
    errors = field_errors(CallToActionBlock(), {"text": "Apply", "page": None, "url": ""})
    assert errors == {"page": "Choose a page or enter a link."}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["29-2072", "29-2072.00", "43-6013"])
def test_valid_soc_codes(site_root, code):
    CareerPageFactory(soc_code=code).full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["292072", "29-207", "29-2072.0", "ab-cdef"])
def test_invalid_soc_code_has_a_clear_message(site_root, code):
    page = CareerPageFactory()
    page.soc_code = code
    with pytest.raises(ValidationError) as caught:
        page.full_clean()
    assert (
        "two digits, a hyphen and four digits, e.g. 29-2072"
        in caught.value.message_dict["soc_code"][0]
    )


@pytest.mark.parametrize(
    ("block", "raw"), [(DutiesBlock(), duties_block), (EducationBlock(), education_block)]
)
def test_the_year_of_a_duties_or_education_source_cannot_be_in_the_future(block, raw):
    next_year = timezone.now().year + 1
    errors = field_errors(block, raw(source_name="O*NET", year=next_year)["value"])
    assert list(errors) == ["year"]
    assert "cannot be in the future" in errors["year"]
    assert clean(block, raw(source_name="", year=None)["value"])["year"] is None


# Formal education required: yes, no or not stated ----------------------------------------------


def test_formal_education_defaults_to_not_stated():
    block = EducationBlock()
    assert block.child_blocks["formal_education_required"].get_default() == "not_stated"
    assert block.get_default()["formal_education_required"] == "not_stated"


@pytest.mark.parametrize(
    ("stored", "choice"),
    [(True, "yes"), (False, "no"), ("yes", "yes"), ("no", "no"), ("not_stated", "not_stated")],
)
def test_formal_education_accepts_the_bools_older_pages_and_scripts_stored(stored, choice):
    value = clean(EducationBlock(), education_block(formal_education_required=stored)["value"])
    assert value["formal_education_required"] == choice
    block = EducationBlock()
    assert block.get_prep_value(value)["formal_education_required"] == choice


@pytest.mark.django_db
def test_a_page_saved_with_a_bool_keeps_its_claim_and_shows_it_in_the_editor(site_root):
    """A page stored by an older version (a bool in its JSON) reads and edits as yes / no."""
    page = CareerPageFactory(parent=site_root, body=[education_block()])
    raw = page.body.raw_data
    raw[0]["value"]["formal_education_required"] = False
    page.body = raw
    page.save()
    from wagtail_careers.models import CareerPage

    reread = CareerPage.objects.get(pk=page.pk)
    education = reread.body[0]
    assert education.value["formal_education_required"] == "no"
    assert education.value.facts.formal_education_required is False
    form_state = education.block.get_form_state(education.value)
    assert form_state["formal_education_required"] == ["no"]
