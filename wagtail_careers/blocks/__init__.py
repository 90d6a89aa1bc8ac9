"""The StreamField blocks of a career page.

Four structured blocks (duties, education, outlook, salary) mirror how the BLS Occupational
Outlook Handbook and O*NET publish an occupation; the general blocks (paragraph, image, call
to action) are for the school's own words. Help texts are written for an editor who is not a
labor-market expert: what the field means, where BLS or O*NET publish it, an example.
Data people who fill pages from BLS files read docs/import.md instead.

Each structured block validates its own values and puts each message on the field the editor
must change. One module per job:

- ``validation``: the helpers that put each message on its field.
- ``sources``: the source fields (name, link, year) every block of facts ends with.
- ``translatable``: ``CodeBlock`` and which sub-blocks a translator writes anew.
- ``stream``: saving a stream in Wagtail's current format, reading its stored values.
- ``duties``, ``education``, ``outlook``, ``salary``: the structured blocks, each with the
  ``StructValue`` that gives templates its facts; ``call_to_action``: the button block.
- ``body``: ``CareerBodyBlock``, the stream of a career page's body.

Every name is imported from here, ``wagtail_careers.blocks``: migrations record blocks by
that path (see ``translatable.DECONSTRUCT_ALIASES``), and the modules may move again.
"""

from .body import STRUCTURED_BLOCKS, CareerBodyBlock
from .call_to_action import CallToActionBlock
from .duties import DutiesBlock
from .education import CertificationBlock, EducationBlock, EducationValue, FormalEducationBlock
from .outlook import MAX_GROWTH, MIN_GROWTH, OutlookBlock, OutlookValue
from .salary import CURRENCY_RE, PERCENTILE_ORDER, SalaryBlock, SalaryValue, percentile_errors
from .sources import (
    PREFILLED_SOURCE_HELP,
    clean_source_year,
    source_blocks,
    sourced_facts_blocks,
)
from .stream import normalise_stream, stored_values
from .translatable import CodeBlock, is_translated_text

__all__ = [
    "CURRENCY_RE",
    "MAX_GROWTH",
    "MIN_GROWTH",
    "PERCENTILE_ORDER",
    "PREFILLED_SOURCE_HELP",
    "STRUCTURED_BLOCKS",
    "CallToActionBlock",
    "CareerBodyBlock",
    "CertificationBlock",
    "CodeBlock",
    "DutiesBlock",
    "EducationBlock",
    "EducationValue",
    "FormalEducationBlock",
    "OutlookBlock",
    "OutlookValue",
    "SalaryBlock",
    "SalaryValue",
    "clean_source_year",
    "is_translated_text",
    "normalise_stream",
    "percentile_errors",
    "source_blocks",
    "sourced_facts_blocks",
    "stored_values",
]
