"""Search and reference indexes updated once per imported page, not on each of its saves.

Creating and publishing a page saves it three times (``add_child``, ``save_revision``,
``publish``) and Wagtail updates its search index and reference index on every save; the
SQLite search backend also recomputes a norm over the whole index on each update, so most
of a 1,000-page import went there. While the import writes, both automatic updates are off;
afterwards each written page is indexed once, in bulk, from its saved row, as Wagtail's own
handlers would have (a draft leaves the live content in the index).

The search handler is disconnected for the page model in this process while the import
writes: right for a management command, not for code running inside a web server.
"""

import logging
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

logger = logging.getLogger(__name__)

#: Keeps ``IN (...)`` lists under SQLite's historical limit of 999 parameters.
CHUNK_SIZE = 500


def chunks(items, size=CHUNK_SIZE):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@contextmanager
def indexing_deferred(model):
    """Saves of ``model`` inside the block update neither index (see ``index_objects``)."""
    search_was_connected = post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if search_was_connected:
            post_save.connect(post_save_signal_handler, sender=model)


def _add_to_search(model, objects):
    for backend in get_search_backends(with_auto_update=True):
        try:
            backend.add_bulk(model, objects)
        except Exception:
            # As modelsearch does on save: an external service being down must not lose the
            # import; a database backend's error aborts the transaction and is raised.
            logger.exception("Could not index %s imported %s", len(objects), model.__name__)
            if not backend.catch_indexing_errors:
                raise


def index_objects(model, pks):
    """Brings both indexes up to date for the saved ``model`` rows ``pks``."""
    for chunk in chunks(list(pks)):
        objects = list(model.objects.filter(pk__in=chunk))
        if ReferenceIndex.is_indexed(model):
            for obj in objects:
                ReferenceIndex.create_or_update_for_object(obj)
        if getattr(model, "search_auto_update", True):
            _add_to_search(model, objects)
