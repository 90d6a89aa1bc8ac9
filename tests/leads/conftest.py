"""Fixtures of the lead-capture tests."""

import pytest
from wagtail.models import Site

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.models import CareersSettings


@pytest.fixture(autouse=True)
def _fresh_rate_limit(fresh_rate_limit):
    """Every test here may post leads, so each starts and ends with no rate-limit counts."""


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
