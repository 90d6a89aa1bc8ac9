"""The admin form of ``CareerPage``: a new page starts with its four structured blocks.

An editor then fills in duties, education, outlook and pay in the order the page shows them,
instead of adding each block first; the blocks' own defaults (currency, region, the BLS
sources) come with them. Only the admin's new pages get them: pages made in code or by the
importer start with the body they are given.
"""

from wagtail.admin.forms import WagtailAdminPageForm

from .blocks import STRUCTURED_BLOCKS


class CareerPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if not self.is_bound and page._state.adding and not page.body:
            stream_block = page.body.stream_block
            self.initial["body"] = stream_block.to_python(
                [{"type": name, "value": {}} for name in STRUCTURED_BLOCKS]
            )
