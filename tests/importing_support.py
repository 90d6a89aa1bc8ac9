"""Small data files in the layouts BLS and O*NET publish, for the import's tests and benchmark.

Each writer takes plain tuples and writes the file as it is downloaded: the OEWS national
workbook (one data sheet and its ``Field Descriptions``), the Employment Projections
``occupation.xlsx`` (an ``Index`` and numbered tables; Table 1.2 with its title row, header
row, indented titles, ``—``, thousands and footnote rows), and O*NET's ``Occupation Data``
and ``Task Statements`` in their Excel and tab-delimited text releases.
"""

import csv

from openpyxl import Workbook

OEWS_HEADER = [
    "AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "NAICS_TITLE", "I_GROUP",
    "OWN_CODE", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "EMP_PRSE", "JOBS_1000",
    "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT", "H_MEAN", "A_MEAN", "MEAN_PRSE", "H_PCT10",
    "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75",
    "A_PCT90", "ANNUAL", "HOURLY",
]  # fmt: skip
EN_DASH, NOT_AVAILABLE = "\u2013", "\u2014"


def oews_row(code, title, group="detailed", *, median, p10="", p25="", p75="", p90="", hourly=""):
    """One row of the national OEWS file; wages may be BLS's markers (``*``, ``#``)."""
    values = dict.fromkeys(OEWS_HEADER, "")
    values.update(
        AREA=99, AREA_TITLE="U.S.", AREA_TYPE=1, PRIM_STATE="US", NAICS="000000",
        NAICS_TITLE="Cross-industry", I_GROUP="cross-industry", OWN_CODE=1235, OCC_CODE=code,
        OCC_TITLE=title, O_GROUP=group, TOT_EMP=186300, H_MEDIAN=hourly, A_PCT10=p10,
        A_PCT25=p25, A_MEDIAN=median, A_PCT75=p75, A_PCT90=p90,
    )  # fmt: skip
    return [values[column] for column in OEWS_HEADER]


def write_oews(path, rows, sheet="national_M2024_dl"):
    workbook = Workbook()
    data = workbook.active
    data.title = sheet
    data.append(OEWS_HEADER)
    for row in rows:
        data.append(row)
    notes = workbook.create_sheet("Field Descriptions")
    notes.append(["May 2024 OEWS Estimates"])
    notes.append(["# = indicates a wage equal to or greater than $115.00 per hour"])
    workbook.save(path)
    return path


def projections_header(start=2024, end=2034):
    period = f"{start}{EN_DASH}{str(end)[-2:]}"
    return [
        f"{start} National Employment Matrix title",
        f"{start} National Employment Matrix code",
        "Occupation type",
        f"Employment, {start}",
        f"Employment, {end}",
        f"Employment distribution, percent, {start}",
        f"Employment distribution, percent, {end}",
        f"Employment change, numeric, {period}",
        f"Employment change, percent, {period}",
        f"Percent self employed, {start}",
        f"Occupational openings, {period} annual average",
        f"Median annual wage, dollars, {start}[1]",
        "Typical education needed for entry",
        "Work experience in a related occupation",
        "Typical on-the-job training needed to attain competency in the occupation",
        "Related Occupational Outlook Handbook (OOH) content xlsx",
    ]


def projections_row(
    title, code, kind="Line item", *, employment, growth, openings,
    education="Postsecondary nondegree award", experience="None",
    training="Short-term on-the-job training", wage=48780,
):  # fmt: skip
    """One row of Table 1.2: employment and openings in thousands, growth in percent."""
    return [
        title, code, kind, employment, "", "", "", "", growth, 4.1, openings, wage,
        education, experience, training, "Medical records specialists",
    ]  # fmt: skip


FOOTNOTES = [
    ["Footnotes:"],
    [
        "[1] Data are from the Occupational Employment and Wage Statistics program, U.S. "
        "Bureau of Labor Statistics."
    ],
    [f'Note: Data is unavailable for values denoted with a "{NOT_AVAILABLE}".'],
    ["Source: Employment Projections program, U.S. Bureau of Labor Statistics"],
]


def projections_table(rows, start=2024, end=2034):
    title = (
        f"Table 1.2 Occupational projections, {start}{EN_DASH}{str(end)[-2:]}, and worker "
        f"characteristics, {start} (Employment in thousands)"
    )
    return [[title], projections_header(start, end), *rows, *FOOTNOTES]


def write_projections(path, rows, start=2024, end=2034):
    """``occupation.xlsx``: an Index, Table 1.1 (major groups) and Table 1.2, as published."""
    workbook = Workbook()
    index = workbook.active
    index.title = "Index"
    index.append(["Employment Projections: occupational data"])
    index.append(["Table 1.1", "Employment by major occupational group"])
    index.append(["Table 1.2", "Occupational projections and worker characteristics"])
    groups = workbook.create_sheet("Table 1.1")
    groups.append(["Table 1.1 Employment by major occupational group (Employment in thousands)"])
    groups.append(projections_header(start, end)[:2] + [f"Employment, {start}"])
    groups.append(["Total, all occupations", "00-0000", 170000.1])
    table = workbook.create_sheet("Table 1.2")
    for row in projections_table(rows, start, end):
        table.append(row)
    workbook.save(path)
    return path


TASKS_HEADER = [
    "O*NET-SOC Code", "Title", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date",
    "Domain Source",
]  # fmt: skip
OCCUPATIONS_HEADER = ["O*NET-SOC Code", "Title", "Description"]


def task_row(code, title, task, task_type="Core", date="08/2024", task_id=1):
    return [code, title, task_id, task, task_type, 25, date, "Incumbent"]


def write_text(path, header, rows):
    """A tab-delimited text file as O*NET writes them."""
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, delimiter="\t", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path, sheet, header, rows):
    workbook = Workbook()
    data = workbook.active
    data.title = sheet
    data.append(header)
    for row in rows:
        data.append(row)
    workbook.save(path)
    return path


def write_tasks(path, rows, *, text):
    """O*NET's Task Statements; its text release has no Title column."""
    if text:
        return write_text(
            path, [c for c in TASKS_HEADER if c != "Title"], [r[:1] + r[2:] for r in rows]
        )
    return write_xlsx(path, "Task Statements", TASKS_HEADER, rows)


def write_occupations(path, rows, *, text):
    if text:
        return write_text(path, OCCUPATIONS_HEADER, rows)
    return write_xlsx(path, "Occupation Data", OCCUPATIONS_HEADER, rows)
