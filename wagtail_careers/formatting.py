"""Figures formatted for people: ``$34,750``, ``22%``, ``2012–2022``, in the active language.

Numbers go through Django's localisation (``number_format``), so grouping and decimal marks
follow the active language's formats: Django's own, or the site's ``FORMAT_MODULE_PATH``
modules, which come first. Where the percent sign and the currency symbol go is a pattern
per language: the package's translation gives each language its default (``22%`` in
English, ``22 %`` in Spanish), and a site's format module may set ``CAREERS_PERCENT_FORMAT``
(``"{number}%"``) and ``CAREERS_MONEY_FORMAT`` (``"{symbol}{amount}"``) for a language.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import get_format_modules, number_format
from django.utils.translation import get_language, pgettext

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _rounded(value, places: int) -> Decimal:
    """Rounded half up: Django's ``number_format`` cuts extra digits off instead."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(value: Decimal, most: int) -> int:
    """No trailing ``.0``: as many decimal places as the value needs, up to ``most``."""
    normalized = _rounded(value, most).normalize()
    return max(0, -normalized.as_tuple().exponent)


def _pattern(name: str, default: str) -> str:
    """The site's ``name`` pattern for the active language, else the translated default."""
    for module in get_format_modules(get_language()):
        pattern = getattr(module, name, None)
        if pattern is not None:
            return pattern
    return default


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
    code = currency.upper()
    symbol = CURRENCY_SYMBOLS.get(code)
    if not symbol:
        return f"{sign}{code}\N{NO-BREAK SPACE}{text}"
    pattern = _pattern(
        "CAREERS_MONEY_FORMAT",
        # Translators: where the currency symbol goes; keep {symbol} and {amount}.
        pgettext("format of an amount of money", "{symbol}{amount}"),
    )
    return sign + pattern.format(symbol=symbol, amount=text)


def format_percent(value, signed: bool = False) -> str:
    """``22%``, ``-3.5%``; ``+22%`` when ``signed``."""
    pattern = _pattern(
        "CAREERS_PERCENT_FORMAT",
        # Translators: where the percent sign goes; keep {number}.
        pgettext("format of a percentage", "{number}%"),
    )
    text = pattern.format(number=format_number(value))
    if signed and Decimal(str(value)) > 0:
        return "+" + text
    return text


def format_period(start: int, end: int) -> str:
    """``2012–2022`` with an en dash, as style guides and BLS write ranges; years ungrouped."""
    return f"{start}\N{EN DASH}{end}"
