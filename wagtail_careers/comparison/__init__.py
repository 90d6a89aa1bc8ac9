"""Comparing two to four careers: the table's rows and the key differences in words.

Pure functions from a list of ``CareerFacts`` to what a comparison page shows, so every rule
(missing data, ties, declines, different years or currencies) is tested with plain values.
Nothing here reads the database or renders HTML; strings are translated when the comparison
is built, in the language of the request.

A missing figure is never a zero: its cell says "Not available" and it is left out of the
differences, so no sentence compares a figure with nothing. Two careers are compared as a
pair; three or four by their highest and lowest, which a reader takes in at a glance where
every pair would not.

``compare()`` is the entry point; ``cells`` builds the table's cells and ``differences`` the
sentences and notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..facts import CareerFacts
from ..formatting import Formatter
from .cells import CELL_BUILDERS, Bar, Cell, Row, names
from .differences import DIFFERENCE_BUILDERS, too_few_note

__all__ = [
    "DIMENSIONS",
    "Bar",
    "Cell",
    "Comparison",
    "Row",
    "compare",
    "selection_error",
]

MIN_CAREERS, MAX_CAREERS = 2, 4

#: The rows a comparison can show, in the order it shows them (an editor picks which).
DIMENSIONS = (
    ("median_pay", gettext_lazy("Median annual pay")),
    ("pay_range", gettext_lazy("Pay range")),
    ("hourly_pay", gettext_lazy("Median hourly pay")),
    ("outlook", gettext_lazy("Job outlook")),
    ("education", gettext_lazy("Typical entry-level education")),
    ("formal_education", gettext_lazy("Formal education required")),
    ("program_length", gettext_lazy("Program length")),
    ("subjects", gettext_lazy("What the training covers")),
    ("certifications", gettext_lazy("Certifications")),
    ("duties", gettext_lazy("Duties")),
)
DIMENSION_CODES = tuple(code for code, _label in DIMENSIONS)


@dataclass(frozen=True)
class Comparison:
    careers: tuple[CareerFacts, ...]
    rows: tuple[Row, ...]
    differences: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def names(self) -> str:
        """ "A, B and C": the careers' titles as one phrase, for the table's caption."""
        return names(self.careers)

    @property
    def sources(self) -> list[tuple[str, str]]:
        """Each source the careers' pay and outlook figures cite, once, in order.

        A source is named once even where careers link it differently (each occupation's
        own page at BLS): its first link stands for it.
        """
        links = {}
        for career in self.careers:
            for figures in (career.salary, career.outlook):
                if figures and figures.source_name:
                    name = figures.source_name.strip()
                    if not links.get(name):
                        links[name] = figures.source_url
        return list(links.items())


def selection_error(career_ids: Sequence) -> str | None:
    """Why these chosen careers cannot be published as a comparison, or None if they can."""
    ids = [career_id for career_id in career_ids if career_id is not None]
    if len(set(ids)) != len(ids):
        return _("Each career can be chosen only once.")
    if len(ids) < MIN_CAREERS:
        return _("Choose at least %(count)s careers to compare.") % {"count": MIN_CAREERS}
    if len(ids) > MAX_CAREERS:
        return _("Choose at most %(count)s careers to compare.") % {"count": MAX_CAREERS}
    return None


def compare(careers: Iterable[CareerFacts], dimensions: Iterable[str] | None = None) -> Comparison:
    """The rows, differences and notes for ``careers``, showing ``dimensions`` (default: all)."""
    careers = tuple(careers)
    shown = set(DIMENSION_CODES if dimensions is None else dimensions)
    labels = dict(DIMENSIONS)
    titles = tuple(career.title for career in careers)
    fmt = Formatter()
    rows = tuple(
        Row(code, str(labels[code]), CELL_BUILDERS[code](careers, fmt), titles)
        for code in DIMENSION_CODES
        if code in shown
    )
    # A row where no career has the fact tells the reader nothing.
    rows = tuple(row for row in rows if any(cell.available for cell in row.cells))
    differences, notes = [], []
    if len(careers) < MIN_CAREERS:
        notes.append(too_few_note(len(careers)))
    for codes, build in DIFFERENCE_BUILDERS:
        if shown & codes:
            build(careers, differences, notes, fmt)
    return Comparison(careers, rows, tuple(differences), tuple(notes))
