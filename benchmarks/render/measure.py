"""One site's measurement, run by ``run.py`` in a process of that site (its settings set).

Migrates a fresh database, adds the pages of ``content.py`` and, for the career page, the
four-career comparison and the first page of the career index of 1,000, a plain Wagtail page
holding the text each shows (its ``<article>`` without the lead form). Then GETs every page once per round, as an anonymous visitor through
Django's test client, in an order that rotates from round to round, and prints the median
wall and CPU time of each, the ratios to the plain pages and the queries each page makes.
"""

import argparse
import re
import statistics
import time

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Site  # noqa: E402

from benchmarks.render.content import create_pages  # noqa: E402
from benchmarks.render.models import PlainPage  # noqa: E402

LEAD_FORM = re.compile(r'<section class="careers-lead".*?</section>', re.DOTALL)
TARGETS = {"career": 1.3, "comparison of 4": 2.0, "career index of 1,000": 2.0}


def get(client, url):
    client.cookies.clear()  # every GET is a new anonymous visitor
    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"GET {url} answered {response.status_code}")
    return response


def article_text(client, url) -> str:
    """The ``<article>`` a package page shows, without its lead form: the plain page's body."""
    html = get(client, url).content.decode()
    article = html[html.index("<article") : html.index("</article>") + len("</article>")]
    return LEAD_FORM.sub("", article)


def add_plain_pages(client, pages) -> dict[str, str]:
    """A plain page per target; returns the plain page's URL for each target's name."""
    root = Site.objects.get(is_default_site=True).root_page
    plain_urls = {}
    for name in TARGETS:
        plain = PlainPage(
            title=pages[name].title,
            slug=f"plain-{pages[name].slug}",
            body=article_text(client, pages[name].url),
        )
        root.add_child(instance=plain)
        plain_urls[name] = plain.url
    return plain_urls


def queries_and_size(client, url) -> tuple[int, int]:
    """The queries one GET of ``url`` makes, and the size of its HTML in bytes."""
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
    return len(queries), len(response.content)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=20)
    parser.add_argument("--label", default="")
    args = parser.parse_args()

    if connection.vendor == "sqlite":  # a new file in the benchmark's temporary directory
        call_command("migrate", verbosity=0, interactive=False)
        run(args)
    else:  # a test_ copy of the database named, as Django's tests make it
        old_name = connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        try:
            run(args)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    Site.clear_site_root_paths_cache()  # nothing of this run is left in a shared cache


def run(args):
    Site.clear_site_root_paths_cache()  # a shared cache may hold an earlier run's
    client = Client()
    pages = create_pages()
    plain_urls = add_plain_pages(client, pages)
    urls = {
        **{f"plain page ({name})": url for name, url in plain_urls.items()},
        **{name: page.url for name, page in pages.items()},
    }

    for _ in range(args.warm_up):
        for url in urls.values():
            get(client, url)
    queries, sizes = {}, {}
    for name, url in urls.items():
        queries[name], sizes[name] = queries_and_size(client, url)

    names = list(urls)
    wall = {name: [] for name in names}
    cpu = {name: [] for name in names}
    for n in range(args.rounds):
        for name in names[n % len(names) :] + names[: n % len(names)]:
            started_cpu, started = time.process_time(), time.perf_counter()
            get(client, urls[name])
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)

    median_wall = {name: statistics.median(times) * 1000 for name, times in wall.items()}
    median_cpu = {name: statistics.median(times) * 1000 for name, times in cpu.items()}
    print(f"\n{args.label}: medians of {args.rounds} interleaved rounds")
    print(f"  {'page':<36} {'wall ms':>8} {'CPU ms':>8} {'queries':>8} {'bytes':>8}")
    for name in names:
        print(
            f"  {name:<36} {median_wall[name]:8.2f} {median_cpu[name]:8.2f}"
            f" {queries[name]:8} {sizes[name]:8}"
        )
    for name, target in TARGETS.items():
        plain, bare = f"plain page ({name})", f"{name} without the form"
        compared = [name, bare] if bare in urls else [name]
        wall_ratio, cpu_ratio = (
            {page: medians[page] / medians[plain] for page in compared}
            for medians in (median_wall, median_cpu)
        )
        met = "met" if wall_ratio[name] <= target else "NOT met"
        line = (
            f"  {name} / plain page: {wall_ratio[name]:.2f}x wall, {cpu_ratio[name]:.2f}x CPU "
            f"(target <= {target}x: {met})"
        )
        if bare in urls:
            line += (
                f"; without the lead form: {wall_ratio[bare]:.2f}x wall, {cpu_ratio[bare]:.2f}x"
                f" CPU; the form's share: {median_wall[name] - median_wall[bare]:.2f} ms wall, "
                f"{median_cpu[name] - median_cpu[bare]:.2f} ms CPU"
            )
        print(line)
    two, four = queries["comparison of 2"], queries["comparison of 4"]
    print(
        f"  queries: comparison of 2 careers {two}, of 4 careers {four} "
        f"(target equal: {'met' if two == four else 'NOT met'})"
    )
    ten, thousand = queries["career index of 10"], queries["career index of 1,000"]
    print(
        f"  queries: career index of 10 careers {ten}, of 1,000 careers {thousand} "
        f"(target equal: {'met' if ten == thousand else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
