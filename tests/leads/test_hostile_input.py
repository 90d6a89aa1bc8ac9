"""Control characters, forged lines and duplicates: what a hostile post cannot do."""

import io

import pytest
from leads_admin_helpers import INDEX_URL
from leads_support import form_token, valid_data
from openpyxl import load_workbook

from wagtail_careers.leads import text
from wagtail_careers.models import Lead

pytestmark = pytest.mark.django_db

CONTROLS = "".join(chr(code) for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])


def post(client, page, clock, address="203.0.113.9", **overrides):
    token = form_token(client.get(page.url))
    clock.advance(5)
    return client.post(page.url, valid_data(lead_token=token, **overrides), REMOTE_ADDR=address)


@pytest.mark.parametrize("character", list(CONTROLS), ids=lambda c: f"U+{ord(c):04X}")
def test_no_control_character_is_stored(character):
    assert text.one_line(f"A{character}B") in ("AB", "A B")
    kept = text.multiline(f"A{character}B")
    assert kept in ("AB", "A\nB", "A\tB")
    assert kept != "AB" or character not in "\t\n"


def test_every_stored_text_is_free_of_control_characters(
    client, career_page, careers_settings, clock, admin_client
):
    hostile = f"Ana{CONTROLS}Ortiz"
    attribution = {name: f"x{CONTROLS}y" for name in Lead.ATTRIBUTION_FIELDS if name != "referrer"}
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    data = valid_data(
        lead_token=token, name=hostile, message=f"Line 1\r\nLine 2\tend{CONTROLS}", **attribution
    )
    response = client.post(career_page.url, data, HTTP_USER_AGENT=f"Bot\x00/1{CONTROLS}")
    assert response.status_code == 303
    lead = Lead.objects.get()
    assert lead.name.split() == ["Ana", "Ortiz"]
    for field in ("name", "user_agent", *attribution):
        assert not any(char in CONTROLS for char in getattr(lead, field)), field
    assert lead.message.startswith("Line 1\nLine 2\tend")
    assert not any(char in CONTROLS.replace("\t", "").replace("\n", "") for char in lead.message)
    # The export that one such post used to break for everyone.
    response = admin_client.get(INDEX_URL, {"export": "xlsx"})
    assert response.status_code == 200
    load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def test_a_name_of_control_characters_alone_is_missing(
    client, career_page, careers_settings, clock
):
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    response = client.post(career_page.url, valid_data(lead_token=token, name="\x01\x02"))
    assert response.status_code == 200 and not Lead.objects.exists()


def test_line_breaks_in_the_name_cannot_forge_email_lines(
    client, career_page, careers_settings, clock, mailoutbox, django_capture_on_commit_callbacks
):
    token = form_token(client.get(career_page.url))
    clock.advance(5)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            career_page.url, valid_data(lead_token=token, name="Ana\r\nBcc: victim@example.com")
        )
    assert Lead.objects.get().name == "Ana Bcc: victim@example.com"
    body = mailoutbox[0].body
    assert not any(line.startswith("Bcc:") for line in body.splitlines())


def test_a_re_post_from_the_same_visitor_updates_its_lead(
    client, career_page, careers_settings, clock
):
    post(client, career_page, clock, message="First")
    post(client, career_page, clock, email="ANA@example.com", message="Second")
    assert list(Lead.objects.values_list("message", flat=True)) == ["Second"]


def test_the_same_email_from_another_address_is_a_second_lead(
    client, career_page, careers_settings, clock
):
    post(client, career_page, clock, message="Mine")
    post(
        client,
        career_page,
        clock,
        address="198.51.100.7",
        email="ANA@example.com",
        name="Mallory",
        message="Overwritten?",
    )
    first, second = Lead.objects.order_by("pk")
    assert (first.name, first.message) == ("Ana Ortiz", "Mine")
    assert (second.name, second.message) == ("Mallory", "Overwritten?")
