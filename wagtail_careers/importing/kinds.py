"""Which kind of file each one is, from its header and sheets: never from its name.

Every sheet's first rows are looked at for a header that a reader knows: BLS Employment
Projections (a "National Employment Matrix code" column), O*NET's Task Statements and
Occupation Data (an "O*NET-SOC Code" column with "Task", or with "Description"), BLS OEWS
(``OCC_CODE``) and our own columns (``soc_code``). The first kind in that order that some
sheet has is the file's; of several sheets of that kind, the one whose header has the most
columns the reader knows (``occupation.xlsx`` has a dozen tables with codes; Table 1.2 has
every column). The file is then read by that kind's reader.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import onet, projections, rows
from .cells import cell_text
from .files import ImportFileError, read_sheets
from .records import ParsedFile
from .sources import OEWS

#: How many rows of each sheet are looked at for its header (the projections table's is
#: its second row, after the title).
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class ReadOptions:
    """The command's options that readers need."""

    year: int | None = None
    top_code: Decimal | None = None
    max_duties: int = onet.DEFAULT_MAX_DUTIES


def _lower_cells(header) -> set[str]:
    return {cell_text(cell).lower() for cell in header}


def _first_sheet(header) -> int:
    return 0


@dataclass(frozen=True)
class Kind:
    name: str
    recognizes: Callable[[list], bool]
    #: ``(table, file label, header index, ReadOptions)`` to a ``ParsedFile``.
    read: Callable[[list, str, int, ReadOptions], ParsedFile]
    #: Of several sheets of this kind, the one whose header scores highest is read.
    score: Callable[[list], int] = _first_sheet


KINDS = (
    Kind(
        _("BLS Employment Projections"),
        projections.recognizes,
        lambda table, file, index, options: projections.read_table(
            table, file=file, header_index=index
        ),
        score=lambda header: len(projections.known_columns(header)),
    ),
    Kind(
        _("O*NET Task Statements"),
        onet.recognizes_tasks,
        lambda table, file, index, options: onet.read_tasks(
            table, file=file, header_index=index, max_duties=options.max_duties
        ),
    ),
    Kind(
        _("O*NET Occupation Data"),
        onet.recognizes_occupations,
        lambda table, file, index, options: onet.read_occupations(
            table, file=file, header_index=index
        ),
    ),
    Kind(
        _("BLS OEWS wages"),
        lambda header: "occ_code" in _lower_cells(header),
        lambda table, file, index, options: _read_columns(table, file, index, options, OEWS),
        # The data's header, not a row of the Field Descriptions sheet naming OCC_CODE.
        score=rows.known_column_count,
    ),
    Kind(
        _("your own columns"),
        lambda header: "soc_code" in _lower_cells(header),
        lambda table, file, index, options: _read_columns(table, file, index, options, None),
        score=rows.known_column_count,
    ),
)


def _read_columns(table, file, index, options, salary_source):
    """Our own columns and OEWS's, read alike; OEWS's pay names OEWS as its source."""
    return rows.parse_table(
        table,
        file=file,
        header_index=index,
        default_year=options.year,
        top_code=options.top_code,
        salary_source=salary_source,
    )


def find_kind(sheets):
    """``(kind, sheet, header index)`` of the file, or None when no reader knows it."""
    for kind in KINDS:
        found = [
            (kind.score(sheet.rows[index]), -order, sheet, index)
            for order, sheet in enumerate(sheets)
            for index in _header_index(kind, sheet)
        ]
        if found:
            _score, _order, sheet, index = max(found, key=lambda item: item[:2])
            return kind, sheet, index
    return None


def _header_index(kind, sheet):
    """The index of the sheet's first row the kind recognizes as its header, if any."""
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        if kind.recognizes(row):
            return [index]
    return []


def read_file(path, options: ReadOptions) -> ParsedFile:
    """The file read by the reader of its kind; ``ImportFileError`` if no reader knows it."""
    sheets = read_sheets(path)
    found = find_kind(sheets)
    if found is None:
        raise ImportFileError(
            gettext(
                "%(file)s is not a file the import knows: none of its sheets has a header "
                "(in its first %(rows)s rows) with soc_code (your own columns), OCC_CODE "
                '(BLS OEWS), "National Employment Matrix code" (BLS Employment Projections) '
                'or "O*NET-SOC Code" (O*NET\'s Occupation Data or Task Statements).'
            )
            % {"file": path, "rows": HEADER_SEARCH_ROWS}
        )
    kind, sheet, index = found
    label = str(path)
    if len(sheets) > 1:
        label = gettext("%(file)s, sheet %(sheet)s") % {"file": label, "sheet": sheet.name}
    parsed = kind.read(sheet.rows, label, index, options)
    parsed.kind = parsed.kind or str(kind.name)
    return parsed
