"""The Spanish catalogue is complete: every message of the package, translated, none fuzzy,
compiled into the ``.mo`` file the wheel ships.

The messages are extracted afresh from the installed package (its Python code and
templates) with Django's ``makemessages``, into a copy, so a string added anywhere without
its Spanish translation fails here. Extraction needs GNU gettext (``xgettext``): without it
the test skips with the reason on a developer's machine, and fails under CI, which installs
it.
"""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

import wagtail_careers

PACKAGE = Path(wagtail_careers.__file__).parent
CATALOGUE = PACKAGE / "locale" / "es" / "LC_MESSAGES"


def translated(entry) -> bool:
    if entry.msgid_plural:
        return all(entry.msgstr_plural.get(form) for form in (0, 1))
    return bool(entry.msgstr)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The Spanish catalogue merged with the messages extracted from the package now."""
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        reason = "GNU gettext (xgettext, msgmerge) is not installed: apt-get install gettext"
        if os.environ.get("CI"):
            pytest.fail(f"The catalogue test cannot run under CI: {reason}")
        pytest.skip(reason)
    copy = tmp_path_factory.mktemp("catalogue") / "wagtail_careers"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    cwd = Path.cwd()
    os.chdir(copy)
    try:
        call_command("makemessages", locale=["es"], no_obsolete=True, verbosity=0)
    finally:
        os.chdir(cwd)
    return polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / "django.po"))


def test_every_message_of_the_package_has_a_spanish_translation(extracted):
    assert len(extracted) > 300  # the guard: the extraction found the package's messages
    missing = [entry.msgid for entry in extracted if not translated(entry)]
    assert not missing, f"{len(missing)} messages have no Spanish translation: {missing}"


def test_no_spanish_translation_is_fuzzy(extracted):
    fuzzy = [entry.msgid for entry in extracted if "fuzzy" in entry.flags]
    assert not fuzzy, f"Fuzzy Spanish translations (check them, then drop the flag): {fuzzy}"


def test_the_shipped_mo_file_is_compiled_from_the_catalogue():
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in polib.pofile(str(CATALOGUE / "django.po"))
        if not e.obsolete
    }
    compiled = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in polib.mofile(str(CATALOGUE / "django.mo"))
        if e.msgid
    }
    assert compiled == source, "Run compilemessages: django.mo is older than django.po"
