"""Serving the example site as it serves with ``WAGTAIL_APPEND_SLASH = False``, in a test.

Wagtail reads the setting once, when its modules are imported: ``wagtail.urls`` picks its page
URL pattern by it (with the setting off, pages are served with and without their trailing
slash) and ``wagtail.models.pages`` keeps the value page URLs are made by. So
``override_settings`` alone changes neither. ``wagtail_append_slash(False)`` patches the value
where Wagtail keeps it, as Wagtail's own tests of ``{% routablepageurl %}`` do, and serves pages
through this module, the example site's URLconf with a copy of ``wagtail.urls`` imported with
the setting off.
"""

import importlib.util
from contextlib import ExitStack, contextmanager
from unittest import mock

from django.conf.urls.i18n import i18n_patterns
from django.test import override_settings
from django.urls import include, path
from django.urls.resolvers import LocalePrefixPattern

from example_site import urls as site_urls


def _wagtail_urls_without_append_slash():
    spec = importlib.util.find_spec("wagtail.urls")
    module = importlib.util.module_from_spec(spec)
    with mock.patch("wagtail.coreutils.WAGTAIL_APPEND_SLASH", False):
        spec.loader.exec_module(module)
    return module


#: The example site's URLs, its pages (under the language prefix) served as with the setting off.
urlpatterns = [
    *(p for p in site_urls.urlpatterns if not isinstance(p.pattern, LocalePrefixPattern)),
    *i18n_patterns(
        path("", include(_wagtail_urls_without_append_slash())), prefix_default_language=False
    ),
]


@contextmanager
def wagtail_append_slash(value: bool):
    """Serve and link pages as a site whose settings say ``WAGTAIL_APPEND_SLASH = value``."""
    with ExitStack() as stack:
        stack.enter_context(override_settings(WAGTAIL_APPEND_SLASH=value))
        if not value:
            stack.enter_context(override_settings(ROOT_URLCONF=__name__))
            for module in ("wagtail.coreutils", "wagtail.models.pages"):
                stack.enter_context(mock.patch(f"{module}.WAGTAIL_APPEND_SLASH", False))
        yield
