"""Fixtures of the lead-capture tests."""

import pytest
from django.core.cache import cache
from leads_support import FakeClock
from wagtail.models import Site

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.leads import antispam
from wagtail_careers.models import CareersSettings


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    """Rate-limit counters live in the cache: no test inherits another's."""
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
def careers_settings(site_root):
    """The default site's Careers settings, with two lead recipients."""
    settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    settings.recipients = "admissions@school.example\nfrontdesk@school.example"
    settings.save()
    return settings


@pytest.fixture
def career_page(site_root):
    return CareerPageFactory(parent=site_root, title="Medical Coding Specialist")
