"""Career and comparison pages that any shared cache can serve, with the lead form still
working: tokens from the token URL (with JavaScript) or the uncached form route (without)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from leads_support import form_tokens, valid_data

from wagtail_careers.factories import ComparisonPageFactory
from wagtail_careers.models import Lead

pytestmark = pytest.mark.django_db

CACHE_MIDDLEWARE = "django.middleware.cache.UpdateCacheMiddleware"
FETCH_MIDDLEWARE = "django.middleware.cache.FetchFromCacheMiddleware"
FORM_LINK = re.compile(r'<a href="([^"]+)" data-careers-form-link>')


@pytest.fixture
def comparison(site_root):
    return ComparisonPageFactory(parent=site_root)


@pytest.fixture
def page_cache(settings):
    """Django's per-site cache in front of the site, as the example site runs in production."""
    settings.MIDDLEWARE = [CACHE_MIDDLEWARE, *settings.MIDDLEWARE, FETCH_MIDDLEWARE]
    settings.CACHE_MIDDLEWARE_SECONDS = 300
    settings.CACHE_MIDDLEWARE_KEY_PREFIX = "careers-test"


def no_store(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.mark.parametrize("page_fixture", ["career_page", "comparison"])
def test_every_anonymous_visitor_gets_the_same_bytes_and_no_cookie(
    request, page_fixture, careers_settings
):
    page = request.getfixturevalue(page_fixture)
    first, second = Client().get(page.url), Client().get(page.url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert "Set-Cookie" not in first and not first.cookies and not second.cookies
    html = first.content.decode()
    assert re.search(r'name="csrfmiddlewaretoken" value=""', html)
    assert re.search(r'name="lead_token" value=""', html)
    assert f'data-careers-token-url="{page.url}request-information/token/"' in html


def test_the_token_url_answers_this_visitors_tokens_privately_with_the_csrf_cookie(
    client, career_page, careers_settings, clock
):
    answer = client.get(career_page.url + "request-information/token/")
    assert answer.status_code == 200 and answer["Content-Type"] == "application/json"
    assert no_store(answer)
    tokens = answer.json()
    assert set(tokens) == {"csrfmiddlewaretoken", "lead_token"}
    assert all(tokens.values())
    assert answer.cookies["csrftoken"].value
    assert client.post(career_page.url + "request-information/token/").status_code == 405


def test_a_cached_page_is_served_without_a_query_and_a_lead_is_sent_from_it(
    page_cache, career_page, careers_settings, clock
):
    Client().get(career_page.url)  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    with CaptureQueriesContext(connection) as queries:
        cached = visitor.get(career_page.url)
    assert cached.status_code == 200 and len(queries) == 0
    assert not cached.cookies
    tokens = form_tokens(cached)  # what the script does: GET data-careers-token-url
    clock.advance(5)
    answer = visitor.post(career_page.url, valid_data(**tokens))
    assert answer.status_code == 303
    lead = Lead.objects.get()
    assert lead.email == "ana@example.com" and lead.spam_reason == ""
    # The answers to this visitor never went into the shared cache.
    thanks = visitor.get(answer["Location"])
    assert thanks.status_code == 200 and no_store(thanks)


def test_the_comparison_is_served_from_the_cache_without_a_query(
    page_cache, comparison, careers_settings
):
    Client().get(comparison.url)
    with CaptureQueriesContext(connection) as queries:
        cached = Client().get(comparison.url)
    assert cached.status_code == 200 and len(queries) == 0


def test_without_javascript_one_link_leads_to_a_form_with_this_visitors_tokens(
    career_page, careers_settings, clock
):
    visitor = Client(enforce_csrf_checks=True)
    landing = career_page.url + "?utm_source=newsletter&utm_campaign=spring"
    html = visitor.get(landing).content.decode()
    noscript = html.split("<noscript>")[1].split("</noscript>")[0]
    link = FORM_LINK.search(noscript).group(1)
    assert link == career_page.url + "request-information/#request-information"
    # In the shared page the fields are hidden until the script has shown them.
    assert re.search(r"<div class=\"careers-lead-fields\" data-careers-form-fields hidden>", html)

    # The browser follows the link, sending the page it was on as the referrer.
    form_page = visitor.get(link.split("#")[0], HTTP_REFERER="http://testserver" + landing)
    assert form_page.status_code == 200 and no_store(form_page)
    form_html = form_page.content.decode()
    assert "data-careers-token-url" not in form_html and "<noscript>" not in form_html
    assert "data-careers-form-fields hidden" not in form_html
    tokens = form_tokens(form_page)
    assert all(tokens.values())
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form_html))
    assert (hidden["utm_source"], hidden["utm_campaign"]) == ("newsletter", "spring")
    assert "referrer" not in hidden  # where the visitor came from before is unknown here
    clock.advance(5)
    answer = visitor.post(career_page.url, valid_data(**{**hidden, **tokens}))
    assert answer.status_code == 303
    lead = Lead.objects.get()
    assert (lead.spam_reason, lead.utm_source, lead.utm_campaign) == ("", "newsletter", "spring")


def test_a_post_without_a_valid_csrf_token_saves_nothing(career_page, careers_settings, clock):
    visitor = Client(enforce_csrf_checks=True)
    tokens = form_tokens(visitor.get(career_page.url))
    clock.advance(5)
    assert (
        visitor.post(career_page.url, valid_data(lead_token=tokens["lead_token"])).status_code
        == 403
    )
    forged = valid_data(**{**tokens, "csrfmiddlewaretoken": "x" * 64})
    assert visitor.post(career_page.url, forged).status_code == 403
    assert Lead.objects.count() == 0


def test_the_time_trap_counts_from_when_the_tokens_were_issued(
    client, career_page, careers_settings, clock
):
    page = client.get(career_page.url)
    clock.advance(600)  # the cached page was rendered long ago: not evidence of a person
    tokens = form_tokens(page)
    clock.advance(1)
    assert client.post(career_page.url, valid_data(**tokens)).status_code == 303
    lead = Lead.objects.get()
    assert (lead.spam_reason, lead.needs_review, lead.seconds_to_send) == ("", True, 1)


def test_answers_to_a_post_are_private_and_carry_their_tokens(
    client, career_page, careers_settings, clock
):
    tokens = form_tokens(client.get(career_page.url))
    clock.advance(5)
    answer = client.post(career_page.url, valid_data(**{**tokens, "email": "ana@"}))
    assert answer.status_code == 200 and no_store(answer)
    assert f'name="lead_token" value="{tokens["lead_token"]}"' in answer.content.decode()


def test_pages_send_no_cache_control_unless_the_site_asks(
    client, career_page, comparison, careers_settings, settings
):
    assert "Cache-Control" not in client.get(career_page.url)
    settings.WAGTAIL_CAREERS_CACHE_SECONDS = 300
    for page in (career_page, comparison):
        directives = client.get(page.url)["Cache-Control"].replace(" ", "").split(",")
        assert sorted(directives) == ["max-age=300", "public"]
    assert no_store(client.get(career_page.url + "request-information/token/"))
    assert no_store(client.get(career_page.url + "request-information/"))
    assert no_store(client.get(career_page.url + "thanks/"))


def test_an_editor_is_never_sent_a_public_cache_control(
    admin_client, career_page, careers_settings, settings
):
    settings.WAGTAIL_CAREERS_CACHE_SECONDS = 300
    assert "public" not in admin_client.get(career_page.url)["Cache-Control"]


def test_a_page_without_the_form_has_no_token_routes(client, career_page, careers_settings):
    career_page.show_lead_form = False
    career_page.save_revision().publish()
    assert client.get(career_page.url + "request-information/token/").status_code == 404
    assert client.get(career_page.url + "request-information/").status_code == 404
