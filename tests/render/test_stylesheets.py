"""The package's stylesheets: in ``<head>`` where the site's base template has a
``{% block extra_css %}``, in the page's body where it has none, and once either way."""

import copy

import pytest
from bs4 import BeautifulSoup
from page_reading import render

from wagtail_careers.factories import CareerPageFactory, ComparisonPageFactory

pytestmark = pytest.mark.django_db

STYLESHEETS = ["/static/wagtail_careers/careers.css", "/static/wagtail_careers/leads.css"]


def stylesheet_links(soup, within):
    return [link["href"] for link in within.find_all("link", rel="stylesheet")]


def package_links(soup, within):
    return [href for href in stylesheet_links(soup, within) if "wagtail_careers" in href]


@pytest.mark.parametrize("factory", [CareerPageFactory, ComparisonPageFactory])
def test_stylesheets_are_in_the_head_where_the_base_template_has_extra_css(
    client, site_root, factory
):
    soup = render(client, factory())

    assert package_links(soup, soup.head) == STYLESHEETS
    assert package_links(soup, soup.body) == []
    # The base template's own stylesheet stays, before the package's.
    assert stylesheet_links(soup, soup.head)[0] == "/static/css/example_site.css"


def test_the_thank_you_page_has_them_in_the_head_too(client, site_root):
    response = client.get(CareerPageFactory().url + "thanks/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert package_links(soup, soup.head) == STYLESHEETS
    assert package_links(soup, soup.body) == []


def test_a_base_template_without_extra_css_gets_them_in_the_body(
    client, site_root, settings, tmp_path
):
    (tmp_path / "bare_base.html").write_text(
        "<html><head><title>School</title></head>"
        "<body>{% block content %}{% endblock %}</body></html>"
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates
    settings.WAGTAIL_CAREERS_BASE_TEMPLATE = "bare_base.html"

    for page in (CareerPageFactory(), ComparisonPageFactory(title="Compared")):
        soup = render(client, page)
        assert package_links(soup, soup.head) == []
        assert package_links(soup, soup.body) == STYLESHEETS
