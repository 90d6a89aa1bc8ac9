"""The demo's public pages in chromium, on a desktop and on a phone."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Site

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
