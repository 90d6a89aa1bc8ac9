"""Webhook URLs: https only, no user info, never to this server or a private network."""

import pytest
from django.core.exceptions import ValidationError
from leads_support import form_token, valid_data
from wagtail.models import Site

from wagtail_careers.leads import webhook_policy
from wagtail_careers.models import CareersSettings, LeadDelivery

PRIVATE = ["127.0.0.1", "10.0.0.5", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1"]
PRIVATE += ["fe80::1", "fc00::1", "0.0.0.0", "100.64.0.1", "240.0.0.1", "::ffff:127.0.0.1"]  # noqa: S104


@pytest.fixture
def resolver(monkeypatch):
    """A DNS that answers what the test says."""
    answers = {}
    monkeypatch.setattr(webhook_policy, "resolve", lambda host, port: answers[host])
    return answers


def error_code(url):
    with pytest.raises(ValidationError) as raised:
        webhook_policy.check(url)
    return raised.value.code


@pytest.mark.parametrize("address", PRIVATE)
def test_a_host_resolving_to_a_private_address_is_refused(resolver, address):
    resolver["hooks.example.com"] = ["93.184.215.14", address]
    assert error_code("https://hooks.example.com/leads") == "private"


def test_a_public_host_is_accepted(resolver):
    resolver["hooks.example.com"] = ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]
    webhook_policy.check("https://hooks.example.com/leads")


def test_a_post_goes_to_the_addresses_checked_each_once(resolver):
    resolver["hooks.example.com"] = ["93.184.215.14", "93.184.215.15", "93.184.215.14"]
    assert webhook_policy.checked_addresses("https://Hooks.Example.com:8443/leads") == (
        "93.184.215.14",
        "93.184.215.15",
    )


def test_where_private_hosts_are_allowed_a_post_still_goes_to_the_addresses_resolved(
    resolver, settings
):
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_PRIVATE = True
    resolver["hooks.internal"] = ["10.0.0.9"]
    assert webhook_policy.checked_addresses("https://hooks.internal/") == ("10.0.0.9",)
    resolver["hooks.internal"] = []
    with pytest.raises(ValidationError) as raised:
        webhook_policy.checked_addresses("https://hooks.internal/")
    assert raised.value.code == "unresolved"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://hooks.example.com/leads", "scheme"),
        ("ftp://hooks.example.com/leads", "scheme"),
        ("https://user:pass@hooks.example.com/leads", "userinfo"),
        ("https://token@hooks.example.com/leads", "userinfo"),
        ("https:///leads", "invalid"),
        ("https://hooks%2eexample.com/leads", "invalid"),
    ],
)
def test_refused_urls(resolver, url, code):
    resolver["hooks.example.com"] = ["93.184.215.14"]
    assert error_code(url) == code


def test_http_and_private_hosts_only_where_the_site_allows_them(resolver, settings):
    resolver["localhost"] = ["127.0.0.1"]
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_HTTP = True
    assert error_code("http://localhost:8000/") == "private"
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_PRIVATE = True
    webhook_policy.check("http://localhost:8000/")


def test_an_unknown_host_is_refused(monkeypatch):
    def no_such_host(host, port):
        raise OSError("Name or service not known")

    monkeypatch.setattr(webhook_policy, "resolve", no_such_host)
    assert error_code("https://nowhere.invalid/") == "unresolved"


@pytest.mark.django_db
def test_the_settings_refuse_a_private_webhook_on_its_field(resolver):
    resolver["metadata.internal"] = ["169.254.169.254"]
    site = Site.objects.get(is_default_site=True)
    settings_row = CareersSettings.for_site(site)
    settings_row.webhook_url = "https://metadata.internal/latest"
    with pytest.raises(ValidationError) as raised:
        settings_row.clean()
    assert "webhook_url" in raised.value.message_dict


@pytest.mark.django_db
def test_a_host_that_turned_private_since_it_was_saved_is_refused_when_sending(
    resolver, client, career_page, careers_settings, clock, django_capture_on_commit_callbacks
):
    careers_settings.webhook_url = "https://hooks.example.com/leads"
    careers_settings.save()
    resolver["hooks.example.com"] = ["10.1.2.3"]  # DNS now points inside
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(career_page.url, valid_data(lead_token=token))
    record = LeadDelivery.objects.get(destination="webhook")
    assert record.status == "failed" and "private network" in record.last_error
