"""Posting a lead as signed JSON (Standard Webhooks) to the site's webhook URL."""

import base64
import binascii
import hashlib
import hmac
import json
import time
import urllib.request

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

from ... import conf
from .. import pinned_http, webhook_policy


def webhook_key(secret: str) -> bytes:
    """The signing key: a Standard Webhooks secret is ``whsec_`` + base64; any other secret
    is used as typed, even one that happens to be valid base64."""
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except (binascii.Error, ValueError):
            pass
    return secret.encode()


def sign_webhook(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value (Standard Webhooks, ``v1`` = HMAC-SHA256)."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(webhook_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirected webhook is a failure: following it could turn the POST into a GET, or
    lead to a host the URL checks never saw."""

    def redirect_request(self, *args, **kwargs):
        return None


def send(lead, payload: dict, careers_settings, delivery) -> None:
    """POST the lead as signed JSON; anything but a 2xx answer raises.

    The URL is checked again (``webhook_policy``): its host may resolve elsewhere since it
    was saved, and the post connects to the addresses checked (``pinned_http``), not to what
    the host resolves to next. The message id stays the same across retries, so the receiver
    can drop duplicates.
    """
    url = careers_settings.webhook_url
    if not url:
        raise ImproperlyConfigured(_("No webhook URL is set in Settings > Careers."))
    addresses = webhook_policy.checked_addresses(url)
    body = json.dumps({"type": "lead.created", "data": payload}).encode()
    message_id = f"msg_lead_{lead.pk}_{delivery.pk}"
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "wagtail-careers",
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
    }
    if careers_settings.webhook_secret:
        headers["webhook-signature"] = sign_webhook(
            careers_settings.webhook_secret, message_id, timestamp, body
        )
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310
    opener = urllib.request.build_opener(pinned_http.PinnedHandler(addresses), _NoRedirects)
    with opener.open(request, timeout=conf.webhook_timeout()) as response:
        response.read(1024)
