"""The email that tells the school about a lead: plain text and HTML, from one list of rows.

Built in Python rather than from two templates: when tasks run immediately it is written inside
the visitor's request, where rendering templates cost more than everything else the delivery
does, and ``format_html`` escapes every value a visitor typed by construction.
"""

from typing import NamedTuple
from urllib.parse import quote

from django.template.defaultfilters import linebreaksbr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from ..i18n import language_name
from .forms import ATTRIBUTION_FIELDS
from .models import Lead

EMPTY = "–"
UTM_FIELDS = tuple(field for field in ATTRIBUTION_FIELDS if field.startswith("utm_"))


class Row(NamedTuple):
    """One line of the email: a label, the value as text, and a link for the HTML body."""

    label: str
    value: str
    href: str = ""


def lead_rows(lead: Lead, payload: dict) -> list[Row]:
    """What staff read about the lead, in order; attribution only where it was given."""
    consent_at = date_format(timezone.localtime(lead.consent_at), "DATETIME_FORMAT")
    rows = [
        Row(_("Name"), lead.name),
        Row(_("Email"), lead.email, href="mailto:" + quote(lead.email, safe="@")),
        Row(_("Phone"), lead.phone or EMPTY),
        Row(_("Postal code"), lead.postal_code or EMPTY),
        Row(_("Career"), payload["career"] or EMPTY),
        Row(_("Message"), lead.message or EMPTY),
        Row(_("Consent given"), f"{consent_at}\n“{lead.consent_text}”"),
        Row(_("Page"), lead.page_url),
    ]
    if lead.language:
        rows.insert(-1, Row(_("Language"), language_name(lead.language)))
    if lead.referrer:
        rows.append(Row(_("Referrer"), lead.referrer))
    utm = [f"{field}={getattr(lead, field)}" for field in UTM_FIELDS if getattr(lead, field)]
    if utm:
        rows.append(Row("UTM", ", ".join(utm)))
    if lead.gclid:
        rows.append(Row("gclid", lead.gclid))
    return rows


def bodies(lead: Lead, payload: dict) -> tuple[str, str]:
    """The plain-text and the HTML body of the email about ``lead``."""
    intro = _("A visitor asked for information on “%(page)s”.") % {"page": payload["page_title"]}
    rows = lead_rows(lead, payload)
    text = "\n".join([intro, ""] + [_text_line(row) for row in rows])
    html = format_html(
        "<!DOCTYPE html>\n<html>\n<body>\n<p>{}</p>\n<table>\n{}\n</table>\n</body>\n</html>\n",
        intro,
        format_html_join(
            "\n",
            '<tr><th scope="row">{}</th><td>{}</td></tr>',
            ((row.label, _html_value(row)) for row in rows),
        ),
    )
    return text + "\n", html


def _text_line(row: Row) -> str:
    """``Label: value``; a value of several lines starts on the line after its label."""
    separator = "\n" if "\n" in row.value else " "
    return f"{row.label}:{separator}{row.value}"


def _html_value(row: Row):
    """The escaped value with its line breaks, as a link where the row has one."""
    if row.href:
        return format_html('<a href="{}">{}</a>', row.href, row.value)
    return linebreaksbr(row.value, autoescape=True)
