"""The education a career asks for, as BLS's Employment Projections classify it, and the
certifications it needs."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..facts import (
    EDUCATION_LEVELS,
    FORMAL_EDUCATION_CHOICES,
    FORMAL_EDUCATION_NOT_STATED,
    ON_THE_JOB_TRAINING_LEVELS,
    WORK_EXPERIENCE_LEVELS,
    Education,
    formal_education_code,
)
from .sources import clean_source_year, sourced_facts_blocks
from .translatable import CodeBlock


class FormalEducationBlock(blocks.ChoiceBlock):
    """Yes, No or Not stated, reading ``True``/``False`` as older pages and scripts stored them.

    It began as a checkbox, whose unchecked state published "No" where the editor had not said;
    a stored bool keeps its claim (yes or no), and is saved as the choice from then on.
    """

    def to_python(self, value):
        return formal_education_code(value)

    def normalize(self, value):
        return formal_education_code(value)

    def get_prep_value(self, value):
        return formal_education_code(value)

    def value_for_form(self, value):
        # The form, and ``clean()`` through it, see the choice: a stored ``True`` is "yes".
        return formal_education_code(value)


class EducationValue(blocks.StructValue):
    """Lets a template read ``value.facts``: the label and rank of the education level."""

    @cached_property
    def facts(self) -> Education:
        return Education.from_value(self)


class CertificationBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Name"),
        max_length=255,
        help_text=_('The full name. Example: "Registered Health Information Technician".'),
    )
    abbreviation = CodeBlock(
        label=_("Abbreviation"),
        required=False,
        default="",
        max_length=30,
        help_text=_('Example: "RHIT".'),
    )
    issuer = blocks.CharBlock(
        label=_("Issued by"),
        required=False,
        default="",
        max_length=255,
        help_text=_('The organization that awards it. Example: "AHIMA".'),
    )
    required = blocks.BooleanBlock(
        label=_("Required by employers"),
        required=False,
        help_text=_("Check when most employers require it, not just prefer it."),
    )
    renewal_years = blocks.IntegerBlock(
        label=_("Renewed every (years)"),
        required=False,
        min_value=1,
        max_value=50,
        help_text=_("Leave empty when it never needs renewing."),
    )

    class Meta:
        label = _("Certification")
        icon = "success"


class EducationBlock(blocks.StructBlock):
    typical_entry_education = blocks.ChoiceBlock(
        label=_("Typical entry-level education"),
        choices=EDUCATION_LEVELS,
        help_text=_(
            'As the BLS Handbook gives it under "Quick Facts" for the occupation. Example: '
            '"Postsecondary nondegree award" for a certificate or diploma program.'
        ),
    )
    work_experience = blocks.ChoiceBlock(
        label=_("Work experience in a related occupation"),
        choices=WORK_EXPERIENCE_LEVELS,
        required=False,
        help_text=_(
            'BLS\'s "Work experience in a related occupation" (Handbook, Quick Facts). '
            'Example: "None".'
        ),
    )
    on_the_job_training = blocks.ChoiceBlock(
        label=_("On-the-job training"),
        choices=ON_THE_JOB_TRAINING_LEVELS,
        required=False,
        help_text=_(
            'BLS\'s "On-the-job training" needed to become competent (Handbook, Quick '
            'Facts). Example: "Short-term on-the-job training".'
        ),
    )
    formal_education_required = FormalEducationBlock(
        label=_("Formal education required"),
        choices=FORMAL_EDUCATION_CHOICES,
        default=FORMAL_EDUCATION_NOT_STATED,
        help_text=_(
            '"Yes" when employers hire only people who completed a program, "No" when they '
            'also hire people without one; "Not stated" when your source does not say.'
        ),
    )
    program_length_months = blocks.IntegerBlock(
        label=_("Program length (months)"),
        required=False,
        min_value=1,
        max_value=240,
        help_text=_("How long your school's program takes. Example: 10."),
    )
    subjects = blocks.ListBlock(
        blocks.CharBlock(label=_("Subject"), max_length=255),
        label=_("Subjects covered"),
        default=[],
        help_text=_('One subject in each field. Example: "Medical terminology".'),
    )
    certifications = blocks.ListBlock(
        CertificationBlock(),
        label=_("Certifications"),
        default=[],
        help_text=_(
            "Certifications or licenses the job asks for, as the BLS Handbook lists them "
            'under "How to become one".'
        ),
    )
    notes = blocks.RichTextBlock(
        label=_("Notes"),
        required=False,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Anything else about getting in: on-the-job training, experience, ..."),
    )

    class Meta:
        label = _("Education and certification")
        icon = "doc-full"
        template = "wagtail_careers/blocks/education.html"
        value_class = EducationValue

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = list(local_blocks or []) + sourced_facts_blocks(
            _("Who published the education and training figures, shown below them."),
            _('Example: "Bureau of Labor Statistics, Employment Projections".'),
            _("The year BLS's education and training figures describe. Example: 2024."),
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        return clean_source_year(super().clean(value))
