"""Reading the site's Careers settings: every request sees what staff last saved."""

import pytest
from wagtail.models import Site

from wagtail_careers.models import CareersSettings

pytestmark = pytest.mark.django_db


def test_the_settings_read_are_those_stored(careers_settings, site_root):
    careers_settings.consent_text = "You may call me."
    careers_settings.privacy_page = site_root
    careers_settings.webhook_url = "https://crm.school.example/leads"
    careers_settings.rate_limit = 7
    careers_settings.save()

    read = CareersSettings.for_site(careers_settings.site)
    stored = CareersSettings.objects.get(site=careers_settings.site)
    for field in CareersSettings._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(stored, field.attname), field.name
    assert read.privacy_page == site_root


def test_a_change_is_seen_by_the_next_read(careers_settings):
    site = careers_settings.site
    assert CareersSettings.for_site(site).rate_limit == 5
    CareersSettings.objects.filter(site=site).update(rate_limit=9, consent_text="New text.")
    read = CareersSettings.for_site(site)
    assert (read.rate_limit, read.consent_text) == (9, "New text.")


def test_settings_read_can_be_saved_without_making_a_second_row(careers_settings):
    read = CareersSettings.for_site(careers_settings.site)
    read.retention_days = 90
    read.save()
    assert CareersSettings.objects.get().retention_days == 90


def test_a_site_without_settings_gets_them_with_the_defaults(site_root):
    site = Site.objects.create(hostname="other.example", root_page=site_root)
    read = CareersSettings.for_site(site)
    assert (read.pk, read.rate_limit, read.recipients) == (
        CareersSettings.objects.get(site=site).pk,
        5,
        "",
    )


def test_production_without_redis_counts_the_rate_limit_in_the_database(monkeypatch):
    from test_demo import production_settings

    monkeypatch.delenv("REDIS_URL", raising=False)
    settings = production_settings(
        monkeypatch, SECRET_KEY="a-long-production-secret", ALLOWED_HOSTS="careers.example.edu"
    )
    cache = settings.CACHES[settings.WAGTAIL_CAREERS_RATE_LIMIT_CACHE]
    assert cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_the_example_sites_sqlite_takes_the_write_lock_at_begin_and_waits(monkeypatch):
    from test_demo import production_settings

    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = production_settings(
        monkeypatch, SECRET_KEY="a-long-production-secret", ALLOWED_HOSTS="careers.example.edu"
    )
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options == {"transaction_mode": "IMMEDIATE", "timeout": 20}


def test_production_takes_the_from_address_from_the_environment(monkeypatch):
    from test_demo import production_settings

    settings = production_settings(
        monkeypatch,
        SECRET_KEY="a-long-production-secret",
        ALLOWED_HOSTS="careers.example.edu",
        DEFAULT_FROM_EMAIL="admissions@school.example",
    )
    assert settings.DEFAULT_FROM_EMAIL == "admissions@school.example"
