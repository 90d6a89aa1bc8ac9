"""What every reader produces: occupations read from one file, and errors that say where.

A value keeps the place it was read (file, spreadsheet row, the file's own column name),
so that an error found later, when files are merged or when the merged blocks are checked,
still points at the cell the user has to fix. Plain values only: no database.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext

#: The key of a page field among a row's ``origins`` (block sub-fields use the block type).
PAGE = "page"
#: The blocks an import fills, in the order a new page gets them.
BLOCK_TYPES = ("duties", "education", "outlook", "salary")


@dataclass(frozen=True)
class Location:
    """A cell: the file (with its sheet), the row as a spreadsheet numbers it, the column."""

    file: str
    row: int
    column: str

    def at(self, column: str) -> "Location":
        """The cell of ``column`` on the same row."""
        return Location(self.file, self.row, column)


@dataclass(frozen=True)
class RowError:
    location: Location
    message: str

    @property
    def row(self) -> int:
        return self.location.row

    @property
    def column(self) -> str:
        return self.location.column

    def __str__(self):
        return gettext("%(file)s, row %(row)s, column %(column)s: %(message)s") % {
            "file": self.location.file,
            "row": self.location.row,
            "column": self.location.column,
            "message": self.message,
        }


@dataclass
class ImportRow:
    """One occupation as one file gives it. ``None`` means "this file says nothing here":
    the page keeps its own.

    ``salary``, ``outlook``, ``education`` and ``duties`` hold only the block sub-fields the
    file gives; a figure the source marks as not available is ``None`` in them.
    """

    soc_code: str
    #: The row, at its SOC code's column.
    where: Location
    #: Names a new page; empty when the file has no titles (O*NET's Task Statements.txt).
    title: str = ""
    #: Replaces the page's summary.
    summary: str | None = None
    #: Fills the page's summary only where it is empty (O*NET's description).
    description: str | None = None
    salary: dict | None = None
    outlook: dict | None = None
    education: dict | None = None
    duties: dict | None = None
    #: The duties replace only duties that came from O*NET before, never an editor's own.
    duties_from_onet: bool = False
    #: Where each value was read: ``(block type or PAGE, sub-field)`` to its cell.
    origins: dict[tuple[str, str], Location] = field(default_factory=dict)
    #: What the file holds but the import leaves out, for the report.
    notices: list[str] = field(default_factory=list)

    def blocks(self) -> dict[str, dict]:
        """Block type to the sub-fields this row gives, for the blocks it gives."""
        return {name: getattr(self, name) for name in BLOCK_TYPES if getattr(self, name)}

    def origin(self, key: str, name: str) -> Location:
        """Where ``key``'s ``name`` was read; for a value the file lacks, the row itself
        under the sub-field's own name (``salary.percentile_25``: the page's figure)."""
        return self.origins.get((key, name)) or self.where.at(f"{key}.{name}")


@dataclass
class ParsedFile:
    """One file read by the reader of its kind."""

    #: The file as the user named it, with the sheet read (``occupation.xlsx, sheet …``).
    label: str
    #: What the file was taken for, e.g. "BLS Employment Projections, 2024–34".
    kind: str = ""
    rows: list[ImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: Columns the file has that the import does not read.
    ignored_columns: list[str] = field(default_factory=list)
    #: Counted rows that are not occupations or have no page of their own, as sentences.
    skipped: list[str] = field(default_factory=list)


def repeated_code_error(first_rows: dict[str, int], row: ImportRow) -> RowError | None:
    """An error when ``row``'s SOC code was on an earlier row of the same file; else the
    row is noted in ``first_rows`` (SOC code to its first row)."""
    first = first_rows.setdefault(row.soc_code, row.where.row)
    if first == row.where.row:
        return None
    return RowError(
        row.where,
        gettext("SOC code %(code)s is also on row %(row)s.")
        % {"code": row.soc_code, "row": first},
    )
