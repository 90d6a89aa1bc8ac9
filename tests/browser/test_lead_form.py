"""The lead form in chromium: sent with the keyboard only, from a copy of the page another
visitor was served (tokens from the token URL), without JavaScript, and after an error."""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from wagtail.models import Site

from wagtail_careers.models import CareerPage, Lead

from .conftest import DESKTOP, PHONE, save_screenshot, serious_axe_violations

TOKEN_ROUTE = "request-information/token/"


@pytest.fixture
def career_url(live_server, settings):
    """The demo's medical coding career page. People are quick here: no time trap."""
    settings.WAGTAIL_CAREERS_LEAD_MIN_SECONDS = 0
    call_command("load_demo", base_url=live_server.url, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True)
    return CareerPage.objects.get(soc_code="29-2072", locale__language_code="en").url


def tab_to(tab, element_id, presses=80) -> None:
    """Press Tab until the element ``element_id`` has focus, as a keyboard user does."""
    for _ in range(presses):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} never received focus with Tab")


def fill_with_keyboard(tab, phone="+1 555 010 0199") -> None:
    tab_to(tab, "id_name")
    tab.keyboard.type("Ana Ortiz")
    for element_id, text in [
        ("id_email", "ana@example.com"),
        ("id_phone", phone),
        ("id_postal_code", "94103"),
        ("id_message", "When does the next course start?"),
    ]:
        tab.keyboard.press("Tab")
        assert tab.evaluate("document.activeElement.id") == element_id
        tab.keyboard.type(text)
    tab_to(tab, "id_consent")
    tab.keyboard.press("Space")


def test_a_lead_is_sent_with_the_keyboard_only(open_page, career_url):
    tab = open_page(career_url)
    fill_with_keyboard(tab)
    for _ in range(5):  # past the privacy link, to the button
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.type") == "submit":
            break
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert urlsplit(tab.url).path == career_url + "thanks/"
    assert (
        tab.get_by_role("heading", level=1).inner_text() == "Thank you: your request has been sent"
    )
    assert tab.get_by_role("link", name="Back to Medical Coding Specialist").count() == 1
    lead = Lead.objects.get()
    assert (lead.name, lead.email, lead.spam_reason) == ("Ana Ortiz", "ana@example.com", "")


def test_a_lead_is_sent_from_another_visitors_copy_through_the_token_url(
    open_page, career_url, live_server
):
    shared = open_page(career_url)
    document = shared.request.get(live_server.url + career_url)
    assert "set-cookie" not in document.headers
    cached_html = document.text()
    assert 'name="lead_token" value=""' in cached_html

    # A second visitor is served the first one's bytes, as a shared cache would serve them.
    tab = open_page("/favicon.ico")
    served = []

    def serve_the_copy(route):
        if route.request.method != "GET":
            return route.continue_()
        served.append(route.request.url)
        return route.fulfill(status=200, content_type="text/html", body=cached_html)

    tab.route(lambda url: urlsplit(url).path == career_url, serve_the_copy)
    token_requests = []
    tab.on(
        "request", lambda request: TOKEN_ROUTE in request.url and token_requests.append(request)
    )
    tab.goto(career_url + "?utm_source=newsletter")
    tab.get_by_label("Name", exact=True).fill("Ana Ortiz")
    tab.get_by_label("Email", exact=True).fill("ana@example.com")
    tab.get_by_label("I agree").check()
    with tab.expect_navigation(url=re.compile(r"/thanks/")):
        tab.get_by_role("button", name="Send my request").click()
    assert len(served) == 1 and len(token_requests) == 1
    lead = Lead.objects.get()
    assert (lead.email, lead.spam_reason, lead.utm_source) == ("ana@example.com", "", "newsletter")


def test_without_javascript_the_link_leads_to_a_form_that_sends(browser, live_server, career_url):
    context = browser.new_context(java_script_enabled=False, base_url=live_server.url)
    try:
        tab = context.new_page()
        tab.goto(career_url + "?utm_source=newsletter")
        # No field to type into that could not be sent: the link instead.
        assert not tab.get_by_label("Name", exact=True).is_visible()
        tab.get_by_role("link", name="Open the request form").click()
        tab.get_by_label("Name", exact=True).fill("Ana Ortiz")
        tab.get_by_label("Email", exact=True).fill("ana@example.com")
        tab.get_by_label("I agree").check()
        tab.get_by_role("button", name="Send my request").click()
        tab.wait_for_url(re.compile(r"/thanks/"))
    finally:
        context.close()
    lead = Lead.objects.get()
    assert (lead.spam_reason, lead.utm_source) == ("", "newsletter")


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``rgb(r, g, b)`` colours."""

    def luminance(colour):
        channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted([luminance(first), luminance(second)], reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


BACKGROUND_BEHIND = """element => {
    for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
    }
    return "rgb(255, 255, 255)";
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_after_an_error_the_summary_has_focus_and_says_what_to_fix(
    open_page, career_url, viewport
):
    tab = open_page(career_url, viewport=viewport)
    fill_with_keyboard(tab, phone="12345")  # the server, not the browser, refuses it
    with tab.expect_navigation():
        tab.get_by_role("button", name="Send my request").click()

    assert tab.title().startswith("Error:")
    summary = tab.locator("[data-careers-error-summary]")
    assert tab.evaluate("document.activeElement.hasAttribute('data-careers-error-summary')")
    assert summary.get_attribute("role") == "alert"
    link = summary.get_by_role("link", name=re.compile("^Phone"))
    assert link.get_attribute("href") == "#id_phone"
    link.click()
    assert tab.evaluate("document.activeElement.id") == "id_phone"
    consent = tab.get_by_label("I agree")
    assert not consent.is_checked()
    assert tab.get_by_text("check it again to send your request").is_visible()
    assert tab.get_by_text("(optional)").count() == 3  # phone, postal code, message
    assert Lead.objects.count() == 0

    # The honeypot is in the page, out of the accessibility tree and the tab order.
    assert tab.locator("#careers-lead-website").count() == 1
    assert tab.get_by_role("textbox", name="Leave this field empty").count() == 0
    # The focus outline stands out from what is behind it (WCAG 1.4.11: 3:1).
    tab.keyboard.press("Shift+Tab")
    focused = tab.evaluate_handle("document.activeElement")
    outline = tab.evaluate("element => getComputedStyle(element).outlineColor", focused)
    assert tab.evaluate("element => getComputedStyle(element).outlineStyle", focused) == "solid"
    assert contrast(outline, tab.evaluate(BACKGROUND_BEHIND, focused)) >= 3

    assert serious_axe_violations(tab, within=".careers-lead") == []
    if viewport is PHONE:
        summary.focus()
        summary.scroll_into_view_if_needed()
        save_screenshot(tab, "lead-form-error-phone", full_page=False)
