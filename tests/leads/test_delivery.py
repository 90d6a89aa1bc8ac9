"""Delivery of leads by email and webhook: success, failure, retry, signing, escaping."""

import base64
import hashlib
import hmac
import json
from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from leads_support import (
    TLS_CERTIFICATE,
    WebhookReceiver,
    form_token,
    retry_deliveries,
    use_email_backend,
    valid_data,
)
from wagtail.models import Page

from wagtail_careers.leads import delivery, tasks, webhook_policy
from wagtail_careers.leads.senders import webhook
from wagtail_careers.models import Lead, LeadDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _local_webhooks(settings):
    """The test receivers listen on http://127.0.0.1, which sites must allow explicitly."""
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_HTTP = True
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_PRIVATE = True


@pytest.fixture
def post_lead(client, career_page, clock, django_capture_on_commit_callbacks):
    """Post the career page's form as a visitor would; delivery tasks run on commit."""

    def post(**overrides):
        token = form_token(client.get(career_page.url))
        clock.advance(5)
        with django_capture_on_commit_callbacks(execute=True):
            answer = client.post(
                career_page.url,
                valid_data(**{"lead_token": token, **overrides}),
            )
        assert answer.status_code == 303
        return Lead.objects.get(email=overrides.get("email", "ana@example.com"))

    return post


def test_an_email_reaches_the_recipients(post_lead, careers_settings, mailoutbox):
    lead = post_lead()
    [message] = mailoutbox
    assert message.to == ["admissions@school.example", "frontdesk@school.example"]
    assert message.reply_to == ["ana@example.com"]
    assert message.subject == "New lead: Ana Ortiz (Medical Coding Specialist)"
    assert "When does the next course start?" in message.body
    assert "+1 (555) 010-0199" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and "Ana Ortiz" in html
    record = LeadDelivery.objects.get(lead=lead)
    assert (record.status, record.attempts, record.last_error) == ("delivered", 1, "")
    assert record.delivered_at is not None


def test_the_email_gives_every_detail_staff_need(post_lead, careers_settings, mailoutbox):
    post_lead(message="First line\nsecond line", utm_source="news", utm_campaign="spring")
    [message] = mailoutbox
    assert message.body.startswith(
        "A visitor asked for information on “Medical Coding Specialist”.\n\nName: Ana Ortiz\n"
    )
    assert "Message:\nFirst line\nsecond line\n" in message.body
    assert "Consent given:\n" in message.body and "not a condition of enrollment" in message.body
    assert "UTM: utm_source=news, utm_campaign=spring\n" in message.body
    html = message.alternatives[0][0]
    assert '<a href="mailto:ana@example.com">ana@example.com</a>' in html
    assert "<td>First line<br>second line</td>" in html
    assert "<td>utm_source=news, utm_campaign=spring</td>" in html


def test_the_html_email_has_a_title_a_language_times_with_their_zone_and_a_page_link(
    post_lead, careers_settings, career_page, mailoutbox, settings
):
    settings.TIME_ZONE = "America/Chicago"
    post_lead()
    html = mailoutbox[0].alternatives[0][0]
    assert '<html lang="en-us">' in html
    assert "<title>New lead: Ana Ortiz</title>" in html
    assert f'<a href="{career_page.full_url}">{career_page.full_url}</a>' in html
    assert any(zone in mailoutbox[0].body for zone in ("CST", "CDT"))


def test_the_sender_is_the_settings_from_address(post_lead, careers_settings, mailoutbox):
    careers_settings.from_email = "leads@school.example"
    careers_settings.save()
    post_lead()
    assert mailoutbox[0].from_email == "leads@school.example"


def test_a_failing_mail_server_never_loses_the_lead(
    post_lead, careers_settings, settings, mailoutbox
):
    use_email_backend(settings, "leads_support.FailingEmailBackend")
    before = timezone.now()
    lead = post_lead()
    record = LeadDelivery.objects.get(lead=lead)
    assert (record.status, record.attempts) == ("failed", 1)
    assert record.last_error == "SMTPException: Connection refused by the test mail server"
    assert record.next_attempt_at >= before + timedelta(seconds=60)

    use_email_backend(settings, "django.core.mail.backends.locmem.EmailBackend")
    retry_deliveries()  # still waiting out its backoff
    record.refresh_from_db()
    assert record.status == "failed" and mailoutbox == []

    LeadDelivery.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    retry_deliveries()
    record.refresh_from_db()
    assert (record.status, record.attempts, record.last_error) == ("delivered", 2, "")
    assert len(mailoutbox) == 1


def test_retries_back_off_exponentially_and_stop(careers_settings, settings, post_lead):
    use_email_backend(settings, "leads_support.FailingEmailBackend")
    settings.WAGTAIL_CAREERS_DELIVERY_MAX_ATTEMPTS = 3
    lead = post_lead()
    record = LeadDelivery.objects.get(lead=lead)
    retry_deliveries("--force")
    record.refresh_from_db()
    assert record.attempts == 2
    assert record.next_attempt_at - record.last_attempt_at == timedelta(seconds=120)
    retry_deliveries("--force")
    record.refresh_from_db()
    assert (record.status, record.attempts, record.next_attempt_at) == (
        "failed",
        3,
        None,
    )
    LeadDelivery.objects.update(last_attempt_at=timezone.now() - timedelta(days=30))
    retry_deliveries()
    record.refresh_from_db()
    assert record.attempts == 3  # given up: only --force tries again


def test_backoff_doubles_up_to_a_day(settings):
    settings.WAGTAIL_CAREERS_DELIVERY_RETRY_DELAY = 60
    assert [delivery.backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [
        60,
        120,
        240,
        480,
    ]
    assert delivery.backoff(40) == timedelta(days=1)


def test_a_delivered_lead_is_never_sent_again(post_lead, careers_settings, mailoutbox):
    lead = post_lead()
    record = LeadDelivery.objects.get(lead=lead)
    assert delivery.deliver(record.pk) is False
    retry_deliveries("--force")
    assert len(mailoutbox) == 1


def test_a_double_click_sends_one_email(post_lead, careers_settings, mailoutbox):
    post_lead()
    post_lead()
    assert len(mailoutbox) == 1 and Lead.objects.count() == 1


def test_when_the_task_cannot_be_enqueued_the_retry_command_sends_it(
    post_lead, careers_settings, mailoutbox
):
    broken = mock.Mock(**{"enqueue.side_effect": OSError("queue down")})
    with mock.patch.object(tasks, "deliver_lead", broken):
        lead = post_lead()
    record = LeadDelivery.objects.get(lead=lead)
    assert (record.status, record.attempts) == ("pending", 0)
    retry_deliveries()  # no task will send it: the retry command's at once
    record.refresh_from_db()
    assert record.status == "delivered" and len(mailoutbox) == 1


def test_removed_recipients_are_a_recorded_failure(post_lead, careers_settings):
    lead = post_lead()
    careers_settings.recipients = ""
    careers_settings.save()
    record = LeadDelivery.objects.get(lead=lead)
    LeadDelivery.objects.update(status="pending", delivered_at=None)
    retry_deliveries()
    record.refresh_from_db()
    assert record.status == "failed"
    assert "No lead recipients are set" in record.last_error


def test_no_recipients_and_no_webhook_means_no_delivery(post_lead, site_root):
    lead = post_lead()
    assert not lead.deliveries.exists()


XSS = '<script>alert("x")</script>'


def test_lead_values_are_escaped_in_the_html_email(
    post_lead, career_page, careers_settings, mailoutbox
):
    Page.objects.filter(pk=career_page.pk).update(title=XSS)
    careers_settings.consent_text = XSS
    careers_settings.save()
    attribution = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "gclid"]
    post_lead(name=XSS, message=XSS + "\nsecond line", **dict.fromkeys(attribution, XSS))
    html = mailoutbox[0].alternatives[0][0]
    assert "<script>" not in html
    # title, page title (intro and career), name, message, consent text, five UTM values, gclid
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 12
    assert mailoutbox[0].subject == f"New lead: {XSS} ({XSS})"
    assert XSS in mailoutbox[0].body  # plain text shows the text as typed


def test_newlines_never_reach_the_subject(post_lead, careers_settings, mailoutbox):
    post_lead(name="Ana\r\nBcc: victim@example.com")
    assert "\n" not in mailoutbox[0].subject and mailoutbox[0].bcc == []


WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"a-test-signing-key-32-bytes-long").decode()


def verify(request, secret):
    """Verify a request as a Standard Webhooks receiver does."""
    headers = {key.lower(): value for key, value in request["headers"].items()}
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + request["body"]
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return headers["webhook-signature"] == f"v1,{expected}"


def test_the_webhook_receives_signed_json(post_lead, careers_settings):
    with WebhookReceiver() as receiver:
        careers_settings.webhook_url = receiver.url
        careers_settings.webhook_secret = WEBHOOK_SECRET
        careers_settings.save()
        lead = post_lead(utm_source="google")
    [request] = receiver.requests
    assert verify(request, WEBHOOK_SECRET)
    body = receiver.json()
    assert body["type"] == "lead.created"
    assert body["data"]["email"] == "ana@example.com"
    assert body["data"]["career"] == "Medical Coding Specialist"
    assert body["data"]["utm_source"] == "google"
    assert body["data"]["consent_text"] == careers_settings.consent_text
    assert "ip_hash" not in body["data"]
    statuses = dict(lead.deliveries.values_list("destination", "status"))
    assert statuses == {"email": "delivered", "webhook": "delivered"}


def test_the_webhook_is_posted_to_the_address_its_host_resolved_to(
    post_lead, careers_settings, monkeypatch
):
    monkeypatch.setattr(
        webhook_policy, "resolve", lambda host, port: {"hooks.school.test": ["127.0.0.1"]}[host]
    )
    with WebhookReceiver() as receiver:
        port = receiver.port
        careers_settings.webhook_url = f"http://hooks.school.test:{port}/leads"
        careers_settings.save()
        lead = post_lead()
    [request] = receiver.requests
    assert request["headers"]["Host"] == f"hooks.school.test:{port}"
    assert receiver.json()["data"]["email"] == "ana@example.com"
    assert lead.deliveries.get(destination="webhook").status == "delivered"


def test_an_https_webhook_is_verified_for_its_host_at_the_address_resolved(
    post_lead, careers_settings, monkeypatch
):
    monkeypatch.setenv("SSL_CERT_FILE", str(TLS_CERTIFICATE))  # the receiver's is trusted
    monkeypatch.setattr(webhook_policy, "resolve", lambda host, port: ["127.0.0.1"])
    with WebhookReceiver(tls=True) as receiver:
        careers_settings.webhook_url = f"https://hooks.example.com:{receiver.port}/leads"
        careers_settings.save()
        lead = post_lead()
        careers_settings.webhook_url = f"https://other.example.com:{receiver.port}/leads"
        careers_settings.save()
        other = post_lead(email="ben@example.com")
    [request] = receiver.requests
    assert request["headers"]["Host"] == f"hooks.example.com:{receiver.port}"
    assert lead.deliveries.get(destination="webhook").status == "delivered"
    refused = other.deliveries.get(destination="webhook")
    assert refused.status == "failed" and "CERTIFICATE_VERIFY_FAILED" in refused.last_error


def test_a_failing_webhook_is_retried_with_the_same_message_id(post_lead, careers_settings):
    with WebhookReceiver(status=503) as receiver:
        careers_settings.webhook_url = receiver.url
        careers_settings.save()
        lead = post_lead()
        record = lead.deliveries.get(destination="webhook")
        assert (record.status, record.last_error) == (
            "failed",
            "HTTPError: HTTP Error 503: Service Unavailable",
        )
        receiver.status = 204
        retry_deliveries("--force")
    record.refresh_from_db()
    assert record.status == "delivered" and record.attempts == 2
    first, second = (request["headers"]["Webhook-Id"] for request in receiver.requests)
    assert first == second
    assert lead.deliveries.get(destination="email").attempts == 1


def test_an_unreachable_webhook_never_reaches_the_visitor(post_lead, careers_settings):
    with WebhookReceiver() as receiver:
        url = receiver.url  # the port is closed once the receiver stops
    careers_settings.webhook_url = url
    careers_settings.save()
    lead = post_lead()
    record = lead.deliveries.get(destination="webhook")
    assert record.status == "failed" and "URLError" in record.last_error


def test_signature_matches_the_standard_webhooks_example():
    # The example of the Standard Webhooks specification (standard-webhooks/spec).
    signature = webhook.sign_webhook(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        b'{"test": 2432232314}',
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_a_secret_that_is_not_base64_is_used_as_is():
    assert webhook.webhook_key("plain secret!") == b"plain secret!"
    assert json.dumps(webhook.webhook_key("whsec_YWJj").decode()) == '"abc"'


def test_only_a_whsec_secret_is_decoded_from_base64():
    # "YWJj" is valid base64 ("abc"), but without the prefix it is the secret as typed.
    assert webhook.webhook_key("YWJj") == b"YWJj"


def test_a_delivery_sent_in_the_request_is_what_the_retry_command_sends(
    post_lead, careers_settings, mailoutbox
):
    # The task run in the request and the retry command send the same: the school must not
    # see a difference.
    with WebhookReceiver() as receiver:
        careers_settings.webhook_url = receiver.url
        careers_settings.webhook_secret = WEBHOOK_SECRET
        careers_settings.save()
        lead = post_lead(utm_source="google", referrer="https://example.org/search?q=coding")
        lead.deliveries.update(status="pending", delivered_at=None)
        retry_deliveries()
    in_request, from_retry = mailoutbox
    for attribute in ("subject", "body", "alternatives", "from_email", "to", "reply_to"):
        assert getattr(in_request, attribute) == getattr(from_retry, attribute)
    assert receiver.json(0) == receiver.json(1)
    assert all(verify(request, WEBHOOK_SECRET) for request in receiver.requests)
    assert sorted(lead.deliveries.values_list("attempts", flat=True)) == [2, 2]
