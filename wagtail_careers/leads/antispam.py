"""Spam defences that never get in a person's way: honeypot, time trap, rate limit.

A bot that fills the hidden honeypot input or posts a forged form token gets the normal
success answer: its lead is stored flagged as spam (so staff can check), it just never
reaches anyone. A post sooner than people usually type is not spam on that ground alone (a
browser's autofill and Enter take under a second): it is a normal lead, delivered and listed,
flagged for review. The rate limit is the only visible refusal. The visitor's address is only
ever kept as a keyed hash.
"""

import ipaddress
import time
from dataclasses import dataclass

from django.core import signing
from django.core.cache import caches
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from .. import conf

HONEYPOT_FIELD = "website"
TOKEN_FIELD = "lead_token"  # noqa: S105 (an input name)
_TOKEN_SALT = "wagtail_careers.leads.form-token"  # noqa: S105 (a signing salt)
_IP_SALT = "wagtail_careers.leads.ip"

#: Why a lead was stored as spam, in words for staff (``Lead.spam_reason`` holds the code).
SPAM_REASONS = {
    "honeypot": _("A hidden field that people never see was filled in, as bots do."),
    "bad_token": _("The form was sent with a forged or altered form token."),
}


def spam_reason_label(code: str) -> str:
    """``Lead.spam_reason`` in words; a code this version does not know, as it is."""
    return str(SPAM_REASONS.get(code, code))


def now() -> float:
    """The clock every check here reads (tests replace it instead of sleeping)."""
    return time.time()


class _FormTokenSigner(signing.TimestampSigner):
    """Django's ``TimestampSigner`` on this module's clock, in milliseconds: staff read how
    soon a fast post was sent ("0.7 s after the form was shown")."""

    def timestamp(self):
        return signing.b62_encode(int(now() * 1000))


def _signer() -> _FormTokenSigner:
    return _FormTokenSigner(salt=_TOKEN_SALT)


def make_token(page_id: int) -> str:
    """A token recording when the form of page ``page_id`` was rendered."""
    return _signer().sign(str(page_id))


@dataclass(frozen=True)
class Verdict:
    """What the anti-spam checks concluded about one post.

    ``spam_reason`` is empty for a genuine post; ``expired`` means a person left the form open
    longer than the maximum age and is asked to send it again. ``seconds_to_send``: how long
    after the form was shown it was sent (``None`` without a valid token); ``needs_review``:
    sooner than ``WAGTAIL_CAREERS_LEAD_MIN_SECONDS``.
    """

    spam_reason: str = ""
    expired: bool = False
    seconds_to_send: float | None = None
    needs_review: bool = False


def check_post(data, page_id: int) -> Verdict:
    """Judge a posted form (``request.POST``) by its honeypot and its form token."""
    if data.get(HONEYPOT_FIELD, "").strip():
        return Verdict(spam_reason="honeypot")
    token = data.get(TOKEN_FIELD, "")
    if not token:
        # The public contract lets a client post only the named inputs: no time evidence is
        # not evidence of a bot. The honeypot and the rate limit still apply.
        return Verdict()
    signer = _signer()
    try:
        # Signer.unsign (not TimestampSigner's) verifies the signature and returns
        # "value:timestamp", so the age is measured on this module's clock.
        value, stamp = signing.Signer.unsign(signer, token).rsplit(signer.sep, 1)
        rendered_at = signing.b62_decode(stamp) / 1000
    except (signing.BadSignature, ValueError):
        return Verdict(spam_reason="bad_token")
    if value != str(page_id):
        return Verdict(spam_reason="bad_token")
    age = max(0.0, now() - rendered_at)
    if age > conf.lead_max_age():
        return Verdict(expired=True, seconds_to_send=age)
    return Verdict(seconds_to_send=age, needs_review=age < conf.lead_min_seconds())


def client_ip(request) -> str:
    """The visitor's address: ``REMOTE_ADDR``, or the trusted proxies' header if configured.

    Each of the site's N trusted proxies appends the address it received the request from, so
    the visitor's address is the Nth entry from the right: entries further left were sent by
    the visitor and could be anything.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    header = conf.trusted_proxy_header()
    if not header:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get(header, "").split(",") if part.strip()]
    if not forwarded:
        return remote_addr
    candidate = forwarded[-min(conf.trusted_proxy_count(), len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_addr


def hash_ip(ip: str) -> str:
    """An HMAC of the address keyed by ``SECRET_KEY``: comparable, but not reversible."""
    return salted_hmac(_IP_SALT, ip, algorithm="sha256").hexdigest()


def allow_post(ip_hash: str, limit: int) -> bool:
    """Count a post from ``ip_hash``; False once it is over ``limit`` in the current window.

    A fixed window in Django's cache: one counter per address per window, created with
    ``add`` and increased with ``incr`` (both atomic on Redis and memcached). ``limit`` 0
    switches the limit off.
    """
    if not limit:
        return True
    window = conf.rate_limit_window()
    cache = caches[conf.rate_limit_cache()]
    key = f"wagtail_careers:leads:rate:{ip_hash}:{int(now() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the counter expired between add and incr
        cache.add(key, 1, timeout=window)
        count = 1
    return count <= limit
