"""A call to action: a button to a page of the site or to a link, in the school's own words."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .validation import raise_field_errors


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
            raise_field_errors({"page": _("Choose a page or enter a link.")})
        return value
