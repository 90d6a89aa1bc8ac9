"""Figures as each language writes them: Django's formats of the language, the package's
percent and money patterns per language, and a site's own formats over both."""

from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.formats import reset_format_cache

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.formatting import format_money, format_percent, format_period

NBSP = "\N{NO-BREAK SPACE}"


@contextmanager
def site_formats(path):
    """The site's ``FORMAT_MODULE_PATH`` set to ``path``. Django forgets the format modules it
    found only when a format setting changes, and this one is not among them."""
    reset_format_cache()
    try:
        with override_settings(FORMAT_MODULE_PATH=path):
            yield
    finally:
        reset_format_cache()


def figures():
    return (
        format_money(Decimal("34750")),
        format_money(Decimal("16.71"), cents=True),
        format_percent(Decimal("14.5")),
        format_percent(Decimal("22"), signed=True),
        format_period(2012, 2022),
    )


def test_english():
    with translation.override("en"):
        assert figures() == ("$34,750", "$16.71", "14.5%", "+22%", "2012–2022")


def test_the_example_sites_us_spanish():
    with translation.override("es"):
        assert figures() == ("$34,750", "$16.71", "14.5%", "+22%", "2012–2022")


def test_spanish_as_django_and_the_package_write_it_by_default():
    with site_formats(None), translation.override("es"):
        assert figures() == (
            f"$34{NBSP}750",
            "$16,71",
            f"14,5{NBSP}%",
            f"+22{NBSP}%",
            "2012–2022",
        )


def test_a_sites_own_formats():
    with site_formats(["i18n_formats"]):
        with translation.override("es"):
            assert format_money(Decimal("34750")) == f"34.750{NBSP}$"
            assert format_money(Decimal("-3400")) == f"-3.400{NBSP}$"
            assert format_percent(Decimal("14.5")) == f"14,5{NBSP}%"  # the package's Spanish
        with translation.override("en"):
            assert format_money(Decimal("34750")) == "$34,750"  # other languages unchanged


@pytest.mark.django_db
def test_a_page_is_written_in_its_own_languages_formats(client, site_root, spanish):
    """A Spanish page served without the /es/ prefix (no i18n_patterns) still writes its
    figures in Spanish: the page activates its own language."""
    page = CareerPageFactory(parent=site_root)
    page.locale = spanish
    page.save()
    with site_formats(None):
        response = client.get(page.url)
    html = response.content.decode()
    assert f"$34{NBSP}750" in html
    assert "Salario mediano" in html
