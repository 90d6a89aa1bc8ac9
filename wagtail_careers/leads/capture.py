"""Turning a valid post into a saved lead and its deliveries, in one transaction.

A re-post of the same email to the same page within the dedupe window (a double click, a
refresh that re-sends) updates the first lead rather than making a second one; spam and
genuine leads are never merged into each other.
"""

import hashlib
from datetime import timedelta
from functools import partial

from django.db import connection
from django.utils import timezone

from .. import conf
from ..i18n import page_language
from . import delivery
from .forms import ATTRIBUTION_FIELDS
from .models import Lead, LeadStatus

CONTACT_FIELDS = ("name", "email", "phone", "postal_code", "message")


def _lock_page_email(page_id: int, email: str) -> None:
    """Serialise concurrent posts of one email to one page (PostgreSQL advisory lock).

    Other databases rely on the row lock of ``_earlier_lead_id()`` (SQLite runs one writer at
    a time).
    """
    if connection.vendor != "postgresql":
        return
    digest = hashlib.blake2b(f"{page_id}:{email}".encode(), digest_size=8).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)",
            [int.from_bytes(digest, "big", signed=True)],
        )


def _earlier_lead_id(page_id: int, email: str, since, *, spam: bool) -> int | None:
    """The first lead ``email`` sent from the page since ``since``, locked; ``None`` if none.

    Spam is only merged with spam, genuine leads with genuine ones. Only the id is read, so a
    first post (the usual case) costs no more than an empty answer. Written in SQL because it
    runs in every visitor's post, where composing it with the ORM took longer than the
    database took to answer it; it reads the ``wagtail_car_lead_duplicate`` index.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            _earlier_lead_sql(spam),
            [page_id, email, connection.ops.adapt_datetimefield_value(since), LeadStatus.SPAM],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _earlier_lead_sql(spam: bool) -> str:
    """``_earlier_lead_id()``'s query on this database; parameters: page, email, since, spam."""
    ops, meta = connection.ops, Lead._meta

    def column(name):
        return ops.quote_name(meta.get_field(name).column)

    lock = f" {ops.for_update_sql()}" if connection.features.has_select_for_update else ""
    # Identifiers are quoted by the database backend; every value is a parameter.
    return (
        f"SELECT {column('id')} FROM {ops.quote_name(meta.db_table)}"  # noqa: S608
        f" WHERE {column('page')} = %s AND UPPER({column('email')}) = UPPER(%s)"
        f" AND {column('created_at')} >= %s AND {column('status')} {'=' if spam else '<>'} %s"
        f" ORDER BY {column('created_at')}, {column('id')} {ops.limit_offset_sql(0, 1)}{lock}"
    )


def save_lead(form, *, page, request, ip_hash: str, spam_reason: str, careers_settings) -> Lead:
    """Save the lead of a valid ``LeadForm`` posted on ``page``; schedule its deliveries."""
    return delivery.save_with_deliveries(
        partial(
            _save_lead,
            form,
            page=page,
            request=request,
            ip_hash=ip_hash,
            spam_reason=spam_reason,
            careers_settings=careers_settings,
        )
    )


def _save_lead(
    form, queue: bool, *, page, request, ip_hash: str, spam_reason: str, careers_settings
) -> Lead:
    """``save_lead()`` inside its transaction; see ``delivery.save_with_deliveries()``."""
    data = form.cleaned_data
    email = data["email"].strip()
    now = timezone.now()
    _lock_page_email(page.pk, email.lower())
    since = now - timedelta(seconds=conf.lead_dedupe_window())
    existing = _earlier_lead_id(page.pk, email, since, spam=bool(spam_reason))
    lead = Lead(page=page) if existing is None else Lead.objects.get(pk=existing)
    for field in CONTACT_FIELDS + ATTRIBUTION_FIELDS:
        setattr(lead, field, data[field])
    lead.email = email
    lead.career = form.chosen_career()
    lead.consent = True
    lead.consent_text = form.fields["consent"].label
    lead.consent_at = now
    lead.language = page_language(page)
    lead.page_url = request.build_absolute_uri(request.path)[:2000]
    lead.user_agent = request.META.get("HTTP_USER_AGENT", "")[:500]
    lead.ip_hash = ip_hash
    if spam_reason:
        lead.status, lead.spam_reason = LeadStatus.SPAM, spam_reason[:100]
    lead.save()
    if not spam_reason:
        delivery.record_deliveries(
            lead,
            careers_settings,
            new=existing is None,
            queue=queue,
            known=partial(delivery.known_for, lead, [lead.career, page], careers_settings),
        )
    return lead
