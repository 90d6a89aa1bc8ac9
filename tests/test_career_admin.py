"""Editors create, edit, preview and publish career pages through the Wagtail admin."""

import pytest
from admin_form_data import career_post_data, list_block
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.models import CareerPage

pytestmark = pytest.mark.django_db


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("wagtail_careers", "careerpage", parent.pk))


def test_the_add_form_offers_the_career_fields(admin_client, site_root):
    response = admin_client.get(add_url(site_root))
    assert response.status_code == 200
    content = response.content.decode()
    for name in ("summary", "soc_code"):
        assert f'name="{name}"' in content
    assert "Typical entry-level education" in content  # the body's block definitions


def test_a_new_career_page_starts_with_the_four_blocks_and_bls_sources(admin_client, site_root):
    response = admin_client.get(add_url(site_root))

    body = response.context["form"]["body"].value()
    assert [block.block_type for block in body] == ["duties", "education", "outlook", "salary"]
    duties, _education, outlook, salary = (block.value for block in body)
    assert list(duties["items"]) == [""]  # one duty field, ready to type in
    assert (outlook["source_name"], outlook["source_url"]) == (
        "U.S. Bureau of Labor Statistics, Employment Projections",
        "https://www.bls.gov/emp/",
    )
    assert (salary["source_name"], salary["source_url"]) == (
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics",
        "https://www.bls.gov/oes/",
    )
    assert (salary["currency"], salary["region"]) == ("USD", "United States")


def test_an_existing_career_page_keeps_its_own_body(admin_client, site_root):
    page = CareerPageFactory(body=[])
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert list(response.context["form"]["body"].value()) == []


def test_help_texts_speak_to_editors_not_to_importers(admin_client, site_root):
    content = admin_client.get(add_url(site_root)).content.decode()
    for jargon in ("import_careers", "A_MEDIAN", "A_PCT", "H_MEDIAN", "OEWS", "One task per line"):
        assert jargon not in content
    assert "docs/import.md" in content


def test_create_and_publish_a_career_page(admin_client, client, site_root):
    data = {**career_post_data(), "action-publish": "publish"}
    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 302
    page = CareerPage.objects.get(slug="medical-coding-specialist")
    assert page.live
    assert page.facts.salary.median_annual == 34750
    assert [c.name for c in page.facts.certifications] == ["Certified Tumor Registrar"]
    public = client.get(page.url)
    assert "$34,750" in public.content.decode()


def test_saving_a_draft_does_not_publish(admin_client, site_root):
    response = admin_client.post(add_url(site_root), career_post_data())

    assert response.status_code == 302
    page = CareerPage.objects.get(slug="medical-coding-specialist")
    assert not page.live


def test_validation_errors_are_shown_on_the_field_at_fault(admin_client, site_root):
    data = {**career_post_data(percentile_10="50000"), "action-publish": "publish"}
    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 200
    assert not CareerPage.objects.exists()
    stream_error = response.context["form"].errors["body"].as_data()[0]
    salary_index = 3
    salary_errors = stream_error.block_errors[salary_index].block_errors
    assert {name: error.messages for name, error in salary_errors.items()} == {
        "percentile_10": ["The 10th percentile cannot be above the median."],
        "median_annual": ["The median cannot be below the 10th percentile."],
    }


def test_invalid_soc_code_is_reported_in_the_admin(admin_client, site_root):
    data = {**career_post_data(), "soc_code": "292072", "action-publish": "publish"}
    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 200
    assert "e.g. 29-2072" in response.context["form"].errors["soc_code"][0]


def test_edit_makes_a_new_revision_and_publishes_it(admin_client, client, site_root):
    page = CareerPageFactory(slug="medical-coding-specialist")
    page.save_revision().publish()
    revisions_before = page.revisions.count()

    data = {**career_post_data(median="36000"), "action-publish": "publish"}
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions_before + 1
    assert page.facts.salary.median_annual == 36000
    assert "$36,000" in client.get(page.url).content.decode()


def test_formal_education_offers_yes_no_and_not_stated_by_default(admin_client, site_root):
    response = admin_client.get(add_url(site_root))
    education = response.context["form"]["body"].value()[1].value
    assert education["formal_education_required"] == "not_stated"
    content = response.content.decode()
    for label in ("Yes", "No", "Not stated"):
        assert label in content


def test_saving_formal_education_not_stated(admin_client, site_root):
    data = career_post_data(formal_education_required="not_stated")
    assert admin_client.post(add_url(site_root), data).status_code == 302
    page = CareerPage.objects.get(slug="medical-coding-specialist")
    education = page.get_latest_revision_as_object().facts.education
    assert education.formal_education_required is None


def warnings_of(response):
    return [str(m) for m in response.context["messages"] if m.level_tag == "warning"]


def test_an_outlook_period_without_a_known_average_warns_the_editor(admin_client, site_root):
    data = career_post_data(period=("2025", "2035"))
    response = admin_client.post(add_url(site_root), data, follow=True)
    (warning,) = warnings_of(response)
    assert "over 2025–2035 is not known" in warning
    assert "All occupations' growth (%)" in warning
    page = CareerPage.objects.get(slug="medical-coding-specialist")
    # Opening the editor again says it again, until the editor fills the field in.
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert len(warnings_of(edit)) == 1


def test_no_warning_when_the_outlook_gets_its_label(admin_client, site_root):
    response = admin_client.post(add_url(site_root), career_post_data(), follow=True)
    assert warnings_of(response) == []
    page = CareerPage.objects.get(slug="medical-coding-specialist")
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert warnings_of(edit) == []


def test_preview_shows_unsaved_changes(admin_client, site_root):
    page = CareerPageFactory(slug="medical-coding-specialist")
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))

    response = admin_client.post(preview_url, career_post_data(median="41000"))
    assert response.json() == {"is_valid": True, "is_available": True}

    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    assert "$41,000" in preview.content.decode()
    page.refresh_from_db()
    assert page.facts.salary.median_annual == 34750  # nothing saved


def test_preview_of_a_new_page(admin_client, site_root):
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_careers", "careerpage", site_root.pk),
    )
    admin_client.post(preview_url, career_post_data())
    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    assert "$34,750" in preview.content.decode()


def untouched_new_page_post_data():
    """What the add form posts when the editor has typed only a title: the four empty blocks."""
    empty = dict.fromkeys
    return nested_form_data(
        {
            "title": "Pharmacy Technician",
            "slug": "pharmacy-technician",
            "summary": "",
            "soc_code": "",
            "body": streamfield(
                [
                    ("duties", {"heading": "", "intro": rich_text(""), "items": list_block([""])}),
                    (
                        "education",
                        {
                            **empty(["typical_entry_education", "program_length_months"], ""),
                            "subjects": list_block([]),
                            "certifications": list_block([]),
                            "notes": rich_text(""),
                        },
                    ),
                    (
                        "outlook",
                        {
                            **empty(["growth_percent", "period_start", "period_end"], ""),
                            **empty(
                                ["employment", "annual_openings", "average_growth_percent"], ""
                            ),
                            "drivers": rich_text(""),
                            "source_name": "U.S. Bureau of Labor Statistics, Employment Projections",
                            "source_url": "https://www.bls.gov/emp/",
                        },
                    ),
                    (
                        "salary",
                        {
                            **empty(["percentile_10", "percentile_25", "median_annual"], ""),
                            **empty(["percentile_75", "percentile_90", "median_hourly"], ""),
                            **empty(["year", "note"], ""),
                            "currency": "USD",
                            "region": "United States",
                            "source_name": "U.S. Bureau of Labor Statistics, Occupational "
                            "Employment and Wage Statistics",
                            "source_url": "https://www.bls.gov/oes/",
                        },
                    ),
                ]
            ),
        }
    )


def test_autosaving_a_new_page_with_its_empty_blocks_reports_no_error(admin_client, site_root):
    response = admin_client.post(
        add_url(site_root), untouched_new_page_post_data(), HTTP_ACCEPT="application/json"
    )

    assert response.status_code == 200
    assert response.json()["success"] is True
    page = CareerPage.objects.get(slug="pharmacy-technician")
    assert not page.live


def test_publishing_the_empty_blocks_puts_each_error_on_its_field(admin_client, site_root):
    data = {**untouched_new_page_post_data(), "action-publish": "publish"}
    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 200
    assert not CareerPage.objects.exists()
    stream_error = response.context["form"].errors["body"].as_data()[0]
    fields = {
        index: sorted(error.block_errors) for index, error in stream_error.block_errors.items()
    }
    assert fields == {
        0: ["items"],
        1: ["typical_entry_education"],
        2: ["growth_percent"],
        3: ["median_annual", "year"],
    }


class TestCareerPageInTheAdmin(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.root = Site.objects.get(is_default_site=True).root_page

    def test_create_publish_and_edit_with_the_four_blocks(self):
        self.assertCanCreateAt(type(self.root.specific), CareerPage)
        self.assertCanCreate(self.root, CareerPage, {**career_post_data(), "action-publish": "1"})
        page = CareerPage.objects.get(slug="medical-coding-specialist")
        self.assertTrue(page.live)
        self.assertEqual(
            [block.block_type for block in page.body], ["duties", "education", "outlook", "salary"]
        )
        self.assertPageIsEditable(page, post_data=career_post_data(median="36000"))
        self.assertPageIsPreviewable(page, post_data=career_post_data())
