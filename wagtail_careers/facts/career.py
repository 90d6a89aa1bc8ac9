"""``CareerFacts``, everything structured about one career, built from its blocks' values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from .duties import Duties
from .education import Certification, Education
from .outlook import Outlook
from .salary import Salary


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
