"""The pay of a career: the percentiles of annual pay, as BLS's OEWS publishes them."""

import re

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..facts import Salary
from ..importing.sources import OEWS
from .sources import PREFILLED_SOURCE_HELP, source_blocks
from .translatable import CodeBlock
from .validation import add_error, future_year_error, raise_field_errors

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
PERCENTILE_ORDER = (
    ("percentile_10", _("10th percentile")),
    ("percentile_25", _("25th percentile")),
    ("median_annual", _("median")),
    ("percentile_75", _("75th percentile")),
    ("percentile_90", _("90th percentile")),
)


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
            add_error(errors, low, _("The %(this)s cannot be above the %(other)s.") % labels)
            labels = {"this": high_label, "lower": low_label}
            add_error(errors, high, _("The %(this)s cannot be below the %(lower)s.") % labels)
    return errors


class SalaryValue(blocks.StructValue):
    """Lets a template read ``value.facts``: pay with the derived hourly median."""

    @cached_property
    def facts(self) -> Salary | None:
        return Salary.from_value(self)


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
            add_error(
                errors,
                "currency",
                _("Enter a three-letter ISO 4217 currency code, such as USD."),
            )
        else:
            value["currency"] = currency
        if error := future_year_error(value.get("year")):
            add_error(errors, "year", error)
        raise_field_errors(errors)
        return value
