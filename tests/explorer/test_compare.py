"""A visitor's own comparison, at ``<index>/compare/?careers=…``, and the leads sent from it."""

import html as html_module

import pytest
from bs4 import BeautifulSoup
from leads_support import form_token, valid_data
from page_reading import text_of

from wagtail_careers.factories import ComparisonPageFactory
from wagtail_careers.leads import antispam
from wagtail_careers.models import ComparisonPage, Lead

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limit")]


def compare_url(index, *ids) -> str:
    return index.url + "compare/?" + "&".join(f"careers={career_id}" for career_id in ids)


def get(client, url):
    response = client.get(url)
    return response, BeautifulSoup(response.content, "html.parser")


def test_renders_the_comparison_as_a_comparison_page_would(client, careers, index):
    chosen = [careers["lpn"], careers["surgical"], careers["phlebotomist"]]
    response, html = get(client, compare_url(index, *(c.pk for c in chosen)))
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]  # one visitor's choice, with their tokens
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    assert html.select_one('link[rel="canonical"]') is None
    assert text_of(html.h1) == (
        "Compare: Licensed Practical Nurse, Surgical Technologist and Phlebotomist"
    )
    table = html.select_one("table.careers-table")
    assert [text_of(th) for th in table.select('th[scope="col"]')] == [c.title for c in chosen]
    assert "Median annual pay" in [text_of(th) for th in table.select('th[scope="row"]')]
    assert "Key differences" in text_of(html.select_one(".careers-differences"))

    # The same rendering as an editor's comparison of the same careers.
    editors = ComparisonPageFactory(parent=index, careers=chosen, title="Three careers")
    editors_html = BeautifulSoup(client.get(editors.url).content, "html.parser")
    assert str(editors_html.select_one("table.careers-table")) == str(table)
    assert str(editors_html.select_one(".careers-differences")) == str(
        html.select_one(".careers-differences")
    )

    hidden = {
        box["name"]: box.get("value") for box in html.select(".careers-lead input[type=hidden]")
    }
    assert hidden["csrfmiddlewaretoken"] and hidden[antispam.TOKEN_FIELD]  # works without JS
    select = html.select_one('select[name="career"]')
    assert [text_of(option) for option in select.select("option")][1:] == [c.title for c in chosen]
    # As on a comparison page, a link near the top jumps down to the form.
    link = html.select_one("header.careers-header .careers-form-link a")
    assert link["href"] == "#request-information"
    assert text_of(link) == text_of(html.select_one("#careers-lead-heading"))
    form = html.select_one(".careers-lead form")
    assert html_module.unescape(form["action"]) == (
        compare_url(index, *(c.pk for c in chosen)) + "#request-information"
    )


def test_links_to_an_editors_live_comparison_of_exactly_those_careers(client, careers, index):
    lpn, surgical, hygienist = careers["lpn"], careers["surgical"], careers["hygienist"]
    ComparisonPageFactory(parent=index, careers=[lpn, surgical, hygienist], title="Three")
    draft = ComparisonPageFactory(parent=index, careers=[surgical, lpn], title="Draft")
    draft.unpublish()
    _response, html = get(client, compare_url(index, lpn.pk, surgical.pk))
    assert html.select_one('link[rel="canonical"]') is None  # a superset and a draft only

    editors = ComparisonPageFactory(parent=index, careers=[surgical, lpn], title="Two")
    _response, html = get(client, compare_url(index, lpn.pk, surgical.pk))
    assert html.select_one('link[rel="canonical"]')["href"] == editors.full_url
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"


def bad_inputs(careers, other_index_career):
    lpn, surgical = careers["lpn"].pk, careers["surgical"].pk
    ids = [c.pk for c in careers.values()]
    return {
        "none": [],
        "one": [lpn],
        "five": ids,
        "duplicate": [lpn, lpn],
        "unknown": [lpn, 999999],
        "not a number": [lpn, "two"],
        "negative": [lpn, "-3"],
        "huge": [lpn, "9" * 40],
        "empty": [lpn, ""],
        "superscript": [lpn, "²"],
        "another index": [lpn, other_index_career.pk],
        "unpublished": [lpn, surgical],
    }


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("none", "Choose at least 2 careers to compare."),
        ("one", "Choose at least 2 careers to compare."),
        ("five", "Choose at most 4 careers to compare."),
        ("duplicate", "Each career can be chosen only once."),
        ("unknown", "no longer published here"),
        ("not a number", "Choose careers from the list"),
        ("negative", "Choose careers from the list"),
        ("huge", "Choose careers from the list"),
        ("empty", "Choose careers from the list"),
        ("superscript", "Choose careers from the list"),
        ("another index", "no longer published here"),
        ("unpublished", "no longer published here"),
    ],
)
def test_bad_choices_show_the_listing_with_why(client, careers, index, site_root, case, message):
    from explorer_support import career

    from wagtail_careers.factories import CareerIndexPageFactory

    elsewhere = career(CareerIndexPageFactory(parent=site_root), "Welder", pay=1, growth=1,
                       education="none")  # fmt: skip
    if case == "unpublished":
        careers["surgical"].unpublish()
    ids = bad_inputs(careers, elsewhere)[case]
    url = compare_url(index, *ids)
    for response in (client.get(url), client.post(url, valid_data())):
        assert response.status_code == 400
        html = BeautifulSoup(response.content, "html.parser")
        assert message in text_of(html.select_one(".careers-compare-message"))
        assert html.select(".careers-card")  # the listing, to choose again
    assert not Lead.objects.exists()


def test_the_ticked_careers_stay_ticked_after_an_error(client, careers, index):
    response, html = get(client, compare_url(index, careers["lpn"].pk))
    ticked = html.select('input[name="careers"][checked]')
    assert [box["value"] for box in ticked] == [str(careers["lpn"].pk)]


def test_a_lead_records_the_index_and_the_compared_careers(
    client, careers, index, clock, admin_client
):
    chosen = [careers["lpn"], careers["surgical"], careers["phlebotomist"]]
    url = compare_url(index, *(c.pk for c in chosen))
    response = client.get(url)
    clock.advance(5)
    data = valid_data(lead_token=form_token(response), career=str(careers["surgical"].pk))
    response = client.post(url, data)
    assert response.status_code == 303
    assert response["Location"] == index.url + "thanks/"
    assert client.get(response["Location"]).status_code == 200

    lead = Lead.objects.get()
    assert lead.page.specific == index
    assert lead.career == careers["surgical"]
    assert set(lead.compared_careers.all()) == set(chosen)

    inspect = admin_client.get(f"/admin/careers/leads/inspect/{lead.pk}/")
    text = text_of(BeautifulSoup(inspect.content, "html.parser"))
    assert "Licensed Practical Nurse, Phlebotomist, Surgical Technologist" in text
    response = admin_client.get("/admin/careers/leads/?export=csv")
    export = b"".join(response.streaming_content).decode()
    assert "Compared careers" in export.splitlines()[0]
    assert '"Licensed Practical Nurse, Phlebotomist, Surgical Technologist"' in export


def test_an_invalid_lead_shows_the_comparison_again_with_errors(client, careers, index):
    url = compare_url(index, careers["lpn"].pk, careers["surgical"].pk)
    response = client.post(url, valid_data(email="not-an-email"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.title.get_text().startswith(
        "Error: Compare: Licensed Practical Nurse and Surgical Technologist"
    )
    assert "Enter a valid email address." in text_of(html.select_one(".careers-lead"))
    assert html.select_one("table.careers-table")
    assert not Lead.objects.exists()


def test_a_lead_from_a_career_page_records_no_compared_careers(client, careers, clock):
    page = careers["lpn"]
    response = client.get(page.url)
    clock.advance(5)
    assert client.post(page.url, valid_data(lead_token=form_token(response))).status_code == 303
    assert not Lead.objects.get().compared_careers.exists()


def test_career_pages_link_to_comparisons_with_careers_of_their_soc_major_group(
    client, careers, index
):
    from explorer_support import career

    career(index, "Radiologic Technologist", pay=54620, growth=21, education="associate",
           soc_code="29-2034")  # fmt: skip
    html = BeautifulSoup(client.get(careers["lpn"].url).content, "html.parser")
    links = {
        text_of(a): a["href"]
        for a in html.select(".careers-comparison-links a")
        if text_of(a).startswith("Compare with")
    }
    # Group 29, alphabetically, at most three; the phlebotomist (31) is not in it.
    assert list(links) == [
        "Compare with Dental Hygienist",
        "Compare with Pharmacy Technician",
        "Compare with Radiologic Technologist",
    ]
    response = client.get(links["Compare with Dental Hygienist"])
    assert response.status_code == 200
    assert "Compare: Licensed Practical Nurse and Dental Hygienist" in response.content.decode()


def test_a_career_outside_a_career_index_has_no_compare_links(client, site_root):
    from wagtail_careers.factories import CareerPageFactory

    CareerPageFactory(parent=site_root, title="Other")
    page = CareerPageFactory(parent=site_root)
    html = client.get(page.url).content.decode()
    assert "Compare with" not in html
    assert ComparisonPage.objects.count() == 0
