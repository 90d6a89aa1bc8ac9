"""The listing columns of a career page always describe its live body, however it was saved."""

import csv
import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.management import call_command
from explorer_support import career, listed

from wagtail_careers.factories import CareerPageFactory, outlook_block, salary_block
from wagtail_careers.listing import COLUMNS
from wagtail_careers.models import CareerPage

pytestmark = pytest.mark.django_db


def columns(page) -> dict:
    """The columns as stored, read again from the database."""
    return CareerPage.objects.filter(pk=page.pk).values(*COLUMNS)[0]


def test_a_new_page_has_its_figures_in_columns(index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate")
    assert columns(page) == {
        "median_annual_pay": Decimal("34500.00"),
        "pay_currency": "USD",
        "pay_year": 2012,
        "growth_percent": Decimal("25.0"),
        "growth_period_start": 2012,
        "growth_period_end": 2022,
        "growth_average_percent": None,
        "entry_education_rank": 4,
    }


def test_a_page_without_figures_has_empty_columns(index):
    page = CareerPageFactory(parent=index, body=[])
    assert set(columns(page).values()) == {None, ""}


def test_saving_updates_the_columns(index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate")
    page.body = [salary_block(median_annual="36000", year=2013)]
    page.save()
    assert columns(page)["median_annual_pay"] == Decimal("36000")
    assert columns(page)["pay_year"] == 2013
    assert columns(page)["growth_percent"] is None


def test_a_saved_draft_leaves_the_live_figures_and_publishing_it_updates_them(client, index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate")
    page.body = [outlook_block(growth_percent="-4", average_growth_percent="10.8")]
    revision = page.save_revision()
    assert columns(page)["growth_percent"] == Decimal("25")
    assert listed(client, index, "min_growth=20") == ["Dental Assistant"]

    revision.publish()
    assert columns(page)["growth_percent"] == Decimal("-4")
    assert columns(page)["growth_average_percent"] == Decimal("10.8")
    assert columns(page)["median_annual_pay"] is None
    assert listed(client, index, "min_growth=20") == []


def test_an_unpublished_page_keeps_its_columns_and_leaves_the_listing(client, index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate")
    before = columns(page)
    page.unpublish()
    assert columns(page) == before
    assert listed(client, index) == []
    page.save_revision().publish()
    assert listed(client, index) == ["Dental Assistant"]


def test_an_import_updates_the_columns(tmp_path, client, index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate",
                  soc_code="31-9091")  # fmt: skip
    path = tmp_path / "careers.csv"
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["soc_code", "title", "median_annual", "salary_year", "growth_percent",
                         "outlook_start", "outlook_end", "typical_entry_education"])  # fmt: skip
        writer.writerow(["31-9091", "Dental Assistant", "46540", "2023", "7.5", "2023", "2033",
                         "postsecondary_nondegree"])  # fmt: skip
        writer.writerow(["31-9097", "Phlebotomist", "41810", "2023", "8", "2023", "2033",
                         "postsecondary_nondegree"])  # fmt: skip
    call_command("import_careers", str(path), parent=index.pk, publish=True)
    assert columns(page)["median_annual_pay"] == Decimal("46540")
    assert columns(page)["pay_year"] == 2023
    assert columns(page)["entry_education_rank"] == 2
    assert listed(client, index, "min_pay=41000&sort=pay") == ["Dental Assistant", "Phlebotomist"]


def test_an_import_without_publish_leaves_the_live_figures(tmp_path, index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate",
                  soc_code="31-9091")  # fmt: skip
    path = tmp_path / "careers.csv"
    path.write_text(
        "soc_code,title,median_annual,salary_year\n31-9091,Dental Assistant,46540,2023\n"
    )
    call_command("import_careers", str(path), parent=index.pk)
    assert columns(page)["median_annual_pay"] == Decimal("34500")


def test_the_migration_fills_the_columns_of_existing_pages(index):
    page = career(index, "Dental Assistant", pay=34500, growth=25, education="associate")
    expected = columns(page)
    CareerPage.objects.filter(pk=page.pk).update(
        median_annual_pay=None, growth_percent=None, entry_education_rank=None, pay_year=None
    )
    migration = importlib.import_module("wagtail_careers.migrations.0010_career_index")
    migration.fill_listing_columns(apps, None)
    assert columns(page) == expected
