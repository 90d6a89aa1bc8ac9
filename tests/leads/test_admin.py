"""The "Leads" admin: listing, search, filters, inspect, status changes, escaping."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from leads_admin_helpers import INDEX_URL, edit_url, inspect_url
from wagtail.models import ModelLogEntry, Site

from wagtail_careers.factories import CareerPageFactory, LeadDeliveryFactory, LeadFactory
from wagtail_careers.models import CareersSettings, Lead, LeadDelivery, LeadStatus

pytestmark = pytest.mark.django_db


def listed_names(response):
    """The names of the leads in the listing, in order."""
    return [lead.name for lead in response.context["object_list"]]


def test_list_shows_each_lead_with_career_page_status_and_delivery(admin_client):
    career = CareerPageFactory(title="Welder")
    lead = LeadFactory(name="Ana Silva", email="ana@example.com", career=career)
    LeadDeliveryFactory(lead=lead, destination="email", status="delivered")
    LeadDeliveryFactory(lead=lead, destination="webhook", status="failed", last_error="HTTP 500")

    response = admin_client.get(INDEX_URL)

    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Ana Silva", "ana@example.com", "Welder", "New", "Email: Delivered"):
        assert text in html
    assert "Webhook: Failed" in html
    assert inspect_url(lead) in html
    assert "Add lead" not in html


def test_newest_lead_first(admin_client):
    LeadFactory(name="Older", created_at=timezone.now() - timedelta(days=2))
    LeadFactory(name="Newer")

    assert listed_names(admin_client.get(INDEX_URL)) == ["Newer", "Older"]


def test_spam_is_stored_but_hidden_until_the_status_filter_asks_for_it(admin_client):
    LeadFactory(name="Real person")
    LeadFactory(name="Buy pills", status=LeadStatus.SPAM, spam_reason="honeypot")

    assert listed_names(admin_client.get(INDEX_URL)) == ["Real person"]
    assert listed_names(admin_client.get(INDEX_URL, {"status": "spam"})) == ["Buy pills"]
    assert Lead.objects.filter(status=LeadStatus.SPAM).count() == 1


def test_status_filter(admin_client):
    LeadFactory(name="Fresh")
    LeadFactory(name="Called", status=LeadStatus.CONTACTED)

    assert listed_names(admin_client.get(INDEX_URL, {"status": "contacted"})) == ["Called"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("lopez", ["Maria Lopez"]), ("KIM@EXAMPLE", ["Jun Kim"]), ("555 0199", ["Jun Kim"])],
)
def test_search_by_name_email_and_phone(admin_client, query, expected):
    LeadFactory(name="Maria Lopez", email="maria@example.com", phone="+1 415 555 0100")
    LeadFactory(name="Jun Kim", email="kim@example.com", phone="+1 415 555 0199")

    assert listed_names(admin_client.get(INDEX_URL, {"q": query})) == expected


def test_filter_by_career_page_and_date(admin_client):
    welder, nurse = CareerPageFactory(title="Welder"), CareerPageFactory(title="Nurse")
    LeadFactory(name="Welder lead", career=welder)
    LeadFactory(name="Nurse lead", career=nurse)
    old = LeadFactory(name="Old nurse lead", career=nurse)
    Lead.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=30))
    from_date = (timezone.now() - timedelta(days=1)).date().isoformat()

    assert listed_names(admin_client.get(INDEX_URL, {"career": welder.pk})) == ["Welder lead"]
    assert listed_names(admin_client.get(INDEX_URL, {"page": nurse.pk})) == [
        "Nurse lead",
        "Old nurse lead",
    ]
    assert listed_names(
        admin_client.get(INDEX_URL, {"career": nurse.pk, "created_at_from": from_date})
    ) == ["Nurse lead"]


def test_a_bad_filter_value_is_an_error_message_not_a_500(admin_client):
    LeadFactory(name="Ana")
    LeadFactory(name="Spammer", status=LeadStatus.SPAM)

    response = admin_client.get(INDEX_URL, {"created_at_from": "yesterday"})

    assert response.status_code == 200
    assert listed_names(response) == ["Ana"]


def test_listing_queries_do_not_grow_with_the_number_of_leads(admin_client):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(INDEX_URL).status_code == 200
        return len(queries)

    LeadDeliveryFactory(lead=LeadFactory())
    count_queries()  # the first visit saves the site's Careers settings, read ever after
    one = count_queries()
    for _ in range(4):
        LeadDeliveryFactory(lead=LeadFactory(career=CareerPageFactory(title="Other")))

    assert count_queries() == one


def test_inspect_shows_attribution_consent_evidence_and_deliveries(admin_client):
    consented_at = timezone.now() - timedelta(hours=3)
    lead = LeadFactory(
        consent_text="I agree to be called by Example College.",
        consent_at=consented_at,
        page_url="https://school.example/careers/welder/?utm_source=fb",
        referrer="https://www.facebook.com/",
        utm_source="fb",
        utm_medium="paid-social",
        utm_campaign="autumn",
        utm_term="welding course",
        utm_content="video-1",
        gclid="Cj0KCQ-click",
        user_agent="Mozilla/5.0 (iPhone)",
        ip_hash="9f86d081884c7d65",
    )
    LeadDeliveryFactory(
        lead=lead,
        destination="webhook",
        status="failed",
        attempts=3,
        last_error="Connection refused",
    )

    response = admin_client.get(inspect_url(lead))

    assert response.status_code == 200
    html = response.content.decode()
    for heading in ("Contact", "Consent evidence", "Attribution", "Delivery"):
        assert heading in html
    for value in (
        "I agree to be called by Example College.",
        "https://school.example/careers/welder/?utm_source=fb",
        "https://www.facebook.com/",
        "paid-social",
        "welding course",
        "video-1",
        "Cj0KCQ-click",
        "Mozilla/5.0 (iPhone)",
        "9f86d081884c7d65",
        "Connection refused",
        "Webhook",
        "Failed",
    ):
        assert escape(value) in html


def test_inspect_of_a_missing_lead_is_404(admin_client):
    assert admin_client.get(f"{INDEX_URL}inspect/999999/").status_code == 404


def test_status_change_with_the_edit_form(admin_client):
    lead = LeadFactory(name="Original name")

    response = admin_client.post(edit_url(lead), {"status": "enrolled", "name": "Changed"})

    assert response.status_code == 302
    assert response["Location"] == inspect_url(lead)
    lead.refresh_from_db()
    assert lead.status == LeadStatus.ENROLLED
    assert lead.name == "Original name"


def test_a_lead_marked_not_spam_is_delivered_after_all(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    lead = LeadFactory(status=LeadStatus.SPAM, spam_reason="honeypot", email="real@example.com")
    settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    settings.recipients = "admissions@school.example"
    settings.save()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit_url(lead), {"status": "new"})

    assert response.status_code == 302
    delivery = LeadDelivery.objects.get(lead=lead)
    assert (delivery.destination, delivery.status) == ("email", "delivered")
    assert mailoutbox[0].to == ["admissions@school.example"]
    assert "real@example.com" in mailoutbox[0].body


def test_an_unknown_status_is_refused_with_a_message(admin_client):
    lead = LeadFactory()

    response = admin_client.post(edit_url(lead), {"status": "hot"})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW


def test_no_add_or_copy_views(admin_client):
    lead = LeadFactory()

    assert admin_client.get(f"{INDEX_URL}new/").status_code == 404
    assert admin_client.get(f"{INDEX_URL}copy/{lead.pk}/").status_code == 404


XSS = {
    "name": '<script>alert("name")</script>',
    "email": '"><img src=x onerror=alert("email")>',
    "phone": '<img src=x onerror=alert("phone")>',
    "postal_code": "<svg onload=pc>",
    "message": '<script>alert("message")</script>\nsecond line',
    "consent_text": '<script>alert("consent")</script>',
    "page_url": 'https://x.example/"><script>alert("url")</script>',
    "referrer": 'https://x.example/"><script>alert("ref")</script>',
    "utm_source": '<script>alert("utm_source")</script>',
    "utm_medium": '<script>alert("utm_medium")</script>',
    "utm_campaign": '<script>alert("utm_campaign")</script>',
    "utm_term": '<script>alert("utm_term")</script>',
    "utm_content": '<script>alert("utm_content")</script>',
    "gclid": '<script>alert("gclid")</script>',
    "user_agent": '<script>alert("ua")</script>',
    "ip_hash": '<script>alert("ip")</script>',
    "spam_reason": '<script>alert("spam")</script>',
}
CAREER_XSS = '<script>alert("career")</script>'
PAGE_XSS = '<script>alert("page")</script>'
ERROR_XSS = '<script>alert("error")</script>'
LISTED = ("name", "email")


@pytest.fixture
def hostile_lead():
    lead = LeadFactory(
        career=CareerPageFactory(title=CAREER_XSS),
        page=CareerPageFactory(title=PAGE_XSS),
        **XSS,
    )
    LeadDeliveryFactory(lead=lead, status="failed", last_error=ERROR_XSS)
    return lead


def assert_escaped(html, payloads):
    for payload in payloads:
        first_line = payload.splitlines()[0]
        assert first_line not in html
        assert escape(first_line) in html


def test_xss_in_every_listed_field_is_escaped_in_the_listing(admin_client, hostile_lead):
    html = admin_client.get(INDEX_URL).content.decode()

    assert_escaped(html, [XSS[field] for field in LISTED] + [CAREER_XSS, PAGE_XSS])


def test_xss_in_every_field_is_escaped_in_the_inspect_view(admin_client, hostile_lead):
    html = admin_client.get(inspect_url(hostile_lead)).content.decode()

    assert_escaped(html, [*XSS.values(), CAREER_XSS, PAGE_XSS, ERROR_XSS])
    assert escape("second line") in html


def test_xss_is_escaped_on_the_dashboard(admin_client, hostile_lead):
    html = admin_client.get("/admin/").content.decode()

    assert_escaped(html, [CAREER_XSS])


def test_deleting_a_lead_removes_its_deliveries(admin_client):
    lead = LeadFactory()
    LeadDeliveryFactory(lead=lead)

    response = admin_client.post(f"{INDEX_URL}delete/{lead.pk}/")

    assert response.status_code == 302
    assert not Lead.objects.exists()
    assert not LeadDelivery.objects.exists()


def test_status_changes_are_recorded_in_the_history(admin_client):
    lead = LeadFactory()
    admin_client.post(edit_url(lead), {"status": "contacted"})

    response = admin_client.get(f"{INDEX_URL}history/{lead.pk}/")

    assert response.status_code == 200
    assert "Edited" in response.content.decode()
    entry = ModelLogEntry.objects.get(object_id=str(lead.pk), action="wagtail.edit")
    assert entry.user.is_superuser
