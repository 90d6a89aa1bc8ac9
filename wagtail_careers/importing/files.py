"""Reading a data file: every sheet of an XLSX workbook, or the one table of a text file.

What a file holds is decided from its bytes, never its name: an XLSX workbook is a ZIP
archive, an old Excel file an OLE compound file; anything else is UTF-8 text, tab-delimited
when its first line has a tab (O*NET's ``.txt`` files), else comma-separated. Kept apart
from the rules about rows so each can be read (and tested) on its own. XLSX needs openpyxl,
which Wagtail already installs.
"""

import csv
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext

XLSX_SIGNATURE = b"PK\x03\x04"
OLD_EXCEL_SIGNATURE = b"\xd0\xcf\x11\xe0"


class ImportFileError(Exception):
    """The file cannot be read at all (missing, old Excel, broken XLSX, not UTF-8)."""


@dataclass
class Sheet:
    """One table of a file: a workbook's sheet (``name``), or a text file (``name`` None)."""

    name: str | None
    rows: list[list]


def read_sheets(path) -> list[Sheet]:
    """Every sheet of an XLSX workbook, in the workbook's order; a text file's one table."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            signature = file.read(4)
    except FileNotFoundError:
        raise ImportFileError(gettext("There is no file %(file)s.") % {"file": path}) from None
    except IsADirectoryError:
        raise ImportFileError(
            gettext("%(file)s is a folder, not a file.") % {"file": path}
        ) from None
    if signature == OLD_EXCEL_SIGNATURE:
        raise ImportFileError(
            gettext("%(file)s is an old Excel file: save it as .xlsx or .csv.") % {"file": path}
        )
    if signature == XLSX_SIGNATURE:
        return _read_xlsx(path)
    return [Sheet(None, _read_text(path))]


def read_table(path) -> list[list]:
    """All rows of the file's first sheet (a text file's only table), the header first."""
    return read_sheets(path)[0].rows


def _read_text(path) -> list[list]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as file:
            first_line = file.readline()
            file.seek(0)
            delimiter = "\t" if "\t" in first_line else ","
            return list(csv.reader(file, delimiter=delimiter))
    except UnicodeDecodeError:
        raise ImportFileError(
            gettext('%(file)s is not UTF-8 text: save it as "CSV UTF-8".') % {"file": path}
        ) from None
    except csv.Error as error:
        raise ImportFileError(
            gettext("%(file)s is not a readable CSV file: %(error)s")
            % {"file": path, "error": error}
        ) from None


def _read_xlsx(path) -> list[Sheet]:
    from openpyxl import load_workbook  # openpyxl comes with Wagtail; only XLSX needs it
    from openpyxl.utils.exceptions import InvalidFileException

    # Opened here, not by openpyxl, which would refuse a name not ending in .xlsx.
    with open(path, "rb") as file:
        try:
            workbook = load_workbook(file, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
            raise ImportFileError(
                gettext("%(file)s is not a readable .xlsx file: %(error)s")
                % {"file": path, "error": error}
            ) from None
        try:
            return [
                Sheet(sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)])
                for sheet in workbook.worksheets
            ]
        finally:
            workbook.close()
