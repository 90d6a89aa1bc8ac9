"""Template filters that format career figures for people (see ``formatting``), the source
beside a figure, the comparison table's rows, and the tag that puts the package's
stylesheets in the page's ``<head>``."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from .. import formatting
from ..comparison_rendering import render_rows

register = template.Library()

STYLESHEET_TEMPLATE = "wagtail_careers/includes/stylesheet.html"
_STYLESHEETS_WRITTEN = "wagtail_careers_stylesheets_written"


@register.simple_tag(takes_context=True)
def careers_stylesheets(context):
    """The package's ``<link>``s (``includes/stylesheet.html``), written once per page.

    The page templates call it in ``{% block extra_css %}``, which most sites' ``base.html``
    (``wagtail start``'s among them) renders in ``<head>``, and again at the top of
    ``{% block content %}``, where it writes them only if the first call never ran: a base
    template without that block still gets the stylesheets, in its body.
    """
    if context.render_context.get(_STYLESHEETS_WRITTEN):
        return ""
    context.render_context[_STYLESHEETS_WRITTEN] = True
    return context.template.engine.get_template(STYLESHEET_TEMPLATE).render(context)


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
def source(name, url="", when=""):
    """``{% source name url when %}``: who published a figure (linked when ``url`` is known)
    and its year or period, beside it. Written here rather than by an included template:
    the four blocks of facts show one each, and an include cost each about as much as the
    rest of its block (render benchmark)."""
    if url:
        name = format_html('<a href="{}">{}</a>', url, name)
    when = format_html(", {}", when) if when else ""
    return format_html('<p class="careers-source">{} {}{}.</p>', _("Source:"), name, when)


@register.simple_tag
def period(start, end):
    """``{% period outlook.period_start outlook.period_end %}`` → ``2012–2022``."""
    return formatting.format_period(start, end)


@register.simple_tag
def comparison_rows(rows):
    """``{% comparison_rows comparison.rows %}``: the comparison table's body rows, one cell
    per career (``comparison_rendering``)."""
    return render_rows(rows)
