"""A career's pay: the annual percentiles and the hourly median, published or derived."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from .values import to_decimal, to_int

#: Full-time hours in a year: BLS converts between hourly and annual wages with 2,080 hours.
HOURS_PER_YEAR = 2080


@dataclass(frozen=True)
class Salary:
    median_annual: Decimal
    year: int
    currency: str = "USD"
    percentile_10: Decimal | None = None
    percentile_25: Decimal | None = None
    percentile_75: Decimal | None = None
    percentile_90: Decimal | None = None
    median_hourly_given: Decimal | None = None
    region: str = "United States"
    source_name: str = ""
    source_url: str = ""
    #: A caveat shown with the figures, e.g. which wages are top-coded.
    note: str = ""

    @classmethod
    def from_value(cls, value: Mapping) -> Salary | None:
        median = to_decimal(value.get("median_annual"))
        year = to_int(value.get("year"))
        if median is None or year is None:
            return None
        return cls(
            median_annual=median,
            year=year,
            currency=(value.get("currency") or "USD").upper(),
            percentile_10=to_decimal(value.get("percentile_10")),
            percentile_25=to_decimal(value.get("percentile_25")),
            percentile_75=to_decimal(value.get("percentile_75")),
            percentile_90=to_decimal(value.get("percentile_90")),
            median_hourly_given=to_decimal(value.get("median_hourly")),
            region=value.get("region") or "United States",
            source_name=value.get("source_name") or "",
            source_url=value.get("source_url") or "",
            note=value.get("note") or "",
        )

    @property
    def median_hourly(self) -> Decimal:
        """The published hourly median, or the annual one over 2,080 hours (to the cent)."""
        if self.median_hourly_given is not None:
            return self.median_hourly_given
        return (self.median_annual / HOURS_PER_YEAR).quantize(Decimal("0.01"))

    @property
    def median_hourly_is_derived(self) -> bool:
        return self.median_hourly_given is None

    @property
    def percentiles(self) -> dict[int, Decimal]:
        """The known percentiles, the median as 50, keyed by percentile."""
        values = {
            10: self.percentile_10,
            25: self.percentile_25,
            50: self.median_annual,
            75: self.percentile_75,
            90: self.percentile_90,
        }
        return {p: v for p, v in values.items() if v is not None}
