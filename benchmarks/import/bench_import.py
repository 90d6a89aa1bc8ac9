"""Benchmark (not a test): the three downloads imported together into an empty parent, twice.

The files are written in the layouts BLS and O*NET publish, by the writers the tests use
(``tests/importing_support.py``): the national OEWS workbook (about 830 detailed occupations
and the group totals around them), the Employment Projections ``occupation.xlsx`` (832 line
items and their summary rows in Table 1.2) and O*NET's ``Task Statements.txt`` (8,000 task
rows, some of detailed ``.01`` occupations). Targets: the first import within 30 s on
SQLite; the same files again within 5 s, writing no revision.

    .venv/bin/python benchmarks/import/bench_import.py              # published pages
    .venv/bin/python benchmarks/import/bench_import.py --draft      # drafts only
    .venv/bin/python benchmarks/import/bench_import.py --yardstick  # and Wagtail alone

Each run uses a fresh SQLite database in a temporary directory, so it never touches the
example site's data. It prints the wall and CPU time of each import (the process's own
CPU time, which a busy machine inflates less), its SQL queries and the revisions it wrote;
with ``--yardstick``, also the time Wagtail alone
takes to create the same pages (``add_child`` + ``save_revision`` [+ ``publish``], no
reading, merging or checks), measured in the same run: on a busy machine the ratio to it
says more than the seconds.
"""

import argparse
import io
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OCCUPATIONS, OEWS_OCCUPATIONS, PROJECTED_OCCUPATIONS, TASK_ROWS = 840, 830, 832, 8000
#: The SOC codes: major groups of 40 occupations; OEWS has the first 830, the projections
#: the last 832, so a few occupations are in one file only, as in BLS's.
MAJOR_GROUPS = range(11, 55, 2)
EDUCATION = (
    "High school diploma or equivalent",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
)
EXPERIENCE = ("None", "Less than 5 years", "5 years or more")
TRAINING = ("None", "Short-term on-the-job training", "Moderate-term on-the-job training")


def soc_codes():
    codes = [f"{major}-{1000 + 10 * n + 1:04d}" for major in MAJOR_GROUPS for n in range(40)]
    return codes[:OCCUPATIONS]


def oews_rows(support, codes):
    """Detailed occupations with the group totals OEWS puts around them."""
    rows = [support.oews_row("00-0000", "All Occupations", "total", median=49500)]
    for number, code in enumerate(codes):
        major, minor = code[:2], code[3:5]
        if number % 40 == 0:
            rows.append(support.oews_row(f"{major}-0000", f"Group {major}", "major", median=1))
        if number % 10 == 0:
            rows.append(support.oews_row(f"{major}-{minor}00", "Minor", "minor", median=1))
        if number % 2 == 0:
            rows.append(support.oews_row(code[:6] + "0", "Broad", "broad", median=1))
        median = 30000 + 97 * number
        rows.append(
            support.oews_row(
                code,
                f"Occupation {code}",
                median=median,
                p10=median * 7 // 10,
                p25=median * 85 // 100,
                p75=median * 12 // 10,
                p90=median * 16 // 10,
                hourly=round(median / 2080, 2),
            )  # fmt: skip
        )
    return rows


def projections_rows(support, codes):
    rows = [
        support.projections_row(
            "Total, all occupations",
            "00-0000",
            "Summary",
            employment=170000.1,
            growth=3.1,
            openings=18000.0,
        )  # fmt: skip
    ]
    for number, code in enumerate(codes):
        if number % 3 == 0:
            rows.append(
                support.projections_row(
                    "  Group",
                    code[:5] + "00",
                    "Summary",
                    employment=1000.0,
                    growth=2.0,
                    openings=100.0,
                )  # fmt: skip
            )
        rows.append(
            support.projections_row(
                f"      Occupation {code}",
                code,
                employment=round(1 + number * 0.7, 1),
                growth=round((number % 40) - 5.5, 1),
                openings=round(0.1 + number * 0.05, 1),
                education=EDUCATION[number % len(EDUCATION)],
                experience=EXPERIENCE[number % len(EXPERIENCE)],
                training=TRAINING[number % len(TRAINING)],
            )  # fmt: skip
        )
    return rows


def task_rows(support, codes):
    """8,000 tasks, about nine per occupation, every eighth one with a detailed .01 too."""
    onet_codes = [f"{code}.00" for code in codes]
    onet_codes += [f"{code}.01" for code in codes[::8]]
    rows = []
    for number in range(TASK_ROWS):
        code = onet_codes[number % len(onet_codes)]
        task_type = "Core" if number % 3 else "Supplemental"
        task = f"Task {number} of {code}: carry out the work the occupation does, carefully."
        rows.append(support.task_row(code, "", task, task_type, "08/2024", number))
    return rows


def write_files(folder):
    sys.path.insert(0, str(REPO / "tests"))
    import importing_support as support

    codes = soc_codes()
    return [
        support.write_oews(
            folder / "national_M2024_dl.xlsx", oews_rows(support, codes[:OEWS_OCCUPATIONS])
        ),
        support.write_projections(
            folder / "occupation.xlsx",
            projections_rows(support, codes[OCCUPATIONS - PROJECTED_OCCUPATIONS :]),
        ),
        support.write_tasks(folder / "Task Statements.txt", task_rows(support, codes), text=True),
    ]


@contextmanager
def counting_queries(connection):
    counter = {"queries": 0}

    def count(execute, sql, params, many, context):
        counter["queries"] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        yield counter


def timed_import(paths, parent, options):
    from django.core.management import call_command
    from django.db import connection

    out = io.StringIO()
    with counting_queries(connection) as counter:
        start, cpu_start = time.perf_counter(), time.process_time()
        call_command(
            "import_careers", *map(str, paths), "--parent", str(parent.pk), *options, stdout=out
        )
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return seconds, cpu, counter["queries"], out.getvalue().strip().splitlines()[-1]


def wagtail_alone(paths, parent, publish):
    """The same pages created the way Wagtail's admin does, under a fresh parent."""
    from django.db import transaction
    from wagtail.models import Page

    from wagtail_careers.importing.kinds import ReadOptions, read_file
    from wagtail_careers.importing.merging import merge
    from wagtail_careers.importing.pages import merge_body
    from wagtail_careers.models import CareerPage

    rows, _errors = merge([read_file(path, ReadOptions(year=2024)) for path in paths])
    bodies = [merge_body(row, [])[0] for row in rows]
    section = parent.add_child(instance=Page(title="Yardstick", slug="yardstick"))
    start, cpu_start = time.perf_counter(), time.process_time()
    with transaction.atomic():
        for row, body in zip(rows, bodies, strict=True):
            page = CareerPage(
                title=row.title,
                soc_code=row.soc_code,
                summary="",
                body=body,
                live=False,
            )
            section.add_child(instance=page)
            revision = page.save_revision(log_action=True, clean=False)
            if publish:
                revision.publish()
    return time.perf_counter() - start, time.process_time() - cpu_start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draft", action="store_true", help="import as drafts (no --publish)")
    parser.add_argument(
        "--yardstick", action="store_true", help="also time Wagtail alone creating the pages"
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    sys.path.insert(0, str(REPO / "example_site"))
    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Page, Revision, Site

    call_command("migrate", verbosity=0)
    home = Site.objects.get(is_default_site=True).root_page
    parent = home.add_child(instance=Page(title="Careers", slug="careers-bench"))
    paths = write_files(tmp)
    options = ["--year", "2024"] + ([] if args.draft else ["--publish"])

    print(
        f"import_careers {' '.join(options)}: OEWS ({OEWS_OCCUPATIONS} occupations), "
        f"projections ({PROJECTED_OCCUPATIONS}), {TASK_ROWS:,} O*NET tasks; SQLite, empty parent"
    )
    for label, target in (("first import", 30), ("same files again", 5)):
        revisions = Revision.objects.count()
        seconds, cpu, queries, summary = timed_import(paths, parent, options)
        written = Revision.objects.count() - revisions
        verdict = "OK" if seconds <= target else "OVER TARGET"
        print(
            f"  {label:18} {seconds:6.2f} s (CPU {cpu:6.2f} s)  {queries:6} queries  "
            f"{written:4} revisions  (target {target} s: {verdict})"
        )
        print(f"    {summary}")
    if args.yardstick:
        seconds, cpu = wagtail_alone(paths, home, publish=not args.draft)
        print(
            f"  {'Wagtail alone':18} {seconds:6.2f} s (CPU {cpu:6.2f} s)  "
            "(creating the same pages, for comparison)"
        )


if __name__ == "__main__":
    main()
