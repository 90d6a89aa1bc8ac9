"""Our own columns, and BLS OEWS's, to validated rows: aliases, markers, plain values.

Nothing here touches the database, so every rule about the file itself is tested with plain
values. The rules about the figures (percentiles in order, years not in the future, growth
within bounds) belong to the blocks and are checked by ``pages`` with the blocks' own
``clean()``, on the values merged into each page.

Row numbers are the ones a spreadsheet shows: the header is row 1, the first occupation
row 2, so an error message points at the cell the user has to fix.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..validators import validate_soc_code
from .cells import (
    EDUCATION,
    ON_THE_JOB_TRAINING,
    WORK_EXPERIENCE,
    CellError,
    cell_text,
    parse_decimal,
    parse_duties,
    parse_int,
    top_coded_note,
)
from .records import PAGE, ImportRow, Location, ParsedFile, RowError, repeated_code_error
from .sources import soc_key, source_fields

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
#: Education columns: the education block's sub-field of the same name, and its categories.
EDUCATION_COLUMNS = {
    "typical_entry_education": EDUCATION,
    "work_experience": WORK_EXPERIENCE,
    "on_the_job_training": ON_THE_JOB_TRAINING,
}
#: Every column the importer reads: the documented contract plus the blocks' other figures.
COLUMNS = (
    "soc_code",
    "title",
    "summary",
    *SALARY_COLUMNS,
    *OUTLOOK_COLUMNS,
    *EDUCATION_COLUMNS,
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


class _RowReader:
    """Reads one row's cells by column, collecting every error instead of stopping."""

    def __init__(self, where, cells, headers, errors):
        self.where = where
        self.cells = cells
        self.headers = headers
        self.errors = errors

    def location(self, column) -> Location:
        return self.where.at(self.headers.get(column, column))

    def error(self, column, message):
        self.errors.append(RowError(self.location(column), str(message)))

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


def _note_origins(row, reader, block_type, columns_to_fields):
    for column, name in columns_to_fields.items():
        row.origins[(block_type, name)] = reader.location(column)


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
    if year is None:
        if "salary_year" in values and reader.text("salary_year") not in ("", *NOT_AVAILABLE):
            return  # the unreadable year is already reported
        if "salary_year" in present:
            reader.error(
                "salary_year", _("Give the year of the pay figures (or run with --year).")
            )
        return  # a file without the column has one error, on its header
    salary = {SALARY_COLUMNS[c]: values[c] for c in columns if c != "salary_year"}
    salary["year"] = year
    top_coded = [c for c in columns if markers[c] == TOP_CODED]
    if top_coded:
        salary["note"] = top_coded_note(top_coded, year, top_code)
    row.salary = salary
    _note_origins(row, reader, "salary", {c: SALARY_COLUMNS[c] for c in columns})


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
        _note_origins(row, reader, "outlook", {c: OUTLOOK_COLUMNS[c] for c in columns})


def _parse_education(reader, present, row, parsers):
    education = {}
    for column in EDUCATION_COLUMNS:
        if column in present and (code := reader.parse(column, parsers[column])) is not None:
            education[column] = code
            row.origins[("education", column)] = reader.location(column)
    row.education = education or None


def parse_row(where, cells, headers, *, default_year=None, top_code=None, parsers=None):
    """One row's cells (by canonical column) to ``(ImportRow or None, errors)``."""
    errors = []
    reader = _RowReader(where, cells, headers, errors)
    soc_code, title = reader.text("soc_code"), reader.text("title")
    for column, value in (("soc_code", soc_code), ("title", title)):
        if not value:
            reader.error(column, _("This column is required."))
    if soc_code:
        try:
            validate_soc_code(soc_code)
        except ValidationError as error:
            reader.error("soc_code", error.messages[0])
    row = ImportRow(soc_code=soc_key(soc_code), where=reader.location("soc_code"), title=title)
    row.origins[(PAGE, "title")] = reader.location("title")
    if summary := reader.text("summary"):
        row.summary = summary
        row.origins[(PAGE, "summary")] = reader.location("summary")
    _parse_education(reader, headers, row, parsers or _category_parsers())
    if duties := parse_duties(cells.get("duties")):
        row.duties = {"items": duties}
        row.origins[("duties", "items")] = reader.location("duties")
    _parse_salary(reader, headers, row, default_year, top_code)
    _parse_outlook(reader, headers, row)
    return (None if errors else row), errors


def _category_parsers():
    return {column: categories.reader() for column, categories in EDUCATION_COLUMNS.items()}


def map_header(header, header_location):
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
                        header_location.at(name),
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
                    header_location.at(column),
                    gettext("The header has no %(column)s column.") % {"column": column},
                )
            )
    return positions, headers, ignored, errors


def known_column_count(header) -> int:
    """How many of the header's cells are columns this reader knows (``OCC_CODE``, ...)."""
    names = {ALIASES.get(key, key) for key in (cell_text(cell).lower() for cell in header)}
    return len(names & {*COLUMNS, GROUP_COLUMN})


def _year_error(headers, header_location, default_year):
    """A file of wages without a year, and no ``--year``: one error, on its header."""
    if default_year is not None or "salary_year" in headers:
        return []
    if not any(column in headers for column in WAGE_COLUMNS):
        return []
    return [
        RowError(
            header_location.at("salary_year"),
            gettext(
                "The file gives pay but no salary_year column: give the year of the figures "
                "with --year (OEWS files have none: --year 2024 for May 2024's)."
            ),
        )
    ]


def parse_table(
    table, *, file="", header_index=0, default_year=None, top_code=None, salary_source=None
) -> ParsedFile:
    """Rows of cells, the header at ``header_index``, to every valid row and every error.

    ``salary_source`` (name, link) is the source of the pay, when the file's kind says it.
    """
    parsed = ParsedFile(label=file)
    header_location = Location(file, header_index + 1, "")
    if len(table) <= header_index:
        parsed.errors.append(
            RowError(header_location.at("soc_code"), gettext("The file is empty."))
        )
        return parsed
    header = table[header_index]
    positions, headers, parsed.ignored_columns, errors = map_header(header, header_location)
    parsed.errors = errors + _year_error(headers, header_location, default_year)
    if parsed.errors:
        return parsed
    parsers = _category_parsers()
    first_rows, group_totals = {}, 0
    for index in range(header_index + 1, len(table)):
        raw_cells, number = table[index], index + 1
        if not any(cell_text(cell) for cell in raw_cells):
            continue
        where = Location(file, number, headers["soc_code"])
        if any(cell_text(cell) for cell in raw_cells[len(header) :]):
            parsed.errors.append(
                RowError(
                    where.at("-"),
                    gettext("The row has more cells than the header has columns."),
                )
            )
            continue
        cells = {c: raw_cells[i] for c, i in positions.items() if i < len(raw_cells)}
        group = cell_text(cells.get(GROUP_COLUMN)).lower()
        if group and group != DETAILED_GROUP:
            group_totals += 1
            continue
        row, row_errors = parse_row(
            where,
            cells,
            headers,
            default_year=default_year,
            top_code=top_code,
            parsers=parsers,
        )
        parsed.errors.extend(row_errors)
        if row is None:
            continue
        if error := repeated_code_error(first_rows, row):
            parsed.errors.append(error)
            continue
        if row.salary is not None and salary_source is not None:
            row.salary.update(source_fields(salary_source))
        parsed.rows.append(row)
    if group_totals:
        parsed.skipped.append(
            ngettext(
                "skipped %(count)s row of OEWS group totals (not occupations)",
                "skipped %(count)s rows of OEWS group totals (not occupations)",
                group_totals,
            )
            % {"count": group_totals}
        )
    return parsed
