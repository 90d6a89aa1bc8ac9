"""CareerPage through Wagtail's API v2 and Wagtail search."""

import pytest

from wagtail_careers.factories import CareerPageFactory
from wagtail_careers.models import CareerPage

pytestmark = pytest.mark.django_db


def test_api_exposes_summary_soc_code_and_structured_facts(client, site_root):
    page = CareerPageFactory()

    response = client.get(f"/api/v2/pages/{page.pk}/")

    assert response.status_code == 200
    data = response.json()
    assert data["soc_code"] == "29-2072"
    assert data["summary"].startswith("Medical coding specialists assign codes")
    facts = data["career_facts"]
    assert facts["salary"]["median_annual"] == "34750"
    assert facts["salary"]["median_hourly"] == "16.71"
    assert facts["outlook"]["growth_percent"] == "22"
    assert facts["outlook"]["label"] == "Much faster than average"
    assert facts["education"]["label"] == "Postsecondary nondegree award"
    assert facts["education"]["certifications"][1]["abbreviation"] == "RHIT"


def test_api_lists_career_pages_with_their_fields(client, site_root):
    CareerPageFactory()
    response = client.get(
        "/api/v2/pages/", {"type": "wagtail_careers.CareerPage", "fields": "soc_code"}
    )
    assert [item["soc_code"] for item in response.json()["items"]] == ["29-2072"]


@pytest.mark.parametrize(
    "query",
    [
        "classify diseases",  # a duty item
        "anatomy",  # a subject
        "Tumor Registrar",  # a certification name
        "billed",  # the summary
    ],
)
def test_search_finds_careers_by_the_text_of_their_blocks(site_root, query):
    page = CareerPageFactory()
    CareerPageFactory(title="Welder", summary="Joins metal.", body=[])

    results = list(CareerPage.objects.live().search(query))

    assert results == [page]
