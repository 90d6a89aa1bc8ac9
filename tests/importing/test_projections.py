"""BLS Employment Projections' occupation table, read as published, with plain values."""

from decimal import Decimal

import pytest
from importing_support import (
    EN_DASH,
    NOT_AVAILABLE,
    projections_header,
    projections_row,
    projections_table,
)

from wagtail_careers.importing.projections import read_table

TOTAL = projections_row(
    "Total, all occupations", "00-0000", "Summary", employment=170000.1, growth=3.1, openings=18.0
)
GROUP = projections_row(
    "  Healthcare practitioners and technical occupations",
    "29-0000",
    "Summary",
    employment=10000.0,
    growth=6.1,
    openings=600.0,
)
CODERS = projections_row(
    "      Medical records specialists", "29-2072", employment=194.8, growth=7.0, openings=15.0
)
SECRETARIES = projections_row(
    "      Medical secretaries and administrative assistants",
    "43-6013",
    employment="1,234.5",
    growth="-0.4",
    openings=NOT_AVAILABLE,
    education="High school diploma or equivalent",
    experience="Less than 5 years",
    training="Moderate-term on-the-job training",
)


def read(rows, **kwargs):
    return read_table(projections_table(rows, **kwargs), file="occupation.xlsx, sheet Table 1.2")


def errors_of(parsed):
    return [(error.row, error.column, error.message) for error in parsed.errors]


def test_line_items_become_outlook_and_education_with_their_source_and_year():
    parsed = read([TOTAL, GROUP, CODERS, SECRETARIES])

    assert parsed.errors == []
    assert parsed.kind == "BLS Employment Projections, 2024–2034"
    assert parsed.skipped == ["skipped 2 summary rows (occupational groups)"]
    coders, secretaries = parsed.rows
    assert (coders.soc_code, coders.title, coders.where.row) == (
        "29-2072",
        "Medical records specialists",
        5,
    )
    assert coders.outlook == {
        "growth_percent": Decimal("7.0"),
        "period_start": 2024,
        "period_end": 2034,
        "employment": 194800,
        "annual_openings": 15000,
        "average_growth_percent": Decimal("3.1"),
        "source_name": "U.S. Bureau of Labor Statistics, Employment Projections",
        "source_url": "https://www.bls.gov/emp/",
    }
    assert coders.education == {
        "typical_entry_education": "postsecondary_nondegree",
        "work_experience": "none",
        "on_the_job_training": "short_term",
        "source_name": "U.S. Bureau of Labor Statistics, Employment Projections",
        "source_url": "https://www.bls.gov/emp/",
        "year": 2024,
    }
    assert coders.salary is None  # the wage column is OEWS's median, read from OEWS itself
    assert (secretaries.outlook["employment"], secretaries.outlook["annual_openings"]) == (
        1234500,
        None,
    )
    assert secretaries.outlook["growth_percent"] == Decimal("-0.4")
    assert secretaries.education["work_experience"] == "less_than_5_years"
    assert secretaries.education["on_the_job_training"] == "moderate_term"
    assert coders.origins[("outlook", "employment")].column == "Employment, 2024"


def test_the_period_is_read_from_the_header_of_each_release():
    parsed = read([CODERS], start=2023, end=2033)
    (row,) = parsed.rows
    assert (row.outlook["period_start"], row.outlook["period_end"]) == (2023, 2033)
    assert row.education["year"] == 2023
    assert parsed.kind == "BLS Employment Projections, 2023–2033"


def test_a_hyphen_and_four_digit_years_are_read_too():
    header = [cell.replace(f"2024{EN_DASH}34", "2019-2029") for cell in projections_header()]
    header = [cell.replace("2024", "2019").replace("2034", "2029") for cell in header]
    (row,) = read_table([["Table 1.2"], header, CODERS]).rows
    assert (row.outlook["period_start"], row.outlook["period_end"]) == (2019, 2029)


def test_footnotes_and_blank_rows_are_not_occupations():
    table = projections_table([CODERS, [], ["", "", ""], SECRETARIES])
    parsed = read_table(table)
    assert [row.soc_code for row in parsed.rows] == ["29-2072", "43-6013"]
    assert parsed.errors == []


def test_growth_not_available_leaves_the_outlook_alone():
    row = projections_row("Dancers", "27-2031", employment=10.0, growth=NOT_AVAILABLE, openings=1)
    (parsed_row,) = read([row]).rows
    assert parsed_row.outlook is None
    assert parsed_row.notices == ["Outlook left as it is: BLS gives no growth (—)."]
    assert parsed_row.education["typical_entry_education"] == "postsecondary_nondegree"


def test_columns_the_import_does_not_read_are_listed():
    parsed = read([CODERS])
    assert parsed.ignored_columns == [
        "Employment, 2034",
        "Employment distribution, percent, 2024",
        "Employment distribution, percent, 2034",
        "Employment change, numeric, 2024–34",
        "Percent self employed, 2024",
        "Median annual wage, dollars, 2024",
        "Related Occupational Outlook Handbook (OOH) content xlsx",
    ]


def test_every_error_is_reported_with_its_row_and_column():
    rows = [
        projections_row("Coders", "292072", employment=1.0, growth=1, openings=1),
        projections_row("Coders", "29-2072", employment="lots", growth="fast", openings=1),
        projections_row(
            "Coders",
            "29-2073",
            employment=1.0,
            growth=1,
            openings=1,
            education="Diploma",
            experience="Some",
            training="Weeks",
        ),  # fmt: skip
        projections_row("Coders", "29-2074", "Detail", employment=1.0, growth=1, openings=1),
        projections_row("Coders", "", employment=1.0, growth=1, openings=1),
        projections_row("Coders", "29-2075", employment=1.0, growth=1, openings=1),
        projections_row("Coders again", "29-2075", employment=1.0, growth=1, openings=1),
    ]
    assert errors_of(read(rows)) == [
        (3, "2024 National Employment Matrix code", (
            "Enter an SOC code as BLS writes it: two digits, a hyphen and four digits, e.g. "
            "29-2072 (O*NET's form 29-2072.00 is accepted too).")),
        (4, "Employment change, percent, 2024–34", "Enter a number, such as 34750 or 34,750."),
        (4, "Employment, 2024", "Enter a number, such as 34750 or 34,750."),
        (5, "Typical education needed for entry", (
            "Unknown education level 'Diploma'. Use one of: none, high_school, "
            "postsecondary_nondegree, some_college, associate, bachelor, master, doctoral, "
            "or BLS's label.")),
        (5, "Work experience in a related occupation", (
            "Unknown work experience 'Some'. Use one of: none, less_than_5_years, "
            "5_years_or_more, or BLS's label.")),
        (5, "Typical on-the-job training needed to attain competency in the occupation", (
            "Unknown on-the-job training 'Weeks'. Use one of: none, short_term, moderate_term, "
            "long_term, apprenticeship, internship_residency, or BLS's label.")),
        (6, "Occupation type", 'Enter "Line item" or "Summary", as BLS writes it.'),
        (7, "2024 National Employment Matrix code", "This column is required."),
        (9, "2024 National Employment Matrix code", "SOC code 29-2075 is also on row 8."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "drop, column",
    [
        ("2024 National Employment Matrix code", "National Employment Matrix code"),
        ("Occupation type", "Occupation type"),
    ],
)
def test_a_header_without_the_code_or_the_type_is_an_error(drop, column):
    header = projections_header()
    position = header.index(drop)
    table = [
        ["Table 1.2"],
        [c if i != position else "Something else" for i, c in enumerate(header)],
    ]
    table.append(CODERS)
    assert [str(error) for error in read_table(table, file="occupation.xlsx").errors] == [
        f'occupation.xlsx, row 2, column {column}: The header has no "{column}" column.'
    ]


def test_employment_of_another_year_than_the_base_is_an_error():
    header = [
        cell.replace("Employment, 2024", "Employment, 2025") for cell in projections_header()
    ]
    table = [["Table 1.2"], header, CODERS]
    assert errors_of(read_table(table)) == [
        (
            2,
            "Employment, 2025",
            "The employment columns do not include the projection's base year (2024).",
        )
    ]
