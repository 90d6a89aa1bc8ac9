"""Settings shared by every environment of the example site.

The site is what ``wagtail start`` generates, plus the two ``INSTALLED_APPS`` lines that
installing wagtail-careers takes (``wagtail_careers`` and ``wagtail.contrib.settings``).
``DATABASE_URL`` switches the database (SQLite by default); ``REDIS_URL`` turns on the
Redis cache.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "home",
    "search",
    # wagtail-careers: these two lines are the whole install.
    "wagtail_careers",
    "wagtail.contrib.settings",
    # English and Spanish pages (optional for sites): Wagtail's locales, translated with
    # wagtail-localize, which replaces Wagtail's own locales admin.
    "wagtail_localize",
    "wagtail_localize.locales",
    # The example site also serves Wagtail's API v2 (optional for sites).
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The page's language from its URL (/es/...; English has no prefix): see urls.py.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "example_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Wagtail's search index uses PostgreSQL's full-text fields there, and Django 6.1's checks
    # (run by `migrate`) refuse them without this app.
    INSTALLED_APPS.append("django.contrib.postgres")
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every transaction takes SQLite's write lock at BEGIN, and a writer waits up to 20 s for
    # another: concurrent visitors queue instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )

# REDIS_URL (e.g. redis://127.0.0.1:6379/0) turns on Django's Redis cache, shared by every
# app server; without it each process keeps its own in-memory cache.
if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# The site's pages in English and Spanish (Wagtail's internationalisation): each page has a
# translation per language, English at /..., Spanish at /es/... (urls.py).
WAGTAIL_I18N_ENABLED = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
# The example site's own strings (its templates and pages) in Spanish.
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# How figures are written per language: US Spanish (34,750, 16.71, 22%), not the Spain
# formats Django ships for "es" (34 750, 16,71). See formats/es/formats.py.
FORMAT_MODULE_PATH = ["example_site.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Example Career School"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
