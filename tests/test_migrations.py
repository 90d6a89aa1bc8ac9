"""Our migrations load on Wagtail 7.4 LTS and on 8.x, and match the models.

CI runs this module on both stacks. Two things only one stack would notice:

- Wagtail 8's ``makemigrations`` writes ``swappable_dependency(settings.WAGTAIL_PAGE_MODEL)``,
  ``to=settings.WAGTAIL_PAGE_MODEL`` and a dependency on ``wagtailcore.0098_apitoken``. All of
  them load on 8.x, but the setting and that migration do not exist on 7.4, where the
  migration would fail to import or to find its dependency. The checks below fail on every
  stack instead, naming the migration and the fix.
- A model change without its migration: ``makemigrations --check`` on each stack.
"""

import io
import re
from importlib import import_module
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

import wagtail_careers
from wagtail_careers.factories import ComparisonPageFactory

APP_LABEL = "wagtail_careers"

# The newest wagtailcore migration Wagtail 7.4 LTS ships: ours may depend on it or older ones.
LTS_WAGTAILCORE_MIGRATION = 97

MIGRATIONS_DIR = Path(wagtail_careers.__file__).parent / "migrations"
MIGRATION_FILES = sorted(MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


def our_migrations():
    """Our migrations as Django loads them; loading reads every app's migration modules,
    and wagtail-localize's query the database, so callers need the ``db`` fixture."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {
        name: migration
        for (app_label, name), migration in loader.disk_migrations.items()
        if app_label == APP_LABEL
    }


def test_the_migration_files_are_found(db):
    """Guard for the checks below, which pass vacuously on an empty directory."""
    assert [path.stem for path in MIGRATION_FILES] == sorted(our_migrations())
    assert "0001_initial" in our_migrations()


@pytest.mark.parametrize("path", MIGRATION_FILES, ids=lambda path: path.stem)
def test_page_foreign_keys_load_on_wagtail_74(path):
    source = path.read_text(encoding="utf-8")
    assert "swappable_dependency" not in source, (
        f"{path.name}: swappable_dependency(settings.WAGTAIL_PAGE_MODEL) fails on Wagtail 7.4, "
        "which has no such setting. Depend on our previous migration or on wagtailcore "
        "0097 instead."
    )
    assert not re.search(r"settings\.WAGTAIL_PAGE_MODEL\b", source), (
        f"{path.name}: settings.WAGTAIL_PAGE_MODEL does not exist on Wagtail 7.4. Write "
        'PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page") and '
        "to=PAGE_MODEL, as 0001_initial does."
    )


@pytest.mark.parametrize("name", [path.stem for path in MIGRATION_FILES])
def test_dependencies_exist_on_wagtail_74(name, db):
    migration = our_migrations()[name]
    for dependency in migration.dependencies:
        # swappable_dependency() returns a tuple that remembers its setting.
        assert not hasattr(dependency, "setting"), (
            f"{name}: swappable_dependency(settings.WAGTAIL_PAGE_MODEL) fails on Wagtail 7.4."
        )
        app_label, dependency_name = dependency
        if app_label == "wagtailcore" and dependency_name[:4].isdigit():
            assert int(dependency_name[:4]) <= LTS_WAGTAILCORE_MIGRATION, (
                f"{name} depends on wagtailcore.{dependency_name}, which Wagtail 7.4 does not "
                "have. Depend on wagtailcore 0097_baselogentry_uuid_action_timestamp_indexes."
            )


def test_every_migration_is_applied_to_the_test_database(db):
    """pytest-django built the test database by running migrate on this stack."""
    applied = MigrationRecorder.Migration.objects.filter(app=APP_LABEL)
    assert sorted(applied.values_list("name", flat=True)) == sorted(our_migrations())


def test_models_have_no_changes_without_a_migration(db):
    out = io.StringIO()
    try:
        call_command("makemigrations", APP_LABEL, check=True, dry_run=True, stdout=out, stderr=out)
    except SystemExit:
        pytest.fail(
            "The models have changes that no migration records; run makemigrations "
            f"(then fix it for Wagtail 7.4, see this module's docstring):\n{out.getvalue()}"
        )


@pytest.mark.django_db
def test_existing_comparisons_showing_education_get_the_subjects_row(site_root):
    migration = import_module("wagtail_careers.migrations.0008_comparison_subjects_row")
    kept = ComparisonPageFactory(dimensions=["median_pay", "education", "program_length"])
    without_education = ComparisonPageFactory(dimensions=["median_pay"])

    migration.add_subjects_row(apps, None)
    kept.refresh_from_db()
    without_education.refresh_from_db()
    assert kept.dimensions == ["median_pay", "education", "program_length", "subjects"]
    assert without_education.dimensions == ["median_pay"]

    migration.remove_subjects_row(apps, None)
    kept.refresh_from_db()
    assert kept.dimensions == ["median_pay", "education", "program_length"]
