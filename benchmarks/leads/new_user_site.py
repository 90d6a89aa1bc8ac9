"""The site a new user has: a fresh ``wagtail start`` project with the README's install and
nothing else (no ``TASKS``, no lead recipients), on PostgreSQL, ``DEBUG`` off.

The README's install is the two apps in ``INSTALLED_APPS``; what is added beyond that is only
what any deployment needs (the database, a secret key, the allowed hosts, an email backend,
collected static files) and the benchmark's Wagtail form page (``benchmarks.leads``), the
baseline. Created once per directory; ``settings`` is its settings module.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = "newusersite"
DEFAULT_DIR = Path(tempfile.gettempdir()) / "wagtail-careers-bench-new-user"
SETTINGS = f"{PROJECT}.settings.bench"

SETTINGS_FILE = '''"""The benchmark's production settings of a fresh `wagtail start` site (generated)."""

import os

import dj_database_url

from .production import *  # noqa: F403

# The README's install: two apps. Then the benchmark's Wagtail form page, the baseline.
INSTALLED_APPS = ["wagtail_careers", "wagtail.contrib.settings", *INSTALLED_APPS]  # noqa: F405
INSTALLED_APPS += ["benchmarks.leads"]
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
SECRET_KEY = "benchmark-only-secret-key-not-for-production-0123456789"
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
BENCH_WAGTAIL_EXTRA_QUERIES = int(os.environ.get("BENCH_WAGTAIL_EXTRA_QUERIES") or 0)
'''


def create(directory: Path) -> Path:
    """Make the site in ``directory`` (if not there yet); the project directory."""
    if not (directory / "manage.py").exists():
        directory.mkdir(parents=True, exist_ok=True)
        wagtail = Path(sys.executable).with_name("wagtail")
        subprocess.run([str(wagtail), "start", PROJECT, str(directory)], check=True)  # noqa: S603
        (directory / PROJECT / "settings" / "bench.py").write_text(SETTINGS_FILE)
    return directory
