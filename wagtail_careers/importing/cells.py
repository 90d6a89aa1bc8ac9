"""Reading one cell: numbers as BLS and spreadsheets write them, education levels, duties,
and the note stored instead of a top-coded wage. Plain values in, plain values out.
"""

from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..blocks import PERCENTILE_ORDER
from ..facts import EDUCATION_LEVELS, HOURS_PER_YEAR
from ..formatting import format_money

#: Separates duties in the ``duties`` column.
DUTIES_SEPARATOR = "|"
WAGE_LABELS = {
    **dict(PERCENTILE_ORDER),
    "median_annual": _("median annual pay"),
    "median_hourly": _("median hourly pay"),
}


class CellError(ValueError):
    """A cell's text is not what its column holds; the message says what is expected."""


def cell_text(value) -> str:
    """A cell as text: spreadsheets give numbers, CSV gives strings; ``2023.0`` is ``2023``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_decimal(value) -> Decimal | None:
    """A number from a cell, as BLS and spreadsheets write it: ``34750``, ``34,750``,
    ``$34,750.50``, ``22%``, ``-3.5``. ``None`` for an empty cell."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        text = cell_text(value).replace(",", "").replace("$", "").removesuffix("%").strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
    if number is None or not number.is_finite():
        raise CellError(gettext("Enter a number, such as 34750 or 34,750."))
    return number


def parse_int(value) -> int | None:
    """A whole number (a year, a count of jobs): ``2023``, ``186,300``; ``None`` if empty."""
    message = gettext("Enter a whole number, such as 2023.")
    try:
        number = parse_decimal(value)
    except CellError:
        raise CellError(message) from None
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellError(message)
    return int(number)


def _normal_label(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").lower().split())


def education_choices() -> dict[str, str]:
    """Education codes by code and by label: BLS's English label, and the active language's."""
    choices = {code: code for code, _label in EDUCATION_LEVELS}
    with translation.override("en"):
        choices.update({_normal_label(str(label)): code for code, label in EDUCATION_LEVELS})
    choices.update({_normal_label(str(label)): code for code, label in EDUCATION_LEVELS})
    return choices


def parse_education(value, choices=None) -> str | None:
    """``postsecondary_nondegree`` from that code or from BLS's "Postsecondary nondegree award"."""
    text = cell_text(value)
    if not text:
        return None
    code = (choices or education_choices()).get(_normal_label(text))
    if code is None:
        raise CellError(
            gettext("Unknown education level %(value)r. Use one of: %(choices)s, or BLS's label.")
            % {
                "value": text,
                "choices": ", ".join(code for code, _label in EDUCATION_LEVELS),
            }
        )
    return code


def parse_duties(value) -> list[str] | None:
    """Duties separated by ``|``; empty pieces dropped; ``None`` when there are none."""
    items = [item.strip() for item in cell_text(value).split(DUTIES_SEPARATOR)]
    return [item for item in items if item] or None


def top_coded_note(columns, year: int, top_code: Decimal | None) -> str:
    """The sentence stored with the pay figures BLS marked ``#``, instead of a number.

    The cap is named only when the user gave it (``--top-code``, from the file's Field
    Descriptions): BLS raises it from time to time, so a built-in figure could be wrong.
    """
    figures = capfirst(", ".join(str(WAGE_LABELS[column]) for column in columns))
    if top_code is None:
        return gettext(
            "%(figures)s: at or above the highest wage BLS publishes for %(year)s, so not shown."
        ) % {"figures": figures, "year": year}
    cap = gettext("%(annual)s a year (%(hourly)s an hour)") % {
        "annual": format_money(top_code),
        "hourly": format_money(top_code / HOURS_PER_YEAR, cents=True),
    }
    return gettext(
        "%(figures)s: at or above %(cap)s, the highest wage BLS publishes for %(year)s."
    ) % {"figures": figures, "cap": cap, "year": year}
