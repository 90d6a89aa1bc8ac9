"""What the admin shows of leads to whom: history, the webhook secret, "nobody is notified"."""

import io

import pytest
from django.core.management import call_command
from leads_admin_helpers import INDEX_URL, login
from wagtail.log_actions import log
from wagtail.models import Site

from wagtail_careers.factories import LeadFactory
from wagtail_careers.leads.checks import check_lead_destinations
from wagtail_careers.models import CareersSettings

pytestmark = pytest.mark.django_db

SETTINGS_URL = "/admin/settings/wagtail_careers/careerssettings/{}/"


@pytest.fixture
def logged_lead():
    lead = LeadFactory(name="Zelda Quist", email="zelda.quist@example.com")
    log(instance=lead, action="wagtail.edit")
    return lead


@pytest.mark.parametrize(
    ("perms", "group"),
    [
        ((), "Editors"),
        ((), "Moderators"),
        (("wagtail_careers.change_lead", "wagtailadmin.access_admin"), None),
        (("wagtail_careers.delete_lead", "wagtailadmin.access_admin"), None),
    ],
)
def test_the_history_report_shows_no_personal_data_of_leads(client, logged_lead, perms, group):
    login(client, *perms, group=group)
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        response = client.get(url)
        assert response.status_code in (200, 302)
        assert "Zelda" not in response.content.decode()
        assert "zelda.quist" not in response.content.decode()
    csv = client.get("/admin/reports/site-history/", {"export": "csv"})
    content = (b"".join(csv.streaming_content) if csv.streaming else csv.content).decode()
    assert "Zelda" not in content and "zelda.quist" not in content


def test_staff_who_may_view_leads_see_who_sent_one(admin_client, logged_lead):
    html = admin_client.get(f"{INDEX_URL}inspect/{logged_lead.pk}/").content.decode()
    assert "Zelda Quist &lt;zelda.quist@example.com&gt;" in html


def test_the_webhook_secret_is_write_only(admin_client):
    site = Site.objects.get(is_default_site=True)
    careers_settings = CareersSettings.for_site(site)
    careers_settings.webhook_secret = "whsec_c2VjcmV0LXZhbHVlLW5ldmVyLXNob3du"
    careers_settings.save()
    html = admin_client.get(SETTINGS_URL.format(site.pk)).content.decode()
    assert "c2VjcmV0LXZhbHVlLW5ldmVyLXNob3du" not in html
    assert 'type="password"' in html and "never shown" in html

    from wagtail.admin.panels import get_edit_handler

    form_class = get_edit_handler(CareersSettings).get_form_class()
    form = form_class(instance=careers_settings)
    form.cleaned_data = {"webhook_secret": ""}
    assert form.clean_webhook_secret() == careers_settings.webhook_secret
    form.cleaned_data = {"webhook_secret": " whsec_bmV3 "}
    assert form.clean_webhook_secret() == "whsec_bmV3"


def test_nobody_notified_is_said_on_the_listing_the_dashboard_and_by_check(admin_client):
    notice = "Leads are stored but nobody is notified: set recipients in Settings → Careers."
    assert notice in admin_client.get(INDEX_URL).content.decode()
    assert notice in admin_client.get("/admin/").content.decode()
    err = io.StringIO()
    call_command("check", stdout=io.StringIO(), stderr=err)
    assert "wagtail_careers.W001" in err.getvalue()


def test_with_recipients_nobody_is_warned(admin_client, careers_settings):
    notice = "nobody is notified"
    assert notice not in admin_client.get(INDEX_URL).content.decode()
    assert notice not in admin_client.get("/admin/").content.decode()
    assert check_lead_destinations() == []


def test_the_migration_relabels_history_written_with_names(logged_lead):
    import importlib

    from django.apps import apps
    from wagtail.models import ModelLogEntry

    ModelLogEntry.objects.update(label=logged_lead.contact_label)  # as older versions wrote
    migration = importlib.import_module(
        "wagtail_careers.migrations.0009_lead_review_consent_records"
    )
    migration.label_lead_history_without_personal_data(apps, None)
    assert ModelLogEntry.objects.get().label == f"Lead {logged_lead.pk}"
