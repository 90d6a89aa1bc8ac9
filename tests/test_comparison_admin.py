"""Composing a comparison in the Wagtail admin: careers, rows, sections, and the careers rule."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
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
