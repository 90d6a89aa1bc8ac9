"""Background tasks of lead capture.

Django 6.0+ ships the tasks framework as ``django.tasks``; on Django 5.2 the ``django_tasks``
backport (which Wagtail already requires) provides the same API. Both read the ``TASKS``
setting; without one, tasks run immediately in the same process, after the lead is committed.
"""

try:
    from django.tasks import task
except ImportError:  # Django < 6.0
    from django_tasks import task

from . import delivery


@task()
def deliver_lead(delivery_id: int) -> bool:
    """Send one ``LeadDelivery``; a failure is recorded on the row for the retry command."""
    return delivery.deliver(delivery_id)
