"""careers_purge_leads (retention) and careers_erase_leads (one person's export and erasure)."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Site

from wagtail_careers.factories import LeadDeliveryFactory, LeadFactory
from wagtail_careers.models import CareersSettings, Lead, LeadDelivery

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def old_and_recent():
    old = LeadFactory(name="Old Person", created_at=days_ago(40), ip_hash="abc", gclid="g")
    LeadDeliveryFactory(lead=old, status="failed", last_error="550 rejected old@example.com")
    recent = LeadFactory(name="Recent Person", created_at=days_ago(10))
    return old, recent


def test_purge_keeps_only_the_consent_record_of_leads_past_retention(old_and_recent):
    old, recent = old_and_recent

    out, _err = run("careers_purge_leads", "--older-than", "30")

    old.refresh_from_db()
    assert (old.name, old.email, old.phone) == ("Old Person", old.email, old.phone) and old.email
    assert old.consent and old.consent_text and old.consent_at and old.page_id
    for field in ("postal_code", "message", "ip_hash", "gclid", "utm_campaign", "user_agent"):
        assert getattr(old, field) == "", field
    assert old.deliveries.get().last_error == ""
    recent.refresh_from_db()
    assert recent.message
    assert "Reduced 1 lead(s)" in out and "older than 30 days" in out
    out, _err = run("careers_purge_leads", "--older-than", "30")
    assert "Reduced 0 lead(s)" in out


def test_purge_deletes_leads_past_the_consent_records_period(old_and_recent):
    old, recent = old_and_recent
    Lead.objects.filter(pk=old.pk).update(created_at=days_ago(1827))

    out, _err = run("careers_purge_leads", "--older-than", "30")

    assert list(Lead.objects.all()) == [recent]
    assert not LeadDelivery.objects.filter(lead_id=old.pk).exists()
    assert "deleted 1 lead(s)" in out and "older than 1826 days" in out


def test_the_consent_records_period_is_a_setting(old_and_recent):
    settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    settings.retention_days, settings.consent_retention_days = 5, 20
    settings.save()

    out, _err = run("careers_purge_leads")

    assert list(Lead.objects.values_list("name", flat=True)) == ["Recent Person"]
    assert "older than 5 days" in out and "older than 20 days" in out


def test_purge_default_retention_is_two_years_and_consent_records_five():
    LeadFactory(created_at=days_ago(729), message="kept")
    LeadFactory(created_at=days_ago(731), message="gone")
    LeadFactory(created_at=days_ago(1827))

    out, _err = run("careers_purge_leads")

    assert sorted(Lead.objects.values_list("message", flat=True)) == ["", "kept"]
    assert "older than 730 days" in out and "older than 1826 days" in out


def test_purge_anonymise_keeps_the_lead_without_personal_data(old_and_recent):
    old, recent = old_and_recent
    Lead.objects.filter(pk=old.pk).update(created_at=days_ago(1827))

    out, _err = run("careers_purge_leads", "--older-than", "30", "--anonymise")

    old.refresh_from_db()
    for field in ("name", "email", "phone", "postal_code", "message", "ip_hash", "gclid"):
        assert getattr(old, field) == "", field
    assert old.career_id is not None
    assert old.deliveries.get().last_error == ""
    recent.refresh_from_db()
    assert recent.name == "Recent Person"
    assert "anonymised 1 lead(s)" in out

    out, _err = run("careers_purge_leads", "--older-than", "30", "--anonymise")
    assert "anonymised 0 lead(s)" in out


@pytest.mark.parametrize("extra", [[], ["--anonymise"]])
def test_purge_dry_run_changes_nothing(old_and_recent, extra):
    out, _err = run("careers_purge_leads", "--older-than", "30", "--dry-run", *extra)

    old = Lead.objects.get(name="Old Person")
    assert old.ip_hash == "abc" and old.gclid == "g"
    assert "would reduce 1 lead(s)" in out
    assert "Nothing was changed" in out


@pytest.mark.parametrize("days", ["0", "-3"])
def test_purge_refuses_less_than_a_day(old_and_recent, days):
    with pytest.raises(CommandError, match="at least 1 day"):
        run("careers_purge_leads", "--older-than", days)

    assert Lead.objects.count() == 2


def test_purge_refuses_a_non_number():
    with pytest.raises(CommandError, match="invalid int value"):
        run("careers_purge_leads", "--older-than", "a year")


@pytest.fixture
def ana():
    first = LeadFactory(name="Ana", email="Ana@Example.com", message='=HYPERLINK("x")')
    LeadDeliveryFactory(lead=first, status="delivered")
    second = LeadFactory(name="Ana", email="ana@example.com")
    other = LeadFactory(name="Ben", email="ben@example.com")
    return first, second, other


def test_erase_without_erase_only_exports_json_to_stdout(ana):
    first, second, _other = ana

    out, err = run("careers_erase_leads", "ANA@example.com")

    records = json.loads(out)
    assert [record["id"] for record in records] == [first.pk, second.pk]
    assert records[0]["message"] == '=HYPERLINK("x")'
    assert records[0]["consent_text"] == first.consent_text
    assert records[0]["career"] == "Medical Coding Specialist"
    assert records[0]["deliveries"][0]["status"] == "delivered"
    assert Lead.objects.count() == 3
    assert "Exported 2 lead(s) for ANA@example.com to stdout." in err


def test_erase_writes_the_export_then_deletes_that_persons_leads(ana, tmp_path):
    _first, _second, other = ana
    target = tmp_path / "ana.csv"

    _out, err = run(
        "careers_erase_leads", "ana@example.com", "--format", "csv", "--output", target, "--erase"
    )

    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [row["name"] for row in rows] == ["Ana", "Ana"]
    assert rows[0]["message"] == '\'=HYPERLINK("x")'
    assert rows[0]["deliveries"] == "email: delivered"
    assert list(Lead.objects.all()) == [other]
    assert not LeadDelivery.objects.exclude(lead=other).exists()
    assert "erased 2" in err


def test_erase_for_an_unknown_address_exports_an_empty_list():
    out, err = run("careers_erase_leads", "nobody@example.com", "--erase")

    assert json.loads(out) == []
    assert "Exported 0 lead(s)" in err


def test_erase_refuses_an_invalid_address(ana):
    with pytest.raises(CommandError, match="not a valid email address"):
        run("careers_erase_leads", "ana at example", "--erase")

    assert Lead.objects.count() == 3


def test_erase_keeps_the_leads_when_the_export_cannot_be_written(ana, tmp_path):
    with pytest.raises(CommandError, match="Cannot write"):
        run(
            "careers_erase_leads",
            "ana@example.com",
            "--output",
            tmp_path / "no" / "x.json",
            "--erase",
        )

    assert Lead.objects.count() == 3


def test_purge_without_a_default_site_uses_the_settings_default():
    LeadFactory(created_at=days_ago(731))
    Site.objects.update(is_default_site=False)

    out, _err = run("careers_purge_leads", "--dry-run")

    assert "would reduce 1 lead(s)" in out
    assert "older than 730 days" in out


def text_columns_holding(*needles):
    """Every (table, column) of the test database holding one of ``needles`` in any case."""
    from django.db import connection

    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            description = connection.introspection.get_table_description(cursor, table)
            for column in description:
                quoted_table = connection.ops.quote_name(table)
                quoted = connection.ops.quote_name(column.name)
                for needle in needles:
                    cursor.execute(
                        f"SELECT COUNT(*) FROM {quoted_table} "  # noqa: S608 (introspected names)
                        f"WHERE LOWER(CAST({quoted} AS TEXT)) LIKE %s",
                        [f"%{needle.lower()}%"],
                    )
                    if cursor.fetchone()[0]:
                        found.append((table, column.name))
    return found


def logged(lead):
    from wagtail.log_actions import log

    log(instance=lead, action="wagtail.edit")
    # As entries written before leads were labelled "Lead 12" carry the person's name.
    from wagtail.models import ModelLogEntry

    ModelLogEntry.objects.filter(object_id=str(lead.pk)).update(label=lead.contact_label)


def test_erase_leaves_no_name_or_email_in_any_table(ana):
    first, second, _other = ana
    logged(first)
    logged(second)

    run("careers_erase_leads", "ana@example.com", "--erase")

    assert text_columns_holding("ana@example.com") == []


def test_purge_leaves_no_name_or_email_in_any_table_past_the_consent_period():
    lead = LeadFactory(name="Zelda Quist", email="zelda.quist@example.com")
    LeadDeliveryFactory(lead=lead, status="failed", last_error="550 zelda.quist@example.com")
    logged(lead)
    Lead.objects.filter(pk=lead.pk).update(created_at=days_ago(1900))

    run("careers_purge_leads")

    assert text_columns_holding("zelda.quist@example.com", "Zelda Quist") == []


def test_reducing_to_the_consent_record_relabels_history_entries():
    lead = LeadFactory(name="Zelda Quist", email="zelda.quist@example.com")
    logged(lead)
    Lead.objects.filter(pk=lead.pk).update(created_at=days_ago(800))

    run("careers_purge_leads")

    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.get(object_id=str(lead.pk)).label == f"Lead {lead.pk}"
