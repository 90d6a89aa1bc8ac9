"""``manage.py careers_retry_deliveries``: send lead deliveries that are pending or failed.

Run it from cron (every few minutes): each run tries the deliveries whose backoff has passed,
so a mail server or webhook that was down catches up on its own. It also sends a new delivery
whose task did not send it (a queue that was down, a worker that died) once the delivery's
task window has passed: until then, the delivery is its task's.
"""

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from ...leads.delivery import deliver
from ...leads.models import DeliveryStatus, LeadDelivery


class Command(BaseCommand):
    help = "Retry lead deliveries (email, webhook) that are pending or failed, with backoff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Also retry now the deliveries still waiting out their backoff or their task's "
            "window, or given up.",
        )
        parser.add_argument(
            "--limit",
            type=int,
            default=500,
            help="At most this many deliveries per run.",
        )

    def handle(self, *args, force=False, limit=500, **options):
        due = LeadDelivery.objects.filter(
            status__in=[DeliveryStatus.PENDING, DeliveryStatus.FAILED]
        )
        if not force:
            due = due.filter(
                Q(status=DeliveryStatus.PENDING, next_attempt_at__isnull=True)
                | Q(next_attempt_at__lte=timezone.now())
            )
        ids = list(due.order_by("created_at", "pk").values_list("pk", flat=True)[:limit])
        delivered = sum(deliver(pk) for pk in ids)
        failed = len(ids) - delivered
        self.stdout.write(f"{len(ids)} due, {delivered} delivered, {failed} not delivered.")
        if failed:
            self.stderr.write("See each delivery's last error in the Leads admin.")
