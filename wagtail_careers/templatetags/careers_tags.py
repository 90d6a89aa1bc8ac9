"""Template filters that format career figures for people (see ``formatting``)."""

from django import template

from .. import formatting

register = template.Library()


@register.filter
def money(amount, currency="USD"):
    """``{{ salary.median_annual|money:salary.currency }}`` → ``$34,750``."""
    if amount is None or amount == "":
        return ""
    return formatting.format_money(amount, currency or "USD")


@register.filter
def money_cents(amount, currency="USD"):
    """``{{ salary.median_hourly|money_cents:salary.currency }}`` → ``$16.71``."""
    if amount is None or amount == "":
        return ""
    return formatting.format_money(amount, currency or "USD", cents=True)


@register.filter
def percent(value):
    """``{{ outlook.growth_percent|percent }}`` → ``22%``."""
    if value is None or value == "":
        return ""
    return formatting.format_percent(value)


@register.filter
def number(value):
    """``{{ outlook.employment|number }}`` → ``186,300``."""
    if value is None or value == "":
        return ""
    return formatting.format_number(value)


@register.simple_tag
def period(start, end):
    """``{% period outlook.period_start outlook.period_end %}`` → ``2012–2022``."""
    return formatting.format_period(start, end)
