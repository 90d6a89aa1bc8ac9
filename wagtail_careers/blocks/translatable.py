"""Which sub-blocks a translator writes anew, and ``CodeBlock``, the text one they do not."""

from wagtail import blocks


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


# Migrations name a CodeBlock by its public path, wagtail_careers.blocks.CodeBlock. Wagtail's
# Block.deconstruct() looks this mapping up in the class's own module (wagtail.blocks keeps
# its blocks' public paths the same way), so the migrations need not change with the module.
DECONSTRUCT_ALIASES = {CodeBlock: "wagtail_careers.blocks.CodeBlock"}
