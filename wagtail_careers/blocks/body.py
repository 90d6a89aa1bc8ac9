"""The body of a career page: the four structured blocks and the school's own content."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from ..facts import FACT_BUILDERS
from .call_to_action import CallToActionBlock
from .duties import DutiesBlock
from .education import EducationBlock
from .outlook import OutlookBlock
from .salary import SalaryBlock

#: The structured blocks, in the order a new career page has them.
STRUCTURED_BLOCKS = tuple(FACT_BUILDERS)


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
