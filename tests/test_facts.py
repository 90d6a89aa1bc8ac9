"""The pure facts module, with plain values: no database."""

from decimal import Decimal

import pytest

from wagtail_careers.factories import career_body, outlook_block, salary_block
from wagtail_careers.facts import (
    ALL_OCCUPATIONS_GROWTH,
    CareerFacts,
    Education,
    Outlook,
    Salary,
    build_career_facts,
    outlook_label,
)


def facts_from(blocks, **kwargs):
    return build_career_facts(
        title="Medical Coding Specialist",
        blocks=[(block["type"], block["value"]) for block in blocks],
        **kwargs,
    )


def test_seed_career_facts_from_raw_blocks():
    facts = facts_from(career_body(), soc_code="29-2072")

    assert facts.salary.median_annual == Decimal("34750")
    assert facts.salary.percentile_90 == Decimal("56200")
    assert facts.salary.year == 2012
    assert facts.outlook.growth_percent == Decimal("22")
    assert (facts.outlook.period_start, facts.outlook.period_end) == (2012, 2022)
    assert facts.education.typical_entry_education == "postsecondary_nondegree"
    assert [c.display_name for c in facts.certifications] == [
        "Certified Tumor Registrar (CTR)",
        "Registered Health Information Technician (RHIT)",
    ]
    assert facts.duties.items[0] == "Assign codes to classify diseases and treatments"


def test_hourly_median_is_annual_over_2080_hours_when_missing():
    salary = Salary.from_value(salary_block()["value"])
    assert salary.median_hourly == Decimal("16.71")  # 34,750 / 2,080 = 16.706...
    assert salary.median_hourly_is_derived


def test_published_hourly_median_wins_over_the_derived_one():
    salary = Salary.from_value(salary_block(median_hourly="16.50")["value"])
    assert salary.median_hourly == Decimal("16.50")
    assert not salary.median_hourly_is_derived


def test_salary_without_median_or_year_is_no_salary():
    assert Salary.from_value(salary_block(median_annual=None)["value"]) is None
    assert Salary.from_value(salary_block(year="")["value"]) is None


def test_percentiles_include_the_median_as_the_50th():
    salary = Salary.from_value(salary_block(percentile_10="24000")["value"])
    assert salary.percentiles == {
        10: Decimal("24000"),
        50: Decimal("34750"),
        90: Decimal("56200"),
    }


@pytest.mark.parametrize(
    ("growth", "label"),
    [
        ("22", "Much faster than average"),  # 2012–22 average 10.8%: 2 × 10.8 = 21.6
        ("36", "Much faster than average"),
        ("16", "Faster than average"),
        ("8", "About as fast as average"),
        ("4", "Slower than average"),
        ("1.5", "Little or no change"),
        ("-2", "Little or no change"),
        ("-5", "Decline"),
    ],
)
def test_outlook_label_against_the_2012_2022_average(growth, label):
    outlook = Outlook.from_value(outlook_block(growth_percent=growth)["value"])
    assert str(outlook.label) == label


def test_outlook_label_against_an_average_the_editor_gave():
    outlook = Outlook.from_value(
        outlook_block(period_start=2030, period_end=2040, average_growth_percent="20")["value"]
    )
    assert str(outlook.label) == "About as fast as average"  # 22 < 1.4 × 20


def test_outlook_label_uses_a_configured_average_table():
    value = outlook_block(period_start=2030, period_end=2040)["value"]
    outlook = Outlook.from_value(value, averages={(2030, 2040): Decimal("5")})
    assert str(outlook.label) == "Much faster than average"


def test_no_outlook_label_when_the_period_average_is_unknown():
    outlook = Outlook.from_value(outlook_block(period_start=2030, period_end=2040)["value"])
    assert outlook.label is None
    assert outlook_label(Decimal("5"), None) is None


#: Every BLS projection period from 2002–12 on: every other year until 2018–28, then yearly.
BLS_PERIODS = [(start, start + 10) for start in (*range(2002, 2019, 2), *range(2019, 2025))]


@pytest.mark.parametrize(("start", "end"), BLS_PERIODS)
def test_every_bls_projection_period_since_2002_gets_a_label(start, end):
    """BLS's all-occupations growth for each, as its Employment Projections release gives it."""
    value = outlook_block(growth_percent="22", period_start=start, period_end=end)["value"]
    assert Outlook.from_value(value).label is not None
    assert Decimal(0) < ALL_OCCUPATIONS_GROWTH[(start, end)] < Decimal(20)


def test_all_occupations_growth_of_the_issue_and_the_reference_periods():
    assert ALL_OCCUPATIONS_GROWTH[(2002, 2012)] == Decimal("14.8")
    assert ALL_OCCUPATIONS_GROWTH[(2023, 2033)] == Decimal("4.0")
    assert ALL_OCCUPATIONS_GROWTH[(2024, 2034)] == Decimal("3.1")
    assert list(ALL_OCCUPATIONS_GROWTH) == BLS_PERIODS


@pytest.mark.parametrize(
    ("stored", "required", "label"),
    [
        ("yes", True, "Yes"),
        ("no", False, "No"),
        ("not_stated", None, "Not stated"),
        (True, True, "Yes"),  # as older pages, imports and scripts stored it
        (False, False, "No"),
        (None, None, "Not stated"),
        ("", None, "Not stated"),
    ],
)
def test_formal_education_required_yes_no_or_not_stated(stored, required, label):
    education = Education.from_value(
        {"typical_entry_education": "high_school", "formal_education_required": stored}
    )
    assert education.formal_education_required is required
    assert str(education.formal_education_label) == label


def test_formal_education_not_stated_when_the_block_never_said():
    education = Education.from_value({"typical_entry_education": "high_school"})
    assert str(education.formal_education_label) == "Not stated"


def test_decline_is_reported_as_a_positive_size():
    outlook = Outlook.from_value(outlook_block(growth_percent="-3.5")["value"])
    assert outlook.decline_percent == Decimal("3.5")


def test_education_rank_follows_bls_order():
    low = Education.from_value({"typical_entry_education": "high_school"})
    high = Education.from_value({"typical_entry_education": "postsecondary_nondegree"})
    assert low.rank < high.rank
    assert str(high.label) == "Postsecondary nondegree award"
    assert Education.from_value({"typical_entry_education": ""}).rank is None


def test_work_experience_and_training_with_bls_labels_and_the_source():
    education = Education.from_value(
        {
            "typical_entry_education": "postsecondary_nondegree",
            "work_experience": "less_than_5_years",
            "on_the_job_training": "internship_residency",
            "source_name": "BLS",
            "year": "2024",
        }
    )
    assert str(education.work_experience_label) == "Less than 5 years"
    assert str(education.on_the_job_training_label) == "Internship/residency"
    assert (education.source_name, education.year) == ("BLS", 2024)
    assert Education.from_value({"typical_entry_education": "none"}).work_experience_label == ""


def test_other_blocks_are_ignored_and_only_the_first_structured_block_counts():
    facts = facts_from(
        [
            {"type": "paragraph", "value": "<p>Hello</p>"},
            salary_block(median_annual="40000"),
            salary_block(median_annual="99999"),
        ]
    )
    assert facts.salary.median_annual == Decimal("40000")
    assert facts.outlook is None and facts.education is None and facts.duties is None


def test_a_career_without_blocks_has_empty_facts():
    facts = CareerFacts(title="Welder")
    assert facts.certifications == ()
    assert facts.salary is None
