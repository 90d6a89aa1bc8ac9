"""Figures formatted for people."""

from decimal import Decimal

from django.utils import translation

from wagtail_careers.formatting import Formatter, format_money, format_percent, format_period


def test_money_in_whole_units_with_grouping():
    assert format_money(Decimal("34750")) == "$34,750"
    assert format_money(Decimal("34750.00"), "USD") == "$34,750"


def test_money_with_cents_for_hourly_pay():
    assert format_money(Decimal("16.706"), cents=True) == "$16.71"


def test_money_in_other_currencies():
    assert format_money(Decimal("1200"), "eur") == "€1,200"
    assert format_money(Decimal("1200"), "CAD") == "CAD\N{NO-BREAK SPACE}1,200"


def test_negative_money_keeps_the_sign_before_the_symbol():
    assert format_money(Decimal("-3400")) == "-$3,400"


def test_percent_has_no_trailing_zero():
    assert format_percent(Decimal("22.0")) == "22%"
    assert format_percent(Decimal("14.50")) == "14.5%"
    assert format_percent(Decimal("-3")) == "-3%"
    assert format_percent(Decimal("3"), signed=True) == "+3%"


def test_period_uses_an_en_dash():
    assert format_period(2012, 2022) == "2012–2022"


def test_numbers_follow_the_active_language():
    with translation.override("de"):
        assert format_money(Decimal("34750")) == "$34.750"
        assert format_percent(Decimal("14.5")) == "14,5%"


def test_a_formatter_made_once_formats_every_figure_of_a_page_alike():
    with translation.override("de"):
        fmt = Formatter()
        assert [fmt.money(Decimal("34750")), fmt.money(Decimal("16.706"), cents=True)] == [
            "$34.750",
            "$16,71",
        ]
        assert fmt.percent(Decimal("14.50"), signed=True) == "+14,5%"
        assert fmt.number(Decimal("1234.56")) == "1.234,6"
        assert fmt.money(Decimal("-3400"), "CAD") == "-CAD\N{NO-BREAK SPACE}3.400"
