"""The figures a career index filters, sorts and shows on its cards, as plain columns.

A ``CareerPage`` keeps its median annual pay, growth and entry-education rank in indexed
columns of its own table, written from its body on every save (``columns_from_blocks()``), so
a listing of any size filters and sorts in the database and draws each card without reading
a single StreamField. ``facts_from_columns()`` turns a row's columns back into the
``CareerFacts`` the templates already know how to format. Both are pure: no ORM, no request.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal

from .facts import (
    EDUCATION_LEVELS,
    EDUCATION_RANK,
    CareerFacts,
    Education,
    Outlook,
    Salary,
    build_career_facts,
    to_decimal,
)

#: The columns ``columns_from_facts()`` fills, in the order the model declares them.
COLUMNS = (
    "median_annual_pay",
    "pay_currency",
    "pay_year",
    "growth_percent",
    "growth_period_start",
    "growth_period_end",
    "growth_average_percent",
    "entry_education_rank",
)


def columns_from_blocks(blocks: Iterable[tuple[str, Mapping]]) -> dict:
    """The listing columns of a career whose body holds ``blocks`` (``(type, value)`` pairs).

    Read as ``facts.build_career_facts()`` reads them (the first block of each type), so a
    card shows what the career page shows; ``None`` (or "") where a figure is missing.
    """
    first = {}
    for block_type, value in blocks:
        first.setdefault(block_type, value)
    facts = build_career_facts(title="", blocks=first.items())
    salary, outlook, education = facts.salary, facts.outlook, facts.education
    return {
        "median_annual_pay": salary.median_annual if salary else None,
        "pay_currency": salary.currency if salary else "",
        "pay_year": salary.year if salary else None,
        "growth_percent": outlook.growth_percent if outlook else None,
        "growth_period_start": outlook.period_start if outlook else None,
        "growth_period_end": outlook.period_end if outlook else None,
        # Only an average the editor gave: BLS's and the site's are looked up when shown,
        # so changing WAGTAIL_CAREERS_ALL_OCCUPATIONS_GROWTH needs no re-save.
        "growth_average_percent": (
            to_decimal(first["outlook"].get("average_growth_percent")) if outlook else None
        ),
        "entry_education_rank": education.rank if education else None,
    }


def facts_from_columns(
    *, title: str, summary: str, columns: Mapping, averages: Mapping | None = None
) -> CareerFacts:
    """A card's ``CareerFacts`` (pay, growth and its label, entry education) from its columns.

    ``averages`` maps ``(period_start, period_end)`` to all occupations' growth, as in
    ``facts.build_career_facts()``; an average the editor gave wins.
    """
    salary = outlook = education = None
    if columns["median_annual_pay"] is not None and columns["pay_year"] is not None:
        salary = Salary(
            median_annual=Decimal(columns["median_annual_pay"]),
            year=columns["pay_year"],
            currency=columns["pay_currency"] or "USD",
        )
    start, end = columns["growth_period_start"], columns["growth_period_end"]
    if columns["growth_percent"] is not None and start is not None and end is not None:
        given = columns["growth_average_percent"]
        outlook = Outlook(
            growth_percent=Decimal(columns["growth_percent"]),
            period_start=start,
            period_end=end,
            average_growth_percent=given
            if given is not None
            else (averages or {}).get((start, end)),
        )
    rank = columns["entry_education_rank"]
    if rank is not None and 0 <= rank < len(EDUCATION_LEVELS):
        education = Education(typical_entry_education=EDUCATION_LEVELS[rank][0])
    return CareerFacts(
        title=title, summary=summary or "", salary=salary, outlook=outlook, education=education
    )


def education_rank(code: str) -> int | None:
    """The rank of BLS's education level ``code`` (0 = no formal credential), or None."""
    return EDUCATION_RANK.get(code)
