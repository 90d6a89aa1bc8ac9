"""Reading one cell: numbers as BLS and spreadsheets write them, BLS's categories
(education, work experience, training), duties, and the note stored instead of a
top-coded wage. Plain values in, plain values out.
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..blocks import PERCENTILE_ORDER
from ..facts import (
    EDUCATION_LEVELS,
    HOURS_PER_YEAR,
    ON_THE_JOB_TRAINING_LEVELS,
    WORK_EXPERIENCE_LEVELS,
)
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


@dataclass(frozen=True)
class Categories:
    """One of BLS's category columns: its codes, their labels, and the message for a cell
    that holds neither (``%(value)r`` and ``%(choices)s`` in it)."""

    levels: tuple
    message: str

    def reader(self):
        """A function from a cell to a code, taking the code itself or a label in any case:
        BLS's English one, or the active language's. ``None`` for an empty cell."""
        lookup = {code: code for code, _label in self.levels}
        with translation.override("en"):
            lookup.update({_normal_label(str(label)): code for code, label in self.levels})
        lookup.update({_normal_label(str(label)): code for code, label in self.levels})

        def parse(value) -> str | None:
            text = cell_text(value)
            if not text:
                return None
            code = lookup.get(_normal_label(text))
            if code is None:
                raise CellError(
                    str(self.message)
                    % {
                        "value": text,
                        "choices": ", ".join(code for code, _label in self.levels),
                    }
                )
            return code

        return parse


EDUCATION = Categories(
    EDUCATION_LEVELS,
    _("Unknown education level %(value)r. Use one of: %(choices)s, or BLS's label."),
)
WORK_EXPERIENCE = Categories(
    WORK_EXPERIENCE_LEVELS,
    _("Unknown work experience %(value)r. Use one of: %(choices)s, or BLS's label."),
)
ON_THE_JOB_TRAINING = Categories(
    ON_THE_JOB_TRAINING_LEVELS,
    _("Unknown on-the-job training %(value)r. Use one of: %(choices)s, or BLS's label."),
)


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
