"""Run by test_concurrency.py in a process of its own: 20 visitors post at once on a SQLite
file database (``DATABASE_URL``) with SQLite's defaults, with or without recipients
(``LEAD_RECIPIENTS``), as a fresh ``wagtail start`` site has
them (no ``transaction_mode``, the default busy timeout); prints the answers and the leads saved.
"""

import json
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

settings.DATABASES["default"]["OPTIONS"] = {}  # read at the first query: SQLite's defaults


def main():
    from leads_support import post_at_once
    from wagtail.models import Site

    from wagtail_careers.factories import CareerPageFactory
    from wagtail_careers.models import CareersSettings, Lead

    setup_test_environment()
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    careers_settings = CareersSettings.for_site(site)
    careers_settings.recipients = os.environ.get("LEAD_RECIPIENTS", "")
    careers_settings.save()
    page = CareerPageFactory(parent=site.root_page, title="Medical Coding Specialist")
    statuses = post_at_once(page, 20)
    print(json.dumps({"statuses": statuses, "leads": Lead.objects.count()}))


main()
