"""Where a lead is saved: the lead and one delivery row per destination, in one transaction.

``capture_lead()`` is the default of ``LeadCaptureMixin.process_lead()``. It owns its
transaction and takes the database's write lock first, so concurrent posts wait their turn
instead of failing (SQLite refuses at once a transaction that read and then wants to write:
"database is locked"). The deliveries are scheduled by ``tasks.schedule()``: sent after the
commit, or queued in the same transaction where the task queue lives in this database.
A lead with nowhere to go (spam, or a site without recipients or webhook) is one row, written
by one INSERT, which needs neither a transaction nor a lock.

A re-post within the dedupe window (a double click, a refresh that re-sends) updates the lead
it repeats instead of making a second one, but only from the same visitor (the same address
hash), to the same page, with the same email in any case; spam and genuine leads are never
merged. Anyone else who types the same email makes a lead of their own: they cannot overwrite
the visitor's.
"""

import hashlib
from contextlib import contextmanager, nullcontext
from datetime import timedelta

from django.db import connections, router, transaction
from django.utils import timezone

from .. import conf
from ..i18n import page_language
from . import tasks, text
from .models import DeliveryStatus, Lead, LeadDelivery, LeadStatus


@contextmanager
def write_transaction(model=Lead):
    """``transaction.atomic()`` on ``model``'s database, holding the write lock from BEGIN.

    On SQLite a transaction begins ``IMMEDIATE`` (as ``"transaction_mode": "IMMEDIATE"`` in
    the database's OPTIONS makes every one), so a concurrent writer waits for the busy timeout
    rather than failing; other databases lock rows, and need nothing more.
    """
    alias = router.db_for_write(model)
    connection = connections[alias]
    immediate = False
    if connection.vendor == "sqlite" and not connection.in_atomic_block:
        connection.ensure_connection()  # connecting would set transaction_mode from OPTIONS
        immediate = connection.transaction_mode is None
    if immediate:
        connection.transaction_mode = "IMMEDIATE"  # read once, by atomic()'s BEGIN
    try:
        with transaction.atomic(using=alias):
            if immediate:
                connection.transaction_mode = None
            yield
    finally:
        if immediate:
            connection.transaction_mode = None


def capture_lead(form, *, page, request, verdict, ip_hash: str, careers_settings) -> Lead:
    """Save the lead of a valid ``LeadForm`` posted on ``page``; schedule its deliveries."""
    data = form.cleaned_data
    email = data["email"].strip()
    now = timezone.now()
    spam = bool(verdict.spam_reason)
    destinations = [] if spam else careers_settings.destinations
    # Only a lead with deliveries writes several rows, and only a delivery must not be sent
    # twice by a double click's two simultaneous posts.
    with write_transaction() if destinations else nullcontext():
        if destinations:
            _lock_visitor_email(page.pk, ip_hash, email.lower())
        earlier = _earlier_lead(page, email, ip_hash, since=now - _dedupe_window(), spam=spam)
        lead = earlier or Lead(page=page)
        for field in Lead.CONTACT_FIELDS + Lead.ATTRIBUTION_FIELDS:
            setattr(lead, field, data[field])
        lead.email = email
        lead.career = form.chosen_career()
        lead.consent = True
        lead.consent_text = text.multiline(form.fields["consent"].label)
        lead.consent_at = now
        lead.language = page_language(page)
        lead.page_url = (page.full_url or "")[:2000]
        lead.user_agent = text.one_line(request.META.get("HTTP_USER_AGENT", ""))[:500]
        lead.ip_hash = ip_hash
        lead.seconds_to_send = verdict.seconds_to_send
        lead.needs_review = verdict.needs_review
        if spam:
            lead.status, lead.spam_reason = LeadStatus.SPAM, verdict.spam_reason[:100]
        lead.save()
        if compared := page.get_lead_compared_careers():
            lead.compared_careers.set(compared)
        if destinations:
            record_deliveries(lead, careers_settings, new=earlier is None)
    return lead


def release_from_spam(lead: Lead, careers_settings) -> None:
    """Deliver a lead that staff marked as not spam after all: spam got no delivery rows."""
    with write_transaction():
        record_deliveries(lead, careers_settings, new=False)


def record_deliveries(lead: Lead, careers_settings, *, new: bool) -> None:
    """One delivery row per destination (in the caller's transaction); schedule those to send.

    A lead updated by a re-post (``new`` false) keeps its rows: one already delivered is not
    sent again.
    """
    due = timezone.now() + timedelta(seconds=conf.delivery_task_window())
    pending = []
    for destination in careers_settings.destinations:
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
    tasks.schedule(pending)


def _dedupe_window() -> timedelta:
    return timedelta(seconds=conf.lead_dedupe_window())


def _lock_visitor_email(page_id: int, ip_hash: str, email: str) -> None:
    """Serialise one visitor's concurrent posts of one email to one page (a double click), so
    the second finds the first: a PostgreSQL advisory lock, released at commit. SQLite's
    write lock, taken at BEGIN, serialises every post already."""
    connection = connections[router.db_for_write(Lead)]
    if connection.vendor != "postgresql":
        return
    digest = hashlib.blake2b(f"{page_id}:{ip_hash}:{email}".encode(), digest_size=8).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest, "big", signed=True)]
        )


def _earlier_lead(page, email: str, ip_hash: str, *, since, spam: bool) -> Lead | None:
    """The first lead this visitor sent with ``email`` from ``page`` since ``since``, or ``None``.

    It reads the ``wagtail_car_lead_duplicate`` index (page, upper-case email, time).
    """
    leads = Lead.objects.filter(
        page=page, email__iexact=email, ip_hash=ip_hash, created_at__gte=since
    )
    leads = leads.filter(status=LeadStatus.SPAM) if spam else leads.exclude(status=LeadStatus.SPAM)
    # Only the id: a first post (nearly every post) reads no row.
    pk = leads.order_by("created_at", "pk").values_list("pk", flat=True).first()
    return None if pk is None else Lead.objects.get(pk=pk)
