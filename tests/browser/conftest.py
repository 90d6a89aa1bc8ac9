"""Browser tests: Playwright driving Debian's chromium against the example site, live.

Every test in this folder is marked ``browser`` and runs against pytest-django's
``live_server`` with a transactional database (the server answers from another thread, which
must see what the test created). The data migrations' pages (the default site and its home
page) are restored for each test by ``serialized_rollback``.

Where chromium (Debian's package, ``apt install chromium``) or Playwright is missing, the tests
skip with the reason, on a developer's machine; under CI (``CI`` set) they fail instead, so CI
never passes without having run them. Playwright never downloads a browser here: it launches
the machine's chromium.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.db import connections

HERE = Path(__file__).resolve().parent
CHROMIUM = shutil.which("chromium")
# Flags for a headless chromium on a machine without a network or a display: no sandbox (CI
# runs as root), no GPU, and none of the background connections a closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# Where `make screenshots` wants the pictures; unset, no screenshot is written.
SCREENSHOTS = os.environ.get("WAGTAIL_CAREERS_SCREENSHOTS")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Mark this folder's tests (before pytest-django orders the transactional ones last)."""
    for item in items:
        if HERE in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if CHROMIUM is None:
        return "chromium is not installed (Debian: apt install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[test]')"
    return None


@pytest.fixture(scope="module")
def browser(django_db_setup):
    """A headless chromium for each test module.

    Not one for the session: pytest-django runs the tests without a database after these, and
    those must not see this fixture's ``DJANGO_ALLOW_ASYNC_UNSAFE``.
    """
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests cannot run under CI: {reason}")
        pytest.skip(f"Browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    # Starting Playwright leaves this thread in a new context, where Django opens new database
    # connections: they need the data serialized when the test database was created, which
    # each test's ``serialized_rollback`` restores.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    # Playwright's sync API keeps an event loop running in this thread while it is started;
    # the tests still use the ORM between browser steps, which Django refuses inside a running
    # loop unless told it is safe. Only for as long as Playwright runs: subprocesses started
    # by other tests (`check --deploy`) must not inherit it.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser, live_server):
    """``open_page(path, viewport=DESKTOP)``: a new tab showing ``path`` of the live site.

    Each call has its own browser context (its own cookies), closed after the test. The tab's
    JavaScript errors fail the test.
    """
    contexts = []
    errors = []

    def open_(path, viewport=DESKTOP):
        context = browser.new_context(viewport=viewport, base_url=live_server.url)
        contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda error: errors.append(f"{path}: {error}"))
        tab.goto(path)
        return tab

    yield open_
    for context in contexts:
        context.close()
    assert not errors, errors


ADMIN_USERNAME, ADMIN_PASSWORD = "browser-admin", "browser-admin-password"


@pytest.fixture
def open_admin_page(open_page, django_user_model):
    """``open_admin_page(path, viewport=DESKTOP)``: a tab logged in to the Wagtail admin, at
    ``path``, through the admin's own login form (a superuser made for the test)."""
    django_user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", ADMIN_PASSWORD)

    def open_(path, viewport=DESKTOP):
        tab = open_page(f"/admin/login/?next={path}", viewport=viewport)
        tab.get_by_label("Username").fill(ADMIN_USERNAME)
        tab.get_by_label("Password").fill(ADMIN_PASSWORD)
        tab.get_by_role("button", name="Sign in").click()
        tab.wait_for_url(f"**{path}")
        return tab

    return open_


def serious_axe_violations(tab, within: str | None = None) -> list[str]:
    """axe-core's serious and critical violations on the tab (or only ``within`` the elements
    a CSS selector finds), one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(tab, context=within)
    return [
        f"{violation['id']} ({violation['impact']}): "
        + ", ".join(str(node["target"]) for node in violation["nodes"])
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def scrolls_sideways(tab) -> bool:
    """Whether the page itself is wider than the viewport (a scrolling table inside is fine)."""
    return tab.evaluate("document.documentElement.scrollWidth > window.innerWidth")


def save_screenshot(tab, name: str, element=None, full_page: bool = True) -> None:
    """Write ``docs/screenshots/<name>.png`` when `make screenshots` asks for them: the whole
    page, (``full_page=False``) what the viewport shows, or only ``element`` (a locator)."""
    if SCREENSHOTS:
        path = str(Path(SCREENSHOTS) / f"{name}.png")
        if element is None:
            tab.screenshot(path=path, full_page=full_page)
        else:
            element.screenshot(path=path)
