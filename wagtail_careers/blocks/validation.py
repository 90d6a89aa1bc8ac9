"""The helpers every block's ``clean()`` uses to put each message on the field at fault.

Where two fields disagree (a percentile above the median, a period that ends before it
starts), both are marked, since either may be the one mistyped.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.struct_block import StructBlockValidationError


def raise_field_errors(errors):
    """Raise the messages of ``errors`` (field name to one message or a list) on their fields."""
    if errors:
        raise StructBlockValidationError(
            block_errors={name: ValidationError(messages) for name, messages in errors.items()}
        )


def add_error(errors, name, message):
    errors.setdefault(name, []).append(message)


def future_year_error(year):
    this_year = timezone.now().year
    if year is not None and year > this_year:
        return _("The year cannot be in the future (after %(year)s).") % {"year": this_year}
    return None
