"""Fixtures shared by the suite."""

from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import translation
from leads_support import FakeClock
from wagtail.models import Site

from wagtail_careers.leads import antispam

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _site_language_after_each_test():
    """Each test starts in the site's language.

    The test client leaves the language of the last page it served active in this thread
    (Django's LocaleMiddleware activates it; nothing deactivates it): after a Spanish page, the
    next test would read Spanish labels, or save Spanish defaults into English content.
    """
    yield
    translation.deactivate()


@pytest.fixture
def fresh_rate_limit():
    """Rate-limit counters live in the cache: a test that posts leads neither inherits
    another test's counts nor leaves its own to the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    """A fake clock for the time trap and the rate limit: tests advance it, never sleep."""
    fake = FakeClock()
    monkeypatch.setattr(antispam, "now", fake)
    return fake


@pytest.fixture
def site_root(db):
    """The default site's root page: the example site's home page."""
    return Site.objects.get(is_default_site=True).root_page


@pytest.fixture
def admin_client(client, django_user_model):
    """A client logged in as a superuser, for the Wagtail admin."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "password")
    client.force_login(user)
    return client
