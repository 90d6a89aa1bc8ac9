"""The example site's production settings, as the render benchmark serves them.

What differs from production, and why: the database is the benchmark's own
(``BENCH_DATABASE_URL``, set by ``run.py``); the test client's plain HTTP requests are not
redirected to HTTPS; static URLs come without ``collectstatic``'s manifest (the same one
lookup per stylesheet, without a collected copy of every static file); the page cache
middleware is left out, as what is measured is the rendering it would save; the cache keys
have a prefix of their own.
"""

import os
import warnings

import dj_database_url

os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

from example_site.settings.production import *  # noqa: E402, F403
from example_site.settings.production import (  # noqa: E402
    CACHES,
    INSTALLED_APPS,
    MIDDLEWARE,
    STORAGES,
)

INSTALLED_APPS = ["benchmarks.render", *INSTALLED_APPS]
DATABASES = {"default": dj_database_url.parse(os.environ["BENCH_DATABASE_URL"], conn_max_age=600)}
SECURE_SSL_REDIRECT = False
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MIDDLEWARE = [name for name in MIDDLEWARE if not name.startswith("django.middleware.cache.")]
# On a Redis cache the site also uses (REDIS_URL), the benchmark's keys stay apart from its own.
CACHES = {"default": {**CACHES["default"], "KEY_PREFIX": "careers-render-bench"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# WhiteNoise warns that STATIC_ROOT holds nothing: nothing was collected, on purpose.
warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
