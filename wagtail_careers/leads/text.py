"""Visitor text made safe to store, mail and export: no control characters.

Control characters reach the database from any script that posts the form; stored, they break
what reads leads later (openpyxl refuses them and the XLSX export fails, PostgreSQL refuses a NUL
byte) or forge lines in a plain-text email. Only the message keeps its tabs and line breaks
(normalised to ``\\n``); a one-line field turns each tab or line break into a space.
"""

import re

_LINE_BREAK = re.compile(r"\r\n?|[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# C0 and C1 controls and DEL, but tab and newline, which callers handle first.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(value: str) -> str:
    """``value`` on one line: line breaks and tabs as spaces, other control characters gone."""
    return _CONTROL.sub("", _LINE_BREAK.sub(" ", value).replace("\t", " "))


def multiline(value: str) -> str:
    """``value`` with its tabs and line breaks (as ``\\n``), other control characters gone."""
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
