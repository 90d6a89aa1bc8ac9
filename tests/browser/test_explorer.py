"""The career explorer on a phone: filter the demo's careers, check three, compare them, ask."""

import io
import re

import pytest
from django.core.management import call_command

from wagtail_careers.models import CareerIndexPage, Lead

from .conftest import PHONE, save_screenshot, scrolls_sideways, serious_axe_violations

CHOSEN = ["Surgical Technologist", "Licensed Practical Nurse", "Heating, Air Conditioning and Refrigeration Technician"]  # fmt: skip

# The lead this module posts counts against the rate limit: no other test inherits it.
pytestmark = pytest.mark.usefixtures("fresh_rate_limit")


@pytest.fixture
def index(live_server, settings):
    settings.WAGTAIL_CAREERS_LEAD_MIN_SECONDS = 0  # the test types faster than a person
    call_command("load_demo", base_url=live_server.url, stdout=io.StringIO())
    return CareerIndexPage.objects.get(locale__language_code="en")


def test_filter_tick_three_compare_and_send_a_lead_on_a_phone(index, open_page):
    tab = open_page(index.url, viewport=PHONE)
    assert serious_axe_violations(tab) == []
    assert not scrolls_sideways(tab)

    tab.get_by_label("Entry education, at most").select_option("postsecondary_nondegree")
    tab.get_by_label("Median pay per year, at least ($)").fill("40000")
    tab.get_by_label("Sort by").select_option("growth")
    tab.get_by_role("button", name="Show careers").click()
    tab.wait_for_url(re.compile(r"min_pay=40000"))
    assert tab.get_by_role("status").inner_text() == "3 careers found"
    assert tab.locator(".careers-card-title").all_inner_texts() == CHOSEN
    save_screenshot(tab, "career-index-phone")

    for title in CHOSEN:
        tab.get_by_label(f"Compare {title}").check()
    button = tab.locator(".careers-compare-submit")
    assert button.inner_text() == "Compare (3)"
    tab.evaluate("window.scrollTo(0, 0)")  # back at the top, the bar stays at the bottom
    box = button.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"]
    assert box["y"] > PHONE["height"] / 2

    button.click()
    tab.wait_for_url(re.compile(r"/compare/\?careers="))
    assert tab.locator("h1").inner_text() == f"Compare: {CHOSEN[0]}, {CHOSEN[1]} and {CHOSEN[2]}"
    assert tab.locator("table.careers-table th[scope=col]").all_inner_texts() == CHOSEN
    assert tab.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    assert serious_axe_violations(tab) == []
    assert not scrolls_sideways(tab)
    save_screenshot(tab, "visitor-comparison-phone")

    tab.locator('select[name="career"]').select_option(label=CHOSEN[1])
    tab.locator('input[name="name"]').fill("Ana Ortiz")
    tab.locator('input[name="email"]').fill("ana@example.com")
    tab.locator('input[name="consent"]').check()
    tab.get_by_role("button", name="Send my request").click()
    tab.wait_for_url(re.compile(r"/careers/thanks/"))
    assert "Thank you" in tab.locator("main").inner_text()

    lead = Lead.objects.get()
    assert lead.page_id == index.pk and lead.career.title == CHOSEN[1]
    assert sorted(career.title for career in lead.compared_careers.all()) == sorted(CHOSEN)


def test_without_javascript_the_compare_form_still_submits(index, browser, live_server):
    context = browser.new_context(
        viewport=PHONE, base_url=live_server.url, java_script_enabled=False
    )
    try:
        tab = context.new_page()
        tab.goto(index.url + "?sort=pay")
        tab.get_by_label("Compare Dental Hygienist").check()
        tab.get_by_label("Compare Radiologic Technologist").check()
        assert tab.locator(".careers-compare-submit").inner_text() == "Compare"
        tab.locator(".careers-compare-submit").click()
        tab.wait_for_url(re.compile(r"/compare/\?careers="))
        assert (
            "Compare: Dental Hygienist and Radiologic Technologist"
            in tab.locator("h1").inner_text()
        )
    finally:
        context.close()


def test_one_ticked_career_comes_back_with_why(index, open_page):
    tab = open_page(index.url, viewport=PHONE)
    tab.get_by_label("Compare Phlebotomist").check()
    tab.locator(".careers-compare-submit").click()
    tab.wait_for_url(re.compile(r"/compare/"))
    assert tab.get_by_role("alert").inner_text() == "Choose at least 2 careers to compare."
    assert tab.get_by_label("Compare Phlebotomist").is_checked()
