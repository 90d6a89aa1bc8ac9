"""What ``pip install wagtail-careers`` gives a school: the distributions and the installed wheel.

The sdist and the wheel must hold every file of the package, above all the ones that are not
Python (templates, static files, translations) and the migrations, and nothing of the tests or
the example site. The wheel must work on its own: installed into a fresh virtualenv, with only
the two ``INSTALLED_APPS`` lines the README asks for, it migrates and serves a career page.

Marked ``packaging`` (it builds and installs: about half a minute): ``make test`` and CI run
it; ``pytest -m "not packaging"`` leaves it out while working on something else.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest
from conftest import REPO_ROOT

import wagtail_careers

pytestmark = pytest.mark.packaging

PACKAGE_DIR = REPO_ROOT / "wagtail_careers"
# The non-Python parts a site needs; each must exist in the tree and ship in both distributions.
DATA_DIRS = ("templates", "static", "migrations", "locale")


def run(args, **kwargs):
    """Run a command; on failure, show its output in the test report."""
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def package_files():
    """Every file of the package in the source tree, as paths relative to the repository."""
    return {
        path.relative_to(REPO_ROOT).as_posix()
        for path in PACKAGE_DIR.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def not_source(directory, names):
    """What copying the tree leaves out: virtualenvs, caches, build output, the demo's data."""
    skipped = {name for name in names if name.startswith(".") or name.endswith(".egg-info")}
    skipped |= {"__pycache__"} & set(names)
    if Path(directory) == REPO_ROOT:
        skipped |= {"build", "dist"} & set(names)
    if Path(directory) == REPO_ROOT / "example_site":
        skipped |= {"static", "media", "db.sqlite3"} & set(names)  # collectstatic's, the demo's
    return skipped


@pytest.fixture(scope="module")
def dists(tmp_path_factory):
    """The sdist, and the wheel built from the sdist (as pip builds it from PyPI).

    Built from a copy of the tree, so that parallel CI envs never write into the same
    ``*.egg-info``, and without build isolation (the test extra has the build requirements),
    so that it runs offline.
    """
    source = tmp_path_factory.mktemp("source") / "wagtail-careers"
    shutil.copytree(REPO_ROOT, source, ignore=not_source)
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, source])
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def test_the_tree_has_every_kind_of_data():
    """Guard for the checks below: each data directory holds files (the English and Spanish
    catalogues included)."""
    files = package_files()
    for name in DATA_DIRS:
        assert any(f.startswith(f"wagtail_careers/{name}/") for f in files), name
    assert "wagtail_careers/locale/en/LC_MESSAGES/django.po" in files
    assert "wagtail_careers/locale/en/LC_MESSAGES/django.mo" in files
    assert "wagtail_careers/locale/es/LC_MESSAGES/django.po" in files
    assert "wagtail_careers/locale/es/LC_MESSAGES/django.mo" in files


def test_wheel_holds_the_whole_package_and_no_tests(dists):
    _, wheel = dists
    names = set(zipfile.ZipFile(wheel).namelist())
    assert package_files() - names == set()
    top_level = {name.split("/", 1)[0] for name in names}
    assert top_level == {
        "wagtail_careers",
        f"wagtail_careers-{wagtail_careers.__version__}.dist-info",
    }


def test_sdist_holds_the_whole_package_and_no_tests(dists):
    sdist, _ = dists
    root = f"wagtail_careers-{wagtail_careers.__version__}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(root) for name in archive.getnames()}
    assert package_files() - names == set()
    assert not {name for name in names if name.startswith(("tests/", "example_site/"))}
    assert {"README.md", "LICENSE", "CHANGELOG.md", "setup.cfg", "pyproject.toml"} <= names


SETTINGS = """
SECRET_KEY = "packaging-test"
ALLOWED_HOSTS = ["testserver", "localhost"]
ROOT_URLCONF = "urls"
USE_TZ = True
STATIC_URL = "/static/"
WAGTAIL_SITE_NAME = "A school"
WAGTAILADMIN_BASE_URL = "http://localhost"
DATABASES = {{"default": {{"ENGINE": "django.db.backends.sqlite3", "NAME": {db!r}}}}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
TEMPLATES = [
    {{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [{templates!r}],
        "APP_DIRS": True,
        "OPTIONS": {{"context_processors": ["django.template.context_processors.request"]}},
    }}
]
# A site as `wagtail start` makes it, plus the README's two lines.
INSTALLED_APPS = [
    "wagtail_careers",
    "wagtail.contrib.settings",
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
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
"""

URLS = """
from django.urls import include, path
from wagtail import urls as wagtail_urls

urlpatterns = [path("", include(wagtail_urls))]
"""

BASE_TEMPLATE = """<!doctype html>
<html lang="en"><body>{% block content %}{% endblock %}</body></html>
"""

# Runs inside the fresh virtualenv: migrate, publish a career page, fetch it.
SCRIPT = """
import json, sys

import django

django.setup()

from django.core.management import call_command
from django.test import Client

import wagtail_careers
from wagtail_careers.factories import CareerPageFactory

call_command("migrate", verbosity=0)
page = CareerPageFactory()
response = Client().get(page.url)
print(json.dumps({
    "package": wagtail_careers.__file__,
    "meta_path": [type(finder).__module__ for finder in sys.meta_path],
    "status": response.status_code,
    "html": response.content.decode(),
}))
"""


def test_installed_wheel_serves_a_career_page(dists, tmp_path):
    _, wheel = dists
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    site_packages = Path(
        run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).strip()
    )
    # The dependencies (and pip) come from this environment, for speed and to stay offline.
    # A path in a .pth file does not run that directory's own .pth files, so the editable
    # install of the tree stays out.
    (site_packages / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--no-deps",
            "--ignore-installed",
            wheel,
        ]
    )

    site = tmp_path / "site"
    (site / "templates").mkdir(parents=True)
    (site / "templates" / "base.html").write_text(BASE_TEMPLATE)
    (site / "settings.py").write_text(
        SETTINGS.format(db=str(site / "db.sqlite3"), templates=str(site / "templates"))
    )
    (site / "urls.py").write_text(URLS)
    (site / "check.py").write_text(SCRIPT)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "DATABASE_URL", "COVERAGE_PROCESS_START"}
    }
    env["DJANGO_SETTINGS_MODULE"] = "settings"
    result = json.loads(run([python, "check.py"], cwd=site, env=env))

    assert Path(result["package"]).parent == site_packages / "wagtail_careers"
    assert not [module for module in result["meta_path"] if "__editable__" in module]
    assert result["status"] == 200
    assert "<h1>Medical Coding Specialist</h1>" in result["html"]
    assert "$34,750" in result["html"]


@pytest.mark.skipif(
    not os.environ.get("WAGTAIL_CAREERS_EXPECT_WHEEL"),
    reason="CI's wheel env sets WAGTAIL_CAREERS_EXPECT_WHEEL=1 after installing the wheel",
)
def test_suite_runs_against_the_installed_wheel():
    package = Path(wagtail_careers.__file__).resolve()
    assert package.parent.parent == Path(sysconfig.get_path("purelib")).resolve()
    assert not package.is_relative_to(PACKAGE_DIR)
