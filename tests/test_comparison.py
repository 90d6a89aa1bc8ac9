"""The comparison computed from plain ``CareerFacts``: no database, no templates."""

from decimal import Decimal

import pytest

from wagtail_careers.comparison import DIMENSIONS, compare, selection_error
from wagtail_careers.facts import (
    CareerFacts,
    Certification,
    Duties,
    Education,
    Outlook,
    Salary,
)


def salary(median, year=2012, currency="USD", region="United States", **percentiles):
    return Salary(
        median_annual=Decimal(median),
        year=year,
        currency=currency,
        region=region,
        **{key: Decimal(value) for key, value in percentiles.items()},
    )


def outlook(growth, start=2012, end=2022, **extra):
    return Outlook(growth_percent=Decimal(growth), period_start=start, period_end=end, **extra)


def coding():
    """The seed's Medical Coding Specialist."""
    return CareerFacts(
        title="Medical Coding Specialist",
        url="https://school.example/careers/coding/",
        duties=Duties(items=("Assign codes to classify diseases and treatments",)),
        education=Education(
            typical_entry_education="postsecondary_nondegree",
            formal_education_required=True,
            program_length_months=10,
            certifications=(
                Certification("Certified Tumor Registrar", "CTR", "NCRA"),
                Certification("Registered Health Information Technician", "RHIT", "AHIMA"),
            ),
        ),
        outlook=outlook("22"),
        salary=salary("34750", percentile_90="56200"),
    )


def office():
    """The seed's Medical Office Specialist."""
    return CareerFacts(
        title="Medical Office Specialist",
        duties=Duties(items=("Keep patient records",)),
        education=Education(
            typical_entry_education="high_school", formal_education_required=False
        ),
        outlook=outlook("36"),
        salary=salary("31350"),
    )


def career(title, median=None, growth=None, education=None, certifications=(), **salary_kw):
    return CareerFacts(
        title=title,
        salary=salary(median, **salary_kw) if median is not None else None,
        outlook=outlook(growth) if growth is not None else None,
        education=(
            Education(typical_entry_education=education, certifications=tuple(certifications))
            if education
            else None
        ),
    )


def row(comparison, key):
    return next(row for row in comparison.rows if row.key == key)


def texts(comparison, key):
    return [cell.text for cell in row(comparison, key).cells]


# Two careers: the seed article ----------------------------------------------------------------


def test_seed_pay_difference_in_currency_and_percent():
    differences = compare([coding(), office()]).differences
    assert (
        "Medical Coding Specialist jobs pay $3,400 (10.8%) more per year at the median than "
        "Medical Office Specialist jobs." in differences
    )


def test_seed_growth_difference_in_percentage_points_without_trailing_zero():
    differences = compare([coding(), office()]).differences
    sentence = next(d for d in differences if "percentage points" in d)
    assert sentence == (
        "Medical Office Specialist jobs are projected to grow 14 percentage points faster than "
        "Medical Coding Specialist jobs (36% vs. 22%, 2012–2022)."
    )
    assert "14%" not in sentence and "14.0" not in sentence


def test_seed_education_by_bls_rank_and_formal_requirement():
    differences = compare([office(), coding()]).differences
    assert (
        "Medical Coding Specialist jobs typically need more education (Postsecondary nondegree "
        "award) than Medical Office Specialist jobs (High school diploma or equivalent)."
        in differences
    )
    assert (
        "Formal education is required for Medical Coding Specialist jobs but not for Medical "
        "Office Specialist jobs." in differences
    )


def test_not_stated_formal_education_never_enters_a_key_difference():
    unknown = CareerFacts(
        title="Unknown",
        education=Education(typical_entry_education="high_school", formal_education_required=None),
    )
    comparison = compare([coding(), unknown])
    assert texts(comparison, "formal_education") == ["Yes", "Not stated"]
    assert not any("Formal education" in d for d in comparison.differences)
    required_and_unknown_and_not = compare([coding(), unknown, office()]).differences
    assert (
        "Formal education is required for Medical Coding Specialist jobs but not for Medical "
        "Office Specialist jobs." in required_and_unknown_and_not
    )


def test_seed_rows_in_order_with_formatted_values():
    comparison = compare([coding(), office()])
    # Every row but the subjects, which neither career lists: a row of "Not available" is left out.
    assert [r.key for r in comparison.rows] == [
        code for code, _label in DIMENSIONS if code != "subjects"
    ]
    assert texts(comparison, "median_pay") == ["$34,750", "$31,350"]
    assert texts(comparison, "hourly_pay") == ["$16.71", "$15.07"]
    assert texts(comparison, "outlook") == ["+22%", "+36%"]
    assert texts(comparison, "education") == [
        "Postsecondary nondegree award",
        "High school diploma or equivalent",
    ]
    assert texts(comparison, "formal_education") == ["Yes", "No"]
    assert texts(comparison, "program_length") == ["10 months", "Not available"]
    assert row(comparison, "certifications").cells[0].items == (
        "Certified Tumor Registrar (CTR)",
        "Registered Health Information Technician (RHIT)",
    )
    assert comparison.notes == ()


def test_outlook_cell_details_label_period_employment_openings():
    facts = CareerFacts(
        title="Welder",
        outlook=outlook(
            "2",
            2024,
            2034,
            employment=418200,
            annual_openings=45800,
            average_growth_percent=Decimal("3.1"),
        ),
    )
    cell = row(compare([facts, office()]), "outlook").cells[0]
    assert cell.text == "+2%"
    assert cell.details == (
        "Little or no change",
        "2024–2034",
        "418,200 jobs in 2024",
        "45,800 openings a year",
    )


def test_markers_say_higher_and_lower_in_words():
    comparison = compare([coding(), office()])
    assert [c.marker for c in row(comparison, "median_pay").cells] == ["higher", "lower"]
    assert [c.marker for c in row(comparison, "outlook").cells] == [
        "slower growth of the two",
        "faster growth of the two",
    ]


def test_outlook_marker_never_contradicts_the_label():
    """+22% is "Much faster than average" for 2012–22 and the slower of the two."""
    coding_facts = CareerFacts(
        title="Coding", outlook=outlook("22", average_growth_percent=Decimal("10.8"))
    )
    office_facts = CareerFacts(
        title="Office", outlook=outlook("36", average_growth_percent=Decimal("10.8"))
    )
    cell = row(compare([coding_facts, office_facts]), "outlook").cells[0]
    assert cell.details[0] == "Much faster than average"
    assert cell.marker == "slower growth of the two"
    three = compare([coding_facts, office_facts, CareerFacts(title="C", outlook=outlook("5"))])
    assert [c.marker for c in row(three, "outlook").cells] == [
        "",
        "fastest growth of these",
        "slowest growth of these",
    ]


def test_pay_range_on_one_shared_scale():
    low = career("Low", "30000", percentile_10="20000", percentile_90="40000")
    high = career("High", "60000", percentile_10="40000", percentile_90="80000")
    cells = row(compare([low, high]), "pay_range").cells
    assert [c.text for c in cells] == ["$20,000 to $40,000", "$40,000 to $80,000"]
    assert (cells[0].bar.start, cells[0].bar.width, cells[0].bar.median) == (
        "25.0",
        "25.0",
        "37.5",
    )
    assert (cells[1].bar.start, cells[1].bar.width, cells[1].bar.median) == (
        "50.0",
        "50.0",
        "75.0",
    )


def test_pay_range_with_one_percentile_is_text_without_a_bar():
    cells = row(compare([coding(), office()]), "pay_range").cells
    assert cells[0].text == "Top 10% earned more than $56,200" and cells[0].bar is None
    assert not cells[1].available
    lowest_only = career("Low", "30000", percentile_10="20000")
    cell = row(compare([lowest_only, office()]), "pay_range").cells[0]
    assert cell.text == "Lowest 10% earned less than $20,000" and cell.bar is None


# Three and four careers: highest and lowest ------------------------------------------------


def test_three_careers_state_highest_and_lowest_not_every_pair():
    careers = [
        career("Welder", "47540", "2", "high_school"),
        career("Electrician", "61590", "11", "postsecondary_nondegree"),
        career("Dental Assistant", "44820", "7", "postsecondary_nondegree"),
    ]
    differences = compare(careers).differences
    assert differences == (
        (
            "Median pay is highest for Electrician ($61,590) and lowest for Dental Assistant "
            "($44,820): $16,770 (37.4%) a year apart."
        ),
        (
            "Projected growth is fastest for Electrician (11%) and slowest for Welder (2%): "
            "9 percentage points apart."
        ),
        (
            "Electrician and Dental Assistant jobs typically need the most education "
            "(Postsecondary nondegree award), Welder jobs the least (High school diploma or "
            "equivalent)."
        ),
    )
    markers = [c.marker for c in row(compare(careers), "median_pay").cells]
    assert markers == ["", "highest", "lowest"]


def test_four_careers_with_a_tie_at_the_top():
    careers = [
        career("A", "50000", "5"),
        career("B", "50000", "-1"),
        career("C", "40000", "5"),
        career("D", "45000", "3.5"),
    ]
    comparison = compare(careers)
    assert comparison.differences[0] == (
        "Median pay is highest for A and B ($50,000) and lowest for C ($40,000): "
        "$10,000 (25%) a year apart."
    )
    assert comparison.differences[1] == (
        "Projected growth is fastest for A and C (5%) and slowest for B (-1%): "
        "6 percentage points apart."
    )
    assert [c.marker for c in row(comparison, "median_pay").cells] == [
        "highest",
        "highest",
        "lowest",
        "",
    ]


# Ties, declines, fractions ---------------------------------------------------------------------


def test_ties_are_said_as_the_same_not_as_a_zero_difference():
    careers = [career("A", "40000", "5", "associate"), career("B", "40000", "5", "associate")]
    comparison = compare(careers)
    assert comparison.differences == (
        "A and B jobs have the same median pay: $40,000 a year.",
        "A and B jobs are projected to change at the same rate (5%).",
        "A and B jobs typically need the same education: Associate's degree.",
    )
    assert all(c.marker == "" for c in row(comparison, "median_pay").cells)


def test_growth_against_a_decline():
    comparison = compare([career("Grows", growth="36"), career("Shrinks", growth="-3")])
    assert comparison.differences == (
        (
            "Grows jobs are projected to grow 39 percentage points faster than Shrinks jobs "
            "(36% vs. -3%, 2012–2022)."
        ),
    )
    assert texts(comparison, "outlook") == ["+36%", "-3%"]


def test_two_declines_say_which_declines_less():
    comparison = compare([career("A", growth="-5"), career("B", growth="-2")])
    assert comparison.differences == (
        (
            "B jobs are projected to decline 3 percentage points less than A jobs "
            "(-2% vs. -5%, 2012–2022)."
        ),
    )


def test_fractional_and_single_percentage_points():
    half = compare([career("A", growth="10.5"), career("B", growth="10")]).differences[0]
    assert "0.5 percentage points" in half
    one = compare([career("A", growth="11"), career("B", growth="10")]).differences[0]
    assert "1 percentage point faster" in one


# Missing data ------------------------------------------------------------------------------


def test_missing_blocks_show_not_available_and_are_left_out_of_differences():
    empty = CareerFacts(title="Unknown")
    comparison = compare([coding(), empty])
    for comparison_row in comparison.rows:
        cell = comparison_row.cells[1]
        assert cell.text == "Not available" and not cell.available, comparison_row.key
        assert cell.marker == ""
    assert comparison.differences == ()
    assert comparison.notes == ()


def test_empty_lists_show_not_available_and_no_certification_none_required():
    facts = CareerFacts(
        title="Empty lists",
        duties=Duties(items=()),
        education=Education(
            typical_entry_education="high_school", formal_education_required=False
        ),
    )
    comparison = compare([facts, coding(), CareerFacts(title="No education block")])
    assert texts(comparison, "certifications") == ["None required", "", "Not available"]
    assert texts(comparison, "duties")[0] == "Not available"


def test_rows_where_every_career_is_not_available_are_left_out():
    comparison = compare([career("A", "40000"), career("B", "30000")])
    assert [r.key for r in comparison.rows] == ["median_pay", "hourly_pay"]
    assert [r.key for r in compare([CareerFacts(title="A"), CareerFacts(title="B")]).rows] == []


def test_subjects_the_training_covers_side_by_side():
    with_subjects = CareerFacts(
        title="Coding",
        education=Education(
            typical_entry_education="postsecondary_nondegree",
            subjects=("Medical terminology", "Human anatomy", "Medical law"),
        ),
    )
    comparison = compare([with_subjects, office()])
    subjects = row(comparison, "subjects")
    assert subjects.label == "What the training covers"
    assert subjects.cells[0].items == ("Medical terminology", "Human anatomy", "Medical law")
    assert subjects.cells[1].text == "Not available"
    keys = [r.key for r in comparison.rows]
    assert keys.index("education") < keys.index("subjects") < keys.index("certifications")


def test_three_careers_one_without_pay_compares_the_other_two_as_a_pair():
    careers = [career("A", "40000"), CareerFacts(title="B"), career("C", "30000")]
    assert compare(careers).differences == (
        "A jobs pay $10,000 (33.3%) more per year at the median than C jobs.",
    )


def test_no_careers_and_one_career():
    assert compare([]).rows == ()
    assert compare([]).notes == (
        "None of the careers in this comparison is published at the moment.",
    )
    single = compare([coding()])
    assert single.differences == ()
    assert "nothing to compare it with" in single.notes[0]


def test_zero_median_gives_no_percent():
    sentence = compare([career("A", "1000"), career("B", "0")]).differences[0]
    assert sentence == "A jobs pay $1,000 more per year at the median than B jobs."


# Certifications ------------------------------------------------------------------------------


def test_certifications_only_one_career_lists():
    ctr = Certification("Certified Tumor Registrar", "CTR")
    rhit = Certification("Registered Health Information Technician", "RHIT")
    cpc = Certification("Certified Professional Coder", "CPC")
    careers = [
        career("Coder", education="postsecondary_nondegree", certifications=[ctr, rhit]),
        career("Biller", education="postsecondary_nondegree", certifications=[rhit, cpc]),
    ]
    differences = compare(careers).differences
    assert "Of these careers, only Coder lists Certified Tumor Registrar (CTR)." in differences
    assert "Of these careers, only Biller lists Certified Professional Coder (CPC)." in differences
    assert not any("RHIT" in d for d in differences)


def test_a_career_without_certifications_is_left_out_of_that_difference():
    assert not any("only" in d for d in compare([coding(), office()]).differences)


# Different years, regions, periods and currencies -------------------------------------------------


def test_pay_of_different_years_is_stated_with_its_year_and_never_subtracted():
    """The issue's case: 2023 pay against 2012 pay."""
    careers = [
        career("Health Information Technician", "48180", year=2023),
        career("Medical Office Specialist", "31350", year=2012, region="Texas"),
    ]
    comparison = compare(careers)
    assert comparison.differences == (
        "Median pay was $48,180 for Health Information Technician in 2023 and $31,350 for "
        "Medical Office Specialist in 2012. Figures from different years are not directly "
        "comparable.",
    )
    assert comparison.notes == (
        "The pay figures are for different regions (United States, Texas).",
    )
    assert not any("$16,830" in d or "53.7%" in d for d in comparison.differences)
    for key in ("median_pay", "hourly_pay"):
        assert [c.marker for c in row(comparison, key).cells] == ["", ""], key
    assert [c.details for c in row(comparison, "median_pay").cells] == [
        ("United States, 2023",),
        ("Texas, 2012",),
    ]
    assert [c.details[-1] for c in row(comparison, "hourly_pay").cells] == ["2023", "2012"]


def test_three_careers_with_one_other_year_compare_none_of_their_pay():
    careers = [
        career("A", "40000", year=2023),
        career("B", "30000", year=2023),
        career("C", "20000", year=2012, percentile_10="10000", percentile_90="30000"),
    ]
    comparison = compare(careers)
    assert comparison.differences == (
        "Median pay was $40,000 for A in 2023, $30,000 for B in 2023 and $20,000 for C in 2012. "
        "Figures from different years are not directly comparable.",
    )
    assert row(comparison, "pay_range").cells[2].details == ("lowest 10% to top 10%", "2012")


def test_growth_over_different_periods_is_stated_with_its_period_and_never_subtracted():
    a = CareerFacts(title="A", outlook=outlook("10", 2012, 2022))
    b = CareerFacts(title="B", outlook=outlook("-4", 2023, 2033))
    comparison = compare([a, b])
    assert comparison.differences == (
        "Projected employment change is +10% for A over 2012–2022 and -4% for B over "
        "2023–2033. Projections over different periods are not directly comparable.",
    )
    assert comparison.notes == ()
    assert [c.marker for c in row(comparison, "outlook").cells] == ["", ""]
    assert [c.details[-1] for c in row(comparison, "outlook").cells] == [
        "2012–2022",
        "2023–2033",
    ]


def test_no_pay_difference_across_currencies():
    careers = [career("A", "40000", currency="USD"), career("B", "30000", currency="EUR")]
    comparison = compare(careers)
    assert comparison.differences == ()
    assert comparison.notes == (
        "Pay is given in different currencies (USD, EUR), so it is not compared.",
    )
    assert texts(comparison, "median_pay") == ["$40,000", "€30,000"]
    assert all(c.marker == "" for c in row(comparison, "median_pay").cells)


def test_pay_range_bars_scale_per_currency():
    usd = career("A", "50", currency="USD", percentile_10="25", percentile_90="100")
    eur = career("B", "5", currency="EUR", percentile_10="5", percentile_90="10")
    bars = [c.bar for c in row(compare([usd, eur]), "pay_range").cells]
    assert (bars[0].start, bars[0].width) == ("25.0", "75.0")
    assert (bars[1].start, bars[1].width) == ("50.0", "50.0")


# Dimensions ------------------------------------------------------------------------------------


def test_chosen_dimensions_limit_rows_and_differences():
    comparison = compare([coding(), office()], dimensions=["outlook", "duties", "unknown"])
    assert [r.key for r in comparison.rows] == ["outlook", "duties"]
    assert len(comparison.differences) == 1 and "percentage points" in comparison.differences[0]


def test_names_and_sources():
    comparison = compare([coding(), office(), CareerFacts(title="Welder")])
    assert comparison.names == "Medical Coding Specialist, Medical Office Specialist and Welder"
    assert comparison.sources == []
    cited = CareerFacts(
        title="Cited",
        salary=Salary(Decimal(1), 2020, source_name="OEWS", source_url="https://bls.gov/oes/"),
        outlook=Outlook(
            Decimal(1), 2020, 2030, source_name="OEWS", source_url="https://bls.gov/oes/"
        ),
    )
    assert compare([cited]).sources == [("OEWS", "https://bls.gov/oes/")]


def test_each_source_is_named_once_even_with_each_careers_own_link():
    def cited(title, url):
        return CareerFacts(
            title=title,
            salary=Salary(Decimal(1), 2024, source_name="BLS OEWS", source_url=url),
            outlook=Outlook(Decimal(1), 2024, 2034, source_name="BLS Employment Projections"),
        )

    comparison = compare(
        [cited("A", ""), cited("B", "https://bls.gov/oes/b"), cited("C", "https://bls.gov/oes/c")]
    )
    assert comparison.sources == [
        ("BLS OEWS", "https://bls.gov/oes/b"),
        ("BLS Employment Projections", ""),
    ]


# The careers rule --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ids, message",
    [
        ([1, 2], None),
        ([1, 2, 3, 4], None),
        ([1, None, 2], None),
        ([], "Choose at least 2 careers to compare."),
        ([1], "Choose at least 2 careers to compare."),
        ([1, 1], "Each career can be chosen only once."),
        ([1, 2, 3, 4, 5], "Choose at most 4 careers to compare."),
    ],
)
def test_selection_error(ids, message):
    assert selection_error(ids) == message
