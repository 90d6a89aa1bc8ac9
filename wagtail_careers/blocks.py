"""The StreamField blocks of a career page, in one place.

Four structured blocks (duties, education, outlook, salary) mirror how the BLS Occupational
Outlook Handbook and O*NET publish an occupation; the general blocks (paragraph, image, call
to action) are for the school's own words. Help texts are written for an editor who is not a
labor-market expert: what the field means, where BLS or O*NET publish it, an example.
Data people who fill pages from BLS files read docs/import.md instead.

Each structured block validates its own values and puts each message on the field the editor
must change; where two fields disagree (a percentile above the median, a period that ends
before it starts), both are marked. Optional texts default to
``""``: a page saved before a sub-block existed then holds text there, not ``None``, which
wagtail-localize could not offer for translation.
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
    FACT_BUILDERS,
    FORMAL_EDUCATION_CHOICES,
    FORMAL_EDUCATION_NOT_STATED,
    ON_THE_JOB_TRAINING_LEVELS,
    WORK_EXPERIENCE_LEVELS,
    Education,
    Outlook,
    Salary,
    formal_education_code,
)
from .importing.sources import EMPLOYMENT_PROJECTIONS, OEWS

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MIN_GROWTH, MAX_GROWTH = -100, 1000
PERCENTILE_ORDER = (
    ("percentile_10", _("10th percentile")),
    ("percentile_25", _("25th percentile")),
    ("median_annual", _("median")),
    ("percentile_75", _("75th percentile")),
    ("percentile_90", _("90th percentile")),
)
#: The structured blocks, in the order a new career page has them.
STRUCTURED_BLOCKS = tuple(FACT_BUILDERS)


def _raise_field_errors(errors):
    """Raise the messages of ``errors`` (field name to one message or a list) on their fields."""
    if errors:
        raise StructBlockValidationError(
            block_errors={name: ValidationError(messages) for name, messages in errors.items()}
        )


def _add_error(errors, name, message):
    errors.setdefault(name, []).append(message)


def _future_year_error(year):
    this_year = timezone.now().year
    if year is not None and year > this_year:
        return _("The year cannot be in the future (after %(year)s).") % {"year": this_year}
    return None


def percentile_errors(value) -> dict[str, list[str]]:
    """Both fields of each adjacent pair of figures out of order, with what is wrong.

    The figures are read in order (10th, 25th, median, 75th, 90th), skipping empty ones; a
    pair out of order marks the lower field ("cannot be above") and the upper one ("cannot
    be below"), since either may be the one mistyped.
    """
    errors = {}
    given = [(name, label, value.get(name)) for name, label in PERCENTILE_ORDER]
    given = [item for item in given if item[2] is not None]
    for (low, low_label, low_amount), (high, high_label, high_amount) in zip(
        given, given[1:], strict=False
    ):
        if high_amount < low_amount:
            labels = {"this": low_label, "other": high_label}
            _add_error(errors, low, _("The %(this)s cannot be above the %(other)s.") % labels)
            labels = {"this": high_label, "lower": low_label}
            _add_error(errors, high, _("The %(this)s cannot be below the %(lower)s.") % labels)
    return errors


#: The source of pay and outlook figures, which a new block starts with.
PREFILLED_SOURCE_HELP = _(
    "Who published these figures; shown beside them. Change it when yours come from "
    'elsewhere, e.g. "Bureau of Labor Statistics, Occupational Outlook Handbook".'
)


def source_blocks(help_text, *, default=None, required=True):
    """The source fields every block of facts ends with, so each fact shows its source.

    ``default`` is the published source, ``(name, link)``, a new block starts with.
    """
    name, url = default or (None, None)
    return [
        (
            "source_name",
            blocks.CharBlock(
                label=_("Source"),
                max_length=255,
                required=required,
                help_text=help_text,
                # "" where no source is given: text for translation tools, never None.
                default=name if default else "",
            ),
        ),
        (
            "source_url",
            blocks.URLBlock(
                label=_("Source link"),
                required=False,
                help_text=_("The page the figures come from, so readers can check them."),
                **({"default": url} if default else {}),
            ),
        ),
    ]


class CodeBlock(blocks.CharBlock):
    """A code, the same in every language (a currency, a certification's abbreviation).

    Translation tools keep it as the source page has it: wagtail-localize offers no segment
    for it, and ``translation.sync_translations()`` copies it like the figures.
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


def is_translated_text(block) -> bool:
    """Whether a sub-block holds text a translator writes anew; everything else (numbers,
    years, choices, codes, ticks) is synchronised with the source page."""
    text_blocks = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock)
    return isinstance(block, text_blocks) and not isinstance(block, CodeBlock)


def normalise_stream(stream_value):
    """Convert every block of ``stream_value``, so it is saved in Wagtail's current format.

    Scripts, imports and factories may give list blocks as plain lists; saved as such, their
    items have no ids, and wagtail-localize offers no segment for such a list (duties,
    subjects, certifications would stay untranslatable). Converted, they are saved with ids.
    """
    for index in range(len(stream_value)):
        stream_value[index]  # noqa: B018 (reading a block converts it)
    return stream_value


def stored_values(stream_value, block_types):
    """``(block type, value)`` of the blocks of ``block_types``, as the stream stores them.

    Plain values read from the stored JSON (list items without their ids), not converted
    into Python block values first: reading facts needs only the values, and converting
    the four structured blocks took a quarter of a millisecond per career page, on every
    comparison for each career it shows (render benchmark).
    """
    for item in stream_value.raw_data:
        if item["type"] in block_types:
            yield item["type"], _plain(item["value"])


def _plain(value):
    """A stored value without the ids Wagtail keeps beside list items."""
    if isinstance(value, dict):
        return {key: _plain(child) for key, child in value.items()}
    if isinstance(value, list):
        return [
            _plain(item["value"])
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else _plain(item)
            for item in value
        ]
    return value


def sourced_facts_blocks(what, example, year_help):
    """The optional source and year of a block whose facts an import may fill in."""
    return [
        *source_blocks(format_lazy("{} {}", what, example), required=False),
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
        default="",
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
        default=[""],
        help_text=_(
            "One task in each field; add a field for the next one. O*NET's task list and the "
            'BLS Handbook\'s "What they do" are good sources. Example: "Assign codes to '
            'diagnoses and procedures".'
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


class OutlookBlock(blocks.StructBlock):
    growth_percent = blocks.DecimalBlock(
        label=_("Projected growth (%)"),
        decimal_places=1,
        max_digits=6,
        help_text=_(
            "How much employment is projected to change over the period, from the BLS "
            'Handbook\'s "Job Outlook". Negative for a decline. Example: 22 for 22%.'
        ),
    )
    period_start = blocks.IntegerBlock(
        label=_("Period start (year)"),
        required=False,
        min_value=1900,
        help_text=_(
            "The first year of the projection; needed with the growth. "
            "Example: 2012 for 2012–2022."
        ),
    )
    period_end = blocks.IntegerBlock(
        label=_("Period end (year)"),
        required=False,
        min_value=1900,
        help_text=_(
            "The last year of the projection; needed with the growth. Example: 2022 for 2012–2022."
        ),
    )
    employment = blocks.IntegerBlock(
        label=_("Employment (jobs)"),
        required=False,
        min_value=0,
        help_text=_(
            'Jobs in the first year of the period, the Handbook\'s "Number of Jobs". '
            "Example: 186300."
        ),
    )
    annual_openings = blocks.IntegerBlock(
        label=_("Openings per year"),
        required=False,
        min_value=0,
        help_text=_(
            "Job openings each year on average over the period, from BLS's projections. "
            "Example: 15000."
        ),
    )
    average_growth_percent = blocks.DecimalBlock(
        label=_("All occupations' growth (%)"),
        required=False,
        decimal_places=1,
        max_digits=6,
        help_text=_(
            'Growth of all occupations over the same period, which the label ("Much faster '
            "than average\") compares against. Leave empty to use BLS's published figure "
            "where it is known. Example: 10.8 for 2012–2022."
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
            PREFILLED_SOURCE_HELP, default=EMPLOYMENT_PROJECTIONS
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        growth = value.get("growth_percent")
        if growth is not None and not MIN_GROWTH <= growth <= MAX_GROWTH:
            _add_error(
                errors,
                "growth_percent",
                _("Growth must be between %(min)s%% and %(max)s%%.")
                % {"min": MIN_GROWTH, "max": MAX_GROWTH},
            )
        start, end = value.get("period_start"), value.get("period_end")
        if growth is not None and not self.is_deferred_validation:
            # Growth is a change between two years: without them it cannot be shown.
            if start is None:
                _add_error(
                    errors, "period_start", _("Enter the first year of the projected growth.")
                )
            if end is None:
                _add_error(errors, "period_end", _("Enter the last year of the projected growth."))
        if start is not None and end is not None and end <= start:
            _add_error(
                errors,
                "period_start",
                _("The period must start before it ends (%(end)s).") % {"end": end},
            )
            _add_error(
                errors,
                "period_end",
                _("The period must end after it starts (%(start)s).") % {"start": start},
            )
        if error := _future_year_error(start):
            _add_error(errors, "period_start", error)
        _raise_field_errors(errors)
        return value


class SalaryBlock(blocks.StructBlock):
    """Pay figures, the percentiles in the order people read them (lowest to highest)."""

    currency = CodeBlock(
        label=_("Currency"),
        default="USD",
        max_length=3,
        help_text=_("Three-letter ISO 4217 code. Example: USD."),
    )
    percentile_10 = blocks.DecimalBlock(
        label=_("10th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        # xgettext:no-python-format (a plain text: "10% e" is no conversion)
        help_text=_("The lowest-paid 10% earn less than this, per year."),
    )
    percentile_25 = blocks.DecimalBlock(
        label=_("25th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("A quarter earn less than this, per year."),
    )
    median_annual = blocks.DecimalBlock(
        label=_("Median annual pay"),
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_(
            'Half of workers earn more, half less: the BLS Handbook\'s "Median Pay" per year. '
            "Example: 34750."
        ),
    )
    percentile_75 = blocks.DecimalBlock(
        label=_("75th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        help_text=_("A quarter earn more than this, per year."),
    )
    percentile_90 = blocks.DecimalBlock(
        label=_("90th percentile"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=12,
        # xgettext:no-python-format (a plain text: "10% e" is no conversion)
        help_text=_("The top-paid 10% earn this or more, per year. Example: 56200."),
    )
    median_hourly = blocks.DecimalBlock(
        label=_("Median hourly pay"),
        required=False,
        min_value=0,
        decimal_places=2,
        max_digits=8,
        help_text=_(
            'The Handbook\'s "Median Pay" per hour. Leave empty to show the annual median '
            "divided by 2,080 hours."
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
        default="",
        max_length=500,
        help_text=_(
            'Shown under the figures, e.g. when BLS gives a wage only as "at or above" its '
            "highest published value. Importing pay from BLS files replaces it (see "
            "docs/import.md)."
        ),
    )

    class Meta:
        label = _("Pay")
        icon = "form"
        template = "wagtail_careers/blocks/salary.html"
        value_class = SalaryValue

    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = list(local_blocks or []) + source_blocks(
            PREFILLED_SOURCE_HELP, default=OEWS
        )
        super().__init__(local_blocks, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        errors = percentile_errors(value)
        currency = (value.get("currency") or "").strip().upper()
        if not CURRENCY_RE.match(currency):
            _add_error(
                errors,
                "currency",
                _("Enter a three-letter ISO 4217 currency code, such as USD."),
            )
        else:
            value["currency"] = currency
        if error := _future_year_error(value.get("year")):
            _add_error(errors, "year", error)
        _raise_field_errors(errors)
        return value


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Button text"), max_length=100, help_text=_('Example: "Explore the program".')
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
        block_counts = {name: {"max_num": 1} for name in STRUCTURED_BLOCKS}
