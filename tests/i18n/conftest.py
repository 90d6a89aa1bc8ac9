"""Fixtures for pages in two languages: the site's English and a Spanish locale."""

import pytest
from wagtail.models import Locale

from wagtail_careers.factories import ComparisonPageFactory, seed_careers


@pytest.fixture
def spanish(db):
    return Locale.objects.create(language_code="es")


@pytest.fixture
def seed(site_root):
    """The seed comparison and its two careers, in English, under the home page."""
    coding, office = seed_careers(site_root)
    comparison = ComparisonPageFactory(parent=site_root, careers=[coding, office])
    return comparison, coding, office
