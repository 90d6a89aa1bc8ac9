"""The lead form's URLs, on a site with ``WAGTAIL_APPEND_SLASH`` on (Wagtail's default) and off.

With the setting off a page's URL has no trailing slash (``/medical-coding-specialist``), and
the form's routes are below it (``/medical-coding-specialist/request-information/``), as
Wagtail's ``{% routablepageurl %}`` writes them: every URL a visitor's browser follows from
the form is served.
"""

import pytest
from append_slash_support import wagtail_append_slash
from bs4 import BeautifulSoup
from django.test import Client
from leads_support import valid_data

from wagtail_careers.factories import ComparisonPageFactory
from wagtail_careers.models import Lead

pytestmark = pytest.mark.django_db


@pytest.fixture
def comparison(site_root):
    return ComparisonPageFactory(parent=site_root)


@pytest.mark.parametrize("append_slash", [True, False], ids=["append-slash", "no-append-slash"])
@pytest.mark.parametrize("page_fixture", ["career_page", "comparison"])
def test_every_url_of_the_form_is_served(
    request, page_fixture, append_slash, careers_settings, clock
):
    page = request.getfixturevalue(page_fixture)
    visitor = Client()
    with wagtail_append_slash(append_slash):
        assert page.url.endswith("/") is append_slash
        below = page.url.rstrip("/") + "/"
        response = visitor.get(page.url)
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        form = html.select_one(".careers-lead form")
        assert form["action"] == page.url + "#request-information"
        assert form["data-careers-token-url"] == below + "request-information/token/"
        form_link = html.select_one("noscript a[data-careers-form-link]")["href"]
        assert form_link == below + "request-information/#request-information"

        form_page = visitor.get(form_link.split("#")[0])
        assert form_page.status_code == 200
        assert 'name="lead_token" value=""' not in form_page.content.decode()
        tokens = visitor.get(form["data-careers-token-url"])
        assert tokens.status_code == 200 and tokens["Content-Type"] == "application/json"

        clock.advance(5)
        answer = visitor.post(form["action"].split("#")[0], valid_data(**tokens.json()))
        assert answer.status_code == 303
        assert answer["Location"] == below + "thanks/"
        thanks = visitor.get(answer["Location"])
        assert thanks.status_code == 200
        assert "An admissions adviser will contact you soon" in thanks.content.decode()
    assert Lead.objects.get().page_id == page.pk


@pytest.mark.parametrize("landing_slash", ["", "/"], ids=["without-slash", "with-slash"])
def test_without_javascript_the_landing_campaign_is_kept_either_way_the_page_is_served(
    career_page, careers_settings, landing_slash
):
    """With the setting off Wagtail serves a page with and without its trailing slash: the
    form the ``<noscript>`` link leads to has the landing URL's campaign from either."""
    visitor = Client()
    with wagtail_append_slash(False):
        landing = career_page.url + landing_slash + "?utm_source=newsletter"
        html = BeautifulSoup(visitor.get(landing).content, "html.parser")
        form_link = html.select_one("noscript a[data-careers-form-link]")["href"].split("#")[0]
        form_page = visitor.get(form_link, HTTP_REFERER="http://testserver" + landing)
        form = BeautifulSoup(form_page.content, "html.parser").select_one(".careers-lead form")
        assert form.select_one('input[name="utm_source"]')["value"] == "newsletter"
