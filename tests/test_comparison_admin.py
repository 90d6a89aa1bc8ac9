"""Composing a comparison in the Wagtail admin: careers, rows, sections, and the careers rule."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from wagtail_careers.comparison import DIMENSIONS
from wagtail_careers.factories import (
    CareerPageFactory,
    ComparisonPageFactory,
    seed_careers,
)
from wagtail_careers.models import ComparisonPage

ALL_ROWS = [code for code, _label in DIMENSIONS]


def post_data(careers, *, title="Coding vs. office", rows=ALL_ROWS, publish=True):
    data = nested_form_data(
        {
            "title": title,
            "slug": "coding-vs-office",
            "intro": rich_text("<p>Which suits you?</p>"),
            "career_links": inline_formset([{"career": career.pk} for career in careers]),
            "body": streamfield(
                [
                    (
                        "checklist",
                        {
                            "heading": "Before you decide",
                            "items": streamfield([("item", "Do you like working with patients?")]),
                        },
                    ),
                    ("paragraph", rich_text("<p>Call us to talk it over.</p>")),
                ]
            ),
        }
    )
    data["dimensions"] = rows
    if publish:
        data["action-publish"] = "action-publish"
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=("wagtail_careers", "comparisonpage", parent.pk))


def careers_panel_errors(response):
    """The error messages shown on the careers panel (the InlinePanel of career_links)."""
    soup = BeautifulSoup(response.content, "html.parser")
    management = soup.find("input", attrs={"name": "career_links-TOTAL_FORMS"})
    panel = management.parent
    return [
        " ".join(error.get_text(" ", strip=True).split())
        for error in panel.find_all(class_="error-message", recursive=False)
    ]


class TestComposeInTheAdmin(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.root = ComparisonPage.get_first_root_node().get_children().first()
        self.careers = seed_careers()

    def test_create_and_edit_a_comparison(self):
        self.assertCanCreateAt(type(self.root.specific), ComparisonPage)
        self.assertCanCreate(self.root, ComparisonPage, post_data(self.careers))
        page = ComparisonPage.objects.get(slug="coding-vs-office")
        self.assertTrue(page.live)
        self.assertEqual([link.career for link in page.career_links.all()], self.careers)
        self.assertEqual([block.block_type for block in page.body], ["checklist", "paragraph"])
        self.assertPageIsEditable(page, post_data=post_data(self.careers, publish=False))


@pytest.mark.django_db
def test_published_comparison_renders_the_chosen_careers_and_rows(admin_client, site_root):
    careers = seed_careers()
    rows = ["median_pay", "outlook"]
    response = admin_client.post(add_url(site_root), post_data(careers[::-1], rows=rows))
    assert response.status_code == 302
    page = ComparisonPage.objects.get(slug="coding-vs-office")
    assert page.dimensions == rows
    soup = BeautifulSoup(admin_client.get(page.url).content, "html.parser")
    assert [th.get_text(strip=True) for th in soup.thead.find_all("th")] == [
        "Medical Office Specialist",
        "Medical Coding Specialist",
    ]
    assert [th.get_text(strip=True) for th in soup.tbody.find_all("th")] == [
        "Median annual pay",
        "Job outlook",
    ]


@pytest.mark.django_db
def test_the_edit_form_shows_every_row_checked_by_default(admin_client):
    page = ComparisonPageFactory()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    soup = BeautifulSoup(response.content, "html.parser")
    boxes = soup.find_all("input", attrs={"name": "dimensions"})
    assert [box["value"] for box in boxes] == ALL_ROWS
    assert all(box.has_attr("checked") for box in boxes)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "pick, message",
    [
        (lambda careers: careers[:1], "Choose at least 2 careers to compare."),
        (lambda careers: [careers[0], careers[0]], "Each career can be chosen only once."),
        (lambda careers: careers, "Choose at most 4 careers to compare."),
    ],
)
def test_publishing_without_two_to_four_careers_shows_the_error_on_the_careers_panel(
    admin_client, site_root, pick, message
):
    careers = [CareerPageFactory(title=f"Career {n}") for n in range(5)]
    response = admin_client.post(add_url(site_root), post_data(pick(careers)))
    assert response.status_code == 200
    assert careers_panel_errors(response) == [message]
    assert not ComparisonPage.objects.exists()


@pytest.mark.django_db
def test_a_draft_may_have_fewer_careers(admin_client, site_root):
    career = CareerPageFactory()
    response = admin_client.post(add_url(site_root), post_data([career], publish=False))
    assert response.status_code == 302
    page = ComparisonPage.objects.get(slug="coding-vs-office")
    assert not page.live
    assert page.get_latest_revision_as_object().career_links.count() == 1


@pytest.mark.django_db
def test_no_rows_chosen_is_refused_with_a_message(admin_client, site_root):
    response = admin_client.post(add_url(site_root), post_data(seed_careers(), rows=[]))
    assert response.status_code == 200
    assert "Choose at least one row to show." in response.content.decode()
    assert not ComparisonPage.objects.exists()


@pytest.mark.django_db
def test_removing_a_career_from_a_live_comparison_is_refused(admin_client):
    page = ComparisonPageFactory()
    links = list(page.career_links.all())
    data = post_data([link.career for link in links])
    data.update(
        {
            "career_links-INITIAL_FORMS": "2",
            "career_links-0-id": str(links[0].pk),
            "career_links-1-id": str(links[1].pk),
            "career_links-1-DELETE": "1",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 200
    assert careers_panel_errors(response) == ["Choose at least 2 careers to compare."]
    assert page.career_links.count() == 2


class TestThreeCareers(WagtailPageTestCase):
    """The admin path of the browser test, with Wagtail's form-data helpers."""

    def setUp(self):
        self.login()
        self.root = ComparisonPage.get_first_root_node().get_children().first()
        self.careers = [
            *seed_careers(),
            CareerPageFactory(title="Medical Assistant", soc_code="31-9092"),
        ]

    def test_publish_three_careers_in_the_order_of_their_rows(self):
        order = [self.careers[2], self.careers[0], self.careers[1]]
        self.assertCanCreate(self.root, ComparisonPage, post_data(order))
        page = ComparisonPage.objects.get(slug="coding-vs-office")
        self.assertTrue(page.live)
        self.assertEqual(page.careers, order)


def career_rows(response):
    """The rows of the careers panel: (career id or "", error messages), in order."""
    soup = BeautifulSoup(response.content, "html.parser")
    rows = []
    for row in soup.select("#id_career_links-FORMS > [data-inline-panel-child]"):
        field = row.select_one('input[name$="-career"]')
        errors = [
            " ".join(e.get_text(" ", strip=True).split()) for e in row.select(".error-message")
        ]
        rows.append((field.get("value", ""), errors))
    return rows


def with_empty_row(data, index):
    """``data`` with one more career row, added by the panel (numbered) but left empty."""
    data = dict(data)
    data[f"career_links-{index}-career"] = ""
    data[f"career_links-{index}-ORDER"] = str(index + 1)
    data["career_links-TOTAL_FORMS"] = str(index + 1)
    return data


@pytest.mark.django_db
def test_a_new_comparison_has_no_career_rows_and_lists_every_career(admin_client, site_root):
    coding, office = seed_careers()
    draft = CareerPageFactory(title="Pharmacy Technician", live=False)

    response = admin_client.get(add_url(site_root))

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", attrs={"name": "career_links-TOTAL_FORMS"})["value"] == "0"
    boxes = soup.select("[data-controller=careers-picker] input[type=checkbox]")
    assert [(box["value"], box["data-title"]) for box in boxes] == [
        (str(coding.pk), "Medical Coding Specialist"),
        (str(office.pk), "Medical Office Specialist"),
        (str(draft.pk), "Pharmacy Technician"),
    ]
    assert not any(box.has_attr("name") for box in boxes)  # nothing of theirs is posted
    assert "draft" in boxes[2].parent.get_text()
    picker = soup.select_one("[data-controller=careers-picker]")
    assert picker["data-careers-picker-new-page-value"] == "true"


@pytest.mark.django_db
def test_the_edit_form_lists_the_chosen_careers_as_rows(admin_client):
    page = ComparisonPageFactory()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert [career for career, _errors in career_rows(response)] == [
        str(link.career_id) for link in page.career_links.all()
    ]
    picker = BeautifulSoup(response.content, "html.parser").select_one(
        "[data-controller=careers-picker]"
    )
    assert picker["data-careers-picker-new-page-value"] == "false"


@pytest.mark.django_db
def test_an_empty_career_row_is_left_out_of_a_draft(admin_client, site_root):
    careers = seed_careers()
    data = with_empty_row(post_data(careers[:1], publish=False), 1)

    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 302
    page = ComparisonPage.objects.get(slug="coding-vs-office")
    assert [link.career for link in page.career_links.all()] == careers[:1]


@pytest.mark.django_db
def test_autosaving_a_new_comparison_with_an_empty_row_reports_no_error(admin_client, site_root):
    data = with_empty_row(post_data([], title="Coding vs. office", publish=False), 0)

    response = admin_client.post(add_url(site_root), data, HTTP_ACCEPT="application/json")

    assert response.status_code == 200
    assert response.json()["success"] is True


@pytest.mark.django_db
def test_publishing_with_an_empty_row_marks_that_row(admin_client, site_root):
    careers = seed_careers()
    data = with_empty_row(post_data(careers), 2)

    response = admin_client.post(add_url(site_root), data)

    assert response.status_code == 200
    assert career_rows(response) == [
        (str(careers[0].pk), []),
        (str(careers[1].pk), []),
        ("", ["Choose a career, or delete this row."]),
    ]
    assert not ComparisonPage.objects.exists()


@pytest.mark.django_db
def test_a_career_chosen_twice_marks_the_second_row(admin_client, site_root):
    coding, office = seed_careers()

    response = admin_client.post(add_url(site_root), post_data([coding, office, coding]))

    assert response.status_code == 200
    assert careers_panel_errors(response) == ["Each career can be chosen only once."]
    assert career_rows(response) == [
        (str(coding.pk), []),
        (str(office.pk), []),
        (
            str(coding.pk),
            [
                "Medical Coding Specialist is already in this comparison: choose another "
                "career or remove this row."
            ],
        ),
    ]


def primary_action(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("footer .w-dropdown-button > button")


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["comparisonpage", "careerpage"])
def test_publish_is_the_primary_action_of_a_new_page(admin_client, site_root, model):
    url = reverse("wagtailadmin_pages:add", args=("wagtail_careers", model, site_root.pk))
    assert primary_action(admin_client.get(url))["name"] == "action-publish"


@pytest.mark.django_db
def test_publish_is_the_primary_action_when_editing(admin_client):
    page = ComparisonPageFactory()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert primary_action(response)["name"] == "action-publish"


@pytest.mark.django_db
def test_other_page_types_keep_wagtails_primary_action(admin_client, site_root):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(site_root.pk,)))
    assert "action-save" in primary_action(response)["class"]


@pytest.mark.django_db
def test_an_editor_who_may_not_publish_saves_drafts(client, django_user_model, site_root):
    editor = django_user_model.objects.create_user("eve", "eve@example.com", "password")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    response = client.get(add_url(site_root))
    assert response.status_code == 200
    assert "action-save" in primary_action(response)["class"]


@pytest.mark.django_db
def test_the_list_leaves_out_aliases_and_careers_in_other_languages(admin_client, site_root):
    coding = CareerPageFactory(title="Medical Coding Specialist")
    coding.create_alias(parent=site_root, update_slug="coding-alias")
    french = Locale.objects.create(language_code="fr")
    CareerPageFactory(title="Codeur médical", locale=french)

    response = admin_client.get(add_url(site_root))

    soup = BeautifulSoup(response.content, "html.parser")
    boxes = soup.select("[data-controller=careers-picker] input[type=checkbox]")
    assert [box["value"] for box in boxes] == [str(coding.pk)]
