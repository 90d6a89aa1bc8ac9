"""The education and certifications a career asks for, with BLS's categories and labels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .values import to_int

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
