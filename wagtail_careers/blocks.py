"""The StreamField blocks of a career page, in one place.

Four structured blocks (duties, education, outlook, salary) mirror how the BLS Occupational
Outlook Handbook and O*NET publish an occupation; the general blocks (paragraph, image, call
to action) are for the school's own words. Help texts are written for an editor who is not a
labour-market expert: what the field means, where BLS or O*NET publish it, an example.

Each structured block validates its own values and puts the message on the field at fault,
so the admin shows it in the right place.
"""

import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from . import conf
from .facts import (
    EDUCATION_LEVELS,
    ON_THE_JOB_TRAINING_LEVELS,
    WORK_EXPERIENCE_LEVELS,
    Education,
    Outlook,
    Salary,
)

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MIN_GROWTH, MAX_GROWTH = -100, 1000
PERCENTILE_ORDER = (
    ("percentile_10", _("10th percentile")),
    ("percentile_25", _("25th percentile")),
    ("median_annual", _("median")),
    ("percentile_75", _("75th percentile")),
    ("percentile_90", _("90th percentile")),
)


def _raise_field_errors(errors):
    if errors:
        raise StructBlockValidationError(
            block_errors={name: ValidationError(message) for name, message in errors.items()}
        )


def _future_year_error(year):
    this_year = timezone.now().year
    if year is not None and year > this_year:
        return _("The year cannot be in the future (after %(year)s).") % {"year": this_year}
    return None


FIGURES_SOURCE_HELP = _("Who published these figures, shown beside them.")


def source_blocks(example, required=True, what=FIGURES_SOURCE_HELP):
    """The source fields every block of figures ends with, so each figure shows its source."""
    return [
        (
            "source_name",
            blocks.CharBlock(
                label=_("Source"),
                max_length=255,
                required=required,
                help_text=format_lazy("{} {}", what, example),
            ),
        ),
        (
            "source_url",
            blocks.URLBlock(
                label=_("Source link"),
                required=False,
                help_text=_("The page the figures come from, so readers can check them."),
            ),
        ),
    ]


def sourced_facts_blocks(what, example, year_help):
    """The optional source and year of a block whose facts an import may fill in."""
    return [
        *source_blocks(example, required=False, what=what),
        (
            "year",
            blocks.IntegerBlock(
                label=_("Year"), required=False, min_value=1900, help_text=year_help
            ),
        ),
    ]


def clean_source_year(value):
    """The year of a block's source, like every other figure's, cannot be in the future."""
    if error := _future_year_error(value.get("year")):
        _raise_field_errors({"year": error})
    return value


class EducationValue(blocks.StructValue):
    """Lets a template read ``value.facts``: the label and rank of the education level."""

    @cached_property
    def facts(self) -> Education:
        return Education.from_value(self)


class OutlookValue(blocks.StructValue):
    """Lets a template read ``value.facts``: growth with BLS's label for it."""

    @cached_property
    def facts(self) -> Outlook | None:
        return Outlook.from_value(self, conf.all_occupations_growth())


class SalaryValue(blocks.StructValue):
    """Lets a template read ``value.facts``: pay with the derived hourly median."""

    @cached_property
    def facts(self) -> Salary | None:
        return Salary.from_value(self)


class DutiesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        max_length=255,
        help_text=_('Leave empty for "What they do".'),
    )
    intro = blocks.RichTextBlock(
        label=_("Introduction"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two on the job before the list of duties."),
    )
    items = blocks.ListBlock(
        # O*NET's Task Statements allow 1,000 characters.
        blocks.CharBlock(label=_("Duty"), max_length=1000),
        label=_("Duties"),
        min_num=1,
        help_text=_(
            "One task per line, as O*NET's Task Statements or the BLS Handbook's "
            '"What they do" list them. Example: "Assign codes to diagnoses and procedures".'
        ),
    )

    class Meta:
        label = _("Duties")
        icon = "list-ul"
        template = "wagtail_careers/blocks/duties.html"

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = list(local_blocks or []) + sourced_facts_blocks(
            _("Where these duties come from, shown below them."),
            _(
                'Example: "O*NET". An import of O*NET\'s tasks replaces duties whose source '
                "link points to O*NET; clear the link when you write the duties yourself and "
                "the import keeps them."
            ),
            _("When the source last updated these duties. Example: 2024."),
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        return clean_source_year(super().clean(value))


class CertificationBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Name"),
        max_length=255,
        help_text=_('The full name. Example: "Registered Health Information Technician".'),
    )
    abbreviation = blocks.CharBlock(
        label=_("Abbreviation"), required=False, max_length=30, help_text=_('Example: "RHIT".')
    )
    issuer = blocks.CharBlock(
        label=_("Issued by"),
        required=False,
        max_length=255,
        help_text=_('The body that awards it. Example: "AHIMA".'),
    )
    required = blocks.BooleanBlock(
        label=_("Required by employers"),
        required=False,
        help_text=_("Tick when most employers require it, not just prefer it."),
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
            'BLS\'s "Typical entry-level education" for the occupation (Handbook, Quick '
            'Facts). Example: "Postsecondary nondegree award" for a diploma programme.'
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
    formal_education_required = blocks.BooleanBlock(
        label=_("Formal education required"),
        required=False,
        help_text=_("Tick when employers hire only people who completed a programme."),
    )
    program_length_months = blocks.IntegerBlock(
        label=_("Programme length (months)"),
        required=False,
        min_value=1,
        max_value=240,
        help_text=_("How long your school's programme takes. Example: 10."),
    )
    subjects = blocks.ListBlock(
        blocks.CharBlock(label=_("Subject"), max_length=255),
        label=_("Subjects covered"),
        default=[],
        help_text=_('What the training covers. Example: "Medical terminology".'),
    )
    certifications = blocks.ListBlock(
        CertificationBlock(),
        label=_("Certifications"),
        default=[],
        help_text=_(
            "Certifications or licences the job asks for, from the Handbook's "
            '"How to become one".'
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


class OutlookBlock(blocks.StructBlock):
    growth_percent = blocks.DecimalBlock(
        label=_("Projected growth (%)"),
        decimal_places=1,
        max_digits=6,
        help_text=_(
            'Percent change in employment over the period, from BLS\'s "Job Outlook". '
            "Negative for a decline. Example: 22 for 22%."
        ),
    )
    period_start = blocks.IntegerBlock(
        label=_("Period start (year)"),
        min_value=1900,
        help_text=_("The projection's base year. Example: 2012 for 2012–2022."),
    )
    period_end = blocks.IntegerBlock(
        label=_("Period end (year)"),
        min_value=1900,
        help_text=_("The projection's target year. Example: 2022 for 2012–2022."),
    )
    employment = blocks.IntegerBlock(
        label=_("Employment (jobs)"),
        required=False,
        min_value=0,
        help_text=_('Jobs in the base year ("Number of Jobs"). Example: 186300.'),
    )
    annual_openings = blocks.IntegerBlock(
        label=_("Openings per year"),
        required=False,
        min_value=0,
        help_text=_("Average annual openings from BLS's projections table. Example: 15000."),
    )
    average_growth_percent = blocks.DecimalBlock(
        label=_("All occupations' growth (%)"),
        required=False,
        decimal_places=1,
        max_digits=6,
        help_text=_(
            'Growth of all occupations over the same period, which the label ("Much faster '
            "than average\") compares against. Leave empty for BLS's published figure where "
            "known. Example: 10.8 for 2012–2022."
        ),
    )
    drivers = blocks.RichTextBlock(
        label=_("What drives it"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Why employment is expected to change, in a sentence or two."),
    )

    class Meta:
        label = _("Job outlook")
        icon = "history"
        template = "wagtail_careers/blocks/outlook.html"
        value_class = OutlookValue

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = list(local_blocks or []) + source_blocks(
            _('Example: "Bureau of Labor Statistics, Occupational Outlook Handbook".')
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        growth = value.get("growth_percent")
        if growth is not None and not MIN_GROWTH <= growth <= MAX_GROWTH:
            errors["growth_percent"] = _("Growth must be between %(min)s%% and %(max)s%%.") % {
                "min": MIN_GROWTH,
                "max": MAX_GROWTH,
            }
        start, end = value.get("period_start"), value.get("period_end")
        if start is not None and end is not None and end <= start:
            errors["period_end"] = _("The period must end after it starts (%(start)s).") % {
                "start": start
            }
        if error := _future_year_error(start):
            errors["period_start"] = error
        _raise_field_errors(errors)
        return value


class SalaryBlock(blocks.StructBlock):
    currency = blocks.CharBlock(
        label=_("Currency"),
        default="USD",
        max_length=3,
        help_text=_("Three-letter ISO 4217 code. Example: USD."),
    )
    median_annual = blocks.DecimalBlock(
        label=_("Median annual pay"),
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_(
            'Half of workers earn more, half less: BLS\'s "Median Pay" per year (OEWS '
            "column A_MEDIAN). Example: 34750."
        ),
    )
    percentile_10 = blocks.DecimalBlock(
        label=_("10th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("The lowest 10% earn less than this (OEWS A_PCT10)."),
    )
    percentile_25 = blocks.DecimalBlock(
        label=_("25th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("A quarter earn less than this (OEWS A_PCT25)."),
    )
    percentile_75 = blocks.DecimalBlock(
        label=_("75th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("A quarter earn more than this (OEWS A_PCT75)."),
    )
    percentile_90 = blocks.DecimalBlock(
        label=_("90th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("The top 10% earn this or more (OEWS A_PCT90). Example: 56200."),
    )
    median_hourly = blocks.DecimalBlock(
        label=_("Median hourly pay"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=8,
        help_text=_(
            "BLS's hourly median (OEWS H_MEDIAN). Leave empty to show the annual median "
            "over 2,080 hours."
        ),
    )
    year = blocks.IntegerBlock(
        label=_("Year"),
        min_value=1900,
        help_text=_("The year the figures describe. Example: 2012."),
    )
    region = blocks.CharBlock(
        label=_("Region"),
        default="United States",
        max_length=255,
        help_text=_('Where the figures apply. Example: "United States" or "Texas".'),
    )
    note = blocks.CharBlock(
        label=_("Note on the figures"),
        required=False,
        max_length=500,
        help_text=_(
            'Shown under the figures, e.g. when BLS publishes a wage only as "at or above" '
            "its top-coded value. import_careers rewrites it whenever it imports the pay."
        ),
    )

    class Meta:
        label = _("Pay")
        icon = "form"
        template = "wagtail_careers/blocks/salary.html"
        value_class = SalaryValue

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = list(local_blocks or []) + source_blocks(
            _(
                'Example: "Bureau of Labor Statistics, Occupational Employment and Wage Statistics".'
            )
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        currency = (value.get("currency") or "").strip().upper()
        if not CURRENCY_RE.match(currency):
            errors["currency"] = _("Enter a three-letter ISO 4217 currency code, such as USD.")
        else:
            value["currency"] = currency
        previous = None
        for name, label in PERCENTILE_ORDER:
            amount = value.get(name)
            if amount is None:
                continue
            if previous is not None and amount < previous[1]:
                errors[name] = _("The %(this)s cannot be below the %(lower)s.") % {
                    "this": label,
                    "lower": previous[0],
                }
            previous = (label, amount)
        if error := _future_year_error(value.get("year")):
            errors["year"] = error
        _raise_field_errors(errors)
        return value


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Button text"), max_length=100, help_text=_('Example: "Explore the programme".')
    )
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("A page of this site, or a link below.")
    )
    url = blocks.URLBlock(
        label=_("Link"), required=False, help_text=_("Used when no page is chosen.")
    )

    class Meta:
        label = _("Call to action")
        icon = "link"
        template = "wagtail_careers/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            _raise_field_errors({"page": _("Choose a page or enter a link.")})
        return value


class CareerBodyBlock(blocks.StreamBlock):
    """The body of a career page: four structured blocks, each at most once, and content."""

    duties = DutiesBlock()
    education = EducationBlock()
    outlook = OutlookBlock()
    salary = SalaryBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), icon="pilcrow", template="wagtail_careers/blocks/paragraph.html"
    )
    image = ImageBlock(label=_("Image"), template="wagtail_careers/blocks/image.html")
    call_to_action = CallToActionBlock()

    class Meta:
        block_counts = {
            "duties": {"max_num": 1},
            "education": {"max_num": 1},
            "outlook": {"max_num": 1},
            "salary": {"max_num": 1},
        }
