"""Figures as each language writes them: Django's formats of the language, the package's
percent and money patterns per language, and a site's own formats over both."""

from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.formats import reset_format_cache
from explorer_support import career

from wagtail_careers.factories import CareerIndexPageFactory, CareerPageFactory
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


@pytest.mark.django_db
def test_a_career_index_writes_its_cards_in_its_own_language(client, site_root, spanish):
    index = CareerIndexPageFactory(parent=site_root, locale=spanish)
    career(index, "Flebotomista", pay=29730, growth=27, education="postsecondary_nondegree")
    with site_formats(None):
        html = client.get(index.url).content.decode()
    assert "<dt>Salario mediano (2012)</dt>" in html
    assert f"<dd>$29{NBSP}730</dd>" in html
    assert "<dt>Perspectivas laborales (2012–2022)</dt>" in html
    assert f"<dd>27{NBSP}%" in html
    assert "<dt>Educación típica para empezar</dt>" in html
    assert 'aria-label="Comparar Flebotomista"> Comparar</label>' in html
    assert "1 carrera encontrada" in html
