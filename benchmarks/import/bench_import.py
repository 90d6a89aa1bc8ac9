"""Benchmark (not a test): import 1,000 generated occupations on SQLite, then import them again.

DESIGN.md's targets: the first import within 30 s, the unchanged re-import within 5 s.

    .venv/bin/python benchmarks/import/bench_import.py            # published pages
    .venv/bin/python benchmarks/import/bench_import.py --draft    # drafts only
    .venv/bin/python benchmarks/import/bench_import.py --rows 2000

Each run uses a fresh SQLite database in a temporary directory, so it never touches the
example site's data. It prints the wall time and the number of SQL queries of each import,
and, as a yardstick measured in the same run, the time Wagtail alone takes to create the same
pages (``add_child`` + ``save_revision`` [+ ``publish``], no parsing, merging or checks): on a
busy machine the ratio to it says more than the seconds.
"""

import argparse
import csv
import io
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EDUCATION = (
    "high_school",
    "postsecondary_nondegree",
    "associate",
    "bachelor",
    "master",
)
COLUMNS = [
    "soc_code", "title", "summary", "median_annual", "percentile_10", "percentile_90",
    "salary_year", "growth_percent", "outlook_start", "outlook_end", "employment",
    "typical_entry_education", "duties",
]  # fmt: skip


def occupation(number):
    median = 30000 + 97 * number
    return {
        "soc_code": f"{11 + number // 1000:02d}-{1000 + number % 1000:04d}",
        "title": f"Occupation {number:04d}",
        "summary": f"What people in occupation {number} do, in two sentences. They do it well.",
        "median_annual": median,
        "percentile_10": median * 7 // 10,
        "percentile_90": median * 16 // 10,
        "salary_year": 2023,
        "growth_percent": f"{(number % 40) - 5}.5",
        "outlook_start": 2023,
        "outlook_end": 2033,
        "employment": 1000 + 37 * number,
        "typical_entry_education": EDUCATION[number % len(EDUCATION)],
        "duties": "|".join(f"Duty {d} of occupation {number}" for d in range(1, 6)),
    }


def write_file(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(occupation(n) for n in range(rows))


@contextmanager
def counting_queries(connection):
    counter = {"queries": 0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield counter


def timed_import(path, parent, options):
    from django.core.management import call_command
    from django.db import connection

    out = io.StringIO()
    with counting_queries(connection) as counter:
        start = time.perf_counter()
        call_command(
            "import_careers",
            str(path),
            "--parent",
            str(parent.pk),
            *options,
            stdout=out,
        )
        seconds = time.perf_counter() - start
    return seconds, counter["queries"], out.getvalue().strip().splitlines()[-1]


def wagtail_alone(parent, rows, publish):
    """The same pages created the way Wagtail's admin does, under a fresh parent."""
    from django.db import transaction
    from wagtail.models import Page

    from wagtail_careers.importing.pages import merge_body
    from wagtail_careers.importing.rows import parse_table
    from wagtail_careers.models import CareerPage

    table = [COLUMNS] + [[occupation(n)[c] for c in COLUMNS] for n in range(rows)]
    parsed = parse_table(table)
    bodies = [merge_body(row, [], parsed.headers)[0] for row in parsed.rows]
    section = parent.add_child(instance=Page(title="Yardstick", slug="yardstick"))
    start = time.perf_counter()
    with transaction.atomic():
        for row, body in zip(parsed.rows, bodies, strict=True):
            page = CareerPage(
                title=row.title,
                soc_code=row.soc_code,
                summary=row.summary,
                body=body,
                live=False,
            )
            section.add_child(instance=page)
            revision = page.save_revision(log_action=True, clean=False)
            if publish:
                revision.publish()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--draft", action="store_true", help="import as drafts (no --publish)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    sys.path.insert(0, str(REPO / "example_site"))
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Site

    call_command("migrate", verbosity=0)
    parent = Site.objects.get(is_default_site=True).root_page
    path = tmp / "occupations.csv"
    write_file(path, args.rows)
    options = [] if args.draft else ["--publish"]

    print(f"import_careers {' '.join(options) or '(drafts)'}: {args.rows} occupations, SQLite")
    for label, target in (("first import", 30), ("unchanged re-import", 5)):
        seconds, queries, summary = timed_import(path, parent, options)
        verdict = "OK" if seconds <= target else "OVER TARGET"
        print(
            f"  {label:20} {seconds:6.2f} s  {queries:6} queries  (target {target} s: {verdict})"
        )
        print(f"    {summary}")
    seconds = wagtail_alone(parent, args.rows, publish=not args.draft)
    print(f"  {'Wagtail alone':20} {seconds:6.2f} s  (creating the same pages, for comparison)")


if __name__ == "__main__":
    main()
