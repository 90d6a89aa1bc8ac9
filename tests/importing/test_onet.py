"""O*NET's Occupation Data and Task Statements, read as published, with plain values."""

import pytest
from importing_support import (
    OCCUPATIONS_HEADER,
    TASKS_HEADER,
    task_row,
    write_occupations,
    write_tasks,
)

from wagtail_careers.importing.files import read_table
from wagtail_careers.importing.onet import read_occupations, read_tasks

CODERS = ("29-2072.00", "Medical Records Specialists")
CODER_TASKS = [
    task_row(*CODERS, "Compile and maintain patients' medical records.", "Supplemental"),
    task_row(*CODERS, "Assign the patient to diagnosis-related groups.", "Core", "07/2023"),
    task_row(*CODERS, "Review records for completeness and accuracy.", "n/a"),
    task_row(*CODERS, "Process patient admission and discharge documents.", "Core"),
    task_row(*CODERS, "Protect the security of medical records.", ""),
]
CHIEF_SUSTAINABILITY = ("11-1011.03", "Chief Sustainability Officers")
OTHER_TASKS = [
    task_row(*CHIEF_SUSTAINABILITY, "Direct sustainability programs.", "Core"),
    task_row(*CHIEF_SUSTAINABILITY, "Identify sustainability issues.", "Supplemental"),
    task_row("11-1011.00", "Chief Executives", "Direct financial operations.", "Core"),
]


def tasks_table(tmp_path, rows, *, text):
    path = tmp_path / ("Task Statements.txt" if text else "Task Statements.xlsx")
    return read_table(write_tasks(path, rows, text=text))


def errors_of(parsed):
    return [(error.row, error.column, error.message) for error in parsed.errors]


@pytest.mark.parametrize("text", [True, False], ids=["txt", "xlsx"])
def test_core_tasks_first_then_the_rest_in_the_files_order(tmp_path, text):
    parsed = read_tasks(tasks_table(tmp_path, CODER_TASKS + OTHER_TASKS, text=text))

    assert parsed.errors == []
    coders, executives = parsed.rows
    assert coders.soc_code == "29-2072"
    assert coders.duties == {
        "items": [
            "Assign the patient to diagnosis-related groups.",
            "Process patient admission and discharge documents.",
            "Compile and maintain patients' medical records.",
            "Review records for completeness and accuracy.",
            "Protect the security of medical records.",
        ],
        "source_name": (
            "O*NET database, U.S. Department of Labor, Employment and Training Administration"
        ),
        "source_url": "https://www.onetcenter.org/database.html",
        "year": 2024,
    }
    assert coders.duties_from_onet
    assert executives.soc_code == "11-1011"
    # Only the Excel release names the occupations.
    assert (coders.title, executives.title) == (
        ("Medical Records Specialists", "Chief Executives") if not text else ("", "")
    )


def test_detailed_onet_occupations_are_skipped_and_counted(tmp_path):
    parsed = read_tasks(tasks_table(tmp_path, CODER_TASKS + OTHER_TASKS, text=True))
    assert [row.soc_code for row in parsed.rows] == ["29-2072", "11-1011"]
    assert parsed.skipped == [
        "skipped 1 detailed O*NET occupation (a code not ending in .00), which has no SOC "
        "page of its own"
    ]


def test_at_most_max_duties(tmp_path):
    (row,) = read_tasks(tasks_table(tmp_path, CODER_TASKS, text=True), max_duties=3).rows
    assert row.duties["items"] == [
        "Assign the patient to diagnosis-related groups.",
        "Process patient admission and discharge documents.",
        "Compile and maintain patients' medical records.",
    ]
    assert row.duties["year"] == 2024


def test_the_year_is_the_latest_date_of_the_tasks_chosen(tmp_path):
    (row,) = read_tasks(tasks_table(tmp_path, CODER_TASKS, text=True), max_duties=1).rows
    assert row.duties["year"] == 2023


def test_every_error_is_reported_with_its_row_and_column(tmp_path):
    rows = [
        task_row("29-2072", "x", "A task with an SOC code, not O*NET's."),
        task_row("292072.00", "x", "A task."),
        task_row(*CODERS, ""),
        task_row(*CODERS, "A task.", "Primary"),
        task_row(*CODERS, "A task.", "Core", "last summer"),
    ]
    assert errors_of(read_tasks(tasks_table(tmp_path, rows, text=True))) == [
        (3, "O*NET-SOC Code", (
            "Enter an SOC code as BLS writes it: two digits, a hyphen and four digits, e.g. "
            "29-2072 (O*NET's form 29-2072.00 is accepted too).")),
        (4, "Task", "This column is required."),
        (5, "Task Type", 'Enter "Core" or "Supplemental", as O*NET writes it.'),
        (6, "Date", "Enter the date as O*NET writes it, e.g. 08/2024."),
    ]  # fmt: skip


def test_a_header_without_tasks_is_an_error():
    table = [[c for c in TASKS_HEADER if c != "Task Type"], task_row(*CODERS, "A task.")[:-1]]
    assert [str(error) for error in read_tasks(table, file="Task Statements.txt").errors] == [
        "Task Statements.txt, row 1, column Task Type: The header has no Task Type column."
    ]


@pytest.mark.parametrize("text", [True, False], ids=["txt", "xlsx"])
def test_occupation_data_gives_titles_and_descriptions(tmp_path, text):
    path = tmp_path / ("Occupation Data.txt" if text else "Occupation Data.xlsx")
    rows = [
        [*CODERS, "Compile, process, and maintain medical records."],
        [*CHIEF_SUSTAINABILITY, "Communicate and coordinate with management."],
        ["43-6013.00", "Medical Secretaries and Administrative Assistants", ""],
    ]
    parsed = read_occupations(read_table(write_occupations(path, rows, text=text)))

    assert parsed.errors == []
    coders, secretaries = parsed.rows
    assert (coders.soc_code, coders.title, coders.description) == (
        "29-2072",
        "Medical Records Specialists",
        "Compile, process, and maintain medical records.",
    )
    assert secretaries.description is None
    assert coders.summary is None  # a description fills only an empty summary
    assert parsed.skipped[0].startswith("skipped 1 detailed O*NET occupation")


def test_occupation_data_errors():
    table = [
        OCCUPATIONS_HEADER,
        [*CODERS, "Compile records."],
        [*CODERS, "Again."],
        ["", "No code", "Nothing."],
    ]
    assert errors_of(read_occupations(table)) == [
        (3, "O*NET-SOC Code", "SOC code 29-2072 is also on row 2."),
        (4, "O*NET-SOC Code", "This column is required."),
    ]
