"""Spreadsheet export of leads, readable by staff and safe to open in Excel, LibreOffice or
Google Sheets.

Cells hold what staff read, not what the database stores: "Yes" and "No", a status's label
("Contacted", not ``contacted``), times in the site's time zone to the minute
(``2026-12-01 08:20``), the same in CSV and XLSX.

A lead's fields are typed by visitors, so a name such as ``=HYPERLINK("http://evil", "x")``
must reach the spreadsheet as text, never as a formula (CSV/formula injection). Wagtail's
``SpreadsheetExportMixin`` only stops openpyxl from writing a formula cell; a CSV cell is
written as is, and a spreadsheet program evaluates it on opening. Following OWASP, every
text cell that starts with a formula trigger is prefixed with a single quote, in both
formats, so the export reads the same whichever one staff download.
"""

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.translation import gettext

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TIME_FORMAT = "%Y-%m-%d %H:%M"


def escape_formula(value):
    """Return ``value`` with a leading ``'`` if it is text a spreadsheet would evaluate.

    Anything that is not a string (numbers, dates, booleans, ``None``) is returned
    unchanged: spreadsheets store those as values, never as formulas.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class FormulaEscapingExportMixin:
    """For a view using ``SpreadsheetExportMixin``: escape every cell it writes.

    ``preprocess_field_value`` is the one step both the CSV and the XLSX writer take for
    each cell, after any per-field or per-type conversion to text, so escaping there
    covers every column and both formats.
    """

    def preprocess_field_value(self, field, value, export_format):
        return escape_formula(super().preprocess_field_value(field, value, export_format))


def export_field_names(model) -> list[str]:
    """Every concrete field of ``model`` in declaration order, for "export every field"."""
    return [field.name for field in model._meta.concrete_fields]


def human_value(instance, field_name: str, value):
    """``value`` of ``instance``'s field as staff read it: a choice's label, Yes or No, a time
    in the site's time zone (``TIME_ZONE``) as ``YYYY-MM-DD HH:MM``; anything else unchanged."""
    try:
        field = instance._meta.get_field(field_name)
    except FieldDoesNotExist:
        field = None
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime(TIME_FORMAT)
    return value
