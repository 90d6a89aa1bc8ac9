"""Sending one delivery of a lead, and recording the attempt on its row.

``deliver()`` is what the task (and ``careers_retry_deliveries``) runs. Where the database
locks rows (PostgreSQL), it locks the row for the attempt, so a worker and the cron job never
send the same delivery at once; SQLite has one writer at a time and no row locks, so there the
attempt is recorded with one UPDATE after sending, never holding the write lock over a slow
mail server. A new row belongs to its task for ``WAGTAIL_CAREERS_DELIVERY_TASK_WINDOW`` seconds
(its ``next_attempt_at``): the retry command leaves it alone meanwhile. Any failure is recorded
on the row instead of raised, so nothing reaches the visitor and the retry command knows what
to try again. Each destination has its sender in ``senders``.
"""

import logging
from contextlib import nullcontext
from datetime import timedelta

from django.db import connections, router, transaction
from django.utils import timezone
from wagtail.models import Site

from .. import conf
from .models import CareersSettings, DeliveryStatus, Lead, LeadDelivery
from .senders import SENDERS

logger = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(days=1)

# What one attempt changes on its row.
ATTEMPT_FIELDS = [
    "attempts",
    "last_attempt_at",
    "status",
    "last_error",
    "next_attempt_at",
    "delivered_at",
]


def deliver(delivery_id: int) -> bool:
    """Try one delivery once, unless it is already delivered or being sent; record the outcome.

    Returns whether the delivery is now delivered by this call.
    """
    alias = router.db_for_write(LeadDelivery)
    features = connections[alias].features
    rows = LeadDelivery.objects.using(alias).select_related("lead__page", "lead__career")
    if features.has_select_for_update:
        of = ("self",) if features.has_select_for_update_of else ()
        rows = rows.select_for_update(skip_locked=True, of=of)
    with transaction.atomic(using=alias) if features.has_select_for_update else nullcontext():
        delivery = rows.filter(pk=delivery_id).first()
        if delivery is None or delivery.status == DeliveryStatus.DELIVERED:
            return False
        attempt(delivery)
        LeadDelivery.objects.using(alias).filter(pk=delivery.pk).exclude(
            status=DeliveryStatus.DELIVERED
        ).update(**{field: getattr(delivery, field) for field in ATTEMPT_FIELDS})
    return delivery.status == DeliveryStatus.DELIVERED


def attempt(delivery: LeadDelivery) -> None:
    """Send ``delivery`` once; set the outcome on the row (unsaved), never raise."""
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    lead = delivery.lead
    try:
        SENDERS[delivery.destination](lead, lead_payload(lead), settings_for(lead), delivery)
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


def backoff(attempts: int) -> timedelta:
    """The wait before retrying after ``attempts`` failures: doubling, at most a day."""
    delay = timedelta(seconds=conf.delivery_retry_delay() * 2 ** max(0, attempts - 1))
    return min(delay, MAX_BACKOFF)


def settings_for(lead: Lead) -> CareersSettings:
    """The settings of the site the lead was sent from (the default site if its page is gone)."""
    site = lead.page.get_site() if lead.page is not None else None
    return CareersSettings.for_site(site or Site.objects.get(is_default_site=True))


def lead_payload(lead: Lead) -> dict:
    """Every lead value the school needs, JSON-ready (the webhook body, the emails' content)."""
    fields = [*Lead.CONTACT_FIELDS, "consent", "consent_text", "language", "page_url"]
    fields += [*Lead.ATTRIBUTION_FIELDS, "status", "needs_review", "seconds_to_send"]
    return {
        "id": lead.pk,
        "page_id": lead.page_id,
        "page_title": lead.page.title if lead.page is not None else "",
        "career_id": lead.career_id,
        "career": lead.career.title if lead.career is not None else "",
        **{field: getattr(lead, field) for field in fields},
        "consent_at": lead.consent_at.isoformat() if lead.consent_at else None,
        "created_at": lead.created_at.isoformat(),
    }
