"""A lead's status in one action from the listing and the inspect view; contact links."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from leads_admin_helpers import INDEX_URL, inspect_url, login
from wagtail.models import ModelLogEntry, Site

from wagtail_careers.factories import LeadFactory
from wagtail_careers.leads.status import STATUS_ACTION, tel_href
from wagtail_careers.models import CareersSettings, LeadDelivery, LeadStatus

pytestmark = pytest.mark.django_db

ACCESS_ADMIN = "wagtailadmin.access_admin"
VIEW = "wagtail_careers.view_lead"
CHANGE = "wagtail_careers.change_lead"


def status_url(lead):
    return f"{INDEX_URL}status/{lead.pk}/"


def status_forms(response):
    """Each status form on the page: (action, selected status, has a CSRF token)."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        (
            form["action"],
            form.select_one("select[name=status] option[selected]")["value"],
            form.find("input", attrs={"name": "csrfmiddlewaretoken"}) is not None,
        )
        for form in soup.select("form.careers-lead-status")
    ]


def test_the_listing_has_a_status_select_on_each_row(admin_client):
    new, contacted = LeadFactory(), LeadFactory(status=LeadStatus.CONTACTED)

    response = admin_client.get(INDEX_URL)

    assert sorted(status_forms(response)) == sorted(
        [(status_url(new), "new", True), (status_url(contacted), "contacted", True)]
    )
    select = BeautifulSoup(response.content, "html.parser").select_one("select[name=status]")
    # Choosing a status submits the form (Wagtail's w-submit controller): one action.
    assert select["data-action"] == "change->w-submit#submit"
    assert [option.get_text() for option in select.find_all("option")] == [
        "New",
        "Contacted",
        "Enrolled",
        "Not interested",
        "Spam",
    ]


def test_choosing_a_status_in_the_listing_changes_it_and_returns_to_the_listing(admin_client):
    lead = LeadFactory(name="Ana Silva")
    back = f"{INDEX_URL}?career=&q=ana"

    response = admin_client.post(status_url(lead), {"status": "contacted", "next": back})

    assert response.status_code == 302
    assert response["Location"] == back
    lead.refresh_from_db()
    assert lead.status == LeadStatus.CONTACTED
    messages = [str(m).strip() for m in admin_client.get(back).context["messages"]]
    assert messages == ["Status of Ana Silva: Contacted."]


def test_a_status_change_is_recorded_in_the_history_with_both_statuses(admin_client):
    lead = LeadFactory()
    admin_client.post(status_url(lead), {"status": "enrolled", "next": INDEX_URL})

    entry = ModelLogEntry.objects.get(object_id=str(lead.pk), action=STATUS_ACTION)
    assert entry.data == {"old": "new", "new": "enrolled"}
    assert entry.user.is_superuser
    history = admin_client.get(f"{INDEX_URL}history/{lead.pk}/").content.decode()
    assert "Status changed from New to Enrolled" in history


def test_choosing_the_same_status_records_nothing(admin_client):
    lead = LeadFactory()
    admin_client.post(status_url(lead), {"status": "new", "next": INDEX_URL})
    assert not ModelLogEntry.objects.filter(action=STATUS_ACTION).exists()


def test_a_next_url_off_the_site_is_not_followed(admin_client):
    lead = LeadFactory()
    response = admin_client.post(
        status_url(lead), {"status": "contacted", "next": "https://evil.example/"}
    )
    assert response["Location"] == inspect_url(lead)


def test_an_unknown_status_changes_nothing_and_says_why(admin_client):
    lead = LeadFactory()

    response = admin_client.post(status_url(lead), {"status": "hot", "next": INDEX_URL})

    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW
    messages = [str(m).strip() for m in admin_client.get(INDEX_URL).context["messages"]]
    assert messages == [
        "The status was not changed: Select a valid choice. hot is not one of the available "
        "choices."
    ]


def test_the_status_view_takes_only_posts(admin_client):
    assert admin_client.get(status_url(LeadFactory())).status_code == 405


def test_a_post_without_the_csrf_token_is_refused(django_user_model):
    lead = LeadFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("csrf", "c@example.com", "pw"))

    response = client.post(status_url(lead), {"status": "contacted"})

    assert response.status_code == 403
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW


def test_view_lead_alone_sees_the_status_but_cannot_change_it(client):
    lead = LeadFactory()
    client = login(client, ACCESS_ADMIN, VIEW)

    assert status_forms(client.get(INDEX_URL)) == []
    assert status_forms(client.get(inspect_url(lead))) == []
    assert "New" in client.get(INDEX_URL).content.decode()
    response = client.post(status_url(lead), {"status": "enrolled"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW


def test_change_without_view_cannot_change_the_status(client):
    lead = LeadFactory()
    client = login(client, ACCESS_ADMIN, CHANGE)
    client.post(status_url(lead), {"status": "enrolled"})
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW


def test_the_inspect_view_changes_the_status_in_one_action(admin_client):
    lead = LeadFactory(status=LeadStatus.CONTACTED)

    response = admin_client.get(inspect_url(lead))

    assert status_forms(response) == [(status_url(lead), "contacted", True)]
    form = BeautifulSoup(response.content, "html.parser").select_one("form.careers-lead-status")
    assert form.find("input", attrs={"name": "next"})["value"] == inspect_url(lead)
    admin_client.post(status_url(lead), {"status": "enrolled", "next": inspect_url(lead)})
    lead.refresh_from_db()
    assert lead.status == LeadStatus.ENROLLED


def test_a_lead_released_from_spam_in_the_listing_is_delivered(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    lead = LeadFactory(status=LeadStatus.SPAM, spam_reason="honeypot")
    settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    settings.recipients = "admissions@school.example"
    settings.save()

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(status_url(lead), {"status": "new", "next": INDEX_URL})

    assert LeadDelivery.objects.get(lead=lead).status == "delivered"
    assert mailoutbox[0].to == ["admissions@school.example"]


def test_email_and_phone_are_links_on_the_inspect_view(admin_client):
    lead = LeadFactory(email="ana@example.com", phone="+1 (415) 555-0100")

    soup = BeautifulSoup(admin_client.get(inspect_url(lead)).content, "html.parser")

    assert soup.find("a", href="mailto:ana@example.com").get_text() == "ana@example.com"
    assert soup.find("a", href="tel:+14155550100").get_text() == "+1 (415) 555-0100"


@pytest.mark.parametrize(
    ("phone", "href"),
    [
        ("+1 (415) 555-0100", "tel:+14155550100"),
        ("415.555.0100", "tel:4155550100"),
        (" +44 20 7946 0958 ", "tel:+442079460958"),
        ("call me", ""),
        ("", ""),
        ('"><script>1</script>', "tel:1"),
    ],
)
def test_tel_links_hold_only_digits_and_a_leading_plus(phone, href):
    assert tel_href(phone) == href


def test_the_listing_refreshed_by_its_filters_comes_back_to_the_listing(admin_client):
    LeadFactory(name="Ana Silva")

    response = admin_client.get(f"{INDEX_URL}results/", {"q": "ana"})

    form = BeautifulSoup(response.content, "html.parser").select_one("form.careers-lead-status")
    assert form.find("input", attrs={"name": "next"})["value"] == f"{INDEX_URL}?q=ana"
