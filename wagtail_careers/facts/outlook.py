"""A career's projected growth, and BLS's label for it against all occupations' growth."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from .values import to_decimal, to_int

#: Where ``ALL_OCCUPATIONS_GROWTH`` comes from: each period's figure is the percent change in
#: total employment that BLS's Employment Projections news release of that period reports
#: ("Employment Projections -- 2023-2033", https://www.bls.gov/news.release/ecopro.htm; the
#: earlier releases are in its archive). BLS projected every second year until 2018–28, and
#: every year since.
ALL_OCCUPATIONS_GROWTH_SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections"

#: Growth of all occupations together, in percent, for every projection period BLS published
#: from 2002–12 on. The outlook label compares a career's growth with the average of the same
#: period; a site adds a newer period with ``WAGTAIL_CAREERS_ALL_OCCUPATIONS_GROWTH``.
ALL_OCCUPATIONS_GROWTH = {
    (2002, 2012): Decimal("14.8"),
    (2004, 2014): Decimal("13.0"),
    (2006, 2016): Decimal("10.4"),
    (2008, 2018): Decimal("10.1"),
    (2010, 2020): Decimal("14.3"),
    (2012, 2022): Decimal("10.8"),
    (2014, 2024): Decimal("6.5"),
    (2016, 2026): Decimal("7.4"),
    (2018, 2028): Decimal("5.2"),
    (2019, 2029): Decimal("3.7"),
    (2020, 2030): Decimal("7.7"),
    (2021, 2031): Decimal("5.3"),
    (2022, 2032): Decimal("2.8"),
    (2023, 2033): Decimal("4.0"),
    (2024, 2034): Decimal("3.1"),
}

#: Outlook labels, from fastest to slowest: growth at least ``factor`` times the average.
#: The factors reproduce BLS's 2008–18 thresholds (20%, 14%, 7% against an average of 10.1%).
OUTLOOK_FACTORS = (
    (Decimal("2.0"), _("Much faster than average")),
    (Decimal("1.4"), _("Faster than average")),
    (Decimal("0.7"), _("About as fast as average")),
)
#: Growth within this many percentage points of zero is "little or no change".
LITTLE_CHANGE_BAND = Decimal("2")


def outlook_label(growth_percent: Decimal, average_percent: Decimal | None):
    """BLS's words for a growth rate against the average of all occupations.

    Returns None when the average is unknown: a label measured against the wrong period's
    average would mislead.
    """
    if average_percent is None:
        return None
    if growth_percent < -LITTLE_CHANGE_BAND:
        return _("Decline")
    if growth_percent <= LITTLE_CHANGE_BAND:
        return _("Little or no change")
    for factor, label in OUTLOOK_FACTORS:
        if average_percent > 0 and growth_percent >= factor * average_percent:
            return label
    return _("Slower than average")


@dataclass(frozen=True)
class Outlook:
    growth_percent: Decimal
    period_start: int
    period_end: int
    employment: int | None = None
    annual_openings: int | None = None
    source_name: str = ""
    source_url: str = ""
    #: All occupations' growth over the same period, if the editor gave it.
    average_growth_percent: Decimal | None = None

    @classmethod
    def from_value(cls, value: Mapping, averages: Mapping | None = None) -> Outlook | None:
        growth = to_decimal(value.get("growth_percent"))
        start, end = to_int(value.get("period_start")), to_int(value.get("period_end"))
        if growth is None or start is None or end is None:
            return None
        average = to_decimal(value.get("average_growth_percent"))
        if average is None:
            average = (averages or ALL_OCCUPATIONS_GROWTH).get((start, end))
        return cls(
            growth_percent=growth,
            period_start=start,
            period_end=end,
            employment=to_int(value.get("employment")),
            annual_openings=to_int(value.get("annual_openings")),
            source_name=value.get("source_name") or "",
            source_url=value.get("source_url") or "",
            average_growth_percent=average,
        )

    @property
    def label(self):
        """BLS's label, e.g. "Much faster than average", or None when no average is known."""
        return outlook_label(self.growth_percent, self.average_growth_percent)

    @property
    def decline_percent(self) -> Decimal:
        """The size of a decline, for sentences that say "decline 3%" rather than "-3%"."""
        return -self.growth_percent if self.growth_percent < 0 else Decimal(0)
