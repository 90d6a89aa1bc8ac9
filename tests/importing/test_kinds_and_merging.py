"""Each file's kind from its header and sheets, and the rows of several files merged.

Plain values and small files: no database.
"""

import csv
from decimal import Decimal

import pytest
from importing_support import (
    oews_row,
    projections_row,
    task_row,
    write_occupations,
    write_oews,
    write_projections,
    write_tasks,
)
from openpyxl import Workbook

from wagtail_careers.importing.files import ImportFileError
from wagtail_careers.importing.kinds import ReadOptions, read_file
from wagtail_careers.importing.merging import merge

OPTIONS = ReadOptions(year=2024)
CODERS_TASKS = [task_row("29-2072.00", "Medical Records Specialists", "Assign codes.")]


def test_each_kind_is_recognized_from_its_header_whatever_the_files_name(tmp_path):
    files = {
        "national_M2024_dl.xlsx": write_oews(
            tmp_path / "a.xlsx", [oews_row("29-2072", "Medical Records Specialists", median=50250)]
        ),
        "occupation.xlsx": write_projections(
            tmp_path / "b.xlsx",
            [projections_row("Coders", "29-2072", employment=194.8, growth=7, openings=15)],
        ),
        "Task Statements.txt": write_tasks(tmp_path / "c.csv", CODERS_TASKS, text=True),
        "Task Statements.xlsx": write_tasks(tmp_path / "d.xlsx", CODERS_TASKS, text=False),
        "Occupation Data.txt": write_occupations(
            tmp_path / "e.dat", [["29-2072.00", "Coders", "They code."]], text=True
        ),
    }
    kinds = {name: read_file(path, OPTIONS).kind for name, path in files.items()}
    assert kinds == {
        "national_M2024_dl.xlsx": "BLS OEWS wages",
        "occupation.xlsx": "BLS Employment Projections, 2024–2034",
        "Task Statements.txt": "O*NET Task Statements",
        "Task Statements.xlsx": "O*NET Task Statements",
        "Occupation Data.txt": "O*NET Occupation Data",
    }


def test_the_projections_table_is_the_sheet_with_the_most_known_columns(tmp_path):
    path = write_projections(
        tmp_path / "occupation.xlsx",
        [projections_row("Coders", "29-2072", employment=194.8, growth=7, openings=15)],
    )
    parsed = read_file(path, OPTIONS)
    assert parsed.label == f"{path}, sheet Table 1.2"  # not Table 1.1, which has codes too
    assert [row.soc_code for row in parsed.rows] == ["29-2072"]


def test_the_oews_data_sheet_not_the_field_descriptions(tmp_path):
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Field Descriptions"
    notes.append(["Field", "Field Description"])
    notes.append(["occ_code", "The 6-digit Standard Occupational Classification (SOC) code"])
    data = workbook.create_sheet("national_M2024_dl")
    data.append(["OCC_CODE", "OCC_TITLE", "O_GROUP", "A_MEDIAN"])
    data.append(["29-2072", "Medical Records Specialists", "detailed", 50250])
    workbook.save(tmp_path / "national_M2024_dl.xlsx")

    parsed = read_file(tmp_path / "national_M2024_dl.xlsx", OPTIONS)

    assert parsed.label.endswith("sheet national_M2024_dl")
    assert parsed.rows[0].salary["median_annual"] == 50250


def test_our_own_columns(tmp_path):
    path = tmp_path / "careers.csv"
    path.write_text("soc_code,title,median_annual,salary_year\n29-2072,Coders,48780,2023\n")
    parsed = read_file(path, OPTIONS)
    assert (parsed.label, parsed.kind) == (str(path), "your own columns")
    assert parsed.rows[0].salary == {"median_annual": Decimal(48780), "year": 2023}


def test_a_file_no_reader_knows(tmp_path):
    path = tmp_path / "occupation.xlsx"
    with open(path, "w", newline="") as file:
        csv.writer(file).writerows([["code", "name"], ["29-2072", "Coders"]])
    with pytest.raises(ImportFileError, match="is not a file the import knows"):
        read_file(path, OPTIONS)


def oews_and_projections(tmp_path, *, median=50250, oews_title="Medical Records Specialists"):
    return [
        read_file(
            write_oews(
                tmp_path / "national.xlsx", [oews_row("29-2072", oews_title, median=median)]
            ),
            OPTIONS,
        ),
        read_file(
            write_projections(
                tmp_path / "occupation.xlsx",
                [
                    projections_row(
                        "  Medical records specialists",
                        "29-2072",
                        employment=194.8,
                        growth=7,
                        openings=15,
                    ),
                    projections_row(
                        "  Medical secretaries", "43-6013", employment=1.0, growth=1, openings=1
                    ),
                ],
            ),
            OPTIONS,
        ),
        read_file(write_tasks(tmp_path / "tasks.txt", CODERS_TASKS, text=True), OPTIONS),
    ]


def test_rows_of_all_files_are_merged_by_soc_code(tmp_path):
    rows, errors = merge(oews_and_projections(tmp_path))

    assert errors == []
    coders, secretaries = rows
    assert coders.soc_code == "29-2072"
    assert coders.title == "Medical Records Specialists"  # the first file's
    assert coders.salary["median_annual"] == 50250
    assert coders.outlook["employment"] == 194800
    assert coders.education["typical_entry_education"] == "postsecondary_nondegree"
    assert coders.duties["items"] == ["Assign codes."]
    assert coders.duties_from_onet
    assert coders.origins[("outlook", "employment")].file.endswith(
        "occupation.xlsx, sheet Table 1.2"
    )
    assert (secretaries.soc_code, secretaries.title, secretaries.salary) == (
        "43-6013",
        "Medical secretaries",
        None,
    )


def test_merging_leaves_each_files_rows_as_they_were(tmp_path):
    files = oews_and_projections(tmp_path)
    merge(files)
    assert files[0].rows[0].outlook is None


def test_figures_two_files_give_must_agree(tmp_path):
    files = oews_and_projections(tmp_path)
    own = tmp_path / "careers.csv"
    own.write_text(
        "soc_code,title,median_annual,salary_year,typical_entry_education\n"
        '29-2072.00,Coders,"50,250.00",2024,Associate\'s degree\n'
    )
    files.append(read_file(own, OPTIONS))

    rows, errors = merge(files)

    assert [str(error) for error in errors] == [
        f'{own}, row 2, column typical_entry_education: 29-2072: "associate" here, but '
        f'"postsecondary_nondegree" in {tmp_path / "occupation.xlsx"}, sheet Table 1.2 (row 3, '
        "column Typical education needed for entry). The two files disagree: give this figure "
        "in one of them only, or make them agree."
    ]
    assert rows[0].salary["median_annual"] == 50250  # 50,250.00 agrees with 50250


def test_two_releases_of_the_same_file_disagree(tmp_path):
    first = read_file(write_tasks(tmp_path / "2024.txt", CODERS_TASKS, text=True), OPTIONS)
    newer_tasks = [task_row("29-2072.00", "Medical Records Specialists", "Code records.")]
    second = read_file(write_tasks(tmp_path / "2025.txt", newer_tasks, text=True), OPTIONS)

    _rows, errors = merge([first, second])

    assert [str(error) for error in errors] == [
        f'{tmp_path / "2025.txt"}, row 2, column Task: 29-2072: "Code records." here, but '
        f'"Assign codes." in {tmp_path / "2024.txt"} (row 2, column Task). The two files disagree: give '
        "this figure in one of them only, or make them agree."
    ]
