"""Figures formatted for people: ``$34,750``, ``22%``, ``2012–2022``.

Numbers go through Django's localisation (``number_format``), so grouping and decimal marks
follow the active language; only the currency symbol table is ours.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _rounded(value, places: int) -> Decimal:
    """Rounded half up: Django's ``number_format`` cuts extra digits off instead."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(value: Decimal, most: int) -> int:
    """No trailing ``.0``: as many decimal places as the value needs, up to ``most``."""
    normalized = _rounded(value, most).normalize()
    return max(0, -normalized.as_tuple().exponent)


def format_number(value, most_places: int = 1) -> str:
    places = _places(value, most_places)
    return number_format(_rounded(value, places), decimal_pos=places, force_grouping=True)


def format_money(amount, currency: str = "USD", cents: bool = False) -> str:
    """``$34,750`` (whole units) or ``$16.71`` (``cents=True``); unknown currencies by code."""
    places = 2 if cents else 0
    text = number_format(_rounded(amount, places), decimal_pos=places, force_grouping=True)
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    if symbol:
        return f"{sign}{symbol}{text}"
    return f"{sign}{currency.upper()}\N{NO-BREAK SPACE}{text}"


def format_percent(value, signed: bool = False) -> str:
    """``22%``, ``-3.5%``; ``+22%`` when ``signed``."""
    text = format_number(value) + "%"
    if signed and Decimal(str(value)) > 0:
        return "+" + text
    return text


def format_period(start: int, end: int) -> str:
    """``2012–2022`` with an en dash, as style guides and BLS write ranges."""
    return f"{start}\N{EN DASH}{end}"
