"""A typed, read-only view of one career's facts.

``CareerFacts`` is what the templates, the JSON-LD, the API and the comparison read. It is
built from plain values (the mappings a StreamField's structured blocks hold, or any dicts
shaped like them), so it is tested without a database, and nothing in it knows about the
ORM or templates.

Derived values live here, next to the data they come from: the hourly median from the
annual one when the source gives only the annual figure, and BLS's outlook label.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext_lazy as _

#: Full-time hours in a year: BLS converts between hourly and annual wages with 2,080 hours.
HOURS_PER_YEAR = 2080

#: BLS's typical entry-level education categories, in rank order (lowest first).
EDUCATION_LEVELS = (
    ("none", _("No formal educational credential")),
    ("high_school", _("High school diploma or equivalent")),
    ("postsecondary_nondegree", _("Postsecondary nondegree award")),
    ("some_college", _("Some college, no degree")),
    ("associate", _("Associate's degree")),
    ("bachelor", _("Bachelor's degree")),
    ("master", _("Master's degree")),
    ("doctoral", _("Doctoral or professional degree")),
)
EDUCATION_RANK = {code: rank for rank, (code, _label) in enumerate(EDUCATION_LEVELS)}
EDUCATION_LABELS = dict(EDUCATION_LEVELS)
#: BLS's other two worker characteristics, with its own labels (Employment Projections).
WORK_EXPERIENCE_LEVELS = (
    ("none", _("None")),
    ("less_than_5_years", _("Less than 5 years")),
    ("5_years_or_more", _("5 years or more")),
)
ON_THE_JOB_TRAINING_LEVELS = (
    ("none", _("None")),
    ("short_term", _("Short-term on-the-job training")),
    ("moderate_term", _("Moderate-term on-the-job training")),
    ("long_term", _("Long-term on-the-job training")),
    ("apprenticeship", _("Apprenticeship")),
    ("internship_residency", _("Internship/residency")),
)

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


def to_decimal(value) -> Decimal | None:
    """A Decimal from a block value, or None for an empty or unreadable one."""
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


#: "Formal education required": the block's choices. ``True`` and ``False``, as older pages,
#: imports and scripts stored them, mean yes and no.
FORMAL_EDUCATION_CHOICES = (
    ("yes", _("Yes")),
    ("no", _("No")),
    ("not_stated", _("Not stated")),
)
FORMAL_EDUCATION_NOT_STATED = "not_stated"


def formal_education_code(value) -> str:
    """``yes``, ``no`` or ``not_stated`` from a stored value (a choice, or the old bool)."""
    if value is True or value == "yes":
        return "yes"
    if value is False or value == "no":
        return "no"
    return FORMAL_EDUCATION_NOT_STATED


def to_int(value) -> int | None:
    """An int from a block value, or None for an empty one."""
    if value is None or value == "":
        return None
    return int(value)


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
class Certification:
    name: str
    abbreviation: str = ""
    issuer: str = ""
    required: bool = False
    renewal_years: int | None = None

    @classmethod
    def from_value(cls, value: Mapping) -> Certification:
        return cls(
            name=value.get("name") or "",
            abbreviation=value.get("abbreviation") or "",
            issuer=value.get("issuer") or "",
            required=bool(value.get("required")),
            renewal_years=to_int(value.get("renewal_years")),
        )

    @property
    def display_name(self) -> str:
        """ "Certified Tumor Registrar (CTR)", or the name alone."""
        if self.abbreviation:
            return f"{self.name} ({self.abbreviation})"
        return self.name


@dataclass(frozen=True)
class Duties:
    items: tuple[str, ...]
    heading: str = ""
    source_name: str = ""
    source_url: str = ""
    year: int | None = None

    @classmethod
    def from_value(cls, value: Mapping) -> Duties:
        return cls(
            heading=value.get("heading") or "",
            items=tuple(str(item) for item in value.get("items") or () if item),
            source_name=value.get("source_name") or "",
            source_url=value.get("source_url") or "",
            year=to_int(value.get("year")),
        )


@dataclass(frozen=True)
class Education:
    typical_entry_education: str
    #: True (yes), False (no) or None: not stated, which no comparison claims anything from.
    formal_education_required: bool | None = None
    program_length_months: int | None = None
    subjects: tuple[str, ...] = ()
    certifications: tuple[Certification, ...] = ()
    #: BLS's work experience in a related occupation and on-the-job training codes.
    work_experience: str = ""
    on_the_job_training: str = ""
    source_name: str = ""
    source_url: str = ""
    year: int | None = None

    @classmethod
    def from_value(cls, value: Mapping) -> Education:
        return cls(
            typical_entry_education=value.get("typical_entry_education") or "",
            formal_education_required={"yes": True, "no": False}.get(
                formal_education_code(value.get("formal_education_required"))
            ),
            program_length_months=to_int(value.get("program_length_months")),
            subjects=tuple(str(s) for s in value.get("subjects") or () if s),
            certifications=tuple(
                Certification.from_value(c) for c in value.get("certifications") or ()
            ),
            work_experience=value.get("work_experience") or "",
            on_the_job_training=value.get("on_the_job_training") or "",
            source_name=value.get("source_name") or "",
            source_url=value.get("source_url") or "",
            year=to_int(value.get("year")),
        )

    @property
    def rank(self) -> int | None:
        """Position in BLS's education ranking (0 = no formal credential)."""
        return EDUCATION_RANK.get(self.typical_entry_education)

    @property
    def label(self) -> str:
        return EDUCATION_LABELS.get(self.typical_entry_education, "")

    @property
    def formal_education_label(self):
        """ "Yes", "No" or "Not stated"."""
        labels = dict(FORMAL_EDUCATION_CHOICES)
        if self.formal_education_required is None:
            return labels[FORMAL_EDUCATION_NOT_STATED]
        return labels["yes" if self.formal_education_required else "no"]

    @property
    def work_experience_label(self) -> str:
        return dict(WORK_EXPERIENCE_LEVELS).get(self.work_experience, "")

    @property
    def on_the_job_training_label(self) -> str:
        return dict(ON_THE_JOB_TRAINING_LEVELS).get(self.on_the_job_training, "")


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


@dataclass(frozen=True)
class CareerFacts:
    """Everything structured about one career, as plain values."""

    title: str
    summary: str = ""
    soc_code: str = ""
    url: str = ""
    #: The language the texts are written in (``es``), for JSON-LD's ``inLanguage``.
    language: str = ""
    duties: Duties | None = None
    education: Education | None = None
    outlook: Outlook | None = None
    salary: Salary | None = None
    #: When the page was last published: when its facts were last reviewed.
    last_reviewed: datetime | None = None

    @property
    def certifications(self) -> tuple[Certification, ...]:
        return self.education.certifications if self.education else ()


#: How each structured block type becomes its part of ``CareerFacts``.
FACT_BUILDERS = {
    "duties": Duties.from_value,
    "education": Education.from_value,
    "outlook": Outlook.from_value,
    "salary": Salary.from_value,
}


def build_career_facts(
    *,
    title: str,
    blocks: Iterable[tuple[str, Mapping]],
    summary: str = "",
    soc_code: str = "",
    url: str = "",
    language: str = "",
    averages: Mapping | None = None,
    last_reviewed: datetime | None = None,
) -> CareerFacts:
    """Facts from ``(block_type, value)`` pairs, e.g. a StreamField's structured blocks.

    Blocks of other types (paragraphs, images) are ignored; when a type appears more than
    once only the first counts (the page allows each structured block once).
    ``averages`` maps ``(period_start, period_end)`` to all occupations' growth, replacing
    the built-in table.
    """
    parts = {}
    for block_type, value in blocks:
        if block_type not in FACT_BUILDERS or block_type in parts:
            continue
        if block_type == "outlook":
            parts[block_type] = Outlook.from_value(value, averages)
        else:
            parts[block_type] = FACT_BUILDERS[block_type](value)
    return CareerFacts(
        title=title,
        summary=summary or "",
        soc_code=soc_code or "",
        url=url or "",
        language=language or "",
        last_reviewed=last_reviewed,
        **parts,
    )
