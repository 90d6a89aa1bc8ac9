"""A typed, read-only view of one career's facts.

``CareerFacts`` is what the templates, the JSON-LD, the API and the comparison read. It is
built from plain values (the mappings a StreamField's structured blocks hold, or any dicts
shaped like them), so it is tested without a database, and nothing in it knows about the
ORM or templates.

Derived values live here, next to the data they come from: the hourly median from the
annual one when the source gives only the annual figure, and BLS's outlook label. One
module per part of the facts:

- ``values``: numbers read from stored block values.
- ``duties``, ``education``, ``outlook``, ``salary``: each structured block's facts, with
  BLS's categories, labels and figures they are read against.
- ``career``: ``CareerFacts`` and ``build_career_facts()``, which put the parts together.

Every name is imported from here, ``wagtail_careers.facts``.
"""

from .career import FACT_BUILDERS, CareerFacts, build_career_facts
from .duties import Duties
from .education import (
    EDUCATION_LABELS,
    EDUCATION_LEVELS,
    EDUCATION_RANK,
    FORMAL_EDUCATION_CHOICES,
    FORMAL_EDUCATION_NOT_STATED,
    ON_THE_JOB_TRAINING_LEVELS,
    WORK_EXPERIENCE_LEVELS,
    Certification,
    Education,
    formal_education_code,
)
from .outlook import (
    ALL_OCCUPATIONS_GROWTH,
    ALL_OCCUPATIONS_GROWTH_SOURCE,
    LITTLE_CHANGE_BAND,
    OUTLOOK_FACTORS,
    Outlook,
    outlook_label,
)
from .salary import HOURS_PER_YEAR, Salary
from .values import to_decimal, to_int

__all__ = [
    "ALL_OCCUPATIONS_GROWTH",
    "ALL_OCCUPATIONS_GROWTH_SOURCE",
    "EDUCATION_LABELS",
    "EDUCATION_LEVELS",
    "EDUCATION_RANK",
    "FACT_BUILDERS",
    "FORMAL_EDUCATION_CHOICES",
    "FORMAL_EDUCATION_NOT_STATED",
    "HOURS_PER_YEAR",
    "LITTLE_CHANGE_BAND",
    "ON_THE_JOB_TRAINING_LEVELS",
    "OUTLOOK_FACTORS",
    "WORK_EXPERIENCE_LEVELS",
    "CareerFacts",
    "Certification",
    "Duties",
    "Education",
    "Outlook",
    "Salary",
    "build_career_facts",
    "formal_education_code",
    "outlook_label",
    "to_decimal",
    "to_int",
]
