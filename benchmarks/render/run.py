"""Render benchmark: career and comparison pages against plain Wagtail pages with the same text.

Measures two sites, each in a process of its own on a fresh database (protocol and figures:
benchmarks/README.md):

- the new user's site: what ``wagtail start`` makes, with the README's install (the two
  ``INSTALLED_APPS`` lines) and nothing else, on SQLite, with ``DEBUG = False``;
- the example site, with its production settings (``example_site.settings.production``): on
  SQLite, or on the PostgreSQL database ``--example-database-url`` names (its ``test_`` copy
  is created and dropped, as Django's tests do); ``REDIS_URL`` gives it its Redis cache.

Each prints, for every page, the median wall and CPU time of interleaved GETs through
Django's test client and the queries it makes; the ratios of the career page and of the
four-career comparison to the plain page holding their text (targets 1.3x and 2.0x), the
lead form's share of each, and the queries of a comparison of 2 and of 4 careers (target:
equal).

    python benchmarks/render/run.py [--rounds 200] [--site new-user|example|both]
        [--example-database-url postgres://postgres@127.0.0.1:5432/careers_bench]

The ratios are reported, not enforced: the exit status is 0 unless a page failed to render.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import django
import wagtail

ROOT = Path(__file__).resolve().parents[2]
README_INSTALL = '    "wagtail_careers",\n    "wagtail.contrib.settings",\n'
NEW_USER_SETTINGS = """\
from .dev import *  # noqa: F403

DEBUG = False
# The plain page of the benchmark (benchmarks/render/models.py); not part of the install.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks.render"]  # noqa: F405
"""


def new_user_site(directory: Path) -> tuple[str, list[Path]]:
    """``wagtail start benchsite`` with the README's install; its settings and import path."""
    wagtail_command = Path(sys.executable).with_name("wagtail")
    directory.mkdir()
    subprocess.run(  # noqa: S603 (a fixed command line)
        [wagtail_command, "start", "benchsite", directory], check=True, stdout=subprocess.DEVNULL
    )
    base = directory / "benchsite" / "settings" / "base.py"
    text = base.read_text()
    base.write_text(text.replace("INSTALLED_APPS = [\n", "INSTALLED_APPS = [\n" + README_INSTALL))
    (directory / "benchsite" / "settings" / "bench.py").write_text(NEW_USER_SETTINGS)
    return "benchsite.settings.bench", [directory]


def measure(label, settings, path, rounds, env=None):
    env = {
        **os.environ,
        **(env or {}),
        "DJANGO_SETTINGS_MODULE": settings,
        "PYTHONPATH": os.pathsep.join(str(p) for p in [*path, ROOT]),
    }
    subprocess.run(  # noqa: S603 (a fixed command line)
        [
            sys.executable,
            "-m",
            "benchmarks.render.measure",
            "--rounds",
            str(rounds),
            "--label",
            label,
        ],
        check=True,
        env=env,
        cwd=path[0],
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--site", choices=["new-user", "example", "both"], default="both")
    parser.add_argument(
        "--example-database-url",
        default="",
        help="the example site's database (default: SQLite in a temporary directory)",
    )
    args = parser.parse_args()
    stack = f"Wagtail {wagtail.__version__}, Django {django.__version__}"
    with tempfile.TemporaryDirectory(prefix="careers-render-bench-") as tmp:
        tmp = Path(tmp)
        if args.site in ("new-user", "both"):
            settings, path = new_user_site(tmp / "new-user")
            measure(f"New user's site ({stack}, SQLite, DEBUG off)", settings, path, args.rounds)
        if args.site in ("example", "both"):
            database_url = args.example_database_url or f"sqlite:///{tmp / 'example.sqlite3'}"
            engine = database_url.split(":", 1)[0]
            measure(
                f"Example site, production settings ({stack}, {engine}"
                f"{', Redis cache' if os.environ.get('REDIS_URL') else ''})",
                "benchmarks.render.example_settings",
                [ROOT / "example_site"],
                args.rounds,
                env={"BENCH_DATABASE_URL": database_url},
            )


if __name__ == "__main__":
    main()
