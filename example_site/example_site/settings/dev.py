"""Development settings: what ``make demo`` serves."""

from .base import *  # noqa: F403

DEBUG = True

# Development only: never use this key in production.
SECRET_KEY = "django-insecure-example-site-development-key"  # noqa: S105

ALLOWED_HOSTS = ["*"]

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
