"""Delivering a lead to the school: by email and by signed webhook, every attempt recorded.

The visitor's request only creates ``LeadDelivery`` rows and enqueues one task per row: in the
lead's own transaction when the task queue lives in the same database, once the lead is
committed otherwise (see ``save_with_deliveries()``). ``deliver()`` is what the task (and
``careers_retry_deliveries``) runs: it locks the row, so a worker and the cron job never send
the same delivery twice, and it records any failure on the row instead of raising, so nothing
reaches the visitor and the retry command knows what to try again.

When the task runs at once in the web process (Django's ``ImmediateBackend``, the default),
``deliver()`` is handed the new row, the lead, its pages and the site's settings the request
has just saved and read, instead of reading them again, and records the attempt with a single
UPDATE: nobody else sends a new row during its task window, so it need not lock it.
"""

import base64
import binascii
import hashlib
import hmac
import json
import logging
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from typing import NamedTuple, TypeVar

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives
from django.db import connection, router, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from .. import conf
from . import emails
from .models import (
    CareersSettings,
    DeliveryDestination,
    DeliveryStatus,
    Lead,
    LeadDelivery,
)

logger = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(days=1)

T = TypeVar("T")


def destinations(careers_settings: CareersSettings) -> list[str]:
    """Where the site's settings say leads go: email if it has recipients, webhook if a URL."""
    wanted = []
    if careers_settings.recipient_list:
        wanted.append(DeliveryDestination.EMAIL)
    if careers_settings.webhook_url:
        wanted.append(DeliveryDestination.WEBHOOK)
    return wanted


class Known(NamedTuple):
    """What sending a new lead's deliveries needs, as the request that saved it has it."""

    lead: Lead
    pages: dict[int, tuple[str, str]]
    careers_settings: CareersSettings


# New deliveries whose task is being enqueued by this process, with what their request knew;
# an entry lives only while ``_enqueue()`` runs, so only a task run at once sees it.
_known: dict[int, tuple[LeadDelivery, Known]] = {}


def known_for(lead: Lead, pages: list, careers_settings: CareersSettings) -> Known | None:
    """What ``deliver()`` may take from the request: ``pages`` are the lead's page and career.

    ``None`` (read everything again) if ``careers_settings`` are not those of the site
    ``settings_for()`` would pick.
    """
    by_id = {page.pk: (page.title, page.url_path) for page in pages if page is not None}
    if _site_id_for(by_id.get(lead.page_id, ("", None))[1]) != careers_settings.site_id:
        return None
    return Known(lead, by_id, careers_settings)


class QueueFailed(Exception):
    """Writing a delivery task into the current transaction failed.

    The transaction may be unusable (PostgreSQL aborts it on any error), so
    ``save_with_deliveries()`` rolls it back and saves again without tasks.
    """


def save_with_deliveries(save: Callable[[bool], T]) -> T:
    """Run ``save(queue)`` in a transaction; it saves a lead and calls ``record_deliveries()``.

    ``queue`` is true the first time. Should the task queue fail inside the transaction
    (``QueueFailed``), everything is rolled back and saved again with ``queue`` false: the lead
    and its delivery rows are kept for ``careers_retry_deliveries``, without tasks. Rolling
    back only on failure spares every other post a savepoint around its tasks.
    """
    try:
        with transaction.atomic():
            return save(True)
    except QueueFailed:
        logger.exception("Could not enqueue lead deliveries; careers_retry_deliveries sends them")
    with transaction.atomic():
        return save(False)


def record_deliveries(
    lead: Lead,
    careers_settings: CareersSettings,
    *,
    new: bool,
    queue: bool,
    known: Callable[[], Known | None] | None = None,
) -> None:
    """Record one delivery per destination (in the caller's transaction) and schedule those
    still to send; see ``save_with_deliveries()`` for ``queue``.

    A new row belongs to its task for ``WAGTAIL_CAREERS_DELIVERY_TASK_WINDOW`` seconds (its
    ``next_attempt_at``): the retry command leaves it alone meanwhile, so it never sends what
    a task is sending. Without a task (``queue`` false) it is due at once. A lead updated by a
    re-post (``new`` false) keeps its rows: one already delivered is not sent again.

    ``known``: for a new lead only, see ``schedule()``.
    """
    window = timedelta(seconds=conf.delivery_task_window() if queue else 0)
    due = timezone.now() + window
    pending = []
    for destination in destinations(careers_settings):
        if new:
            delivery = LeadDelivery.objects.create(
                lead=lead, destination=destination, next_attempt_at=due
            )
        else:
            delivery, _created = LeadDelivery.objects.get_or_create(
                lead=lead, destination=destination, defaults={"next_attempt_at": due}
            )
        if delivery.status != DeliveryStatus.DELIVERED:
            pending.append(delivery)
    if queue:
        schedule(pending, known if new else None)


def release_from_spam(lead: Lead) -> None:
    """Deliver a lead that staff marked as not spam after all: spam got no delivery rows."""
    careers_settings = settings_for(lead, _pages_of(lead))
    save_with_deliveries(
        lambda queue: record_deliveries(lead, careers_settings, new=False, queue=queue)
    )


def schedule(
    deliveries: list[LeadDelivery], known: Callable[[], Known | None] | None = None
) -> None:
    """Enqueue a delivery task for each row: in the current transaction or once it commits.

    A queue kept in the same database (django-tasks-db's ``DatabaseBackend``) is written in the
    lead's own transaction, as an outbox: the task rows commit with the lead or not at all, and
    the visitor's request pays for no second commit. A failure there raises ``QueueFailed``.
    Any other backend is enqueued after the commit: the immediate backend would otherwise send
    a lead that is not saved yet, and a queue elsewhere could run the task before its row is
    visible. A failure then is logged, and the retry command sends the row after its window.

    ``known``: only for rows created in this transaction (see ``record_deliveries()``), a
    function returning what the request knows (see ``known_for()``); it is called only when
    the tasks are enqueued after the commit, as only those may run in this process.
    """
    if _queue_shares_the_transaction():
        from .tasks import deliver_lead

        for delivery in deliveries:
            try:
                deliver_lead.enqueue(delivery.pk)
            except Exception as error:
                raise QueueFailed(f"delivery {delivery.pk}") from error
        return
    request_knows = known() if known is not None else None
    for delivery in deliveries:
        transaction.on_commit(partial(_enqueue, delivery, request_knows), robust=True)


def _queue_shares_the_transaction() -> bool:
    """Whether delivery tasks are rows of the database ``LeadDelivery`` is written to."""
    from .tasks import deliver_lead

    try:
        from django_tasks_db.backend import DatabaseBackend
    except ImportError:  # django-tasks-db is not installed: no queue in the database
        return False
    try:
        backend = deliver_lead.get_backend()
    except Exception:  # noqa: BLE001 (a misconfigured backend: _enqueue logs its error)
        return False
    if not isinstance(backend, DatabaseBackend):
        return False
    from django_tasks_db.models import DBTaskResult  # its app is installed if it is in use

    return router.db_for_write(DBTaskResult) == router.db_for_write(LeadDelivery)


def _enqueue(delivery: LeadDelivery, known: Known | None = None) -> None:
    """Enqueue one delivery after the commit; a failure is logged and leaves the row to the
    retry command."""
    from .tasks import deliver_lead

    if known is not None:
        _known[delivery.pk] = (delivery, known)
    try:
        deliver_lead.enqueue(delivery.pk)
    except Exception:
        logger.exception("Could not enqueue lead delivery %s", delivery.pk)
    finally:
        _known.pop(delivery.pk, None)


def backoff(attempts: int) -> timedelta:
    """The wait before retrying after ``attempts`` failures: doubling, at most a day."""
    delay = timedelta(seconds=conf.delivery_retry_delay() * 2 ** max(0, attempts - 1))
    return min(delay, MAX_BACKOFF)


def _relax_commit() -> None:
    """Let PostgreSQL commit this transaction without waiting for the disk.

    Only delivery bookkeeping is committed this way, never a lead: if the server crashed in
    the next instant, the delivery would be found pending and sent again (the webhook with
    the same ``webhook-id``), which is the at-least-once promise anyway. It spares every
    visitor's request a second disk flush when tasks run immediately.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def deliver(delivery_id: int) -> bool:
    """Try one delivery once, unless it is already delivered or being sent; record the outcome.

    Returns whether the delivery is now delivered by this call.
    """
    if delivery_id in _known:
        return _deliver_new(*_known[delivery_id])
    of = ("self",) if connection.features.has_select_for_update_of else ()
    with transaction.atomic():
        _relax_commit()
        delivery = (
            LeadDelivery.objects.select_for_update(skip_locked=True, of=of)
            .select_related("lead")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None or delivery.status == DeliveryStatus.DELIVERED:
            return False
        _attempt(delivery, partial(_read_and_send, delivery))
        delivery.save(update_fields=_ATTEMPT_FIELDS)
    return delivery.status == DeliveryStatus.DELIVERED


def _deliver_new(delivery: LeadDelivery, known: Known) -> bool:
    """Send a delivery the request has just created, and record the attempt in one UPDATE.

    It needs no lock: within its task window nobody else sends it (see
    ``record_deliveries()``), and the UPDATE leaves alone a row delivered meanwhile anyway.
    """
    _attempt(delivery, partial(_send, delivery, *known))
    with transaction.atomic():
        _relax_commit()
        LeadDelivery.objects.filter(pk=delivery.pk).exclude(
            status=DeliveryStatus.DELIVERED
        ).update(**{field: getattr(delivery, field) for field in _ATTEMPT_FIELDS})
    return delivery.status == DeliveryStatus.DELIVERED


def _attempt(delivery: LeadDelivery, send) -> None:
    """Count ``send()`` as one attempt of ``delivery``; set its outcome on the row (unsaved).

    Any failure is recorded with its backoff, never raised.
    """
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    try:
        send()
    except Exception as error:  # noqa: BLE001 (any failure is recorded, never raised)
        logger.warning("Lead delivery %s failed: %s", delivery.pk, error)
        delivery.status = DeliveryStatus.FAILED
        delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
        retry = delivery.attempts < conf.delivery_max_attempts()
        delivery.next_attempt_at = now + backoff(delivery.attempts) if retry else None
    else:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.delivered_at = now
        delivery.last_error = ""
        delivery.next_attempt_at = None


def _send(
    delivery: LeadDelivery, lead: Lead, pages: dict, careers_settings: CareersSettings
) -> None:
    SENDERS[delivery.destination](lead, lead_payload(lead, pages), careers_settings, delivery)


def _read_and_send(delivery: LeadDelivery) -> None:
    """Send ``delivery`` with its lead's pages and site settings read from the database."""
    pages = _pages_of(delivery.lead)
    _send(delivery, delivery.lead, pages, settings_for(delivery.lead, pages))


# What one attempt changes on its row: a single UPDATE of these columns records it.
_ATTEMPT_FIELDS = [
    "attempts",
    "last_attempt_at",
    "status",
    "last_error",
    "next_attempt_at",
    "delivered_at",
]


def _pages_of(lead: Lead) -> dict[int, tuple[str, str]]:
    """Title and URL path of the lead's page and career, in one light query."""
    ids = [pk for pk in (lead.page_id, lead.career_id) if pk]
    rows = Page.objects.filter(pk__in=ids).values_list("pk", "title", "url_path") if ids else []
    return {pk: (title, url_path) for pk, title, url_path in rows}


def settings_for(lead: Lead, pages: dict) -> CareersSettings:
    """The settings of the site the lead was sent from (the default site if its page is gone).

    The site comes from Wagtail's cached site root paths, as ``Page.get_site()`` finds it.
    """
    site_id = _site_id_for(pages.get(lead.page_id, ("", None))[1])
    if site_id is not None:
        return CareersSettings.for_site(Site(pk=site_id))
    return CareersSettings.for_site(Site.objects.get(is_default_site=True))


def _site_id_for(url_path: str | None) -> int | None:
    """The id of the site a page with ``url_path`` belongs to, ``None`` if none (no query)."""
    for root in Site.get_site_root_paths() if url_path else []:
        if url_path.startswith(root.root_path):
            return root.site_id
    return None


def lead_payload(lead: Lead, pages: dict) -> dict:
    """Every lead value the school needs, JSON-ready (the webhook body, the emails' content)."""
    fields = ["name", "email", "phone", "postal_code", "message", "consent", "consent_text"]
    fields += ["language"]
    fields += ["page_url", "utm_source", "utm_medium", "utm_campaign", "utm_term"]
    fields += ["utm_content", "gclid", "referrer", "status"]
    return {
        "id": lead.pk,
        "page_id": lead.page_id,
        "page_title": pages.get(lead.page_id, ("", ""))[0],
        "career_id": lead.career_id,
        "career": pages.get(lead.career_id, ("", ""))[0],
        **{field: getattr(lead, field) for field in fields},
        "consent_at": lead.consent_at.isoformat() if lead.consent_at else None,
        "created_at": lead.created_at.isoformat(),
    }


def send_email(
    lead: Lead, payload: dict, careers_settings: CareersSettings, delivery: LeadDelivery
) -> None:
    """Mail the lead to the site's recipients, as plain text and (escaped) HTML.

    In the staff's language (``LANGUAGE_CODE``), whichever language the visitor's page was
    in: a task run at once runs inside the visitor's request.
    """
    recipients = careers_settings.recipient_list
    if not recipients:
        raise ImproperlyConfigured(_("No lead recipients are set in Settings > Careers."))
    with translation.override(settings.LANGUAGE_CODE):
        text, html = emails.bodies(lead, payload)
        subject = _("New lead: %(name)s") % {"name": lead.name}
    if payload["career"]:
        subject += f" ({payload['career']})"
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split())[:200],
        body=text,
        from_email=careers_settings.from_email or settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[lead.email],
    )
    message.attach_alternative(html, "text/html")
    message.send()


def webhook_key(secret: str) -> bytes:
    """The signing key: Standard Webhooks secrets are ``whsec_`` + base64; others used as is."""
    encoded = secret.removeprefix("whsec_")
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return secret.encode()


def sign_webhook(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` header value (Standard Webhooks, ``v1`` = HMAC-SHA256)."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(webhook_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirected webhook is a failure: following it could turn the POST into a GET."""

    def redirect_request(self, *args, **kwargs):
        return None


def send_webhook(
    lead: Lead, payload: dict, careers_settings: CareersSettings, delivery: LeadDelivery
) -> None:
    """POST the lead as signed JSON; anything but a 2xx answer raises.

    The message id stays the same across retries, so the receiver can drop duplicates.
    """
    url = careers_settings.webhook_url
    if not url:
        raise ImproperlyConfigured(_("No webhook URL is set in Settings > Careers."))
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ImproperlyConfigured(_("The webhook URL must start with https:// or http://."))
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
    opener = urllib.request.build_opener(_NoRedirects)
    with opener.open(request, timeout=conf.webhook_timeout()) as response:
        response.read(1024)


SENDERS = {
    DeliveryDestination.EMAIL: send_email,
    DeliveryDestination.WEBHOOK: send_webhook,
}
