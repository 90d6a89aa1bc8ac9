"""Development settings: what ``make demo`` serves."""

import django

from .base import *  # noqa: F403

DEBUG = True

# Development only: never use this key in production.
SECRET_KEY = "django-insecure-example-site-development-key"  # noqa: S105

ALLOWED_HOSTS = ["*"]

# Emails (lead notifications included) are printed on the console. Django 6.1 configures
# email with MAILERS and deprecates the EMAIL_* settings; earlier versions need EMAIL_BACKEND.
CONSOLE_EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": CONSOLE_EMAIL_BACKEND}}
else:
    EMAIL_BACKEND = CONSOLE_EMAIL_BACKEND
