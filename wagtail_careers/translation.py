"""Translated pages keep their figures in step with the page they were translated from.

A career's figures, years, codes and choices are facts of the occupation, the same in every
language; its texts (summary, duties, subjects, certification names, notes, sources) are
written anew per language. ``blocks.is_translated_text()`` says which is which, for both
translation tools:

- wagtail-localize offers only the texts as segments (``CodeBlock`` opts the codes out) and
  copies everything else from the source whenever a translation is updated; the SOC code is
  a synchronised field (``synchronised_fields()``), and so are a comparison's career links.
- A translation made any other way (Wagtail's ``simple_translation`` copies the page once)
  is brought in step by ``sync_translations()`` each time the page in the site's default
  language is published: its synchronised values are copied into every translation that
  wagtail-localize does not manage, whose texts are left as the translator wrote them.
"""

from django.apps import apps

from .blocks import is_translated_text
from .facts import FACT_BUILDERS
from .i18n import default_locale_id, i18n_enabled

#: Page fields that are the same in every language, per page model name.
SYNCHRONISED_PAGE_FIELDS = {
    "careerpage": ("soc_code", "show_lead_form"),
    "comparisonpage": ("dimensions", "show_lead_form"),
}


def synchronised_fields(*names):
    """wagtail-localize's ``SynchronizedField`` of each name, where wagtail-localize is used."""
    if not apps.is_installed("wagtail_localize"):
        return []
    from wagtail_localize.fields import SynchronizedField

    return [SynchronizedField(name, overridable=False) for name in names]


# The body: structured blocks matched by type (each appears at most once) -----------------


def synchronised_body(stream_block, source: list[dict], target: list[dict]) -> list[dict]:
    """``target``'s raw body with ``source``'s structured blocks' synchronised values.

    A structured block only the source has is added (its texts still to translate); one
    only the target has is removed; every other block is the translator's.
    """
    source_blocks = _first_of_each_type(source)
    result, seen = [], set()
    for item in target:
        kind = item.get("type")
        if kind not in FACT_BUILDERS:
            result.append(item)
        elif kind in source_blocks and kind not in seen:
            seen.add(kind)
            block = stream_block.child_blocks[kind]
            value = _synchronised(block, source_blocks[kind]["value"], item.get("value"))
            result.append({**item, "value": value})
    for index, item in enumerate(source):
        if item.get("type") in source_blocks and item["type"] not in seen:
            seen.add(item["type"])
            result.insert(min(index, len(result)), item)
    return result


def _first_of_each_type(raw: list[dict]) -> dict[str, dict]:
    found = {}
    for item in raw:
        if item.get("type") in FACT_BUILDERS:
            found.setdefault(item["type"], item)
    return found


def _synchronised(block, source, target):
    """``target`` with ``source``'s synchronised values, following ``block``'s structure."""
    if hasattr(block, "child_blocks"):  # a StructBlock
        target = dict(target) if isinstance(target, dict) else {}
        for name, child in block.child_blocks.items():
            if name in source:
                target[name] = _synchronised(child, source[name], target.get(name))
        return target
    if hasattr(block, "child_block"):  # a ListBlock
        return _synchronised_list(block.child_block, source, target)
    if is_translated_text(block):
        return source if target is None else target
    return source


def _synchronised_list(child, source, target):
    """A list of texts is the translator's; a list of structures (certifications) follows
    the source's items, each matched with its translation by id, else by position (ids
    differ where a list was first saved without them, as scripts may)."""
    if target is not None and is_translated_text(child):
        return target
    source, target = list(source or []), list(target or [])
    source_ids = {_item_id(item) for item in source} - {None}
    by_id = {_item_id(item): item for item in target if _item_id(item) in source_ids}
    result = []
    for position, item in enumerate(source):
        match = by_id.get(_item_id(item))
        if (
            match is None
            and position < len(target)
            and _item_id(target[position]) not in source_ids
        ):
            match = target[position]
        if match is None:
            result.append(item)
        elif _in_block_format(item):
            value = _synchronised(child, item["value"], _value_of(match))
            result.append({**item, "value": value})
        else:
            result.append(_synchronised(child, item, _value_of(match)))
    return result


def _in_block_format(item) -> bool:
    """A list item as Wagtail saves it now (``{"type": "item", "value": ..., "id": ...}``)."""
    return isinstance(item, dict) and "value" in item


def _item_id(item):
    return item.get("id") if _in_block_format(item) else None


def _value_of(item):
    return item["value"] if _in_block_format(item) else item


# Pages -----------------------------------------------------------------------------------


def synchronised_copy(source, translation):
    """``translation`` (a page object, unsaved) brought in step with ``source``; None if it
    already is."""
    changed = False
    for name in SYNCHRONISED_PAGE_FIELDS.get(source._meta.model_name, ()):
        if getattr(translation, name) != getattr(source, name):
            setattr(translation, name, getattr(source, name))
            changed = True
    if source._meta.model_name == "careerpage":
        stream_block = source.body.stream_block
        current = list(translation.body.get_prep_value())
        body = synchronised_body(stream_block, list(source.body.get_prep_value()), current)
        if body != current:
            translation.body = body
            changed = True
    if hasattr(source, "career_links"):
        career_ids = [link.career_id for link in source.career_links.all()]
        if [link.career_id for link in translation.career_links.all()] != career_ids:
            model = source.career_links.model
            translation.career_links = [model(career_id=pk) for pk in career_ids]
            changed = True
    return translation if changed else None


def sync_translations(source) -> list:
    """Bring the translations of ``source`` in step; returns those that changed.

    Only a page of the default locale is a source; translations wagtail-localize manages
    are left to it. A live translation gets a published revision; a draft in progress on
    top of it keeps the translator's texts and gets the synchronised values too.
    """
    if not i18n_enabled() or source.locale_id != default_locale_id():
        return []
    changed = []
    for translation in source.get_translations().specific():
        # Wagtail keeps an alias in step itself; wagtail-localize, the pages it manages.
        if translation.alias_of_id or _managed_by_wagtail_localize(translation):
            continue
        in_progress = translation.has_unpublished_changes or not translation.live
        # Read before publishing the live version, which makes a newer revision.
        draft = translation.get_latest_revision_as_object() if in_progress else None
        live = synchronised_copy(source, translation) if translation.live else None
        if live is not None:
            live.save_revision(log_action=True).publish()
        draft = draft and synchronised_copy(source, draft)
        if draft is not None:
            draft.save_revision(log_action=True)
        if live or draft:
            changed.append(translation)
    return changed


def _managed_by_wagtail_localize(page) -> bool:
    if not apps.is_installed("wagtail_localize"):
        return False
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def sync_on_publish(sender, instance, **kwargs):
    """``page_published`` receiver: a published source page brings its translations along."""
    sync_translations(instance)
