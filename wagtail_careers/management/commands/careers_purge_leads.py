"""Remove leads older than the retention period: delete them, or keep them anonymised.

The period defaults to the default site's "Careers" setting "keep leads for (days)"
(``CareersSettings.retention_days``); ``--older-than`` overrides it. Run it daily from cron.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from wagtail_careers.leads.models import CareersSettings, Lead, LeadDelivery

# What identifies a person; status, career, page, campaign and consent text stay for reporting.
PERSONAL_FIELDS = ("name", "email", "phone", "postal_code", "message")
TRACKING_FIELDS = ("page_url", "referrer", "gclid", "user_agent", "ip_hash")


def default_retention_days() -> int:
    """The default site's ``retention_days``; the field's default if there is no default site."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return CareersSettings._meta.get_field("retention_days").default
    return CareersSettings.for_site(site).retention_days


def anonymise_leads(leads) -> int:
    """Blank what identifies the people behind ``leads``; return how many were changed.

    A delivery's last error can quote the lead (a webhook's reply), so it goes too.
    """
    LeadDelivery.objects.filter(lead__in=leads).update(last_error="")
    return leads.update(**dict.fromkeys(PERSONAL_FIELDS + TRACKING_FIELDS, ""))


class Command(BaseCommand):
    help = (
        "Delete (or, with --anonymise, blank the personal data of) leads older than "
        "--older-than DAYS, by default the default site's Careers setting 'keep leads for'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            help="Age in days beyond which leads are removed (default: the Careers setting).",
        )
        parser.add_argument(
            "--anonymise",
            action="store_true",
            help="Keep the leads for statistics but blank names, contact details and tracking.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *, older_than, anonymise: bool, dry_run: bool, **options):
        days = default_retention_days() if older_than is None else older_than
        if days < 1:
            raise CommandError(f"--older-than must be at least 1 day, not {days}.")
        cutoff = timezone.now() - timedelta(days=days)
        leads = Lead.objects.filter(created_at__lt=cutoff)
        if anonymise:
            leads = leads.exclude(email="", name="")  # already anonymised
        summary = f"lead(s) created before {cutoff:%Y-%m-%d %H:%M} UTC (older than {days} days)"

        if dry_run:
            action = "anonymise" if anonymise else "delete"
            self.stdout.write(
                f"Dry run: would {action} {leads.count()} {summary}. Nothing was changed."
            )
            return
        with transaction.atomic():
            if anonymise:
                changed = anonymise_leads(leads)
            else:
                changed = leads.delete()[1].get(Lead._meta.label, 0)
        done = "Anonymised" if anonymise else "Deleted"
        self.stdout.write(self.style.SUCCESS(f"{done} {changed} {summary}."))
