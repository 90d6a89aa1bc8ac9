"""Figures formatted for people: ``$34,750``, ``22%``, ``2012–2022``, in the active language.

Numbers go through Django's localisation (the formats ``number_format`` reads), so grouping
and decimal marks follow the active language's formats: Django's own, or the site's
``FORMAT_MODULE_PATH`` modules, which come first. Where the percent sign and the currency
symbol go is a pattern per language: the package's translation gives each language its
default (``22%`` in English, ``22 %`` in Spanish), and a site's format module may set
``CAREERS_PERCENT_FORMAT`` (``"{number}%"``) and ``CAREERS_MONEY_FORMAT``
(``"{symbol}{amount}"``) for a language.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from django.utils import numberformat
from django.utils.formats import get_format, get_format_modules
from django.utils.translation import get_language, pgettext

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _rounded(value, places: int) -> Decimal:
    """Rounded half up: Django's ``number_format`` cuts extra digits off instead."""
    return Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _places(value: Decimal, most: int) -> int:
    """No trailing ``.0``: as many decimal places as the value needs, up to ``most``."""
    normalized = _rounded(value, most).normalize()
    return max(0, -normalized.as_tuple().exponent)


class Formatter:
    """Figures in the language active when it is made, its formats looked up once.

    A page of figures (a comparison's table, a career index's 24 cards) formats dozens of
    them; looked up again for each, the language's separators and patterns took about two
    thirds of the time (``timeit``: 25 µs for an amount, 9 µs of it formatting). Make one for
    a page, in the language the page is shown in, and use it for that page only.
    """

    def __init__(self):
        self.language = get_language()

    @cached_property
    def _separators(self) -> tuple[str, object, str]:
        """The decimal mark, the grouping and the thousands separator, as Django's
        ``number_format`` reads them (the site's format modules first)."""
        return tuple(
            get_format(name, self.language)
            for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
        )

    def _pattern(self, name: str, default: str) -> str:
        """The site's ``name`` pattern for the language, else the translated default."""
        for module in get_format_modules(self.language):
            pattern = getattr(module, name, None)
            if pattern is not None:
                return pattern
        return default

    @cached_property
    def _money_pattern(self) -> str:
        return self._pattern(
            "CAREERS_MONEY_FORMAT",
            # Translators: where the currency symbol goes; keep {symbol} and {amount}.
            pgettext("format of an amount of money", "{symbol}{amount}"),
        )

    @cached_property
    def _percent_pattern(self) -> str:
        return self._pattern(
            "CAREERS_PERCENT_FORMAT",
            # Translators: where the percent sign goes; keep {number}.
            pgettext("format of a percentage", "{number}%"),
        )

    def _grouped(self, value: Decimal, places: int) -> str:
        decimal_separator, grouping, thousand_separator = self._separators
        return numberformat.format(
            value,
            decimal_separator,
            places,
            grouping,
            thousand_separator,
            force_grouping=True,
            use_l10n=True,
        )

    def number(self, value, most_places: int = 1) -> str:
        places = _places(value, most_places)
        return self._grouped(_rounded(value, places), places)

    def money(self, amount, currency: str = "USD", cents: bool = False) -> str:
        """``$34,750`` (whole units) or ``$16.71`` (``cents=True``); unknown currencies by code."""
        places = 2 if cents else 0
        text = self._grouped(_rounded(amount, places), places)
        sign = ""
        if text.startswith("-"):
            sign, text = "-", text[1:]
        code = currency.upper()
        symbol = CURRENCY_SYMBOLS.get(code)
        if not symbol:
            return f"{sign}{code}\N{NO-BREAK SPACE}{text}"
        return sign + self._money_pattern.format(symbol=symbol, amount=text)

    def percent(self, value, signed: bool = False) -> str:
        """``22%``, ``-3.5%``; ``+22%`` when ``signed``."""
        text = self._percent_pattern.format(number=self.number(value))
        if signed and Decimal(str(value)) > 0:
            return "+" + text
        return text


def format_number(value, most_places: int = 1) -> str:
    return Formatter().number(value, most_places)


def format_money(amount, currency: str = "USD", cents: bool = False) -> str:
    """One amount in the active language; see ``Formatter.money()``."""
    return Formatter().money(amount, currency, cents)


def format_percent(value, signed: bool = False) -> str:
    """One percentage in the active language; see ``Formatter.percent()``."""
    return Formatter().percent(value, signed)


def format_period(start: int, end: int) -> str:
    """``2012–2022`` with an en dash, as style guides and BLS write ranges; years ungrouped."""
    return f"{start}\N{EN DASH}{end}"
