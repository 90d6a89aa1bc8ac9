"""Production settings: DEBUG off, secrets and hosts from the environment, secure defaults.

Required environment: ``SECRET_KEY`` and ``ALLOWED_HOSTS`` (comma-separated). Usual:
``DATABASE_URL`` (PostgreSQL), ``REDIS_URL`` (shared cache, and the page cache for anonymous
visitors: ``PAGE_CACHE_SECONDS``), ``VARNISH_URL`` or ``CLOUDFLARE_BEARER_TOKEN`` and
``CLOUDFLARE_ZONEID`` (frontend caches purged on publish), ``WAGTAILADMIN_BASE_URL``,
``EMAIL_HOST`` and friends, ``DEFAULT_FROM_EMAIL``. Static files are served by WhiteNoise
from ``STATIC_ROOT`` (run ``collectstatic`` at deploy). Background tasks, such as the
delivery of leads by email and webhook, are queued in the database and run by
``manage.py db_worker`` (django-tasks-db), so every app server shares one queue.
"""

import os

import django
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, MIDDLEWARE, REDIS_URL, STORAGES


def env(name: str) -> str:
    """A required environment variable, or a clear error naming it."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Static files: WhiteNoise serves the collected, compressed, cache-busted files.
MIDDLEWARE = [
    MIDDLEWARE[0],  # SecurityMiddleware first, as WhiteNoise's docs ask
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[1:],
]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Anonymous visitors' pages from Django's page cache on the shared Redis cache, for
# PAGE_CACHE_SECONDS (60 by default; 0 turns it off). It cannot be purged by URL: a republished
# page is served from it until its copy expires, so keep the lifetime short, and set 0 behind a
# CDN or Varnish that WAGTAILFRONTENDCACHE purges (their fresh copy must come from Django).
# Visitors with a cookie (a session, a CSRF token) get their own copies (Vary: Cookie), never
# another visitor's; a response that sets a cookie is never cached.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))
if REDIS_URL and PAGE_CACHE_SECONDS > 0:
    MIDDLEWARE = [
        *MIDDLEWARE[:2],  # SecurityMiddleware and WhiteNoise: static files never reach it
        "django.middleware.cache.UpdateCacheMiddleware",
        *MIDDLEWARE[2:],
        "django.middleware.cache.FetchFromCacheMiddleware",
    ]
    CACHE_MIDDLEWARE_SECONDS = PAGE_CACHE_SECONDS
    CACHE_MIDDLEWARE_KEY_PREFIX = "pages"

# Frontend caches that Wagtail purges when a page is published or unpublished (and
# wagtail-careers with it: every comparison and listing showing a career): Varnish or any HTTP
# cache that takes PURGE requests (VARNISH_URL, e.g. http://varnish.internal:6081), and
# Cloudflare (CLOUDFLARE_BEARER_TOKEN, an API token allowed to purge, and CLOUDFLARE_ZONEID).
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
WAGTAILFRONTENDCACHE = {}
if VARNISH_URL := os.environ.get("VARNISH_URL", "").strip():
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": VARNISH_URL,
    }
if CLOUDFLARE_BEARER_TOKEN := os.environ.get("CLOUDFLARE_BEARER_TOKEN", "").strip():
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": CLOUDFLARE_BEARER_TOKEN,
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    }

# HTTPS: behind a proxy that sets X-Forwarded-Proto (nginx, a load balancer, a PaaS router).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))  # a year
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
# Wagtail's preview panel shows the page in a frame of the admin: same origin only.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = [
    "security.W019",  # X_FRAME_OPTIONS is SAMEORIGIN on purpose (Wagtail's preview).
    # HSTS for subdomains and the preload list bind every subdomain of the school's domain:
    # a decision for its IT team (SECURE_HSTS_INCLUDE_SUBDOMAINS, SECURE_HSTS_PRELOAD).
    "security.W005",
    "security.W021",
]

# Email: SMTP from the environment. Django 6.1 configures it with MAILERS (its EMAIL_*
# settings are deprecated); earlier versions with the EMAIL_* settings.
SMTP_OPTIONS = {
    "host": os.environ.get("EMAIL_HOST", "localhost"),
    "port": int(os.environ.get("EMAIL_PORT", "587")),
    "username": os.environ.get("EMAIL_HOST_USER", ""),
    "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
    "use_tls": env_bool("EMAIL_USE_TLS", True),
}
if django.VERSION >= (6, 1):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": SMTP_OPTIONS,
        }
    }
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = SMTP_OPTIONS["host"]
    EMAIL_PORT = SMTP_OPTIONS["port"]
    EMAIL_HOST_USER = SMTP_OPTIONS["username"]
    EMAIL_HOST_PASSWORD = SMTP_OPTIONS["password"]
    EMAIL_USE_TLS = SMTP_OPTIONS["use_tls"]
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# The lead form's rate limit counts each visitor's posts in a cache every app server shares:
# Redis with REDIS_URL, else a table of the database (`manage.py createcachetable` once at
# deploy). Never a per-process cache: with several gunicorn workers, each would count apart.
if not REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "rate_limit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "wagtail_careers_rate_limit",
        },
    }
    WAGTAIL_CAREERS_RATE_LIMIT_CACHE = "rate_limit"

# Background tasks in the database: web servers enqueue, `manage.py db_worker` runs them.
INSTALLED_APPS += ["django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
