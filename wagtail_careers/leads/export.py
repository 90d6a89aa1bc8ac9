"""Spreadsheet export of leads, safe to open in Excel, LibreOffice or Google Sheets.

A lead's fields are typed by visitors, so a name such as ``=HYPERLINK("http://evil", "x")``
must reach the spreadsheet as text, never as a formula (CSV/formula injection). Wagtail's
``SpreadsheetExportMixin`` only stops openpyxl from writing a formula cell; a CSV cell is
written as is, and a spreadsheet program evaluates it on opening. Following OWASP, every
text cell that starts with a formula trigger is prefixed with a single quote, in both
formats, so the export reads the same whichever one staff download.
"""

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


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
