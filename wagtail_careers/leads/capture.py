"""Turning a valid post into a saved lead and its deliveries, in one transaction.

A re-post of the same email to the same page within the dedupe window (a double click, a
refresh that re-sends) updates the first lead rather than making a second one; spam and
genuine leads are never merged into each other.
"""

import hashlib
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from .. import conf
from . import delivery
from .forms import ATTRIBUTION_FIELDS
from .models import Lead, LeadStatus

CONTACT_FIELDS = ("name", "email", "phone", "postal_code", "message")


def _lock_page_email(page_id: int, email: str) -> None:
    """Serialise concurrent posts of one email to one page (PostgreSQL advisory lock).

    Other databases rely on ``select_for_update`` below (SQLite runs one writer at a time).
    """
    if connection.vendor != "postgresql":
        return
    digest = hashlib.blake2b(f"{page_id}:{email}".encode(), digest_size=8).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)",
            [int.from_bytes(digest, "big", signed=True)],
        )


def save_lead(form, *, page, request, ip_hash: str, spam_reason: str, careers_settings) -> Lead:
    """Save the lead of a valid ``LeadForm`` posted on ``page``; schedule its deliveries."""
    data = form.cleaned_data
    email = data["email"].strip()
    now = timezone.now()
    with transaction.atomic():
        _lock_page_email(page.pk, email.lower())
        recent = Lead.objects.select_for_update().filter(
            page=page,
            email__iexact=email,
            created_at__gte=now - timedelta(seconds=conf.lead_dedupe_window()),
        )
        if spam_reason:
            recent = recent.filter(status=LeadStatus.SPAM)
        else:
            recent = recent.exclude(status=LeadStatus.SPAM)
        # Only the id: a first post (the usual case) then costs no more than an empty answer.
        existing = recent.order_by("created_at", "pk").values_list("pk", flat=True).first()
        lead = Lead(page=page) if existing is None else Lead.objects.get(pk=existing)
        for field in CONTACT_FIELDS + ATTRIBUTION_FIELDS:
            setattr(lead, field, data[field])
        lead.email = email
        lead.career = form.chosen_career()
        lead.consent = True
        lead.consent_text = form.fields["consent"].label
        lead.consent_at = now
        lead.page_url = request.build_absolute_uri(request.path)[:2000]
        lead.user_agent = request.META.get("HTTP_USER_AGENT", "")[:500]
        lead.ip_hash = ip_hash
        if spam_reason:
            lead.status, lead.spam_reason = LeadStatus.SPAM, spam_reason[:100]
        lead.save()
        if not spam_reason:
            new = existing is None
            delivery.schedule(
                delivery.create_deliveries(lead, careers_settings, new=new),
                delivery.known_for(lead, [lead.career, page], careers_settings) if new else None,
            )
    return lead
