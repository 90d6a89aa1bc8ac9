"""The comparison table's cells: one builder per dimension, from a list of ``CareerFacts``.

Each builder returns one ``Cell`` per career, in order. A missing figure or an empty list is a
``Cell.missing()`` ("Not available"), never a zero. Highest and lowest are marked in words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..facts import CareerFacts, Salary
from ..formatting import Formatter, format_period

ONE_DECIMAL = Decimal("0.1")


@dataclass(frozen=True)
class Bar:
    """A pay range on the comparison's shared scale, as percentages of the scale's width.

    Strings with a ``.`` decimal mark, ready for CSS whatever the page's language.
    """

    start: str
    width: str
    median: str


@dataclass(frozen=True)
class Cell:
    """One career's value in one row: its text, further lines or list items, and markers."""

    text: str = ""
    details: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    bar: Bar | None = None
    #: "Highest", "Lowest", ...: said in words, so it never rests on color alone.
    marker: str = ""
    available: bool = True

    @classmethod
    def missing(cls) -> Cell:
        return cls(text=_("Not available"), available=False)


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    cells: tuple[Cell, ...]
    #: The careers' titles, one per cell: a phone shows each cell with its career's name.
    titles: tuple[str, ...] = ()

    @property
    def titled_cells(self) -> tuple[tuple[str, Cell], ...]:
        return tuple(zip(self.titles, self.cells, strict=True))


def names(careers: Iterable[CareerFacts]) -> str:
    return str(get_text_list([career.title for career in careers], _("and")))


def _css_percent(value: Decimal) -> str:
    return str(value.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP))


def _markers(values: Sequence[Decimal | None], high: str, low: str) -> list[str]:
    """Marks the highest and lowest of the known values; none when they are all equal."""
    known = [value for value in values if value is not None]
    if len(known) < 2 or max(known) == min(known):
        return [""] * len(values)
    top, bottom = max(known), min(known)
    return [high if value == top else low if value == bottom else "" for value in values]


def single_currency(salaries: Iterable[Salary | None]) -> bool:
    return len({salary.currency for salary in salaries if salary}) <= 1


def comparable_pay(salaries: Iterable[Salary | None]) -> bool:
    """Whether the pay figures can be set against each other: one currency and one year."""
    known = [salary for salary in salaries if salary]
    return len({(salary.currency, salary.year) for salary in known}) <= 1


def comparable_outlooks(outlooks) -> bool:
    """Whether the projections cover one period, so their growth can be set side by side."""
    return len({(o.period_start, o.period_end) for o in outlooks if o}) <= 1


# Cells, one builder per dimension -----------------------------------------------------------


def _median_pay_cells(careers, fmt: Formatter):
    salaries = [career.salary for career in careers]
    medians = [salary.median_annual if salary else None for salary in salaries]
    markers = _pay_markers(careers, medians)
    return tuple(
        Cell(
            text=fmt.money(salary.median_annual, salary.currency),
            details=(_("%(region)s, %(year)s") % {"region": salary.region, "year": salary.year},),
            marker=marker,
        )
        if salary
        else Cell.missing()
        for salary, marker in zip(salaries, markers, strict=True)
    )


def _high_low(careers, higher, highest, lower, lowest):
    """Comparative words for a pair, superlatives for three or four."""
    return (higher, lower) if len(careers) == 2 else (highest, lowest)


def _pay_markers(careers, amounts):
    """Higher and lower pay, said only between figures of one currency and one year."""
    if not comparable_pay(career.salary for career in careers):
        return [""] * len(careers)
    return _markers(
        amounts, *_high_low(careers, _("higher"), _("highest"), _("lower"), _("lowest"))
    )


def _pay_range_cells(careers, fmt: Formatter):
    """Lowest 10% to top 10%, each range drawn on one scale per currency (0 to the top p90)."""
    ranges = [
        career.salary
        if career.salary
        and career.salary.percentile_10 is not None
        and career.salary.percentile_90 is not None
        else None
        for career in careers
    ]
    scale = {}
    for salary in filter(None, ranges):
        scale[salary.currency] = max(scale.get(salary.currency, 0), salary.percentile_90)
    cells = []
    for career, full_range in zip(careers, ranges, strict=True):
        salary = career.salary
        if full_range:
            cells.append(_range_cell(salary, scale[salary.currency], fmt))
        elif salary and salary.percentile_90 is not None:
            top = fmt.money(salary.percentile_90, salary.currency)
            text = _("Top 10%% earned more than %(amount)s") % {"amount": top}
            cells.append(Cell(text=text, details=(str(salary.year),)))
        elif salary and salary.percentile_10 is not None:
            low = fmt.money(salary.percentile_10, salary.currency)
            text = _("Lowest 10%% earned less than %(amount)s") % {"amount": low}
            cells.append(Cell(text=text, details=(str(salary.year),)))
        else:
            cells.append(Cell.missing())
    return tuple(cells)


def _range_cell(salary: Salary, top: Decimal, fmt: Formatter) -> Cell:
    text = _("%(low)s to %(high)s") % {
        "low": fmt.money(salary.percentile_10, salary.currency),
        "high": fmt.money(salary.percentile_90, salary.currency),
    }
    bar = None
    if top > 0:
        bar = Bar(
            start=_css_percent(salary.percentile_10 * 100 / top),
            width=_css_percent((salary.percentile_90 - salary.percentile_10) * 100 / top),
            median=_css_percent(salary.median_annual * 100 / top),
        )
    return Cell(text=text, details=(_("lowest 10% to top 10%"), str(salary.year)), bar=bar)


def _hourly_pay_cells(careers, fmt: Formatter):
    salaries = [career.salary for career in careers]
    hourly = [salary.median_hourly if salary else None for salary in salaries]
    markers = _pay_markers(careers, hourly)
    cells = []
    for salary, marker in zip(salaries, markers, strict=True):
        if not salary:
            cells.append(Cell.missing())
            continue
        details = (str(salary.year),)
        if salary.median_hourly_is_derived:
            details = (_("annual median over 2,080 hours"), *details)
        text = fmt.money(salary.median_hourly, salary.currency, cents=True)
        cells.append(Cell(text=text, details=details, marker=marker))
    return tuple(cells)


def _outlook_cells(careers, fmt: Formatter):
    outlooks = [career.outlook for career in careers]
    # Words that sit well beside BLS's label: "+22%, faster growth of the two" never reads
    # against "Slower than average" as "faster" alone did. Only within one period.
    markers = [""] * len(careers)
    if comparable_outlooks(outlooks):
        markers = _markers(
            [outlook.growth_percent if outlook else None for outlook in outlooks],
            *_high_low(
                careers,
                _("faster growth of the two"),
                _("fastest growth of these"),
                _("slower growth of the two"),
                _("slowest growth of these"),
            ),
        )
    cells = []
    for outlook, marker in zip(outlooks, markers, strict=True):
        if not outlook:
            cells.append(Cell.missing())
            continue
        details = [format_period(outlook.period_start, outlook.period_end)]
        if outlook.label:
            details.insert(0, str(outlook.label))
        if outlook.employment is not None:
            details.append(
                _("%(count)s jobs in %(year)s")
                % {
                    "count": fmt.number(outlook.employment),
                    "year": outlook.period_start,
                }
            )
        if outlook.annual_openings is not None:
            details.append(
                _("%(count)s openings a year") % {"count": fmt.number(outlook.annual_openings)}
            )
        text = fmt.percent(outlook.growth_percent, signed=True)
        cells.append(Cell(text=text, details=tuple(details), marker=marker))
    return tuple(cells)


def _education_cells(careers, _fmt):
    return tuple(
        Cell(text=str(career.education.label))
        if career.education and career.education.label
        else Cell.missing()
        for career in careers
    )


def _formal_education_cells(careers, _fmt):
    return tuple(
        Cell(text=str(career.education.formal_education_label))
        if career.education
        else Cell.missing()
        for career in careers
    )


def _program_length_cells(careers, _fmt):
    cells = []
    for career in careers:
        months = career.education.program_length_months if career.education else None
        if months is None:
            cells.append(Cell.missing())
        else:
            text = ngettext("%(months)s month", "%(months)s months", months) % {"months": months}
            cells.append(Cell(text=text))
    return tuple(cells)


def _certification_cells(careers, _fmt):
    cells = []
    for career in careers:
        items = tuple(
            _("%(name)s (required by most employers)") % {"name": cert.display_name}
            if cert.required
            else cert.display_name
            for cert in career.certifications
        )
        if items:
            cells.append(Cell(items=items))
        elif career.education:  # the editor filled in the education and listed none
            cells.append(Cell(text=_("None required")))
        else:
            cells.append(Cell.missing())
    return tuple(cells)


def _list_cells(items_of):
    """A builder of cells listing ``items_of(career)``, "Not available" where it is empty."""

    def build(careers, _fmt):
        return tuple(
            Cell(items=items) if (items := items_of(c)) else Cell.missing() for c in careers
        )

    return build


#: What each training covers, side by side as the seed sets "medical terminology, ...".
_subjects_cells = _list_cells(lambda career: career.education and career.education.subjects)
_duties_cells = _list_cells(lambda career: career.duties and career.duties.items)


#: Each builder takes the careers and the page's ``Formatter`` (the figures are formatted in
#: one pass, in the page's language).
CELL_BUILDERS: dict[str, Callable[[tuple[CareerFacts, ...], Formatter], tuple[Cell, ...]]] = {
    "median_pay": _median_pay_cells,
    "pay_range": _pay_range_cells,
    "hourly_pay": _hourly_pay_cells,
    "outlook": _outlook_cells,
    "education": _education_cells,
    "formal_education": _formal_education_cells,
    "program_length": _program_length_cells,
    "subjects": _subjects_cells,
    "certifications": _certification_cells,
    "duties": _duties_cells,
}
