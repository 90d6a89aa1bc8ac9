"""The "Leads" menu count, the dashboard panel, and the "Careers" settings in the admin."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from leads_admin_helpers import INDEX_URL, login
from wagtail.admin.menu import admin_menu
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from wagtail_careers.factories import CareerPageFactory, LeadFactory
from wagtail_careers.leads.panels import RecentLeadsPanel
from wagtail_careers.models import CareersSettings, LeadStatus

pytestmark = pytest.mark.django_db

VIEWER = ("wagtailadmin.access_admin", "wagtail_careers.view_lead")


def leads_menu_item(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    items = [i for i in admin_menu.menu_items_for_request(request) if i.url == INDEX_URL]
    return request, items


def test_menu_label_counts_new_leads_only(client):
    LeadFactory.create_batch(2)
    LeadFactory(status=LeadStatus.CONTACTED)
    LeadFactory(status=LeadStatus.SPAM)
    client = login(client, *VIEWER)

    html = client.get("/admin/").content.decode()

    assert "Leads (2 new)" in html


def test_menu_label_without_new_leads_is_plain(client):
    LeadFactory(status=LeadStatus.ENROLLED)
    client = login(client, *VIEWER)

    html = client.get("/admin/").content.decode()

    assert "new)" not in html
    assert INDEX_URL in html


def test_menu_count_is_one_query(client, django_user_model):
    LeadFactory.create_batch(3)
    login(client, *VIEWER)
    request, (item,) = leads_menu_item(django_user_model.objects.get(is_superuser=False))

    with CaptureQueriesContext(connection) as queries:
        component = item.render_component(request)

    assert len(queries) == 1
    assert component.label == "Leads (3 new)"


def test_no_menu_item_without_view_lead(client, django_user_model):
    LeadFactory()
    login(client, "wagtailadmin.access_admin")
    user = django_user_model.objects.get()

    assert leads_menu_item(user)[1] == []


@pytest.fixture
def week_of_leads():
    welder, nurse = CareerPageFactory(title="Welder"), CareerPageFactory(title="Nurse")
    LeadFactory.create_batch(3, career=welder)
    LeadFactory(career=nurse)
    LeadFactory(career=None, page=None)
    LeadFactory(career=nurse, status=LeadStatus.SPAM)
    LeadFactory(career=nurse, created_at=timezone.now() - timedelta(days=8))
    return welder, nurse


def test_dashboard_panel_counts_last_seven_days_per_career(week_of_leads):
    context = RecentLeadsPanel().get_context_data({})

    assert [(row["career__title"], row["count"]) for row in context["rows"]] == [
        ("Welder", 3),
        ("Nurse", 1),
        (None, 1),
    ]
    assert context["total"] == 5


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_dashboard_panel_on_the_home_page(client, week_of_leads):
    welder, _nurse = week_of_leads
    client = login(client, *VIEWER)

    html = client.get("/admin/").content.decode()

    panel = html[html.index('id="recent-leads-section"') :]
    panel = panel[: panel.index("</section>")]
    assert "Welder 3" in text_of(panel)
    assert "Nurse 1" in text_of(panel)
    assert "No career 1" in text_of(panel)
    assert "Total 5" in text_of(panel)
    assert f"{INDEX_URL}?career={welder.pk}&amp;created_at_from=" in panel


def test_dashboard_panel_link_lists_exactly_the_leads_counted(admin_client, week_of_leads):
    welder, _nurse = week_of_leads
    LeadFactory(career=welder, created_at=timezone.now() - timedelta(days=7, hours=1))
    (row,) = [
        r for r in RecentLeadsPanel().get_context_data({})["rows"] if r["career_id"] == welder.pk
    ]
    html = admin_client.get("/admin/").content.decode()
    link = re.search(rf'href="({INDEX_URL}\?career={welder.pk}[^"]*)"', html).group(1)

    response = admin_client.get(link.replace("&amp;", "&"))

    assert row["count"] == len(response.context["object_list"]) == 3


def test_dashboard_panel_says_when_there_is_nothing(client):
    client = login(client, *VIEWER)

    assert "No leads in the last 7 days." in client.get("/admin/").content.decode()


def test_careers_settings_are_in_the_settings_menu_and_editable(admin_client):
    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/wagtail_careers/careerssettings/{site.pk}/"

    page = admin_client.get(url)
    assert page.status_code == 200
    assert "Keep leads for (days)" in page.content.decode()
    assert (
        "/admin/settings/wagtail_careers/careerssettings/"
        in admin_client.get("/admin/").content.decode()
    )

    response = admin_client.post(
        url,
        {
            "recipients": "admissions@school.example",
            "from_email": "",
            "form_heading": "Ask us",
            "form_intro": "",
            "consent_text": "I agree.",
            "privacy_page": "",
            "thank_you_message": rich_text("<p>Thanks!</p>"),
            "webhook_url": "",
            "webhook_secret": "",
            "retention_days": "365",
            "consent_retention_days": "1826",
            "rate_limit": "5",
            **nested_form_data({"form_texts": inline_formset([])}),
        },
    )

    assert response.status_code == 302
    settings = CareersSettings.for_site(site)
    assert settings.retention_days == 365
    assert settings.recipient_list == ["admissions@school.example"]
