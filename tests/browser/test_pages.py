"""The demo's public pages in chromium, on a desktop and on a phone."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

from wagtail_careers.factories import CareerPageFactory, ComparisonPageFactory
from wagtail_careers.models import CareerPage, ComparisonPage

from .conftest import DESKTOP, PHONE, save_screenshot, scrolls_sideways, serious_axe_violations


@pytest.fixture
def demo(live_server):
    call_command("load_demo", base_url=live_server.url, stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def demo_paths(demo):
    return {
        "home": demo.root_page.url,
        "career": CareerPage.objects.get(soc_code="29-2072", locale__language_code="en").url,
        "comparison": ComparisonPage.objects.live().filter(locale__language_code="en")[0].url,
    }


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("kind", ["home", "career", "comparison"])
def test_page_is_accessible_and_fits_the_screen(demo, open_page, kind, viewport):
    tab = open_page(demo_paths(demo)[kind], viewport=viewport)

    assert serious_axe_violations(tab) == []
    assert not scrolls_sideways(tab)
    save_screenshot(tab, f"{kind}-{'phone' if viewport is PHONE else 'desktop'}")


def demo_careers() -> list[CareerPage]:
    """The demo's first three English careers: the seed article's two and the medical
    assistant (the career index's ten others come after them)."""
    return list(CareerPage.objects.filter(locale__language_code="en").order_by("pk")[:3])


def three_career_comparison(demo):
    """The demo's first three careers compared, under the home page (the demo compares two)."""
    careers = demo_careers()
    page = ComparisonPageFactory(
        title="Three medical careers compared", parent=demo.root_page, careers=list(careers)
    )
    return page.url


def boxes_in_viewport(tab, selector) -> list[bool]:
    """For each element ``selector`` finds, whether it lies wholly inside the viewport (to the
    pixel: a jump to an anchor may leave it a fraction of one above the top)."""
    return tab.eval_on_selector_all(
        selector,
        """elements => elements.map(element => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.left >= -1 && box.top >= -1
                && box.right <= window.innerWidth + 1 && box.bottom <= window.innerHeight + 1;
        })""",
    )


def test_phone_comparison_shows_two_careers_median_pay_at_once(demo, open_page):
    tab = open_page(demo_paths(demo)["comparison"], viewport=PHONE)
    tab.locator(".careers-row-median_pay").scroll_into_view_if_needed()

    assert boxes_in_viewport(tab, ".careers-row-median_pay td") == [True, True]
    names = tab.locator(".careers-row-median_pay .careers-cell-career")
    assert names.all_inner_texts() == [
        "Medical Coding Specialist",
        "Medical Office Specialist",
    ]
    assert tab.locator(".careers-row-median_pay td .careers-value").all_inner_texts() == [
        "$34,750",
        "$31,350",
    ]
    save_screenshot(tab, "comparison-table-phone", tab.locator(".careers-comparison-table"))


def test_phone_comparison_names_each_career_down_to_the_last_row(demo, open_page):
    tab = open_page(three_career_comparison(demo), viewport=PHONE)
    last_row = tab.locator(".careers-table tbody tr").last
    last_row.scroll_into_view_if_needed()
    names = last_row.locator(".careers-cell-career")
    assert names.count() == 3
    assert all(names.nth(index).is_visible() for index in range(3))
    # All three careers show in every row: none hides off to the side.
    assert not tab.evaluate(
        "(() => { const r = document.querySelector('.careers-table-region');"
        " return r.scrollWidth > r.clientWidth; })()"
    )
    assert not scrolls_sideways(tab)


def test_phone_comparison_caption_wraps(demo, open_page):
    tab = open_page(three_career_comparison(demo), viewport=PHONE)
    caption = tab.locator(".careers-table caption")
    fits = caption.evaluate(
        "c => c.scrollWidth <= c.clientWidth && c.getBoundingClientRect().right <= innerWidth"
    )
    assert fits
    assert caption.evaluate("c => c.getBoundingClientRect().height") > 30  # two lines or more


def test_desktop_comparison_is_a_grid_of_columns_with_its_headers(demo, open_page):
    tab = open_page(three_career_comparison(demo), viewport=DESKTOP)
    headers = tab.locator(".careers-table thead th")
    assert [headers.nth(index).is_visible() for index in range(3)] == [True, True, True]
    assert not tab.locator(".careers-cell-career").first.is_visible()
    tops = tab.eval_on_selector_all(
        ".careers-row-median_pay td", "cells => cells.map(c => c.getBoundingClientRect().top)"
    )
    assert len(set(tops)) == 1  # side by side, in one line
    assert serious_axe_violations(tab) == []


def test_desktop_comparison_keeps_the_careers_names_in_view_down_a_long_table(demo, open_page):
    tab = open_page(three_career_comparison(demo), viewport=DESKTOP)
    tab.locator(".careers-row-duties").scroll_into_view_if_needed()
    tab.evaluate("scrollBy(0, document.querySelector('.careers-row-duties').offsetHeight / 2)")
    assert boxes_in_viewport(tab, ".careers-table thead th") == [True, True, True]
    assert not scrolls_sideways(tab)


def four_career_comparison(demo):
    """The demo's first three careers and a fourth, compared: the widest table there is."""
    careers = demo_careers()
    fourth = CareerPageFactory(title="Health Information Technician", parent=demo.root_page)
    page = ComparisonPageFactory(
        title="Four careers compared", parent=demo.root_page, careers=[*careers, fourth]
    )
    return page.url


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_four_careers_fit_without_sideways_scroll(demo, open_page, viewport):
    tab = open_page(four_career_comparison(demo), viewport=viewport)
    assert not scrolls_sideways(tab)
    assert serious_axe_violations(tab) == []
    if viewport is PHONE:
        # Two abreast, the third and fourth on the next line: every career on screen.
        lefts = tab.eval_on_selector_all(
            ".careers-row-median_pay td", "cells => cells.map(c => c.getBoundingClientRect().left)"
        )
        assert lefts[0] == lefts[2] and lefts[1] == lefts[3] and lefts[0] < lefts[1]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("kind", ["career", "comparison"])
def test_the_link_near_the_top_jumps_to_the_form(demo, open_page, kind, viewport):
    tab = open_page(demo_paths(demo)[kind], viewport=viewport)
    link = tab.locator(".careers-form-link a")
    assert boxes_in_viewport(tab, ".careers-form-link a") == [True]
    link.click()
    tab.wait_for_function("location.hash === '#request-information'")
    assert boxes_in_viewport(tab, "#careers-lead-heading") == [True]
