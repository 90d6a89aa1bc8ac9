"""The duties of a career: what people in the job do, as O*NET's task list gives them."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .sources import clean_source_year, sourced_facts_blocks


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
