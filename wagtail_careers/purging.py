"""Purging the pages that show a career from the site's frontend caches.

Wagtail's ``wagtail.contrib.frontend_cache`` purges a page when it is published or
unpublished. A career is also shown by other pages: every live comparison that includes it,
and the listing pages that list it. When a career page is published, unpublished (deleting a
live page unpublishes it first) or moved, this purges those pages too, where the site has
configured ``WAGTAILFRONTENDCACHE``: all their URLs in one ``PurgeBatch`` (one request per
backend that takes batches), sent by Wagtail's own purge task once the change is committed,
so a task worker, not the editor's request, waits for a slow CDN.

Which pages show a career is asked of the functions registered for the Wagtail hook
``PAGES_SHOWING_CAREERS_HOOK``: each takes a list of career pages and returns the pages
(any page type, a queryset or a list) that show any of them, live, or did before the change
at hand (an unpublished career is still linked from its comparisons). The package registers
its comparisons; a listing page type registers its own in its ``wagtail_hooks.py``::

    @hooks.register("pages_showing_careers")
    def careers_indexes(careers):
        return CareerIndexPage.objects.live().filter(...)
"""

from django.apps import apps
from django.db import transaction
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

PAGES_SHOWING_CAREERS_HOOK = "pages_showing_careers"


def pages_showing(careers) -> list:
    """Every page the registered hook functions say shows one of ``careers``."""
    return [page for find in hooks.get_hooks(PAGES_SHOWING_CAREERS_HOOK) for page in find(careers)]


def purge_pages_showing(careers) -> None:
    """Purge the pages showing ``careers`` once the current transaction commits.

    Does nothing (not even a query) where no frontend cache is configured. The URLs are read
    now, while the pages are as the change found them (a deleted career's comparisons still
    link to it); the purge itself is Wagtail's task.
    """
    if not careers or not get_backends():
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(careers))
    if batch.urls:
        transaction.on_commit(batch.purge)


def _career_page_model():
    return apps.get_model("wagtail_careers", "CareerPage")


def purge_on_publish_or_unpublish(sender, instance, **kwargs):
    if isinstance(instance, _career_page_model()):  # a site's own subclasses included
        purge_pages_showing([instance])


def purge_on_move(sender, instance, **kwargs):
    """Before a move: the pages that show the careers where they were; after: where they are.

    A moved page may be a section holding careers: each of them has moved too. Wagtail sends
    ``pre_page_move`` outside the move's transaction, so unless the caller holds one, the
    first purge is sent as the move starts, the second once it is done.
    """
    if not get_backends():
        return
    careers = list(_career_page_model().objects.descendant_of(instance, inclusive=True).live())
    purge_pages_showing(careers)


def register_signal_handlers():
    # Sent with each page's own class as the sender: any sender, so that subclasses of
    # CareerPage count, and a moved section counts for the careers below it.
    page_published.connect(purge_on_publish_or_unpublish)
    page_unpublished.connect(purge_on_publish_or_unpublish)
    pre_page_move.connect(purge_on_move)
    post_page_move.connect(purge_on_move)
