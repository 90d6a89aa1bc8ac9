"""The source fields (name, link, year) that end every block of facts, so each fact shows
where it comes from.

Optional texts default to ``""``: a page saved before a sub-block existed then holds text
there, not ``None``, which wagtail-localize could not offer for translation.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .validation import future_year_error, raise_field_errors

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
    if error := future_year_error(value.get("year")):
        raise_field_errors({"year": error})
    return value
