"""The job outlook of a career: projected growth over a period, as the BLS Handbook gives it."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .. import conf
from ..facts import Outlook
from ..importing.sources import EMPLOYMENT_PROJECTIONS
from .sources import PREFILLED_SOURCE_HELP, source_blocks
from .validation import add_error, future_year_error, raise_field_errors

MIN_GROWTH, MAX_GROWTH = -100, 1000


class OutlookValue(blocks.StructValue):
    """Lets a template read ``value.facts``: growth with BLS's label for it."""

    @cached_property
    def facts(self) -> Outlook | None:
        return Outlook.from_value(self, conf.all_occupations_growth())


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
            add_error(
                errors,
                "growth_percent",
                _("Growth must be between %(min)s%% and %(max)s%%.")
                % {"min": MIN_GROWTH, "max": MAX_GROWTH},
            )
        start, end = value.get("period_start"), value.get("period_end")
        if growth is not None and not self.is_deferred_validation:
            # Growth is a change between two years: without them it cannot be shown.
            if start is None:
                add_error(
                    errors, "period_start", _("Enter the first year of the projected growth.")
                )
            if end is None:
                add_error(errors, "period_end", _("Enter the last year of the projected growth."))
        if start is not None and end is not None and end <= start:
            add_error(
                errors,
                "period_start",
                _("The period must start before it ends (%(end)s).") % {"end": end},
            )
            add_error(
                errors,
                "period_end",
                _("The period must end after it starts (%(start)s).") % {"start": start},
            )
        if error := future_year_error(start):
            add_error(errors, "period_start", error)
        raise_field_errors(errors)
        return value
