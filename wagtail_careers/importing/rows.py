"""A data file to validated rows: columns, BLS's aliases and markers, plain values.

Nothing here touches the database, so every rule about the file itself is tested with plain
values. The rules about the figures (percentiles in order, years not in the future, growth
within bounds) belong to the blocks and are checked by ``pages`` with the blocks' own
``clean()``, on the values merged into each page.

Row numbers are the ones a spreadsheet shows: the header is row 1, the first occupation
row 2, so an error message points at the cell the user has to fix.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..validators import validate_soc_code
from .cells import (
    CellError,
    cell_text,
    education_choices,
    parse_decimal,
    parse_duties,
    parse_education,
    parse_int,
    top_coded_note,
)
from .files import read_table

HEADER_ROW = 1

#: Salary columns and the salary block's sub-field each one fills.
SALARY_COLUMNS = {
    "median_annual": "median_annual",
    "percentile_10": "percentile_10",
    "percentile_25": "percentile_25",
    "percentile_75": "percentile_75",
    "percentile_90": "percentile_90",
    "median_hourly": "median_hourly",
    "salary_year": "year",
}
#: Outlook columns and the outlook block's sub-field each one fills.
OUTLOOK_COLUMNS = {
    "growth_percent": "growth_percent",
    "outlook_start": "period_start",
    "outlook_end": "period_end",
    "employment": "employment",
}
#: Every column the importer reads: DESIGN.md's contract plus the salary block's other figures.
COLUMNS = (
    "soc_code",
    "title",
    "summary",
    *SALARY_COLUMNS,
    *OUTLOOK_COLUMNS,
    "typical_entry_education",
    "duties",
)
REQUIRED_COLUMNS = ("soc_code", "title")
#: BLS OEWS column names, matched in any case (older OEWS files write them in lower case).
ALIASES = {
    "occ_code": "soc_code",
    "occ_title": "title",
    "a_median": "median_annual",
    "a_pct10": "percentile_10",
    "a_pct25": "percentile_25",
    "a_pct75": "percentile_75",
    "a_pct90": "percentile_90",
    "h_median": "median_hourly",
}
#: OEWS's level of detail: only "detailed" rows are occupations; the rest are group totals.
GROUP_COLUMN = "o_group"
DETAILED_GROUP = "detailed"

#: BLS's markers in place of a figure: estimate not available, and a wage at or above the
#: top-coded value (OEWS publishes no figure above it).
NOT_AVAILABLE = frozenset({"*", "**"})
TOP_CODED = "#"
WAGE_COLUMNS = frozenset(SALARY_COLUMNS) - {"salary_year"}


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return gettext("Row %(row)s, column %(column)s: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class ImportRow:
    """One occupation. ``None`` means "the file says nothing here": the page keeps its own.

    ``salary`` and ``outlook`` hold only the block sub-fields the file has columns for;
    a figure BLS marked as not available is ``None`` in them.
    """

    number: int
    soc_code: str
    title: str
    summary: str | None = None
    salary: dict | None = None
    outlook: dict | None = None
    education: str | None = None
    duties: list[str] | None = None
    #: What the file holds but the import leaves out, for the report.
    notices: list[str] = field(default_factory=list)


@dataclass
class ParsedFile:
    rows: list[ImportRow]
    errors: list[RowError]
    #: The file's own name for each column it has, for messages ("A_MEDIAN").
    headers: dict[str, str]
    ignored_columns: list[str] = field(default_factory=list)
    #: OEWS group totals (major, minor, broad groups), which are not occupations.
    skipped: int = 0

    @property
    def rejected(self) -> int:
        return len({error.row for error in self.errors})


# Rows ------------------------------------------------------------------------------------


class _RowReader:
    """Reads one row's cells by column, collecting every error instead of stopping."""

    def __init__(self, number, cells, headers, errors):
        self.number = number
        self.cells = cells
        self.headers = headers
        self.errors = errors

    def error(self, column, message):
        self.errors.append(RowError(self.number, self.headers.get(column, column), str(message)))

    def text(self, column) -> str:
        return cell_text(self.cells.get(column))

    def parse(self, column, parser):
        try:
            return parser(self.cells.get(column))
        except CellError as error:
            self.error(column, error)
            return None

    def figure(self, column, parser):
        """``(value, marker)``: ``*``/``**`` read as no value; ``#`` only in wage columns."""
        text = self.text(column)
        if text in NOT_AVAILABLE:
            return None, text
        if text == TOP_CODED:
            if column in WAGE_COLUMNS:
                return None, text
            self.error(
                column,
                _("# marks a wage at or above BLS's top code; it cannot stand here."),
            )
            return None, None
        return self.parse(column, parser), None


def _parse_salary(reader, present, row, default_year, top_code):
    columns = [column for column in SALARY_COLUMNS if column in present]
    if not columns:
        return
    values, markers = {}, {}
    for column in columns:
        parser = parse_int if column == "salary_year" else parse_decimal
        values[column], markers[column] = reader.figure(column, parser)
    median_marker = markers.get("median_annual")
    if median_marker:
        row.notices.append(
            gettext("Pay left as it is: BLS gives no median (%(marker)s).")
            % {"marker": median_marker}
        )
        return
    if values.get("median_annual") is None:
        others = [c for c in columns if c not in ("median_annual", "salary_year")]
        if any(values[c] is not None or markers[c] for c in others):
            reader.error(
                "median_annual",
                _("Give the median annual pay with this row's other pay figures."),
            )
        return
    year = values.get("salary_year") or default_year
    if (
        year is None
        and "salary_year" in values
        and reader.text("salary_year") not in ("", *NOT_AVAILABLE)
    ):
        return  # the unreadable year is already reported
    if year is None:
        reader.error("salary_year", _("Give the year of the pay figures (or run with --year)."))
        return
    salary = {SALARY_COLUMNS[c]: values[c] for c in columns if c != "salary_year"}
    salary["year"] = year
    top_coded = [c for c in columns if markers[c] == TOP_CODED]
    salary["note"] = top_coded_note(top_coded, year, top_code) if top_coded else ""
    row.salary = salary


def _parse_outlook(reader, present, row):
    columns = [column for column in OUTLOOK_COLUMNS if column in present]
    if not columns:
        return
    values, markers = {}, {}
    for column in columns:
        parser = parse_decimal if column == "growth_percent" else parse_int
        values[column], markers[column] = reader.figure(column, parser)
    if markers.get("growth_percent"):
        row.notices.append(
            gettext("Outlook left as it is: BLS gives no growth (%(marker)s).")
            % {"marker": markers["growth_percent"]}
        )
        return
    if values.get("growth_percent") is None:
        if values.get("employment") is not None:
            reader.error("growth_percent", _("Give the projected growth with the employment."))
        return
    missing = [c for c in ("outlook_start", "outlook_end") if values.get(c) is None]
    for column in missing:
        reader.error(column, _("Give the projection period's years with the growth."))
    if not missing:
        row.outlook = {OUTLOOK_COLUMNS[c]: values[c] for c in columns}


def parse_row(number, cells, headers, *, default_year=None, top_code=None, choices=None):
    """One row's cells (by canonical column) to ``(ImportRow or None, errors)``."""
    errors = []
    reader = _RowReader(number, cells, headers, errors)
    soc_code, title = reader.text("soc_code"), reader.text("title")
    for column, value in (("soc_code", soc_code), ("title", title)):
        if not value:
            reader.error(column, _("This column is required."))
    if soc_code:
        try:
            validate_soc_code(soc_code)
        except ValidationError as error:
            reader.error("soc_code", error.messages[0])
    row = ImportRow(number=number, soc_code=soc_code, title=title)
    row.summary = reader.text("summary") or None
    row.education = reader.parse(
        "typical_entry_education", lambda value: parse_education(value, choices)
    )
    row.duties = parse_duties(cells.get("duties"))
    _parse_salary(reader, headers, row, default_year, top_code)
    _parse_outlook(reader, headers, row)
    return (None if errors else row), errors


def map_header(
    header,
) -> tuple[dict[str, int], dict[str, str], list[str], list[RowError]]:
    """Canonical column -> position and -> the file's own name; ignored names; errors."""
    positions, headers, ignored, errors = {}, {}, [], []
    for position, raw in enumerate(header):
        name = cell_text(raw)
        key = name.lower()
        column = ALIASES.get(key, key)
        if column in COLUMNS or column == GROUP_COLUMN:
            if column in positions:
                errors.append(
                    RowError(
                        HEADER_ROW,
                        name,
                        gettext("Both %(first)s and %(second)s give %(column)s: keep one.")
                        % {"first": headers[column], "second": name, "column": column},
                    )
                )
                continue
            positions[column], headers[column] = position, name
        elif name:
            ignored.append(name)
    for column in REQUIRED_COLUMNS:
        if column not in positions:
            errors.append(
                RowError(
                    HEADER_ROW,
                    column,
                    gettext("The header has no %(column)s column.") % {"column": column},
                )
            )
    return positions, headers, ignored, errors


def parse_table(table, *, default_year=None, top_code=None) -> ParsedFile:
    """Rows of cells, the header first, to every valid row and every error."""
    if not table:
        return ParsedFile(
            rows=[],
            errors=[RowError(HEADER_ROW, "soc_code", gettext("The file is empty."))],
            headers={},
        )
    positions, headers, ignored, errors = map_header(table[0])
    parsed = ParsedFile(rows=[], errors=errors, headers=headers, ignored_columns=ignored)
    if errors:
        return parsed
    choices = education_choices()
    first_row = {}
    for number, raw_cells in enumerate(table[1:], start=HEADER_ROW + 1):
        if not any(cell_text(cell) for cell in raw_cells):
            continue
        if any(cell_text(cell) for cell in raw_cells[len(table[0]) :]):
            parsed.errors.append(
                RowError(
                    number,
                    "-",
                    gettext("The row has more cells than the header has columns."),
                )
            )
            continue
        cells = {c: raw_cells[i] for c, i in positions.items() if i < len(raw_cells)}
        group = cell_text(cells.get(GROUP_COLUMN)).lower()
        if group and group != DETAILED_GROUP:
            parsed.skipped += 1
            continue
        row, row_errors = parse_row(
            number,
            cells,
            headers,
            default_year=default_year,
            top_code=top_code,
            choices=choices,
        )
        parsed.errors.extend(row_errors)
        if row is None:
            continue
        if row.soc_code in first_row:
            parsed.errors.append(
                RowError(
                    number,
                    headers["soc_code"],
                    gettext("SOC code %(code)s is also on row %(row)s.")
                    % {"code": row.soc_code, "row": first_row[row.soc_code]},
                )
            )
            continue
        first_row[row.soc_code] = number
        parsed.rows.append(row)
    return parsed


def parse_file(path, **options) -> ParsedFile:
    """``parse_table`` over a CSV or XLSX file; ``ImportFileError`` if it cannot be read."""
    return parse_table(read_table(path), **options)
