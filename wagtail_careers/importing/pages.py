"""Imported rows merged into career pages, and only the changes written.

Planning is separate from writing: ``plan()`` reads the pages under the parent (a fixed
number of queries, whatever the number of rows), merges each row into its page's latest
revision, validates the merged blocks with the blocks' own ``clean()`` and decides whether
the row creates, updates or leaves the page unchanged. Only when no row has an error does
``write()`` run, inside the caller's transaction, so a broken file changes nothing.

Merging keeps what editors wrote: only the structured blocks the files have figures for
change, and in them only the sub-fields the files cover. O*NET's data is more careful
still: its tasks replace only duties that came from O*NET before, and its description fills
only an empty summary. Two exceptions keep figures honest: when the pay year (or the
projection period) changes, the block's figures the files do not give are cleared, because
they describe another year; and the note on the pay is rewritten with the figures it
explains.
"""

import json
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.text import slugify
from django.utils.translation import gettext
from wagtail import blocks
from wagtail.models import Revision

from ..career_page import CareerPage
from ..facts import to_decimal
from .indexing import chunks
from .records import BLOCK_TYPES, PAGE, ImportRow, RowError
from .sources import EMPLOYMENT_PROJECTIONS, OEWS, came_from_onet, soc_key, source_fields

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

    Figures the file lacks are kept only while the block's year or period stays the same.
    The source is ``--source`` if given, else the one the file's kind names (OEWS,
    Employment Projections); a file of our own columns names none, so a new block gets
    the default one and an existing block keeps its own.
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
    elif old_raw is None and "source_name" not in updates:
        updates.update(source_fields(default_source))
    return updates


def row_updates(row: ImportRow, old_values: dict, source=None) -> dict[str, dict]:
    """Block type to the sub-fields the row sets in it, for the blocks the row covers.

    Duties from O*NET replace only duties that came from O*NET before (see
    ``duties_kept``); the note on the pay is rewritten with the figures it explains.
    """
    updates = {}
    if row.duties is not None and not duties_kept(row, old_values):
        updates["duties"] = dict(row.duties)
    if row.education is not None:
        updates["education"] = dict(row.education)
    if row.outlook is not None:
        updates["outlook"] = _figures_updates(
            row.outlook,
            old_values.get("outlook"),
            period_fields=("period_start", "period_end"),
            figures=OUTLOOK_FIGURES,
            source=source,
            default_source=EMPLOYMENT_PROJECTIONS,
        )
    if row.salary is not None:
        updates["salary"] = _figures_updates(
            {"note": "", **row.salary},
            old_values.get("salary"),
            period_fields=("year",),
            figures=SALARY_FIGURES,
            source=source,
            default_source=OEWS,
        )
    return updates


def duties_kept(row: ImportRow, old_values: dict) -> bool:
    """Whether the page's duties stay as they are although the row gives duties: O*NET's
    tasks never replace duties an editor wrote (a duties block whose source is not O*NET)."""
    old = old_values.get("duties")
    return row.duties_from_onet and old is not None and not came_from_onet(old)


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


def clean_block(block_type, block, raw, row) -> tuple[dict | None, list[RowError]]:
    """The block's canonical raw value after its own ``clean()``, or the errors by cell."""
    try:
        value = block.clean(block.to_python(raw))
    except ValidationError as error:
        found = []
        for name, sub_error in (getattr(error, "block_errors", None) or {}).items():
            # A sub-field the files do not give is the page's own value, named as such.
            location = row.origin(block_type, name)
            found += [RowError(location, m) for m in _error_messages(sub_error)]
        non_block = getattr(error, "non_block_errors", None)
        messages = list(non_block) if non_block is not None else ([] if found else error.messages)
        found += [RowError(row.where.at(block_type), str(m)) for m in messages]
        return None, found
    return block.get_prep_value(value), []


def merge_body(row, body, source=None):
    """``(new raw body, changed parts, errors)``: the row merged into a page's raw body."""
    stream_block = CareerPage.body.field.stream_block
    positions = {}
    for position, item in enumerate(body):
        positions.setdefault(item["type"], position)
    new_body, changed, errors = list(body), [], []
    old_values = _block_values(body)
    for block_type, updates in row_updates(row, old_values, source).items():
        block = stream_block.child_blocks[block_type]
        merged, fields = merge_block(block, old_values.get(block_type), updates)
        if not fields and block_type in positions:
            continue
        raw, block_errors = clean_block(block_type, block, merged, row)
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
    order = {name: index for index, name in enumerate(BLOCK_TYPES)}
    if not body:
        new_body.sort(key=lambda item: order[item["type"]])
    return new_body, changed, errors


def _page_field_errors(row, values) -> list[RowError]:
    """The model's own checks (length, blank) on the page fields a row sets:
    ``values`` maps ``(model field, the row's field)`` to the value."""
    errors = []
    for (name, row_field), value in values.items():
        try:
            CareerPage._meta.get_field(name).clean(value, None)
            # As the admin's forms do: a NUL character cannot be stored (PostgreSQL refuses it).
            ProhibitNullCharactersValidator()(value)
        except ValidationError as error:
            location = row.origin(PAGE, row_field)
            errors += [RowError(location, m) for m in error.messages]
    return errors


def current_pages(parent) -> dict[str, list[tuple[CareerPage, dict | None]]]:
    """Career pages under ``parent`` by SOC code (``29-2072.00`` is ``29-2072``), each with its latest revision's content
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
        by_code.setdefault(soc_key(page.soc_code), []).append(
            (page, contents.get(page.latest_revision_id))
        )
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


@dataclass
class Plan:
    """What importing the rows does, and what it leaves out."""

    changes: list[Change] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: Occupations with no page under the parent, with ``--existing-only``.
    without_page: int = 0
    #: Occupations with no page and no title to create one with (O*NET's tasks alone).
    without_title: int = 0
    #: Pages whose duties editors wrote, kept although O*NET gives tasks for them.
    duties_kept: int = 0


def _new_summary(row, current_summary) -> tuple[str, dict]:
    """The page's summary after the row, and the page fields to check: a summary the file
    gives replaces it; O*NET's description fills it only when it is empty."""
    if row.summary is not None:
        return row.summary, {("summary", "summary"): row.summary}
    if row.description is not None and not current_summary.strip():
        return row.description, {("summary", "description"): row.description}
    return current_summary, {}


def plan(rows, parent, *, source=None, existing_only=False) -> Plan:
    """What each row would do to the pages under ``parent``, and every error found."""
    existing = current_pages(parent)
    taken = set(parent.get_children().values_list("slug", flat=True))
    result = Plan()
    for row in rows:
        pages = existing.get(row.soc_code, [])
        if len(pages) > 1:
            result.errors.append(
                RowError(
                    row.where,
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
        if page is None and existing_only:
            result.without_page += 1
            continue
        if page is None and not row.title:
            result.without_title += 1
            continue
        current_summary, body = _current_content(page, content) if page else ("", [])
        if row.duties is not None and duties_kept(row, _block_values(body)):
            result.duties_kept += 1
        new_body, changed, row_errors = merge_body(row, body, source)
        summary, page_fields = _new_summary(row, current_summary)
        if page is None:
            page_fields[("title", "title")] = row.title
        row_errors += _page_field_errors(row, page_fields)
        result.errors += row_errors
        if row_errors:
            continue
        if page is not None and summary != current_summary:
            changed.insert(0, "summary")
        if page is None:
            action, slug = CREATE, _free_slug(row.title, row.soc_code, taken)
        else:
            action, slug = (UPDATE if changed else UNCHANGED), page.slug
            if changed and content is not None:
                page = page.with_content_json(content)  # the draft, with all its fields
        result.changes.append(Change(row, action, page, changed, summary, new_body, slug))
    return result


def _block_values(body) -> dict:
    """The first block of each type in a raw body, by type."""
    values = {}
    for item in body:
        values.setdefault(item["type"], item["value"])
    return values


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
