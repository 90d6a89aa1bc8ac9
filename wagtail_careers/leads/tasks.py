"""Background tasks of lead capture: scheduling a lead's deliveries, and the task that sends one.

Django 6.0+ ships the tasks framework as ``django.tasks``; on Django 5.2 the ``django_tasks``
backport (which Wagtail already requires) provides the same API. Both read the ``TASKS``
setting; without one, tasks run immediately in the same process, after the lead is committed.
"""

import logging
from functools import partial

from django.db import router, transaction
from django.utils import timezone

try:
    from django.tasks import task
except ImportError:  # Django < 6.0
    from django_tasks import task

from . import delivery
from .models import LeadDelivery

logger = logging.getLogger(__name__)


@task()
def deliver_lead(delivery_id: int) -> bool:
    """Send one ``LeadDelivery``; a failure is recorded on the row for the retry command."""
    return delivery.deliver(delivery_id)


def schedule(deliveries: list[LeadDelivery]) -> None:
    """Enqueue a delivery task for each row: in the current transaction or once it commits.

    A queue kept in the same database (django-tasks-db's ``DatabaseBackend``) is written in the
    lead's own transaction, as an outbox: the task rows commit with the lead or not at all.
    Any other backend is enqueued after the commit: the immediate backend would otherwise send
    a lead that is not saved yet, and a queue elsewhere could run the task before its row is
    visible. A task that cannot be enqueued is logged and leaves its row to
    ``careers_retry_deliveries``, once the row's task window has passed; the lead is saved.
    """
    if not deliveries:
        return
    in_transaction = _queue_shares_the_transaction()
    for row in deliveries:
        if in_transaction:
            _enqueue_in_transaction(row.pk)
        else:
            transaction.on_commit(partial(_enqueue, row.pk), robust=True)


def _enqueue(delivery_id: int) -> None:
    try:
        deliver_lead.enqueue(delivery_id)
    except Exception:
        _left_to_the_retry_command(delivery_id)


def _enqueue_in_transaction(delivery_id: int) -> None:
    """``_enqueue()`` in a savepoint: a failed write leaves the lead's transaction usable."""
    try:
        with transaction.atomic(using=router.db_for_write(LeadDelivery)):
            deliver_lead.enqueue(delivery_id)
    except Exception:
        _left_to_the_retry_command(delivery_id)


def _left_to_the_retry_command(delivery_id: int) -> None:
    """No task will send the row: make it due at once for ``careers_retry_deliveries``."""
    logger.exception(
        "Could not enqueue lead delivery %s; careers_retry_deliveries sends it", delivery_id
    )
    LeadDelivery.objects.filter(pk=delivery_id).update(next_attempt_at=timezone.now())


def _queue_shares_the_transaction() -> bool:
    """Whether delivery tasks are rows of the database ``LeadDelivery`` is written to."""
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
