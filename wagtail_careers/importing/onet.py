"""O*NET's ``Occupation Data`` and ``Task Statements`` to rows, read as O*NET publishes them.

Both come as Excel workbooks and as tab-delimited text (https://www.onetcenter.org/
database.html); the text ``Task Statements`` has no ``Title`` column. O*NET-SOC codes have
a suffix: ``29-2072.00`` is the whole SOC occupation 29-2072; the detailed O*NET
occupations (``11-1011.03``) have no SOC page of their own, so they are skipped and counted.

A description fills only a page summary that is empty; tasks become the duties, core tasks
first and then the rest, each group in the file's order, at most ``max_duties``.
Plain values in and out.
"""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..validators import validate_soc_code
from .cells import cell_text
from .records import PAGE, ImportRow, Location, ParsedFile, RowError, repeated_code_error
from .sources import ONET, WHOLE_SOC_SUFFIX, soc_key, source_fields

#: The columns the readers know, named as O*NET does; matched in any case.
OCCUPATION_COLUMNS = {"code": "O*NET-SOC Code", "title": "Title", "description": "Description"}
TASK_COLUMNS = {
    "code": "O*NET-SOC Code",
    "title": "Title",
    "task": "Task",
    "task_type": "Task Type",
    "date": "Date",
}
CORE = "core"
#: Task types other than core: ``Supplemental``, or none given (empty or ``n/a``).
OTHER_TASK_TYPES = frozenset({"supplemental", "", "n/a"})
DEFAULT_MAX_DUTIES = 8
YEAR = re.compile(r"\b(\d{4})\b")


def _columns(header, wanted) -> dict[str, tuple[int, str]]:
    """The wanted columns found in a header, matched in any case: name to (position, text)."""
    by_text = {
        " ".join(cell_text(c).split()).lower(): (i, cell_text(c)) for i, c in enumerate(header)
    }
    return {
        name: by_text[text.lower()] for name, text in wanted.items() if text.lower() in by_text
    }


def recognizes_occupations(header) -> bool:
    return {"code", "description"} <= _columns(header, OCCUPATION_COLUMNS).keys()


def recognizes_tasks(header) -> bool:
    return {"code", "task"} <= _columns(header, TASK_COLUMNS).keys()


class _Reader:
    """The rows of one O*NET file: its columns, its errors, the detailed codes it skips."""

    def __init__(self, table, file, header_index, wanted, required):
        self.table, self.file, self.header_index = table, file, header_index
        self.columns = _columns(table[header_index], wanted)
        self.parsed = ParsedFile(label=file)
        self.detailed = set()
        header_location = Location(file, header_index + 1, "")
        for name in required:
            if name not in self.columns:
                label = wanted[name]
                self.parsed.errors.append(
                    RowError(
                        header_location.at(label),
                        gettext("The header has no %(column)s column.") % {"column": label},
                    )
                )
        known = {position for position, _text in self.columns.values()}
        self.parsed.ignored_columns = [
            cell_text(cell)
            for position, cell in enumerate(table[header_index])
            if cell_text(cell) and position not in known
        ]

    def location(self, number, name) -> Location:
        return Location(self.file, number, self.columns[name][1] if name in self.columns else name)

    def error(self, number, name, message):
        self.parsed.errors.append(RowError(self.location(number, name), str(message)))

    def rows(self):
        """``(row number, cell reader)`` of each non-blank row."""
        for index in range(self.header_index + 1, len(self.table)):
            cells = self.table[index]
            if not any(cell_text(c) for c in cells):
                continue

            def cell(name, cells=cells):
                position = self.columns[name][0] if name in self.columns else None
                return cells[position] if position is not None and position < len(cells) else None

            yield index + 1, cell

    def soc_code(self, number, text) -> str | None:
        """The SOC code of an O*NET-SOC code; None for an error or a detailed occupation."""
        if not text:
            self.error(number, "code", _("This column is required."))
            return None
        try:
            validate_soc_code(text)
        except ValidationError as error:
            self.error(number, "code", error.messages[0])
            return None
        if "." in text and not text.endswith(WHOLE_SOC_SUFFIX):
            self.detailed.add(text)
            return None
        return soc_key(text)

    def finish(self) -> ParsedFile:
        if self.detailed:
            self.parsed.skipped.append(
                ngettext(
                    "skipped %(count)s detailed O*NET occupation (a code not ending in .00), "
                    "which has no SOC page of its own",
                    "skipped %(count)s detailed O*NET occupations (codes not ending in .00), "
                    "which have no SOC page of their own",
                    len(self.detailed),
                )
                % {"count": len(self.detailed)}
            )
        return self.parsed


def read_occupations(table, *, file="", header_index=0) -> ParsedFile:
    """``Occupation Data``: each SOC occupation's title and description."""
    reader = _Reader(
        table, file, header_index, OCCUPATION_COLUMNS, ("code", "title", "description")
    )
    if reader.parsed.errors:
        return reader.parsed
    first_rows = {}
    for number, cell in reader.rows():
        code = reader.soc_code(number, cell_text(cell("code")))
        if code is None:
            continue
        row = ImportRow(
            soc_code=code, where=reader.location(number, "code"), title=cell_text(cell("title"))
        )
        if error := repeated_code_error(first_rows, row):
            reader.parsed.errors.append(error)
            continue
        if description := cell_text(cell("description")):
            row.description = description
            row.origins[(PAGE, "description")] = reader.location(number, "description")
        row.origins[(PAGE, "title")] = reader.location(number, "title")
        reader.parsed.rows.append(row)
    return reader.finish()


def _year(value) -> int | None:
    if isinstance(value, date):
        return value.year
    match = YEAR.search(cell_text(value))
    return int(match.group(1)) if match else None


def read_tasks(table, *, file="", header_index=0, max_duties=DEFAULT_MAX_DUTIES) -> ParsedFile:
    """``Task Statements``: each SOC occupation's tasks as its duties (see the module)."""
    reader = _Reader(table, file, header_index, TASK_COLUMNS, ("code", "task", "task_type"))
    if reader.parsed.errors:
        return reader.parsed
    occupations = {}  # SOC code -> first row number, title, [(is core, task, year)]
    for number, cell in reader.rows():
        code = reader.soc_code(number, cell_text(cell("code")))
        task, task_type = cell_text(cell("task")), cell_text(cell("task_type")).lower()
        year = _year(cell("date"))
        if not task:
            reader.error(number, "task", _("This column is required."))
        if task_type != CORE and task_type not in OTHER_TASK_TYPES:
            reader.error(
                number, "task_type", _('Enter "Core" or "Supplemental", as O*NET writes it.')
            )
            continue
        if cell_text(cell("date")) and year is None:
            reader.error(number, "date", _("Enter the date as O*NET writes it, e.g. 08/2024."))
        if code is None or not task:
            continue
        _first, title, tasks = occupations.setdefault(code, (number, cell_text(cell("title")), []))
        tasks.append((task_type == CORE, task, year))
    if reader.parsed.errors:
        return reader.parsed
    for code, (number, title, tasks) in occupations.items():
        chosen = ([t for t in tasks if t[0]] + [t for t in tasks if not t[0]])[:max_duties]
        years = [year for _core, _task, year in chosen if year is not None]
        row = ImportRow(soc_code=code, where=reader.location(number, "code"), title=title)
        row.duties = {
            "items": [task for _core, task, _year in chosen],
            **source_fields(ONET),
            "year": max(years, default=None),
        }
        row.duties_from_onet = True
        row.origins[("duties", "items")] = reader.location(number, "task")
        if title:
            row.origins[(PAGE, "title")] = reader.location(number, "title")
        reader.parsed.rows.append(row)
    return reader.finish()
