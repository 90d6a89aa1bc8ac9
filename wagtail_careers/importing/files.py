"""Reading a data file: every row of a CSV (UTF-8) or XLSX file, the header first.

Kept apart from the rules about rows so each can be read (and tested) on its own. XLSX needs
openpyxl, which Wagtail already installs.
"""

import csv
import zipfile
from pathlib import Path

from django.utils.translation import gettext


class ImportFileError(Exception):
    """The file cannot be read at all (missing, not CSV/XLSX, not UTF-8)."""


def read_table(path) -> list[list]:
    """All rows of a CSV (UTF-8) or XLSX file (its first sheet), the header first."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            gettext("%(file)s is an old Excel file: save it as .xlsx or .csv.") % {"file": path}
        )
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        return _read_csv(path)
    except FileNotFoundError:
        raise ImportFileError(gettext("There is no file %(file)s.") % {"file": path}) from None


def _read_csv(path) -> list[list]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as file:
            return list(csv.reader(file))
    except UnicodeDecodeError:
        raise ImportFileError(
            gettext('%(file)s is not UTF-8 text: save it as "CSV UTF-8".') % {"file": path}
        ) from None
    except csv.Error as error:
        raise ImportFileError(
            gettext("%(file)s is not a readable CSV file: %(error)s")
            % {"file": path, "error": error}
        ) from None


def _read_xlsx(path) -> list[list]:
    from openpyxl import (
        load_workbook,
    )  # openpyxl comes with Wagtail; only XLSX needs it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as error:
        raise ImportFileError(
            gettext("%(file)s is not a readable .xlsx file: %(error)s")
            % {"file": path, "error": error}
        ) from None
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
