"""Settings for the test suite: the development site, made fast and quiet."""

import tempfile

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Email: Django's test environment installs the locmem backend (mail.outbox) by itself.
MEDIA_ROOT = tempfile.mkdtemp(prefix="wagtail-careers-media-")
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WAGTAILADMIN_BASE_URL = "http://testserver"
# Production's task queue (settings/production.py), so the suite can run deliveries through it
# and its worker; TASKS itself stays unset (tasks run immediately) unless a test sets it.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
# Wagtail's own translation tool too, so the suite translates pages with both it and
# wagtail-localize (the example site uses wagtail-localize alone).
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.simple_translation"]
# Wagtail's frontend cache purging, as production installs it; WAGTAILFRONTENDCACHE stays unset
# (nothing is purged) unless a test points it at a fake cache.
INSTALLED_APPS += ["wagtail.contrib.frontend_cache"]  # noqa: F405
