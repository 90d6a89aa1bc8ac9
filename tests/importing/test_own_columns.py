"""Our own columns and BLS OEWS's: the rules for files, rows and cells, with plain values."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from wagtail_careers.importing.cells import (
    EDUCATION,
    ON_THE_JOB_TRAINING,
    WORK_EXPERIENCE,
    CellError,
    parse_decimal,
    parse_duties,
    parse_int,
    top_coded_note,
)
from wagtail_careers.importing.files import ImportFileError, read_sheets, read_table
from wagtail_careers.importing.progress import ProgressBar
from wagtail_careers.importing.rows import parse_table

HEADER = [
    "soc_code",
    "title",
    "median_annual",
    "percentile_10",
    "percentile_90",
    "salary_year",
]


def errors_of(parsed):
    return [(error.row, error.column, error.message) for error in parsed.errors]


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("34750", Decimal(34750)),
        ("34,750", Decimal(34750)),
        ("$34,750.50", Decimal("34750.50")),
        ("22%", Decimal(22)),
        ("-3.5", Decimal("-3.5")),
        (34750.0, Decimal("34750.0")),
        (21.2, Decimal("21.2")),
        (48780, Decimal(48780)),
        ("  ", None),
        (None, None),
    ],
)
def test_numbers_are_read_as_bls_and_spreadsheets_write_them(cell, expected):
    assert parse_decimal(cell) == expected


@pytest.mark.parametrize("cell", ["about 30k", "NaN", "Infinity", "1.2.3"])
def test_text_that_is_not_a_number_is_an_error(cell):
    with pytest.raises(CellError, match="Enter a number"):
        parse_decimal(cell)


def test_whole_numbers():
    assert parse_int("2023") == 2023
    assert parse_int(2023.0) == 2023
    assert parse_int("186,300") == 186300
    assert parse_int("") is None
    with pytest.raises(CellError, match="whole number"):
        parse_int("2023.5")


@pytest.mark.parametrize(
    "cell, code",
    [
        ("postsecondary_nondegree", "postsecondary_nondegree"),
        ("Postsecondary nondegree award", "postsecondary_nondegree"),
        ("ASSOCIATE'S DEGREE", "associate"),
        ("Associate\u2019s degree", "associate"),
        ("  High school diploma or   equivalent ", "high_school"),
        ("No formal educational credential", "none"),
        ("Doctoral or professional degree", "doctoral"),
        ("", None),
    ],
)
def test_education_from_codes_and_bls_labels(cell, code):
    assert EDUCATION.reader()(cell) == code


def test_unknown_education_names_the_choices():
    with pytest.raises(CellError, match="Unknown education level 'Diploma'.*high_school"):
        EDUCATION.reader()("Diploma")


@pytest.mark.parametrize(
    "categories, cell, code",
    [
        (WORK_EXPERIENCE, "None", "none"),
        (WORK_EXPERIENCE, "Less than 5 years", "less_than_5_years"),
        (WORK_EXPERIENCE, "5 years or more", "5_years_or_more"),
        (ON_THE_JOB_TRAINING, "None", "none"),
        (ON_THE_JOB_TRAINING, "Short-term on-the-job training", "short_term"),
        (ON_THE_JOB_TRAINING, "Moderate-term on-the-job training", "moderate_term"),
        (ON_THE_JOB_TRAINING, "LONG-TERM ON-THE-JOB TRAINING", "long_term"),
        (ON_THE_JOB_TRAINING, "Apprenticeship", "apprenticeship"),
        (ON_THE_JOB_TRAINING, "Internship/residency", "internship_residency"),
    ],
)
def test_work_experience_and_training_from_bls_labels(categories, cell, code):
    assert categories.reader()(cell) == code


def test_unknown_training_names_the_choices():
    with pytest.raises(CellError, match="Unknown on-the-job training 'Some'.*apprenticeship"):
        ON_THE_JOB_TRAINING.reader()("Some")


def test_duties_are_split_on_bars():
    assert parse_duties(" Assign codes | | Review records ") == [
        "Assign codes",
        "Review records",
    ]
    assert parse_duties("") is None


def test_top_coded_note_names_the_cap_only_when_given():
    assert top_coded_note(["percentile_90"], 2023, None) == (
        "90th percentile: at or above the highest wage BLS publishes for 2023, so not shown."
    )
    assert top_coded_note(["percentile_75", "percentile_90"], 2023, Decimal(239200)) == (
        "75th percentile, 90th percentile: at or above $239,200 a year ($115.00 an hour), "
        "the highest wage BLS publishes for 2023."
    )


def test_a_full_row_in_the_contract_columns():
    header = [
        "soc_code", "title", "summary", "median_annual", "percentile_10", "percentile_90",
        "salary_year", "growth_percent", "outlook_start", "outlook_end", "employment",
        "typical_entry_education", "duties",
    ]  # fmt: skip
    row = [
        "29-2072", "Medical Records Specialists", "They code records.", "48,780", "35000",
        "77,000", "2023", "7.5", "2023", "2033", "194,300", "Postsecondary nondegree award",
        "Assign codes|Review records",
    ]  # fmt: skip
    parsed = parse_table([header, row])
    assert parsed.errors == []
    (imported,) = parsed.rows
    assert imported.where.row == 2
    assert (imported.soc_code, imported.title, imported.summary) == (
        "29-2072",
        "Medical Records Specialists",
        "They code records.",
    )
    assert imported.salary == {
        "median_annual": Decimal(48780),
        "percentile_10": Decimal(35000),
        "percentile_90": Decimal(77000),
        "year": 2023,
    }
    assert imported.outlook == {
        "growth_percent": Decimal("7.5"),
        "period_start": 2023,
        "period_end": 2033,
        "employment": 194300,
    }
    assert imported.education == {"typical_entry_education": "postsecondary_nondegree"}
    assert imported.duties == {"items": ["Assign codes", "Review records"]}
    assert imported.origins[("salary", "median_annual")].column == "median_annual"


def test_work_experience_and_training_columns():
    parsed = parse_table(
        [
            ["soc_code", "title", "work_experience", "on_the_job_training"],
            ["29-2072", "Medical Records Specialists", "None", "Short-term on-the-job training"],
            ["43-6013", "Medical Secretaries", "", "weeks"],
        ]
    )
    assert parsed.rows[0].education == {
        "work_experience": "none",
        "on_the_job_training": "short_term",
    }
    assert errors_of(parsed) == [
        (
            3,
            "on_the_job_training",
            "Unknown on-the-job training 'weeks'. Use one of: none, short_term, moderate_term, "
            "long_term, apprenticeship, internship_residency, or BLS's label.",
        )
    ]


def test_only_soc_code_and_title_are_required():
    parsed = parse_table([["soc_code", "title"], ["29-2072", "Medical Records Specialists"]])
    (row,) = parsed.rows
    assert (row.salary, row.outlook, row.education, row.duties, row.summary) == (None,) * 5


def test_bls_oews_aliases_in_any_case():
    header = ["AREA", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "h_median", "a_pct10",
              "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"]  # fmt: skip
    parsed = parse_table(
        [
            header,
            [
                99,
                "00-0000",
                "All Occupations",
                "total",
                151853870,
                23.11,
                29050,
                36200,
                48060,
                0,
                0,
            ],
            [
                99,
                "29-2072",
                "Medical Records Specialists",
                "detailed",
                186300,
                23.45,
                35000,
                40000,
                48780,
                60000,
                77000,
            ],
        ],
        default_year=2023,
    )
    assert parsed.errors == []
    assert parsed.skipped == ["skipped 1 row of OEWS group totals (not occupations)"]
    assert parsed.ignored_columns == ["AREA", "TOT_EMP"]
    (row,) = parsed.rows
    assert (row.where.row, row.soc_code, row.title) == (
        3,
        "29-2072",
        "Medical Records Specialists",
    )
    assert row.salary == {
        "median_hourly": Decimal("23.45"),
        "percentile_10": Decimal(35000),
        "percentile_25": Decimal(40000),
        "median_annual": Decimal(48780),
        "percentile_75": Decimal(60000),
        "percentile_90": Decimal(77000),
        "year": 2023,
    }


def test_not_available_markers_are_stored_empty():
    parsed = parse_table(
        [HEADER, ["29-2072", "Medical Records Specialists", "48780", "*", "**", "2023"]]
    )
    assert parsed.errors == []
    assert parsed.rows[0].salary["percentile_10"] is None
    assert parsed.rows[0].salary["percentile_90"] is None
    assert "note" not in parsed.rows[0].salary


def test_top_coded_wages_are_stored_empty_with_a_note():
    parsed = parse_table(
        [
            HEADER,
            ["29-1215", "Family Medicine Physicians", "224640", "70000", "#", "2023"],
        ],
        top_code=Decimal(239200),
    )
    salary = parsed.rows[0].salary
    assert salary["percentile_90"] is None
    assert salary["note"] == (
        "90th percentile: at or above $239,200 a year ($115.00 an hour), the highest wage "
        "BLS publishes for 2023."
    )


@pytest.mark.parametrize("marker", ["*", "#"])
def test_a_median_that_bls_does_not_give_leaves_the_pay_alone(marker):
    parsed = parse_table([HEADER, ["29-1248", "Surgeons", marker, "90000", "#", "2023"]])
    (row,) = parsed.rows
    assert row.salary is None
    assert row.notices == [f"Pay left as it is: BLS gives no median ({marker})."]


def test_a_missing_growth_figure_leaves_the_outlook_alone():
    header = ["soc_code", "title", "growth_percent", "outlook_start", "outlook_end"]
    parsed = parse_table([header, ["29-2072", "Medical Records Specialists", "*", "2023", "2033"]])
    assert parsed.rows[0].outlook is None
    assert parsed.rows[0].notices == ["Outlook left as it is: BLS gives no growth (*)."]


def test_every_error_is_reported_with_its_row_and_column():
    header = ["OCC_CODE", "OCC_TITLE", "A_MEDIAN", "salary_year", "growth_percent",
              "outlook_start", "outlook_end", "typical_entry_education"]  # fmt: skip
    parsed = parse_table(
        [
            header,
            [
                "29-2072",
                "Medical Records Specialists",
                "48780",
                "2023",
                "",
                "",
                "",
                "associate",
            ],
            ["292072", "Bad code", "48780", "2023", "", "", "", ""],
            ["43-6013", "", "lots", "twenty", "", "", "", ""],
            ["43-6014", "Secretaries", "42000", "2023.5", "#", "", "", "Diploma"],
            ["43-6015", "Clerks", "", "", "3", "2023", "", ""],
            ["29-2072", "Medical Records Specialists again", "", "", "", "", "", ""],
        ]
    )
    assert errors_of(parsed) == [
        (3, "OCC_CODE", ("Enter an SOC code as BLS writes it: two digits, a hyphen and four "
                        "digits, e.g. 29-2072 (O*NET's form 29-2072.00 is accepted too).")),
        (4, "OCC_TITLE", "This column is required."),
        (4, "A_MEDIAN", "Enter a number, such as 34750 or 34,750."),
        (4, "salary_year", "Enter a whole number, such as 2023."),
        (5, "typical_entry_education", ("Unknown education level 'Diploma'. Use one of: none, "
         "high_school, postsecondary_nondegree, some_college, associate, bachelor, master, "
         "doctoral, or BLS's label.")),
        (5, "salary_year", "Enter a whole number, such as 2023."),
        (5, "growth_percent", "# marks a wage at or above BLS's top code; it cannot stand here."),
        (6, "outlook_end", "Give the projection period's years with the growth."),
        (7, "OCC_CODE", "SOC code 29-2072 is also on row 2."),
    ]  # fmt: skip
    assert [row.soc_code for row in parsed.rows] == ["29-2072"]


def test_pay_figures_need_a_median_and_a_year():
    parsed = parse_table(
        [
            HEADER,
            ["29-2072", "Medical Records Specialists", "", "35000", "", "2023"],
            ["43-6013", "Medical Secretaries", "42000", "", "", ""],
        ]
    )
    assert errors_of(parsed) == [
        (
            2,
            "median_annual",
            "Give the median annual pay with this row's other pay figures.",
        ),
        (3, "salary_year", "Give the year of the pay figures (or run with --year)."),
    ]
    assert parse_table([HEADER, ["43-6013", "Medical Secretaries", "42000", "", "", ""]],
                       default_year=2023).rows[0].salary["year"] == 2023  # fmt: skip


def test_employment_needs_growth():
    header = ["soc_code", "title", "growth_percent", "employment"]
    parsed = parse_table([header, ["29-2072", "Medical Records Specialists", "", "194300"]])
    assert errors_of(parsed) == [
        (2, "growth_percent", "Give the projected growth with the employment.")
    ]


def test_header_errors():
    assert errors_of(parse_table([["code", "name"], ["29-2072", "x"]])) == [
        (1, "soc_code", "The header has no soc_code column."),
        (1, "title", "The header has no title column."),
    ]
    assert errors_of(parse_table([["OCC_CODE", "soc_code", "title"]])) == [
        (1, "soc_code", "Both OCC_CODE and soc_code give soc_code: keep one.")
    ]
    assert errors_of(parse_table([])) == [(1, "soc_code", "The file is empty.")]


def test_blank_rows_are_skipped_and_extra_cells_are_an_error():
    parsed = parse_table(
        [
            ["soc_code", "title"],
            ["", ""],
            ["29-2072", "Medical Records Specialists", "stray"],
            ["43-6013", "Medical Secretaries", ""],
        ]
    )
    assert errors_of(parsed) == [(3, "-", "The row has more cells than the header has columns.")]
    assert [(row.where.row, row.soc_code) for row in parsed.rows] == [(4, "43-6013")]


def test_read_csv_with_a_byte_order_mark(tmp_path):
    path = tmp_path / "careers.csv"
    path.write_bytes('\ufeffsoc_code,title\n29-2072,"Records, medical"\n'.encode())
    assert read_table(path) == [["soc_code", "title"], ["29-2072", "Records, medical"]]


def test_read_tab_delimited_text(tmp_path):
    path = tmp_path / "Occupation Data.txt"
    path.write_bytes(
        b"O*NET-SOC Code\tTitle\tDescription\r\n"
        b"29-2072.00\tMedical Records Specialists\tCompile, process, and maintain records.\r\n"
    )
    assert read_table(path) == [
        ["O*NET-SOC Code", "Title", "Description"],
        ["29-2072.00", "Medical Records Specialists", "Compile, process, and maintain records."],
    ]


def test_read_every_sheet_of_a_workbook_whatever_its_name(tmp_path):
    workbook = Workbook()
    workbook.active.title = "national_M2023_dl"
    workbook.active.append(["OCC_CODE", "OCC_TITLE", "A_MEDIAN"])
    workbook.active.append(["29-2072", "Medical Records Specialists", 48780])
    workbook.create_sheet("Field Descriptions").append(["# = top coded"])
    workbook.save(tmp_path / "oews.csv")  # an XLSX workbook, whatever the name says

    sheets = read_sheets(tmp_path / "oews.csv")

    assert [(sheet.name, sheet.rows) for sheet in sheets] == [
        (
            "national_M2023_dl",
            [
                ["OCC_CODE", "OCC_TITLE", "A_MEDIAN"],
                ["29-2072", "Medical Records Specialists", 48780],
            ],
        ),
        ("Field Descriptions", [["# = top coded"]]),
    ]
    assert read_table(tmp_path / "oews.csv") == sheets[0].rows


def test_unreadable_files(tmp_path):
    with pytest.raises(ImportFileError, match="There is no file"):
        read_table(tmp_path / "missing.csv")
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0rest of an old Excel file")
    with pytest.raises(ImportFileError, match="old Excel file"):
        read_table(tmp_path / "old.xlsx")
    (tmp_path / "latin1.csv").write_bytes(
        "soc_code,title\n29-2072,Sp\xe9cialiste\n".encode("latin-1")
    )
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_table(tmp_path / "latin1.csv")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="not a readable .xlsx file"):
        read_table(tmp_path / "broken.xlsx")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_table(tmp_path)


class FakeTerminal(io.StringIO):
    """Stands in for Django's OutputWrapper: ``write(text, ending=...)`` and ``isatty``."""

    def __init__(self, tty):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty

    def write(self, text, ending="\n"):
        return super().write(text + ending)


def test_progress_bar_draws_only_on_a_terminal():
    terminal = FakeTerminal(tty=True)
    bar = ProgressBar(terminal, total=4, width=8)
    bar.update(1)
    bar.update(4)
    bar.finish()
    assert terminal.getvalue() == "\r[##......] 1/4\r[########] 4/4\n"
    log = FakeTerminal(tty=False)
    bar = ProgressBar(log, total=4)
    bar.update(4)
    bar.finish()
    assert log.getvalue() == ""


def test_a_file_of_wages_without_a_year_is_one_error_on_its_header():
    table = [
        ["OCC_CODE", "OCC_TITLE", "A_MEDIAN"],
        ["29-2072", "Medical Records Specialists", "48780"],
        ["43-6013", "Medical Secretaries", "42000"],
    ]
    parsed = parse_table(table, file="national_M2024_dl.xlsx")
    assert [str(error) for error in parsed.errors] == [
        "national_M2024_dl.xlsx, row 1, column salary_year: The file gives pay but no "
        "salary_year column: give the year of the figures with --year (OEWS files have none: "
        "--year 2024 for May 2024's)."
    ]
    assert parse_table(table, default_year=2024).rows[1].salary["year"] == 2024


def test_onet_codes_are_matched_as_their_soc_code():
    parsed = parse_table(
        [
            ["soc_code", "title"],
            ["29-2072.00", "Medical Records Specialists"],
            ["29-2072", "Again"],
        ]
    )
    assert [row.soc_code for row in parsed.rows] == ["29-2072"]
    assert errors_of(parsed) == [(3, "soc_code", "SOC code 29-2072 is also on row 2.")]
