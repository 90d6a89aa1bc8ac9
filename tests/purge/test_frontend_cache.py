"""Publishing, unpublishing, moving or deleting a career purges every page showing it from
the site's frontend cache: here Wagtail's HTTP backend (Varnish's PURGE) pointed at a fake
cache on 127.0.0.1 that records what it is asked."""

import http.server
import threading

import pytest
from wagtail import hooks
from wagtail.models import Page

from wagtail_careers.factories import CareerPageFactory, ComparisonPageFactory
from wagtail_careers.purging import PAGES_SHOWING_CAREERS_HOOK

pytestmark = pytest.mark.django_db
PORTS = range(8140, 8150)


class FakeCache(http.server.ThreadingHTTPServer):
    """Answers every PURGE with 200 and keeps ``(host, path)`` of each."""

    def __init__(self):
        self.purged = []
        for port in PORTS:
            try:
                super().__init__(("127.0.0.1", port), PurgeHandler)
                return
            except OSError:
                continue
        raise RuntimeError(f"No free port in {PORTS.start}-{PORTS.stop - 1} for the fake cache")


class PurgeHandler(http.server.BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_cache(settings):
    server = FakeCache()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield server
    server.shutdown()
    server.server_close()


def purged_paths(fake_cache):
    return sorted(path for _host, path in fake_cache.purged)


@pytest.fixture
def site(site_root):
    """Two careers in one comparison, a third in another, and a comparison without the first."""
    coding = CareerPageFactory(title="Coding", slug="coding")
    office = CareerPageFactory(title="Office", slug="office")
    assistant = CareerPageFactory(title="Assistant", slug="assistant")
    return {
        "coding": coding,
        "office": office,
        "assistant": assistant,
        "with coding": ComparisonPageFactory(title="With coding", careers=[coding, office]),
        "also with coding": ComparisonPageFactory(
            title="Also with coding", careers=[assistant, coding]
        ),
        "without coding": ComparisonPageFactory(
            title="Without coding", careers=[office, assistant]
        ),
    }


def test_publishing_a_career_purges_it_and_every_live_comparison_showing_it(
    fake_cache, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["coding"].save_revision().publish()

    assert purged_paths(fake_cache) == sorted(
        [site["coding"].url, site["with coding"].url, site["also with coding"].url]
    )
    assert all(host == "localhost" for host, _path in fake_cache.purged)


def test_publishing_another_page_purges_only_that_page(
    fake_cache, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["without coding"].save_revision().publish()

    assert purged_paths(fake_cache) == [site["without coding"].url]  # Wagtail's own purge


def test_a_comparison_that_is_not_live_is_not_purged(
    fake_cache, site, django_capture_on_commit_callbacks
):
    site["also with coding"].unpublish()
    fake_cache.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        site["coding"].save_revision().publish()

    assert site["also with coding"].url not in purged_paths(fake_cache)
    assert site["with coding"].url in purged_paths(fake_cache)


def test_unpublishing_a_career_purges_its_comparisons(
    fake_cache, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site["office"].unpublish()

    assert purged_paths(fake_cache) == sorted(
        [site["office"].url, site["with coding"].url, site["without coding"].url]
    )


def test_deleting_a_career_purges_the_comparisons_that_showed_it(
    fake_cache, site, django_capture_on_commit_callbacks
):
    comparisons = [site["with coding"].url, site["without coding"].url]
    office_url = site["office"].url

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=site["office"].pk).delete()

    assert purged_paths(fake_cache) == sorted([office_url, *comparisons])


def test_moving_a_career_purges_its_comparisons(
    fake_cache, site, site_root, django_capture_on_commit_callbacks
):
    section = site_root.add_child(instance=Page(title="Health careers", slug="health"))
    fake_cache.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        site["assistant"].move(section, pos="last-child")

    # Before and after the move: the comparisons that link to it, at the URL they keep (and
    # Wagtail's own purge of the redirect it makes from the old URL).
    paths = set(purged_paths(fake_cache))
    assert {site["also with coding"].url, site["without coding"].url} <= paths
    assert site["with coding"].url not in paths


def test_moving_a_section_purges_the_comparisons_of_the_careers_in_it(
    fake_cache, site, site_root, django_capture_on_commit_callbacks
):
    section = site_root.add_child(instance=Page(title="Office careers", slug="office-section"))
    office = CareerPageFactory(title="Receptionist", slug="receptionist", parent=section)
    comparison = ComparisonPageFactory(title="Front desk", careers=[office, site["coding"]])
    elsewhere = site_root.add_child(instance=Page(title="Elsewhere", slug="elsewhere"))
    fake_cache.purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        section.move(elsewhere, pos="last-child")

    paths = set(purged_paths(fake_cache))
    assert comparison.url in paths
    assert not paths & {site["with coding"].url, site["without coding"].url}


def test_pages_registered_by_a_listing_page_type_are_purged_too(
    fake_cache, site, site_root, django_capture_on_commit_callbacks
):
    listing = site_root.add_child(instance=Page(title="All careers", slug="all-careers"))

    def listing_pages(careers):
        return [listing] if site["coding"] in careers else []

    with hooks.register_temporarily(PAGES_SHOWING_CAREERS_HOOK, listing_pages):
        with django_capture_on_commit_callbacks(execute=True):
            site["coding"].save_revision().publish()
        assert listing.url in purged_paths(fake_cache)

        fake_cache.purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            site["office"].save_revision().publish()
        assert listing.url not in purged_paths(fake_cache)


def test_moving_a_career_purges_the_listings_of_where_it_was_and_where_it_is(
    fake_cache, site, site_root, django_capture_on_commit_callbacks
):
    section = site_root.add_child(instance=Page(title="Health careers", slug="health"))
    fake_cache.purged.clear()

    def parents(careers):  # a listing page type that lists the careers right below it
        return [career.get_parent() for career in careers]

    with hooks.register_temporarily(PAGES_SHOWING_CAREERS_HOOK, parents):
        with django_capture_on_commit_callbacks(execute=True):
            site["assistant"].move(section, pos="last-child")

    assert {site_root.url, section.url} <= set(purged_paths(fake_cache))


def test_all_the_urls_of_one_change_go_in_one_batch(
    fake_cache, site, django_capture_on_commit_callbacks, monkeypatch
):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    batches = []
    monkeypatch.setattr(HTTPBackend, "purge_batch", lambda self, urls: batches.append(urls))
    with django_capture_on_commit_callbacks(execute=True):
        site["coding"].unpublish()

    # Wagtail's own purge of the career, then one batch of everything showing it.
    assert sorted(len(batch) for batch in batches) == [1, 2]


def test_without_a_frontend_cache_nothing_is_looked_up(
    site, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    from wagtail_careers.purging import purge_pages_showing

    settings.WAGTAILFRONTENDCACHE = {}
    with django_assert_num_queries(0), django_capture_on_commit_callbacks() as callbacks:
        purge_pages_showing([site["coding"]])
    assert callbacks == []


def test_with_a_task_queue_the_purge_waits_for_the_worker(
    fake_cache, site, settings, django_capture_on_commit_callbacks
):
    # Wagtail's tasks are django_tasks' (the backport), on every supported Django.
    from django_tasks import task_backends

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        site["coding"].save_revision().publish()

    assert fake_cache.purged == []  # the editor's request did not wait for the cache
    purges = [
        result
        for result in task_backends["default"].results
        if result.task.name == "purge_urls_from_cache_task"
    ]
    assert sorted(sorted(result.args[0]) for result in purges) == [
        sorted(
            f"http://localhost{site[name].url}" for name in ("also with coding", "with coding")
        ),
        [f"http://localhost{site['coding'].url}"],
    ]

    for result in purges:  # what the worker does
        result.task.call(*result.args, **result.kwargs)
    assert site["with coding"].url in purged_paths(fake_cache)
