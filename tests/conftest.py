"""Fixtures shared by the suite."""

from pathlib import Path

import pytest
from django.utils import translation
from wagtail.models import Site

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
def site_root(db):
    """The default site's root page: the example site's home page."""
    return Site.objects.get(is_default_site=True).root_page


@pytest.fixture
def admin_client(client, django_user_model):
    """A client logged in as a superuser, for the Wagtail admin."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.com", "password")
    client.force_login(user)
    return client
