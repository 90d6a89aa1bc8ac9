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


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"percentile_10": "40000"}, "median_annual"),  # p10 above the median
        ({"percentile_25": "30000", "percentile_10": "31000"}, "percentile_25"),
        ({"percentile_75": "30000"}, "percentile_75"),  # below the median
        ({"percentile_75": "60000"}, "percentile_90"),  # p90 (56,200) below p75
    ],
)
def test_percentiles_must_be_in_order(overrides, field):
    errors = field_errors(SalaryBlock(), salary_block(**overrides)["value"])
    assert list(errors) == [field]
    assert "cannot be below" in errors[field]


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


def test_outlook_period_must_end_after_it_starts():
    errors = field_errors(
        OutlookBlock(), outlook_block(period_start=2022, period_end=2012)["value"]
    )
    assert errors == {"period_end": "The period must end after it starts (2022)."}


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
