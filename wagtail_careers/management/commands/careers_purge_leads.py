"""Remove leads past the retention periods: reduce them to their consent record, then remove them.

Leads older than the default site's "keep leads for (days)" (``retention_days``, or
``--older-than``) keep only their consent record (name, email, phone, the consent text shown,
its time and page) until "keep consent records for (days)" (``consent_retention_days``) has
passed; then they are deleted, or with ``--anonymise`` kept for statistics with nothing that
identifies the person. Their history entries and deliveries' errors are cleaned alike. Run it
daily from cron.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from wagtail_careers.leads.erasure import (
    anonymise_leads,
    delete_leads,
    holding_more_than_consent,
    reduce_to_consent_record,
)
from wagtail_careers.leads.models import CareersSettings, Lead


def default_settings() -> CareersSettings:
    """The default site's Careers settings; unsaved defaults if there is no default site."""
    site = Site.objects.filter(is_default_site=True).first()
    return CareersSettings() if site is None else CareersSettings.for_site(site)


class Command(BaseCommand):
    help = (
        "Reduce leads older than --older-than DAYS (default: the Careers setting 'keep leads "
        "for') to their consent record; delete (or, with --anonymise, blank) those older than "
        "the setting 'keep consent records for'."
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
            help="Past the consent records' period, keep the leads for statistics but blank "
            "names, contact details and tracking instead of deleting them.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; change nothing."
        )

    def handle(self, *, older_than, anonymise: bool, dry_run: bool, **options):
        site_settings = default_settings()
        days = site_settings.retention_days if older_than is None else older_than
        if days < 1:
            raise CommandError(f"--older-than must be at least 1 day, not {days}.")
        consent_days = max(days, site_settings.consent_retention_days)
        now = timezone.now()
        cutoff, consent_cutoff = now - timedelta(days=days), now - timedelta(days=consent_days)
        expired = Lead.objects.filter(created_at__lt=consent_cutoff)
        if anonymise:
            expired = expired.exclude(email="", name="")  # already anonymised
        to_reduce = Lead.objects.filter(created_at__lt=cutoff, created_at__gte=consent_cutoff)
        action = "anonymise" if anonymise else "delete"
        summary = (
            f"lead(s) created before {cutoff:%Y-%m-%d %H:%M} UTC (older than {days} days) "
            f"to their consent record; {{}} {{}} lead(s) created before "
            f"{consent_cutoff:%Y-%m-%d %H:%M} UTC (older than {consent_days} days)"
        )

        if dry_run:
            reducible = holding_more_than_consent(to_reduce).count()
            message = f"Dry run: would reduce {reducible} " + summary.format(
                f"would {action}", expired.count()
            )
            self.stdout.write(message + ". Nothing was changed.")
            return
        with transaction.atomic():
            reduced = reduce_to_consent_record(to_reduce)
            removed = anonymise_leads(expired) if anonymise else delete_leads(expired)
        done = "anonymised" if anonymise else "deleted"
        self.stdout.write(
            self.style.SUCCESS(f"Reduced {reduced} " + summary.format(done, removed) + ".")
        )
