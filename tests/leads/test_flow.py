"""The whole lead flow through the Django test client, on a career page."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.http import QueryDict
from django.test import Client
from leads_support import form_token, form_tokens, valid_data
from wagtail.models import Page

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.models import Lead, LeadDelivery, LeadStatus

pytestmark = pytest.mark.django_db

LANDING = "?utm_source=google&utm_medium=cpc&utm_campaign=coding&utm_term=medical+coder&utm_content=ad1&gclid=abc123"


def attribution(url, HTTP_REFERER=""):
    """What the package's script puts in a cached form's hidden inputs: the UTM parameters and
    gclid of the address bar, and the referrer."""
    query = QueryDict(urlsplit(url).query)
    values = {name: query[name] for name in Lead.ATTRIBUTION_FIELDS if name in query}
    return {**values, "referrer": HTTP_REFERER} if HTTP_REFERER else values


def send(client, page, clock, wait=5, url_query="", get_extra=None, **overrides):
    """Render the page, let ``wait`` seconds pass, post the form with its own token."""
    response = client.get(page.url + url_query, **(get_extra or {}))
    assert response.status_code == 200
    token = form_token(response)
    clock.advance(wait)
    data = valid_data(**{"lead_token": token, **overrides})
    data.update(attribution(page.url + url_query, **(get_extra or {})))
    return client.post(page.url, data, REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Firefox/140")


def test_the_form_is_on_the_career_page(client, career_page, careers_settings):
    html = client.get(career_page.url).content.decode()
    assert '<h2 id="careers-lead-heading">Request information</h2>' in html
    assert f'action="{career_page.url}#request-information"' in html
    for name in ("name", "email", "phone", "postal_code", "message", "consent"):
        assert f'name="{name}"' in html
    assert 'name="career"' not in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "checked" not in html.split('name="consent"')[1].split(">")[0]


def test_a_valid_post_saves_the_lead_and_redirects_to_thanks(
    client, career_page, careers_settings, clock
):
    response = send(
        client,
        career_page,
        clock,
        url_query=LANDING,
        get_extra={"HTTP_REFERER": "https://www.google.com/search?q=coder"},
    )
    assert response.status_code == 303
    assert response["Location"] == career_page.url + "thanks/"

    lead = Lead.objects.get()
    assert (lead.name, lead.email, lead.phone, lead.postal_code) == (
        "Ana Ortiz",
        "ana@example.com",
        "+1 (555) 010-0199",
        "94103",
    )
    assert lead.page.specific == career_page and lead.career == career_page
    assert lead.consent and lead.consent_at is not None
    assert lead.consent_text == careers_settings.consent_text
    assert lead.page_url == career_page.full_url
    assert (lead.utm_source, lead.utm_medium, lead.utm_campaign) == (
        "google",
        "cpc",
        "coding",
    )
    assert (lead.utm_term, lead.utm_content, lead.gclid) == (
        "medical coder",
        "ad1",
        "abc123",
    )
    assert lead.referrer == "https://www.google.com/search?q=coder"
    assert lead.user_agent == "Firefox/140"
    assert len(lead.ip_hash) == 64 and "203.0.113.9" not in lead.ip_hash
    assert lead.status == LeadStatus.NEW and lead.spam_reason == ""
    assert sorted(LeadDelivery.objects.values_list("destination", flat=True)) == ["email"]

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "An admissions adviser will contact you soon" in thanks.content.decode()
    assert 'name="consent"' not in thanks.content.decode()


def test_refreshing_the_thank_you_page_sends_nothing(client, career_page, careers_settings, clock):
    location = send(client, career_page, clock)["Location"]
    for _ in range(3):
        assert client.get(location).status_code == 200
    assert Lead.objects.count() == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "ana@"}, "email", "Enter a valid email address."),
        ({"name": ""}, "name", "This field is required."),
        ({"phone": "call me"}, "phone", "Enter a phone number of 7 to 20 digits"),
        ({"postal_code": "!!"}, "postal_code", "Enter a valid postal code."),
        ({"message": "x" * 5001}, "message", "at most 5000 characters"),
        ({"consent": None}, "consent", "This field is required."),
    ],
)
def test_invalid_input_shows_the_error_beside_the_field_and_saves_nothing(
    client, career_page, careers_settings, clock, overrides, field, message
):
    response = send(client, career_page, clock, **overrides)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html.split(f'id="id_{field}_error"')[1].split("</ul>")[0]
    widget = html.split(f'id="id_{field}"')[0].rsplit("<", 1)[1]
    described_by = widget.split('aria-describedby="')[1].split('"')[0].split()
    assert 'aria-invalid="true"' in widget and f"id_{field}_error" in described_by
    assert Lead.objects.count() == 0


def test_after_an_error_the_form_keeps_the_input_but_never_the_consent(
    client, career_page, careers_settings, clock
):
    html = send(client, career_page, clock, email="ana@").content.decode()
    assert 'value="Ana Ortiz"' in html
    assert "checked" not in html.split('name="consent"')[1].split(">")[0]


def test_correcting_an_error_quickly_is_not_too_fast(client, career_page, careers_settings, clock):
    response = send(client, career_page, clock, wait=10, email="ana@")
    clock.advance(1)  # fixing the typo takes a second: the form was shown 11 s ago
    data = valid_data(lead_token=form_token(response))
    assert client.post(career_page.url, data).status_code == 303
    assert Lead.objects.get().status == LeadStatus.NEW


@pytest.mark.parametrize(
    ("overrides", "wait", "reason"),
    [
        ({"website": "http://cheap-pills.example"}, 5, "honeypot"),
        ({"lead_token": "1:1xX0xk:forged"}, 5, "bad_token"),
    ],
)
def test_spam_gets_the_normal_success_and_is_stored_flagged(
    client,
    career_page,
    careers_settings,
    clock,
    overrides,
    wait,
    reason,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        response = send(client, career_page, clock, wait=wait, **overrides)
    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    lead = Lead.objects.get()
    assert (lead.status, lead.spam_reason) == (LeadStatus.SPAM, reason)
    assert not LeadDelivery.objects.exists() and mailoutbox == []


def test_a_form_left_open_too_long_is_shown_again_not_lost(
    client, career_page, careers_settings, clock, settings
):
    settings.WAGTAIL_CAREERS_LEAD_MAX_AGE = 3600
    response = send(client, career_page, clock, wait=3601)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This form was open for a long time" in html
    assert 'value="Ana Ortiz"' in html
    assert Lead.objects.count() == 0
    clock.advance(5)
    data = valid_data(lead_token=form_token(response))
    assert client.post(career_page.url, data).status_code == 303


def test_the_rate_limit_answers_429_with_a_message(client, career_page, careers_settings, clock):
    careers_settings.rate_limit = 2
    careers_settings.save()
    statuses = [
        send(client, career_page, clock, email=f"v{i}@example.com").status_code for i in range(3)
    ]
    assert statuses == [303, 303, 429]
    response = send(client, career_page, clock, email="v9@example.com")
    html = response.content.decode()
    assert "Please wait a few minutes and send it again." in html
    assert 'value="v9@example.com"' in html
    assert Lead.objects.count() == 2
    # Another address is not limited.
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    data = valid_data(lead_token=token, email="other@example.com")
    assert client.post(career_page.url, data, REMOTE_ADDR="198.51.100.7").status_code == 303


def test_the_rate_limit_window_passes(client, career_page, careers_settings, clock):
    careers_settings.rate_limit = 1
    careers_settings.save()
    assert send(client, career_page, clock).status_code == 303
    assert send(client, career_page, clock, email="b@example.com").status_code == 429
    clock.advance(600)
    assert send(client, career_page, clock, email="b@example.com").status_code == 303


def test_csrf_is_enforced(career_page, careers_settings, clock):
    client = Client(enforce_csrf_checks=True)
    tokens = form_tokens(client.get(career_page.url))
    clock.advance(5)
    data = valid_data(lead_token=tokens["lead_token"])
    assert client.post(career_page.url, data).status_code == 403
    assert Lead.objects.count() == 0
    data["csrfmiddlewaretoken"] = tokens["csrfmiddlewaretoken"]
    assert client.post(career_page.url, data).status_code == 303


def test_a_double_click_updates_the_first_lead(client, career_page, careers_settings, clock):
    send(client, career_page, clock)
    send(
        client,
        career_page,
        clock,
        email="ANA@example.com",
        message="Also: evening classes?",
    )
    lead = Lead.objects.get()
    assert lead.message == "Also: evening classes?"
    assert LeadDelivery.objects.count() == 1


def test_the_same_email_after_ten_minutes_is_a_new_lead(
    client, career_page, careers_settings, clock, monkeypatch
):
    from datetime import timedelta

    send(client, career_page, clock)
    Lead.objects.update(created_at=Lead.objects.get().created_at - timedelta(minutes=11))
    send(client, career_page, clock)
    assert Lead.objects.count() == 2


def test_the_same_email_on_another_page_is_another_lead(
    client, career_page, careers_settings, clock, site_root
):
    other = CareerPageFactory(parent=site_root, title="Medical Office Specialist")
    send(client, career_page, clock)
    send(client, other, clock)
    assert sorted(lead.career.title for lead in Lead.objects.all()) == [
        "Medical Coding Specialist",
        "Medical Office Specialist",
    ]


def test_spam_never_overwrites_a_real_lead(client, career_page, careers_settings, clock):
    send(client, career_page, clock)
    send(client, career_page, clock, website="x", name="Spammer")
    assert sorted(Lead.objects.values_list("name", "status")) == [
        ("Ana Ortiz", "new"),
        ("Spammer", "spam"),
    ]


def test_a_page_can_hide_its_form(client, career_page, careers_settings, clock):
    career_page.show_lead_form = False
    career_page.save_revision().publish()
    response = client.get(career_page.url)
    assert 'name="consent"' not in response.content.decode()
    assert client.post(career_page.url, valid_data()).status_code == 200
    assert Lead.objects.count() == 0


def test_a_page_overrides_the_heading_and_intro(client, career_page, careers_settings):
    career_page.lead_form_heading = "Start your coding career"
    career_page.lead_form_intro = "Classes start every month."
    career_page.save_revision().publish()
    html = client.get(career_page.url).content.decode()
    assert "Start your coding career</h2>" in html and "Classes start every month." in html


def test_the_site_settings_give_the_defaults(client, career_page, careers_settings):
    careers_settings.form_heading = "Talk to admissions"
    careers_settings.consent_text = "Yes, you may call me."
    careers_settings.save()
    html = client.get(career_page.url).content.decode()
    assert "Talk to admissions</h2>" in html and "Yes, you may call me." in html


XSS = '<script>alert("x")</script>'


def test_xss_in_every_field_is_shown_escaped(client, career_page, careers_settings, clock):
    careers_settings.consent_text = XSS
    careers_settings.save()
    response = send(
        client,
        career_page,
        clock,
        name=XSS,
        email="<img src=x onerror=alert(1)>@x",
        phone=XSS,
        postal_code=XSS,
        message=XSS,
        utm_source=XSS,
        referrer=XSS,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_posting_only_the_contract_inputs_makes_a_genuine_lead(
    client, career_page, careers_settings, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(career_page.url, valid_data())
    assert response.status_code == 303
    assert Lead.objects.get().status == LeadStatus.NEW
    assert len(mailoutbox) == 1


def test_invalid_input_without_a_token_shows_the_errors(client, career_page, careers_settings):
    response = client.post(career_page.url, valid_data(email="ana@"))
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert Lead.objects.count() == 0


def test_a_post_half_a_second_after_the_page_loaded_is_a_lead_flagged_for_review(
    client, career_page, careers_settings, clock, mailoutbox, django_capture_on_commit_callbacks
):
    # A browser's autofill and Enter: the time trap alone never makes spam.
    with django_capture_on_commit_callbacks(execute=True):
        assert send(client, career_page, clock, wait=0.5).status_code == 303
    lead = Lead.objects.get()
    assert (lead.status, lead.spam_reason, lead.needs_review) == (LeadStatus.NEW, "", True)
    assert lead.review_note == "Sent 0.5 s after the form was shown: check it is a real person."
    assert LeadDelivery.objects.get().status == "delivered"
    assert len(mailoutbox) == 1
    assert "Sent 0.5 s after the form was shown" in mailoutbox[0].body


def test_a_lead_sent_after_the_time_trap_is_not_flagged(
    client, career_page, careers_settings, clock
):
    send(client, career_page, clock, wait=5)
    lead = Lead.objects.get()
    assert not lead.needs_review and lead.seconds_to_send == 5


def test_the_page_url_is_the_pages_own_whatever_the_host_header(
    client, career_page, careers_settings, clock, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    client.post(career_page.url, valid_data(lead_token=token), HTTP_HOST="evil.example")
    assert Lead.objects.get().page_url == career_page.full_url


def test_process_lead_is_the_hook_every_valid_post_goes_through(
    client, career_page, careers_settings, clock, monkeypatch
):
    from wagtail_careers.models import CareerPage

    seen = []
    original = CareerPage.process_lead

    def process_lead(self, request, form, verdict, ip_hash, careers_settings):
        lead = original(self, request, form, verdict, ip_hash, careers_settings)
        seen.append((lead.email, verdict.needs_review, len(ip_hash)))
        return lead

    monkeypatch.setattr(CareerPage, "process_lead", process_lead)
    assert send(client, career_page, clock).status_code == 303
    assert seen == [("ana@example.com", False, 64)]


def test_an_answer_with_errors_says_error_in_its_title_and_starts_with_the_summary(
    client, career_page, careers_settings, clock
):
    page_title = BeautifulSoup(client.get(career_page.url).content, "html.parser").title
    assert not page_title.get_text().startswith("Error:")
    html = BeautifulSoup(send(client, career_page, clock, email="ana@").content, "html.parser")
    assert html.title.get_text().startswith("Error: Medical Coding Specialist")
    form = html.find("form", id="careers-lead-form")
    summary = form.find("div", recursive=False)
    # The action's fragment (#request-information) now names the summary: browsers focus it.
    assert form["action"].endswith("#request-information")
    assert (summary["id"], summary["role"]) == ("request-information", "alert")
    assert summary.find("a", href="#id_email") is not None
    assert len(html.find_all(id="request-information")) == 1


def test_the_thank_you_page_says_what_happens_next_and_links_back(
    client, site_root, careers_settings, clock
):
    section = site_root.add_child(instance=Page(title="Health careers", slug="health-careers"))
    career_page = CareerPageFactory(parent=section, title="Medical Coding Specialist")
    thanks = client.get(send(client, career_page, clock)["Location"])
    html = BeautifulSoup(thanks.content, "html.parser")
    assert html.h1.get_text() == "Thank you: your request has been sent"
    assert "What happens next" in html.get_text()
    links = {a["href"]: a.get_text(strip=True) for a in html.find("article").find_all("a")}
    assert links[career_page.url] == "Back to Medical Coding Specialist"
    assert links[section.url] == "See more careers in Health careers"
