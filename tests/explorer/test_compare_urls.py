"""The career index's links and forms, on a site with ``WAGTAIL_APPEND_SLASH`` on (Wagtail's
default) and off: with it off the index's URL has no trailing slash (``/careers``) and its
comparison is below it (``/careers/compare/``), as Wagtail's ``{% routablepageurl %}`` writes
it. Every URL a visitor follows is served."""

import html as html_module

import pytest
from append_slash_support import wagtail_append_slash
from bs4 import BeautifulSoup
from django.test import Client
from leads_support import form_tokens, valid_data
from page_reading import text_of

from wagtail_careers.models import Lead

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limit")]

APPEND_SLASH = pytest.mark.parametrize(
    "append_slash", [True, False], ids=["append-slash", "no-append-slash"]
)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


@APPEND_SLASH
def test_the_compare_form_and_the_cards_lead_to_pages_that_are_served(
    client, careers, index, append_slash
):
    with wagtail_append_slash(append_slash):
        assert index.url.endswith("/") is append_slash
        html = get(client, index.url)
        form = html.select_one("form[data-careers-compare]")
        assert form["action"] == index.url.rstrip("/") + "/compare/"
        chosen = [careers["lpn"].pk, careers["surgical"].pk]
        query = "&".join(f"careers={pk}" for pk in chosen)
        comparison = get(client, f"{form['action']}?{query}")
        assert (
            text_of(comparison.h1) == "Compare: Licensed Practical Nurse and Surgical Technologist"
        )
        card_links = html.select(".careers-card-title a")
        assert len(card_links) == len(careers)
        for card_link in card_links:
            assert card_link["href"].endswith("/") is append_slash
            assert get(client, card_link["href"]).h1


@APPEND_SLASH
def test_the_lead_form_of_a_visitors_comparison_sends_a_lead(careers, index, append_slash, clock):
    visitor = Client()
    with wagtail_append_slash(append_slash):
        below = index.url.rstrip("/") + "/"
        compare = f"{below}compare/?careers={careers['lpn'].pk}&careers={careers['surgical'].pk}"
        response = visitor.get(compare)
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        form = html.select_one(".careers-lead form")
        assert html_module.unescape(form["action"]) == compare + "#request-information"
        # The comparison is one visitor's: its form has their tokens, no token URL or link.
        assert not form.get("data-careers-token-url")
        assert not html.select("[data-careers-form-link]")
        tokens = form_tokens(response)
        clock.advance(5)
        answer = visitor.post(compare, valid_data(**tokens, career=str(careers["lpn"].pk)))
        assert answer.status_code == 303
        assert answer["Location"] == below + "thanks/"
        assert get(visitor, answer["Location"]).select_one(".careers-lead-thanks")
    assert Lead.objects.get().career == careers["lpn"]


@APPEND_SLASH
def test_a_careers_compare_with_links_are_served(client, careers, index, append_slash):
    with wagtail_append_slash(append_slash):
        html = get(client, careers["lpn"].url)
        links = [
            a["href"]
            for a in html.select(".careers-comparison-links a")
            if text_of(a).startswith("Compare with")
        ]
        assert links
        for link in links:
            assert link.startswith(index.url.rstrip("/") + "/compare/?")
            assert text_of(get(client, link).h1).startswith("Compare: Licensed Practical Nurse")
