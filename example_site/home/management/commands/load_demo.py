"""``manage.py load_demo``: the example site's demo content and admin login, idempotently.

``make demo`` runs it on every start, so it creates only what is missing: pages are found
again by slug (careers by SOC code, wherever an editor moved them) and are never overwritten,
and the admin user is created once. Every page gets a Spanish translation, at ``/es/...``:
a copy of the English page (so its figures, codes and choices are the English page's, kept
in step by wagtail-careers) with the texts of ``demo_content.SPANISH_TEXTS``. The one thing it changes on a re-run is the admin's
password, when ``DEMO_ADMIN_PASSWORD`` differs from the last run: the login it prints always
works.
"""

import os
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home import demo_content
from home.models import HomePage
from wagtail_careers.blocks import is_translated_text
from wagtail_careers.leads.models import CareersSettings
from wagtail_careers.models import CareerIndexPage, CareerPage, ComparisonCareer, ComparisonPage

ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "changeme-demo"  # noqa: S105 (a demo login, printed on purpose)


def publish(page: Page) -> Page:
    """Publish a new revision, so the admin shows the page's history from its start."""
    page.save_revision().publish()
    return page


def add_page(parent: Page, page: Page) -> Page:
    """Validate ``page`` (its StreamField too, as the admin would) and publish it under ``parent``."""
    body = getattr(page, "body", None)
    if body is not None:
        body.stream_block.clean(body)
    parent.add_child(instance=page)
    return publish(page)


def load_site(base_url: str) -> HomePage:
    """The default site, served at ``base_url``: its name, lead recipient and home page.

    Each is written only while empty, so an editor's changes survive a re-run.
    """
    site = Site.objects.get(is_default_site=True)
    url = urlsplit(base_url)
    site.hostname = url.hostname
    site.port = url.port or (443 if url.scheme == "https" else 80)
    site.site_name = site.site_name or demo_content.SCHOOL_NAME
    site.save()
    careers_settings = CareersSettings.for_site(site)
    if not careers_settings.recipients:
        careers_settings.recipients = demo_content.LEAD_RECIPIENT
        careers_settings.save()
    home = site.root_page.specific
    if not home.intro:
        home.title = demo_content.SCHOOL_NAME
        home.intro = demo_content.HOME_INTRO
        publish(home)
    return home


def load_careers_index(home: HomePage) -> CareerIndexPage:
    data = demo_content.CAREERS_INDEX
    index = CareerIndexPage.objects.child_of(home).filter(slug=data["slug"]).first()
    return index or add_page(home, CareerIndexPage(show_in_menus=True, **data))


def load_career(index: CareerIndexPage, data: dict) -> CareerPage:
    career = CareerPage.objects.filter(locale=index.locale, soc_code=data["soc_code"]).first()
    return career or add_page(index, CareerPage(**data))


def load_comparison(index: CareerIndexPage, careers: list[CareerPage]):
    """The seed article as a live ComparisonPage of ``careers``, under the careers index.

    Its facts come from the career pages; the page holds only the editor's words from
    ``demo_content.COMPARISON``.
    """
    data = demo_content.COMPARISON
    existing = ComparisonPage.objects.filter(locale=index.locale, slug=data["slug"]).first()
    if existing:
        return existing
    page = ComparisonPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=[
            {
                "type": "checklist",
                "value": {
                    "heading": data["before_you_decide_heading"],
                    "items": data["before_you_decide"],
                },
            },
            {
                "type": "paragraph",
                "value": f"<h2>{data['conclusion_heading']}</h2>{data['conclusion']}",
            },
        ],
    )
    page.career_links = [ComparisonCareer(career=career) for career in careers]
    return add_page(index, page)


def translated_texts(block, value, texts: dict):
    """``value`` (raw, of ``block``) with every text found in ``texts`` replaced by its
    translation; numbers, codes and choices stay as they are."""
    if hasattr(block, "child_blocks") and isinstance(value, dict):
        if "type" in value and "value" in value and value["type"] in block.child_blocks:
            child = block.child_blocks[value["type"]]  # a StreamBlock's child
            return {**value, "value": translated_texts(child, value["value"], texts)}
        return {
            name: translated_texts(block.child_blocks[name], item, texts)
            if name in block.child_blocks
            else item
            for name, item in value.items()
        }
    if hasattr(block, "child_block") and isinstance(value, list):  # a ListBlock
        return [
            {**item, "value": translated_texts(block.child_block, item["value"], texts)}
            if isinstance(item, dict) and "value" in item and "type" in item
            else translated_texts(block.child_block, item, texts)
            for item in value
        ]
    if is_translated_text(block) and isinstance(value, str):
        return texts.get(value, value)
    return value


def load_translation(page: Page, locale: Locale, fields: dict) -> Page:
    """``page``'s translation into ``locale``: found again, or copied from ``page`` with
    ``fields`` and the Spanish texts of its body, and published."""
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific
    translation = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    body = getattr(translation, "body", None)
    if body is not None:
        stream_block = body.stream_block
        raw = [
            translated_texts(stream_block, item, demo_content.SPANISH_TEXTS)
            for item in list(body.get_prep_value())
        ]
        translation.body = raw
    return publish(translation)


def load_spanish(pages: list[Page]) -> list[Page]:
    """The Spanish translation of each of ``pages``, parents first."""
    locale, _created = Locale.objects.get_or_create(language_code=demo_content.SPANISH)
    return [
        load_translation(page, locale, demo_content.SPANISH_PAGES[slug]) for slug, page in pages
    ]


def ensure_admin(password: str):
    """The superuser ``admin`` with ``password``: created once, its password kept in step."""
    User = get_user_model()
    user = User.objects.filter(username=ADMIN_USERNAME).first()
    if user is None:
        return User.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", password)
    if not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
    return user


class Command(BaseCommand):
    help = (
        "Load the example site's demo content (home page, careers, comparison) and the admin "
        "user. Safe to run again: it creates only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="http://127.0.0.1:8000",
            help="Where the site is served, for the printed links (default: %(default)s).",
        )

    def handle(self, *args, base_url, **options):
        base_url = base_url.rstrip("/")
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or DEFAULT_ADMIN_PASSWORD
        with transaction.atomic():
            home = load_site(base_url)
            index = load_careers_index(home)
            careers = {data["slug"]: load_career(index, data) for data in demo_content.CAREERS}
            comparison = load_comparison(
                index, [careers[slug] for slug in demo_content.COMPARISON["careers"]]
            )
            english = [("home", home), (index.slug, index), *careers.items()]
            english.append((demo_content.COMPARISON["slug"], comparison))
            spanish = load_spanish(english)
            ensure_admin(password)

        # Read again: publishing changed the pages' URLs (the Spanish slugs) since loading.
        Site.clear_site_root_paths_cache()
        loaded = Page.objects.in_bulk(
            [page.pk for _slug, page in english] + [p.pk for p in spanish]
        )
        pages = [loaded[page.pk] for _slug, page in english] + [loaded[p.pk] for p in spanish]
        self.stdout.write(self.style.SUCCESS("Demo content is ready:"))
        for page in pages:
            self.stdout.write(f"  {page.title}: {base_url}{page.get_url()}")
        self.stdout.write(
            f"  Wagtail admin: {base_url}/admin/ "
            f"(username: {ADMIN_USERNAME}, password: {password})"
        )
