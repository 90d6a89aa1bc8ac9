"""The example site as the benchmark serves it: production-like (DEBUG off), PostgreSQL.

``DATABASE_URL`` picks the database (default: the local ``careers_bench`` database).
"""

import os

import dj_database_url
from example_site.settings.base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "benchmark-only-secret-key-not-for-production-0123456789"  # noqa: S105
INSTALLED_APPS = ["benchmarks.leads", *INSTALLED_APPS]  # noqa: F405
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/careers_bench"),
        conn_max_age=600,
    )
}
# Both forms send their mail through the same in-memory backend.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEFAULT_FROM_EMAIL = "school@example.com"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
LOGGING = {"version": 1, "disable_existing_loggers": False}

# Background tasks as the example site runs them in production (settings/production.py): a
# queue in the database, emptied by ``manage.py db_worker``, which run.py starts beside
# gunicorn. ``--tasks-backend`` of run.py picks another, e.g. Django's ImmediateBackend, which
# delivers inside the visitor's request.
INSTALLED_APPS += ["django_tasks_db"]
TASKS = {
    "default": {
        "BACKEND": os.environ.get("BENCH_TASKS_BACKEND") or "django_tasks_db.DatabaseBackend"
    }
}

# run.py --wagtail-extra-queries N: each Wagtail form post makes N more database round trips.
BENCH_WAGTAIL_EXTRA_QUERIES = int(os.environ.get("BENCH_WAGTAIL_EXTRA_QUERIES") or 0)
