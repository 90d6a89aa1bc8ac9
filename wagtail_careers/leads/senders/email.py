"""The email that tells the school about a lead: plain text and HTML, from one list of rows.

Built in Python rather than from two templates: ``format_html`` escapes every value a visitor
typed by construction, and both bodies show the same rows. In the staff's language
(``LANGUAGE_CODE``), whichever language the visitor's page was in; times in the site's time
zone, with its name.
"""

from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives
from django.template.defaultfilters import linebreaksbr
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ...i18n import language_name
from ..models import Lead

EMPTY = "–"
UTM_FIELDS = tuple(field for field in Lead.ATTRIBUTION_FIELDS if field.startswith("utm_"))


def send(lead: Lead, payload: dict, careers_settings, delivery) -> None:
    """Mail the lead to the site's recipients, as plain text and (escaped) HTML."""
    recipients = careers_settings.recipient_list
    if not recipients:
        raise ImproperlyConfigured(_("No lead recipients are set in Settings > Careers."))
    with translation.override(settings.LANGUAGE_CODE):
        text, html = bodies(lead, payload)
        subject = _("New lead: %(name)s") % {"name": lead.name}
    if payload["career"]:
        subject += f" ({payload['career']})"
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split())[:200],
        body=text,
        from_email=careers_settings.from_email or settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[lead.email],
    )
    message.attach_alternative(html, "text/html")
    message.send()


def _time(value) -> str:
    """A time in the site's time zone, with the zone's name (``Dec. 1, 2026, 8:20 a.m. PST``)."""
    local = timezone.localtime(value)
    return f"{date_format(local, 'DATETIME_FORMAT')} {local.tzname()}"


class Row(NamedTuple):
    """One line of the email: a label, the value as text, and a link for the HTML body."""

    label: str
    value: str
    href: str = ""


def lead_rows(lead: Lead, payload: dict) -> list[Row]:
    """What staff read about the lead, in order; attribution only where it was given."""
    consent_at = _time(lead.consent_at)
    rows = [
        Row(_("Name"), lead.name),
        Row(_("Email"), lead.email, href="mailto:" + quote(lead.email, safe="@")),
        Row(_("Phone"), lead.phone or EMPTY),
        Row(_("Postal code"), lead.postal_code or EMPTY),
        Row(_("Career"), payload["career"] or EMPTY),
        Row(_("Message"), lead.message or EMPTY),
        Row(_("Consent given"), f"{consent_at}\n“{lead.consent_text}”"),
        Row(_("Page"), lead.page_url, href=lead.page_url),
    ]
    if lead.needs_review:
        rows.insert(0, Row(_("Check"), lead.review_note))
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
    title = _("New lead: %(name)s") % {"name": lead.name}
    rows = lead_rows(lead, payload)
    text = "\n".join([intro, ""] + [_text_line(row) for row in rows])
    html = format_html(
        '<!DOCTYPE html>\n<html lang="{}">\n<head>\n<meta charset="utf-8">\n'
        "<title>{}</title>\n</head>\n<body>\n<p>{}</p>\n<table>\n{}\n</table>\n"
        "</body>\n</html>\n",
        get_language() or settings.LANGUAGE_CODE,
        title,
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
