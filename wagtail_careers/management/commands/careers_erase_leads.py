"""Answer a person's data request: export every lead sent with their email address, then erase.

Without ``--erase`` the command only exports (a subject access request, GDPR art. 15 / CCPA
"right to know"); with it, the leads and their delivery records are deleted once the export
is written (art. 17 / "right to delete"), with their history entries. Status messages go to stderr, so the export on
stdout can be piped or redirected as is.
"""

import csv
import io
import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db import transaction

from wagtail_careers.leads.erasure import delete_leads
from wagtail_careers.leads.export import escape_formula, export_field_names
from wagtail_careers.leads.models import Lead

DELIVERY_FIELDS = (
    "destination",
    "status",
    "attempts",
    "last_error",
    "last_attempt_at",
    "delivered_at",
)


def lead_record(lead) -> dict:
    """Every field of ``lead`` (page and career by title) and its deliveries, as plain values."""
    record = {}
    for name in export_field_names(Lead):
        value = getattr(lead, name)
        record[name] = str(value) if name in ("page", "career") and value is not None else value
    record["deliveries"] = [
        {name: getattr(delivery, name) for name in DELIVERY_FIELDS}
        for delivery in lead.deliveries.all()
    ]
    return record


def to_json(records) -> str:
    return json.dumps(records, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False) + "\n"


def to_csv(records) -> str:
    """One row per lead; deliveries summarised in one cell; cells escaped as in the admin export."""
    stream = io.StringIO()
    fieldnames = [*export_field_names(Lead), "deliveries"]
    writer = csv.DictWriter(stream, fieldnames=fieldnames)
    writer.writeheader()
    for record in records:
        record = {
            **record,
            "deliveries": "; ".join(
                f"{d['destination']}: {d['status']}" for d in record["deliveries"]
            ),
        }
        writer.writerow({name: escape_formula(value) for name, value in record.items()})
    return stream.getvalue()


FORMATS = {"json": to_json, "csv": to_csv}


class Command(BaseCommand):
    help = (
        "Export every lead sent with EMAIL (JSON or CSV, to stdout or --output FILE); "
        "with --erase, delete them after the export is written."
    )

    def add_arguments(self, parser):
        parser.add_argument("email", help="The person's email address (case-insensitive).")
        parser.add_argument("--format", choices=sorted(FORMATS), default="json")
        parser.add_argument(
            "--output", metavar="FILE", help="Write the export here, not to stdout."
        )
        parser.add_argument(
            "--erase", action="store_true", help="Delete the leads once they have been exported."
        )

    def handle(self, *, email: str, format: str, output, erase: bool, **options):
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not a valid email address.") from None

        with transaction.atomic():
            leads = list(
                Lead.objects.filter(email__iexact=email)
                .select_related("page", "career")
                .prefetch_related("deliveries")
                .order_by("created_at", "pk")
            )
            self.write(FORMATS[format]([lead_record(lead) for lead in leads]), output)
            if erase and leads:
                # Only what was exported: a lead sent meanwhile waits for the next request.
                delete_leads(Lead.objects.filter(pk__in=[lead.pk for lead in leads]))

        destination = output or "stdout"
        message = f"Exported {len(leads)} lead(s) for {email} to {destination}"
        if erase:
            message += f"; erased {len(leads)}"
        self.stderr.write(self.style.SUCCESS(message + "."))

    def write(self, text: str, output):
        if output is None:
            self.stdout.write(text, ending="")
            return
        try:
            with open(output, "w", encoding="utf-8", newline="") as stream:
                stream.write(text)
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
