"""Imported rows merged into career pages, and only the changes written.

Planning is separate from writing: ``plan()`` reads the pages under the parent (a fixed
number of queries, whatever the number of rows), merges each row into its page's latest
revision, validates the merged blocks with the blocks' own ``clean()`` and decides whether
the row creates, updates or leaves the page unchanged. Only when no row has an error does
``write()`` run, inside the caller's transaction, so a broken file changes nothing.

Merging keeps what editors wrote: only the structured blocks the file has figures for
change, and in them only the sub-fields the file covers. Two exceptions keep figures honest:
when the pay year (or the projection period) changes, the block's figures the file does not
give are cleared, because they describe another year; and the note on the pay is rewritten
with the figures it explains.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail import blocks
from wagtail.models import Revision

from ..blocks import OUTLOOK_SOURCE, PAY_SOURCE, STRUCTURED_BLOCKS
from ..career_page import CareerPage
from ..facts import to_decimal
from .indexing import chunks
from .rows import OUTLOOK_COLUMNS, SALARY_COLUMNS, ImportRow, RowError

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"

#: Figures that belong to the pay year or the projection period: cleared when it changes.
SALARY_FIGURES = (
    "percentile_10",
    "percentile_25",
    "percentile_75",
    "percentile_90",
    "median_hourly",
)
OUTLOOK_FIGURES = ("employment", "annual_openings", "average_growth_percent")
#: The column each block sub-field comes from, to name it in error messages.
FIELD_COLUMNS = {
    **{("salary", name): column for column, name in SALARY_COLUMNS.items()},
    **{("outlook", name): column for column, name in OUTLOOK_COLUMNS.items()},
    ("education", "typical_entry_education"): "typical_entry_education",
    ("duties", "items"): "duties",
}


@dataclass
class Change:
    """What importing one row does to its page."""

    row: ImportRow
    action: str
    #: The page's latest revision as a page object; None when the row creates a page.
    page: CareerPage | None = None
    #: Human-readable parts that change, e.g. "salary (median_annual, year)".
    changed: list[str] = field(default_factory=list)
    summary: str = ""
    body: list = field(default_factory=list)
    slug: str = ""


def _normal(block, value):
    """A sub-field's value in a form where equal figures compare equal (34750 == "34750.00")."""
    if value is None or value == "":
        return None
    if isinstance(block, blocks.ListBlock):
        return [str(item) for item in block.to_python(value)] or None
    if isinstance(block, (blocks.DecimalBlock, blocks.IntegerBlock)):
        return to_decimal(value)
    return value


def merge_block(block, old_raw, updates) -> tuple[dict, list[str]]:
    """The block's raw value with ``updates`` applied, and the sub-fields that changed.

    With no ``old_raw`` the block is new: its defaults (currency, region) plus the updates.
    """
    base = dict(old_raw) if old_raw is not None else block.get_prep_value(block.get_default())
    changed = [
        name
        for name, value in updates.items()
        if _normal(block.child_blocks[name], base.get(name))
        != _normal(block.child_blocks[name], value)
    ]
    return {**base, **updates}, changed


def _figures_updates(row_values, old_raw, *, period_fields, figures, source, default_source):
    """The sub-fields a row sets in a salary or outlook block.

    Figures the file lacks are kept only while the block's year or period stays the same;
    the source is set by ``--source``, or the default one on a new block, else kept.
    """
    updates = dict(row_values)
    if old_raw is not None:
        same_period = all(
            to_decimal(old_raw.get(name)) == to_decimal(updates[name]) for name in period_fields
        )
        if not same_period:
            updates.update({name: None for name in figures if name not in updates})
    if source is not None:
        updates.update(source_name=source[0], source_url=source[1])
    elif old_raw is None:
        updates.update(source_name=str(default_source[0]), source_url=default_source[1])
    return updates


def row_updates(row: ImportRow, old_values: dict, source=None) -> dict[str, dict]:
    """Block type to the sub-fields the row sets in it, for the blocks the row covers."""
    updates = {}
    if row.duties is not None:
        updates["duties"] = {"items": row.duties}
    if row.education is not None:
        updates["education"] = {"typical_entry_education": row.education}
    if row.outlook is not None:
        updates["outlook"] = _figures_updates(
            row.outlook,
            old_values.get("outlook"),
            period_fields=("period_start", "period_end"),
            figures=OUTLOOK_FIGURES,
            source=source,
            default_source=OUTLOOK_SOURCE,
        )
    if row.salary is not None:
        updates["salary"] = _figures_updates(
            row.salary,
            old_values.get("salary"),
            period_fields=("year",),
            figures=SALARY_FIGURES,
            source=source,
            default_source=PAY_SOURCE,
        )
    return updates


def _error_messages(error) -> list[str]:
    """The messages of a (possibly nested list) block error, items numbered from 1."""
    block_errors = getattr(error, "block_errors", None)
    if not block_errors:
        return list(error.messages)
    return [
        gettext("item %(number)s: %(message)s") % {"number": index + 1, "message": message}
        for index, item_error in block_errors.items()
        if item_error
        for message in _error_messages(item_error)
    ]


def clean_block(block_type, block, raw, row_number, headers) -> tuple[dict | None, list[RowError]]:
    """The block's canonical raw value after its own ``clean()``, or the errors by column."""
    try:
        value = block.clean(block.to_python(raw))
    except ValidationError as error:
        found = []
        for name, sub_error in (getattr(error, "block_errors", None) or {}).items():
            # A sub-field the file does not have is the page's own value, named as such.
            label = headers.get(FIELD_COLUMNS.get((block_type, name)), f"{block_type}.{name}")
            found += [RowError(row_number, label, m) for m in _error_messages(sub_error)]
        non_block = getattr(error, "non_block_errors", None)
        messages = list(non_block) if non_block is not None else ([] if found else error.messages)
        found += [RowError(row_number, block_type, str(m)) for m in messages]
        return None, found
    return block.get_prep_value(value), []


def merge_body(row, body, headers, source=None):
    """``(new raw body, changed parts, errors)``: the row merged into a page's raw body."""
    stream_block = CareerPage.body.field.stream_block
    positions = {}
    for position, item in enumerate(body):
        positions.setdefault(item["type"], position)
    new_body, changed, errors = list(body), [], []
    old_values = {name: body[i]["value"] for name, i in positions.items()}
    for block_type, updates in row_updates(row, old_values, source).items():
        block = stream_block.child_blocks[block_type]
        merged, fields = merge_block(block, old_values.get(block_type), updates)
        if not fields and block_type in positions:
            continue
        raw, block_errors = clean_block(block_type, block, merged, row.number, headers)
        errors += block_errors
        if raw is None:
            continue
        changed.append(f"{block_type} ({', '.join(fields)})")
        if block_type in positions:
            new_body[positions[block_type]] = {
                **body[positions[block_type]],
                "value": raw,
            }
        else:
            new_body.append({"type": block_type, "value": raw, "id": str(uuid.uuid4())})
    order = {name: index for index, name in enumerate(STRUCTURED_BLOCKS)}
    if not body:
        new_body.sort(key=lambda item: order[item["type"]])
    return new_body, changed, errors


def _page_field_errors(row, names, headers) -> list[RowError]:
    """The model's own checks (length, blank) on the page fields a row sets."""
    errors = []
    for name in names:
        try:
            CareerPage._meta.get_field(name).clean(getattr(row, name), None)
        except ValidationError as error:
            errors += [RowError(row.number, headers.get(name, name), m) for m in error.messages]
    return errors


def current_pages(parent) -> dict[str, list[tuple[CareerPage, dict | None]]]:
    """Career pages under ``parent`` by SOC code, each with its latest revision's content
    when that is an unpublished draft (``None`` when the live row is current).

    Two queries in all (plus one per 500 drafts): editors' drafts are the current content,
    so the import builds on them rather than on the live version.
    """
    pages = list(
        CareerPage.objects.descendant_of(parent)
        .filter(alias_of__isnull=True)
        .exclude(soc_code="")
        .order_by("path")
    )
    draft_ids = [
        p.latest_revision_id for p in pages if p.has_unpublished_changes and p.latest_revision_id
    ]
    contents = {}
    for chunk in chunks(draft_ids):
        contents.update(Revision.objects.filter(id__in=chunk).values_list("id", "content"))
    by_code = {}
    for page in pages:
        by_code.setdefault(page.soc_code, []).append((page, contents.get(page.latest_revision_id)))
    return by_code


def _current_content(page, content) -> tuple[str, list]:
    """The summary and raw body an import compares with: the draft's, else the live row's."""
    if content is None:
        return page.summary, page.body.get_prep_value()
    body = content.get("body") or []
    return content.get("summary") or "", json.loads(body) if isinstance(body, str) else body


def _free_slug(title, soc_code, taken) -> str:
    base = slugify(title, allow_unicode=True)[:240] or slugify(soc_code)
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def plan(rows, parent, headers, *, source=None) -> tuple[list[Change], list[RowError]]:
    """What each row would do to the pages under ``parent``, and every error found."""
    existing = current_pages(parent)
    taken = set(parent.get_children().values_list("slug", flat=True))
    changes, errors = [], []
    for row in rows:
        pages = existing.get(row.soc_code, [])
        if len(pages) > 1:
            errors.append(
                RowError(
                    row.number,
                    headers["soc_code"],
                    gettext(
                        "%(count)s pages under the parent have SOC code %(code)s (ids %(ids)s): keep one."
                    )
                    % {
                        "count": len(pages),
                        "code": row.soc_code,
                        "ids": ", ".join(str(p.pk) for p, _content in pages),
                    },
                )
            )
            continue
        page, content = pages[0] if pages else (None, None)
        current_summary, body = _current_content(page, content) if page else ("", [])
        new_body, changed, row_errors = merge_body(row, body, headers, source)
        fields = ["summary"] if row.summary is not None else []
        if page is None:
            fields.append("title")
        row_errors += _page_field_errors(row, fields, headers)
        errors += row_errors
        if row_errors:
            continue
        summary = row.summary if row.summary is not None else current_summary
        if page is not None and summary != current_summary:
            changed.insert(0, "summary")
        if page is None:
            action, slug = CREATE, _free_slug(row.title, row.soc_code, taken)
        else:
            action, slug = (UPDATE if changed else UNCHANGED), page.slug
            if changed and content is not None:
                page = page.with_content_json(content)  # the draft, with all its fields
        changes.append(Change(row, action, page, changed, summary, new_body, slug))
    return changes, errors


def write(change: Change, parent, *, publish: bool):
    """Save one planned change as a new revision, published when asked (else a draft)."""
    if change.action == CREATE:
        page = CareerPage(
            title=change.row.title,
            slug=change.slug,
            soc_code=change.row.soc_code,
            summary=change.summary,
            body=change.body,
            live=False,
            locale_id=parent.locale_id,  # as the admin does: the parent's language
        )
        parent.add_child(instance=page)
    else:
        page = change.page
        page.summary = change.summary
        page.body = change.body
    # Validated in plan(), which also checked what full_clean() would, without its queries.
    revision = page.save_revision(log_action=True, clean=False)
    if publish:
        revision.publish()
    return page
