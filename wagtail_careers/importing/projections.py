"""BLS Employment Projections' occupation table to rows, read as BLS publishes it.

``occupation.xlsx`` (https://www.bls.gov/emp/tables.htm) has an ``Index`` sheet and
``Table 1.1`` … ``Table 1.12``; the one with every occupation and its worker
characteristics (today ``Table 1.2``) is found by its header, never by its name. Its layout:
row 1 the table's title, row 2 the header, one row per occupation or group (``Occupation
type`` ``Line item`` or ``Summary``), then footnote rows. The header names the years
(``Employment, 2024``, ``Employment change, percent, 2024–34``), which change with every
release, so the projection period is read from it. Titles are indented with spaces;
employment and openings are in thousands (``194.8`` is 194,800 jobs); ``—`` means not
available. The wage column is not read: pay comes from OEWS, with its percentiles.

Plain values in and out; the blocks' own rules are checked later, on the merged values.
"""

import re
from decimal import Decimal

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
)
from .records import ImportRow, Location, ParsedFile, RowError, repeated_code_error
from .sources import EMPLOYMENT_PROJECTIONS, soc_key, source_fields

_PERIOD = r"(\d{4})\s*[\u2013\u2014-]\s*(\d{2}|\d{4})"
#: The header cells the reader knows, as patterns over the cell's text without footnote
#: marks (``[1]``) and with its spaces collapsed.
HEADERS = {
    "code": re.compile(r"^\d{4} National Employment Matrix code$", re.IGNORECASE),
    "title": re.compile(r"^\d{4} National Employment Matrix title$", re.IGNORECASE),
    "type": re.compile(r"^Occupation type$", re.IGNORECASE),
    "employment": re.compile(r"^Employment, (\d{4})$", re.IGNORECASE),
    "growth_percent": re.compile(rf"^Employment change, percent, {_PERIOD}$", re.IGNORECASE),
    "annual_openings": re.compile(
        rf"^Occupational openings, {_PERIOD} annual average$", re.IGNORECASE
    ),
    "typical_entry_education": re.compile(r"^Typical education needed for entry$", re.I),
    "work_experience": re.compile(r"^Work experience in a related occupation$", re.I),
    "on_the_job_training": re.compile(
        r"^Typical on-the-job training needed to attain competency in the occupation$", re.I
    ),
}
FOOTNOTE_MARK = re.compile(r"\[\d+\]")
CATEGORIES = {
    "typical_entry_education": EDUCATION,
    "work_experience": WORK_EXPERIENCE,
    "on_the_job_training": ON_THE_JOB_TRAINING,
}
LINE_ITEM, SUMMARY = "line item", "summary"
#: BLS's mark for a figure it does not publish.
NOT_AVAILABLE = "\u2014"
THOUSANDS = Decimal(1000)
#: The outlook's sub-fields and the column each is read from (the period: from the header
#: of the growth column).
FIGURE_COLUMNS = {
    "growth_percent": "growth_percent",
    "period_start": "growth_percent",
    "period_end": "growth_percent",
    "employment": "employment",
    "annual_openings": "annual_openings",
}
#: The table's first row: all occupations together, whose growth the outlook label
#: compares each occupation's with.
ALL_OCCUPATIONS = "00-0000"


def header_text(cell) -> str:
    return " ".join(FOOTNOTE_MARK.sub("", cell_text(cell)).split())


def known_columns(header) -> dict[str, tuple[int, re.Match]]:
    """The reader's columns found in a header row: name to (position, match). Of the
    ``Employment, YYYY`` columns, the earliest year's: the projection's base year."""
    found, employment = {}, []
    for position, cell in enumerate(header):
        text = header_text(cell)
        for name, pattern in HEADERS.items():
            if not (match := pattern.match(text)):
                continue
            if name == "employment":
                employment.append((int(match.group(1)), position, match))
            else:
                found.setdefault(name, (position, match))
    if employment:
        _year, position, match = min(employment)
        found["employment"] = (position, match)
    return found


def recognizes(header) -> bool:
    return "code" in known_columns(header)


def _period(match) -> tuple[int, int]:
    """``2024–34`` (or ``2024–2034``) as ``(2024, 2034)``."""
    start, end = int(match.group(1)), match.group(2)
    if len(end) == 4:
        return start, int(end)
    year = start - start % 100 + int(end)
    return start, year if year > start else year + 100


def _thousands(value) -> int | None:
    number = parse_decimal(value)
    return None if number is None else int((number * THOUSANDS).to_integral_value())


def _header_errors(columns, header_location) -> list[RowError]:
    errors = []
    for name, label in (("code", "National Employment Matrix code"), ("type", "Occupation type")):
        if name not in columns:
            errors.append(
                RowError(
                    header_location.at(label),
                    gettext('The header has no "%(column)s" column.') % {"column": label},
                )
            )
    if "growth_percent" in columns and "employment" in columns:
        start, _end = _period(columns["growth_percent"][1])
        if int(columns["employment"][1].group(1)) != start:
            errors.append(
                RowError(
                    header_location.at(columns["employment"][1].group(0)),
                    gettext(
                        "The employment columns do not include the projection's base year "
                        "(%(year)s)."
                    )
                    % {"year": start},
                )
            )
    return errors


def read_table(table, *, file="", header_index=1) -> ParsedFile:
    """The occupations (``Line item`` rows) of the table whose header is at ``header_index``."""
    header = table[header_index]
    columns = known_columns(header)
    header_location = Location(file, header_index + 1, "")
    parsed = ParsedFile(label=file, errors=_header_errors(columns, header_location))
    if parsed.errors:
        return parsed
    names = {name: header_text(header[position]) for name, (position, _m) in columns.items()}
    positions = {name: position for name, (position, _m) in columns.items()}
    period = _period(columns["growth_percent"][1]) if "growth_percent" in columns else None
    parsers = {name: categories.reader() for name, categories in CATEGORIES.items()}
    parsed.kind = kind_label(period)
    parsed.ignored_columns = [
        header_text(cell)
        for position, cell in enumerate(header)
        if header_text(cell) and position not in positions.values()
    ]
    first_rows, summaries, average = {}, 0, None
    for index in range(header_index + 1, len(table)):
        cells = table[index]

        def cell(name, cells=cells):
            position = positions.get(name)
            return cells[position] if position is not None and position < len(cells) else None

        code, row_type = cell_text(cell("code")), cell_text(cell("type")).lower()
        if not code and not row_type:
            continue  # a blank row or a footnote ("Footnotes:", "Source: ...")
        where = Location(file, index + 1, names["code"])
        if row_type == SUMMARY:
            summaries += 1
            if code == ALL_OCCUPATIONS and cell_text(cell("growth_percent")) != NOT_AVAILABLE:
                try:
                    average = parse_decimal(cell("growth_percent"))
                except CellError:
                    average = None
            continue
        reader = _RowReader(where, names, parsers, parsed.errors)
        if row_type != LINE_ITEM:
            reader.error("type", _('Enter "Line item" or "Summary", as BLS writes it.'))
            continue
        row = reader.row(code, cell, period)
        if row is None:
            continue
        if error := repeated_code_error(first_rows, row):
            parsed.errors.append(error)
            continue
        parsed.rows.append(row)
    if average is not None:
        for row in parsed.rows:
            if row.outlook is not None:
                row.outlook["average_growth_percent"] = average
    if summaries:
        parsed.skipped.append(
            ngettext(
                "skipped %(count)s summary row (occupational groups)",
                "skipped %(count)s summary rows (occupational groups)",
                summaries,
            )
            % {"count": summaries}
        )
    return parsed


def kind_label(period) -> str:
    """What the command says it took the table for: the program and its period."""
    label = gettext("BLS Employment Projections")
    if period is None:
        return label
    return gettext("%(kind)s, %(start)s–%(end)s") % {
        "kind": label,
        "start": period[0],
        "end": period[1],
    }


class _RowReader:
    """Reads one line item, collecting every error instead of stopping."""

    def __init__(self, where, names, parsers, errors):
        self.where, self.names, self.parsers, self.errors = where, names, parsers, errors
        self.failed = False

    def location(self, name) -> Location:
        return self.where.at(self.names.get(name, name))

    def error(self, name, message):
        self.failed = True
        self.errors.append(RowError(self.location(name), str(message)))

    def read(self, name, value, parser):
        """``(value, given)``: ``—`` and an empty cell are not given; errors are collected."""
        if name not in self.names or cell_text(value) in ("", NOT_AVAILABLE):
            return None, False
        try:
            return parser(value), True
        except CellError as error:
            self.error(name, error)
            return None, False

    def row(self, code, cell, period) -> ImportRow | None:
        if not code:
            self.error("code", _("This column is required."))
        else:
            try:
                validate_soc_code(code)
            except ValidationError as error:
                self.error("code", error.messages[0])
        row = ImportRow(soc_code=soc_key(code), where=self.where, title=cell_text(cell("title")))
        self._outlook(row, cell, period)
        self._education(row, cell, period)
        return None if self.failed else row

    def _outlook(self, row, cell, period):
        growth, given = self.read("growth_percent", cell("growth_percent"), parse_decimal)
        employment, _given = self.read("employment", cell("employment"), _thousands)
        openings, _given = self.read("annual_openings", cell("annual_openings"), _thousands)
        if not given:
            if cell_text(cell("growth_percent")) == NOT_AVAILABLE:
                row.notices.append(
                    gettext("Outlook left as it is: BLS gives no growth (%(marker)s).")
                    % {"marker": NOT_AVAILABLE}
                )
            return
        row.outlook = {
            "growth_percent": growth,
            "period_start": period[0],
            "period_end": period[1],
            "employment": employment,
            "annual_openings": openings,
            **source_fields(EMPLOYMENT_PROJECTIONS),
        }
        for name, column in FIGURE_COLUMNS.items():
            row.origins[("outlook", name)] = self.location(column)

    def _education(self, row, cell, period):
        education = {}
        for name, parser in self.parsers.items():
            code, given = self.read(name, cell(name), parser)
            if given and code is not None:
                education[name] = code
                row.origins[("education", name)] = self.location(name)
        if education:
            year = {"year": period[0]} if period else {}
            row.education = {**education, **source_fields(EMPLOYMENT_PROJECTIONS), **year}
