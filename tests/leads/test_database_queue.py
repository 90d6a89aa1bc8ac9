"""Delivery through production's task queue in the database (django-tasks-db) and its worker.

The task rows are written in the lead's own transaction: they commit with the lead or not at
all, nothing waits for the commit, and a queue that fails never takes the lead with it.
"""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from leads_support import form_token, retry_deliveries, valid_data

from wagtail_careers.leads import capture
from wagtail_careers.models import Lead

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def post_lead(client, career_page, clock, settings, django_capture_on_commit_callbacks):
    """Post the career page's form with the database queue; returns the commit callbacks."""
    settings.TASKS = DATABASE_QUEUE

    def post():
        token = form_token(client.get(career_page.url))
        clock.advance(5)
        with django_capture_on_commit_callbacks() as callbacks:
            answer = client.post(career_page.url, valid_data(lead_token=token))
        assert answer.status_code == 303
        return callbacks

    return post


def run_worker():
    """Run production's worker until the queue is empty.

    Like Django's test client, it must not close the test's database connection between
    tasks (the test runs inside a transaction that a new connection would not see).
    """
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--batch", "--interval", "0", stdout=io.StringIO())


def test_the_task_is_queued_with_the_lead_and_the_worker_sends_it(
    post_lead, careers_settings, mailoutbox
):
    callbacks = post_lead()
    assert callbacks == []  # nothing is left for after the commit
    record = Lead.objects.get().deliveries.get()
    [task] = DBTaskResult.objects.all()
    assert task.task_path == "wagtail_careers.leads.tasks.deliver_lead"
    assert task.args_kwargs == {"args": [record.pk], "kwargs": {}}
    assert (record.status, mailoutbox) == ("pending", [])

    run_worker()
    record.refresh_from_db()
    assert (record.status, record.attempts) == ("delivered", 1)
    [message] = mailoutbox
    assert message.to == ["admissions@school.example", "frontdesk@school.example"]


def broken_queue(backend, *args):
    # A real database error inside the lead's transaction (PostgreSQL aborts the whole
    # transaction on one): the lead is kept only if that transaction is redone.
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM careers_test_no_such_queue")


def test_a_failing_queue_keeps_the_lead_for_the_retry_command(
    post_lead, careers_settings, mailoutbox, caplog
):
    with mock.patch.object(DatabaseBackend, "_task_to_db_task", broken_queue):
        post_lead()
    lead = Lead.objects.get()
    assert lead.name == "Ana Ortiz" and lead.consent_text == careers_settings.consent_text
    record = lead.deliveries.get()
    assert (record.status, record.attempts) == ("pending", 0)
    assert not DBTaskResult.objects.exists()
    assert "careers_retry_deliveries sends it" in caplog.text

    retry_deliveries()  # no task will send it: it is the retry command's at once
    record.refresh_from_db()
    assert record.status == "delivered" and len(mailoutbox) == 1


def test_a_lead_released_from_spam_is_kept_for_the_retry_command_if_the_queue_fails(
    post_lead, careers_settings, mailoutbox
):
    post_lead()
    lead = Lead.objects.get()
    lead.deliveries.all().delete()  # as if it had been spam: spam gets no delivery rows
    with mock.patch.object(DatabaseBackend, "_task_to_db_task", broken_queue):
        capture.release_from_spam(lead, careers_settings)
    record = lead.deliveries.get()
    assert (record.status, record.attempts) == ("pending", 0)
    retry_deliveries()
    assert len(mailoutbox) == 1
