"""The example site's demo (`make demo`): its content, its pages and its production settings."""

import importlib
import io
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import REPO_ROOT
from django.contrib.auth import authenticate, get_user_model
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import Client
from home import demo_content
from home.models import HomePage
from wagtail.models import Locale, Page, Site

from wagtail_careers.leads.models import CareersSettings
from wagtail_careers.models import CareerIndexPage, CareerPage, ComparisonPage

CODING_FIGURES = [
    "$34,750",  # median pay, 2012
    "$56,200",  # top 10%
    "22%",
    "2012–2022",
    "29-2072",
    "29-2071",  # the SOC 2010 code the 2012 figures were published under
    "Certified Tumor Registrar",
    "Registered Health Information Technician",
    "Medical terminology",
    "Human anatomy",
    "Medical law",
    "Bodily diseases",
    "computers",  # driver: records moving onto computers
]
OFFICE_FIGURES = [
    "$31,350",
    "36%",
    "2012–2022",
    "43-6013",
    "Affordable Care Act",
    "population ages",
    "several months",  # on-the-job training
    "Few clinics set official training requirements",
]


def english(model):
    """The demo's English pages of ``model`` (each has its Spanish translation too)."""
    return model.objects.filter(locale__language_code="en")


def load_demo(**options):
    out = io.StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def demo(db):
    load_demo()
    return Site.objects.get(is_default_site=True)


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


def test_loading_twice_creates_nothing_twice(db, django_user_model):
    load_demo()
    counts = (Page.objects.count(), django_user_model.objects.count())
    revisions = list(Page.objects.values_list("pk", "latest_revision_id"))

    output = load_demo()

    assert (Page.objects.count(), django_user_model.objects.count()) == counts
    assert list(Page.objects.values_list("pk", "latest_revision_id")) == revisions
    assert english(CareerPage).filter(soc_code="29-2072").count() == 1
    assert "Medical Coding Specialist: http://127.0.0.1:8000/careers/" in output


def test_careers_are_found_again_by_soc_code_after_an_editor_moves_them(demo):
    career = english(CareerPage).get(soc_code="43-6013")
    career.move(demo.root_page, pos="last-child")

    load_demo()

    assert english(CareerPage).filter(soc_code="43-6013").count() == 1


def test_printed_admin_login_works_and_follows_demo_admin_password(db, client, monkeypatch):
    output = load_demo(base_url="http://127.0.0.1:8123/")
    assert "http://127.0.0.1:8123/admin/ (username: admin, password: changeme-demo)" in output
    response = client.post("/admin/login/", {"username": "admin", "password": "changeme-demo"})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "another-secret-9")
    output = load_demo()

    assert "password: another-secret-9" in output
    assert authenticate(username="admin", password="another-secret-9")
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_every_demo_page_answers_200(demo, client):
    pages = demo.root_page.get_descendants(inclusive=True).live().specific()
    assert len(pages) >= 5
    for page in pages:
        page_text(client, page)


def test_home_page_links_to_the_careers_index_and_every_career(demo, client):
    html = page_text(client, demo.root_page)
    index = english(CareerIndexPage).get()
    assert f'href="{index.url}"' in html
    for career in english(CareerPage).all():
        assert f'href="{career.url}"' in html
    assert "$34,750" in html  # the cards show each career's headline figures


def test_admin_login_page_answers_200(demo, client):
    assert client.get("/admin/login/").status_code == 200


def test_coding_specialist_page_shows_every_seed_fact_with_source_and_year(demo, client):
    html = page_text(client, english(CareerPage).get(soc_code="29-2072"))
    for figure in CODING_FIGURES:
        assert figure in html, figure
    assert "Bureau of Labor Statistics, Occupational Outlook Handbook" in html


def test_office_specialist_page_shows_every_seed_fact_with_source_and_year(demo, client):
    html = page_text(client, english(CareerPage).get(soc_code="43-6013"))
    for figure in OFFICE_FIGURES:
        assert figure in html, figure
    assert "Keep patient and office records" in html
    assert "High school diploma or equivalent" in html


def test_facts_are_structured_not_just_text(demo):
    facts = english(CareerPage).get(soc_code="29-2072").facts
    assert facts.salary.median_annual == Decimal(34750)
    assert facts.salary.percentile_90 == Decimal(56200)
    assert facts.salary.year == 2012
    assert facts.outlook.growth_percent == Decimal(22)
    assert {c.abbreviation for c in facts.education.certifications} == {"CTR", "RHIT"}
    office = english(CareerPage).get(soc_code="43-6013").facts
    assert (office.salary.median_annual, office.outlook.growth_percent) == (31350, 36)


def test_every_demo_figure_names_its_source_and_year(demo):
    for data in demo_content.CAREERS:
        for block in data["body"]:
            if block["type"] in ("salary", "outlook"):
                value = block["value"]
                assert "Bureau of Labor Statistics" in value["source_name"]
                assert value.get("year") or value.get("period_start")


def test_home_page_is_the_schools_and_leads_reach_its_admissions(demo):
    home = demo.root_page.specific
    assert isinstance(home, HomePage)
    assert home.title == demo_content.SCHOOL_NAME
    assert demo.site_name == demo_content.SCHOOL_NAME
    assert CareersSettings.for_site(demo).recipient_list == ["admissions@example.com"]


def test_comparison_shows_every_seed_figure_and_a_lead_form(demo, client):
    comparison = ComparisonPage.objects.get(slug=demo_content.COMPARISON["slug"])
    assert [link.career.soc_code for link in comparison.career_links.all()] == [
        "29-2072",
        "43-6013",
    ]
    html = page_text(client, comparison)
    for figure in ["$34,750", "$31,350", "$56,200", "22%", "36%", "29-2072", "43-6013"]:
        assert figure in html, figure
    for item in demo_content.COMPARISON["before_you_decide"]:
        assert item in html
    for name in ("name", "email", "career", "consent"):
        assert f'name="{name}"' in html
    home_html = page_text(client, demo.root_page)
    assert f'href="{comparison.url}"' in home_html


def test_comparison_lead_form_saves_the_lead_and_thanks_the_visitor(demo, client, monkeypatch):
    from wagtail_careers.leads import antispam
    from wagtail_careers.models import Lead

    clock = [1_800_000_000.0]
    monkeypatch.setattr(antispam, "now", lambda: clock[0])
    comparison = ComparisonPage.objects.get(slug=demo_content.COMPARISON["slug"])
    html = page_text(client, comparison)
    token_url = re.search(r'data-careers-token-url="([^"]+)"', html).group(1)
    token = client.get(token_url).json()[antispam.TOKEN_FIELD]
    career = re.search(r'<option value="([^"]+)"[^>]*>\s*Medical Office Specialist', html).group(1)
    clock[0] += 10  # a person takes a few seconds to fill the form in

    response = client.post(
        comparison.url,
        {
            "name": "Ana Ortiz",
            "email": "ana@example.com",
            "career": career,
            "consent": "on",
            antispam.TOKEN_FIELD: token,
        },
    )

    assert response.status_code == 303
    assert client.get(response["Location"]).status_code == 200
    lead = Lead.objects.get(email="ana@example.com")
    assert (lead.page_id, lead.career.soc_code) == (comparison.pk, "43-6013")
    assert not lead.spam_reason


def production_settings(monkeypatch, **env):
    for name in ("SECRET_KEY", "ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Fresh modules, so they read this environment (the base module reads REDIS_URL).
    for module in ("example_site.settings.base", "example_site.settings.production"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    return importlib.import_module("example_site.settings.production")


def test_production_settings_are_secure_and_read_the_environment(monkeypatch):
    settings = production_settings(
        monkeypatch,
        SECRET_KEY="a-long-production-secret",
        ALLOWED_HOSTS="careers.example.edu, www.example.edu",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert settings.DEBUG is False
    assert settings.SECRET_KEY == "a-long-production-secret"
    assert settings.ALLOWED_HOSTS == ["careers.example.edu", "www.example.edu"]
    assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE
    assert settings.SECURE_SSL_REDIRECT and settings.SECURE_HSTS_SECONDS > 0
    assert settings.MIDDLEWARE[:2] == [
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]
    assert "whitenoise" in settings.STORAGES["staticfiles"]["BACKEND"]
    assert settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in settings.INSTALLED_APPS
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    assert settings.CACHES["default"]["LOCATION"] == "redis://127.0.0.1:6379/1"
    # Anonymous visitors' pages from the page cache on Redis, for a minute.
    assert settings.MIDDLEWARE[2] == "django.middleware.cache.UpdateCacheMiddleware"
    assert settings.MIDDLEWARE[-1] == "django.middleware.cache.FetchFromCacheMiddleware"
    assert settings.CACHE_MIDDLEWARE_SECONDS == 60
    assert "wagtail.contrib.frontend_cache" in settings.INSTALLED_APPS
    assert settings.WAGTAILFRONTENDCACHE == {}


def test_production_page_cache_needs_redis_and_a_lifetime(monkeypatch):
    env = {"SECRET_KEY": "a-long-production-secret", "ALLOWED_HOSTS": "example.edu"}
    monkeypatch.delenv("REDIS_URL", raising=False)
    without_redis = production_settings(monkeypatch, **env)
    assert not any(".cache." in name for name in without_redis.MIDDLEWARE)

    turned_off = production_settings(
        monkeypatch, **env, REDIS_URL="redis://127.0.0.1:6379/1", PAGE_CACHE_SECONDS="0"
    )
    assert not any(".cache." in name for name in turned_off.MIDDLEWARE)


def test_production_frontend_caches_come_from_the_environment(monkeypatch):
    settings = production_settings(
        monkeypatch,
        SECRET_KEY="a-long-production-secret",
        ALLOWED_HOSTS="example.edu",
        VARNISH_URL="http://varnish.internal:6081",
        CLOUDFLARE_BEARER_TOKEN="token",
        CLOUDFLARE_ZONEID="zone",
    )
    assert settings.WAGTAILFRONTENDCACHE == {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://varnish.internal:6081",
        },
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": "token",
            "ZONEID": "zone",
        },
    }
    monkeypatch.delenv("CLOUDFLARE_ZONEID")
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_ZONEID"):
        production_settings(
            monkeypatch,
            SECRET_KEY="a-long-production-secret",
            ALLOWED_HOSTS="example.edu",
            CLOUDFLARE_BEARER_TOKEN="token",
        )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_settings_name_a_missing_variable(monkeypatch, missing):
    env = {"SECRET_KEY": "a-long-production-secret", "ALLOWED_HOSTS": "example.edu"}
    del env[missing]
    with pytest.raises(ImproperlyConfigured, match=missing):
        production_settings(monkeypatch, **env)


def test_production_settings_pass_djangos_deployment_checks(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "example_site.settings.production",
        "SECRET_KEY": "x" * 20 + "-a-long-random-production-secret-" + "y" * 20,
        "ALLOWED_HOSTS": "careers.example.edu",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO_ROOT / "example_site",
        check=False,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.filterwarnings("ignore:No directory at:UserWarning")  # WhiteNoise: nothing collected
def test_production_page_cache_serves_anonymous_visitors_and_never_an_editors_page(
    demo, client, settings, monkeypatch, django_assert_num_queries
):
    production = production_settings(
        monkeypatch,
        SECRET_KEY="a-long-production-secret",
        ALLOWED_HOSTS="testserver",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    settings.MIDDLEWARE = production.MIDDLEWARE
    settings.CACHE_MIDDLEWARE_SECONDS = production.CACHE_MIDDLEWARE_SECONDS
    settings.CACHE_MIDDLEWARE_KEY_PREFIX = production.CACHE_MIDDLEWARE_KEY_PREFIX
    cache.clear()
    home = "/"
    secure = {"secure": True}  # production redirects plain HTTP

    first = client.get(home, **secure)
    assert first.status_code == 200
    assert "max-age=60" in first["Cache-Control"]
    with django_assert_num_queries(0):
        second = client.get(home, **secure)
    assert second.content == first.content

    editor = Client()
    editor.force_login(get_user_model().objects.get(username="admin"))
    assert (
        b"wagtail-userbar" in editor.get(home, **secure).content
    )  # the editor's own page, not the cached one
    assert b"wagtail-userbar" not in client.get(home, **secure).content


def test_the_careers_section_is_a_career_index_of_at_least_twelve_careers(demo, client):
    """The visitor's scenario: nondegree award or less, over $40,000, fastest growth first."""
    index = english(CareerIndexPage).get()
    assert english(CareerPage).descendant_of(index).count() >= 12
    query = "education=postsecondary_nondegree&min_pay=40000&sort=growth"
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    titles = re.findall(r'class="careers-card-title"><a href="[^"]+">([^<]+)<', response.text)
    assert titles == [
        "Surgical Technologist",
        "Licensed Practical Nurse",
        "Heating, Air Conditioning and Refrigeration Technician",
    ]
    spanish = index.get_translation(Locale.objects.get(language_code="es"))
    response = client.get(f"{spanish.url}?{query}")
    assert response.status_code == 200
    assert "Técnico quirúrgico" in response.text


def test_a_spanish_visitors_comparison_points_to_the_spanish_editors_comparison(demo, client):
    spanish = Locale.objects.get(language_code="es")
    index = english(CareerIndexPage).get().get_translation(spanish)
    ids = [
        CareerPage.objects.get(locale=spanish, soc_code=code).pk for code in ("43-6013", "29-2072")
    ]
    response = client.get(f"{index.url}compare/?careers={ids[0]}&careers={ids[1]}")
    assert response.status_code == 200
    comparison = ComparisonPage.objects.get(locale=spanish)
    assert f'<link rel="canonical" href="{comparison.full_url}">' in response.text
    assert "<h1>Comparación: Especialista en administración médica y" in response.text
