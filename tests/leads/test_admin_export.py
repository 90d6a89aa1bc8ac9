"""CSV and XLSX exports: every lead field, and no cell a spreadsheet would run as a formula."""

import csv
import io
from datetime import UTC, datetime

import pytest
from leads_admin_helpers import INDEX_URL
from openpyxl import load_workbook

from wagtail_careers.factories import CareerPageFactory, LeadDeliveryFactory, LeadFactory
from wagtail_careers.leads.export import escape_formula
from wagtail_careers.models import Lead, LeadStatus

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_text_starting_with_a_formula_trigger_gets_a_leading_quote(trigger):
    assert escape_formula(f"{trigger}1+1") == f"'{trigger}1+1"


@pytest.mark.parametrize(
    "value",
    ["Maria", "", "1+1", " =1+1", "'=already quoted", "mail@example.com", "a=b", "\n=1"],
)
def test_other_text_is_unchanged(value):
    assert escape_formula(value) == value


@pytest.mark.parametrize("value", [None, -5, 3.5, True])
def test_values_that_are_not_text_are_unchanged(value):
    assert escape_formula(value) is value


PAYLOADS = {
    "name": '=HYPERLINK("http://evil.example","Click")',
    "email": "@SUM(1+1)@example.com",
    "phone": "+1 415 555 0100",
    "postal_code": "-2+3",
    "message": "\t=cmd|' /C calc'!A0",
    "consent_text": "\r=1+1",
    "utm_source": "=1+1",
    "utm_medium": "+1",
    "utm_campaign": "-1",
    "utm_term": "@A1",
    "utm_content": "=2",
    "gclid": "=3",
    "user_agent": "=4",
    "ip_hash": "=5",
    "spam_reason": "=6",
}
CAREER = "=cmd|' /C notepad'!A1"


@pytest.fixture
def hostile_lead(db):
    lead = LeadFactory(career=CareerPageFactory(title=CAREER), **PAYLOADS)
    LeadDeliveryFactory(lead=lead, destination="webhook", status="failed", last_error="=x")
    return lead


def exported_csv(client, **params):
    response = client.get(INDEX_URL, {"export": "csv", **params})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def exported_xlsx(client, **params):
    response = client.get(INDEX_URL, {"export": "xlsx", **params})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows], sheet


HEADINGS = {
    "name": "Name",
    "email": "Email",
    "phone": "Phone",
    "postal_code": "Postal code",
    "message": "Message",
    "consent_text": "Consent text shown",
    "utm_source": "UTM source",
    "utm_medium": "UTM medium",
    "utm_campaign": "UTM campaign",
    "utm_term": "UTM term",
    "utm_content": "UTM content",
    "gclid": "Google click ID",
    "user_agent": "User agent",
    "ip_hash": "IP address (keyed hash)",
    "spam_reason": "Why it was flagged as spam",
}
EVERY_FIELD = [
    *HEADINGS.values(),
    "ID",
    "Page",
    "Career",
    "Compared careers",
    "Consent given",
    "Consent given at",
    "Language",
    "Page URL",
    "Referrer",
    "Status",
    "Seconds to send",
    "Flagged for review",
    "Created",
    "Updated",
    "Delivery",
]


def test_csv_has_every_field_with_formulas_escaped(admin_client, hostile_lead):
    (row,) = exported_csv(admin_client)

    assert set(row) == set(EVERY_FIELD)
    for field, heading in HEADINGS.items():
        assert row[heading] == "'" + PAYLOADS[field]
    assert row["Career"] == "'" + CAREER
    assert row["Delivery"] == "Webhook – Failed"
    assert row["Consent given"] == "Yes"


def test_xlsx_has_every_field_with_formulas_escaped(admin_client, hostile_lead):
    (row,), sheet = exported_xlsx(admin_client)

    assert set(row) == set(EVERY_FIELD)
    for field, heading in HEADINGS.items():
        # XML reads a carriage return back as a line feed; the quote is what matters.
        assert row[heading] == "'" + PAYLOADS[field].replace("\r", "\n")
    assert row["Career"] == "'" + CAREER
    assert row["Consent given"] == "Yes"
    assert not [cell for line in sheet.iter_rows() for cell in line if cell.data_type == "f"]


def test_exports_follow_the_listing_filters_spam_only_on_request(admin_client, db):
    LeadFactory(name="Person")
    LeadFactory(name="Robot", status=LeadStatus.SPAM)

    assert [row["Name"] for row in exported_csv(admin_client)] == ["Person"]
    assert [row["Name"] for row in exported_csv(admin_client, status="spam")] == ["Robot"]
    rows, _sheet = exported_xlsx(admin_client, status="spam")
    assert [row["Name"] for row in rows] == ["Robot"]


@pytest.fixture
def contacted_lead(db, settings):
    settings.TIME_ZONE = "America/Chicago"
    created = datetime(2026, 12, 1, 14, 20, 22, 412403, tzinfo=UTC)
    lead = LeadFactory(
        status=LeadStatus.NOT_INTERESTED,
        consent=False,
        consent_at=created,
        created_at=created,
    )
    Lead.objects.filter(pk=lead.pk).update(updated_at=created)
    return lead


HUMAN_VALUES = {
    "Status": "Not interested",
    "Consent given": "No",
    "Consent given at": "2026-12-01 08:20",
    "Created": "2026-12-01 08:20",
    "Updated": "2026-12-01 08:20",
}


def test_csv_has_the_values_staff_read(admin_client, contacted_lead):
    (row,) = exported_csv(admin_client, status="not_interested")
    assert {heading: row[heading] for heading in HUMAN_VALUES} == HUMAN_VALUES


def test_xlsx_has_the_values_staff_read(admin_client, contacted_lead):
    (row,), _sheet = exported_xlsx(admin_client, status="not_interested")
    assert {heading: row[heading] for heading in HUMAN_VALUES} == HUMAN_VALUES
