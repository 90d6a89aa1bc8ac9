"""A career index lists its live careers as cards, filtered and sorted by GET parameters."""

import pytest
from explorer_support import career, get, listed, queries_of
from page_reading import render, text_of

from wagtail_careers.factories import CareerIndexPageFactory, CareerPageFactory

pytestmark = pytest.mark.django_db


def test_cards_show_pay_growth_and_education(client, careers, index):
    html = render(client, index)
    card = next(c for c in html.select(".careers-card") if "Dental Hygienist" in text_of(c))
    facts = {text_of(dt): text_of(dt.find_next_sibling("dd")) for dt in card.select("dt")}
    assert facts == {
        "Median pay (2012)": "$70,210",
        "Job outlook (2012–2022)": "33% (Much faster than average)",
        "Typical entry-level education": "Associate's degree",
    }
    assert card.select_one("a")["href"] == careers["hygienist"].url
    checkbox = card.select_one('input[type="checkbox"][name="careers"]')
    assert checkbox["value"] == str(careers["hygienist"].pk)
    assert text_of(html.select_one("[aria-live]")) == "5 careers found"
    assert not html.select(".careers-lead")  # the form is beside visitors' comparisons


def test_cards_link_the_careers_at_any_depth_below_the_index(client, index):
    nested = career(
        CareerIndexPageFactory(parent=index, title="Health"),
        "Nested",
        pay=1,
        growth=1,
        education="none",
    )
    card = render(client, index).select_one(".careers-card")
    assert text_of(card.select_one("a")) == "Nested"
    assert card.select_one("a")["href"] == nested.url


def test_only_live_careers_below_the_index(client, careers, index, site_root):
    careers["lpn"].unpublish()
    CareerPageFactory(parent=site_root, title="Welder")  # elsewhere in the tree
    assert listed(client, index) == [
        "Dental Hygienist",
        "Pharmacy Technician",
        "Phlebotomist",
        "Surgical Technologist",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            [
                "Dental Hygienist",
                "Licensed Practical Nurse",
                "Pharmacy Technician",
                "Phlebotomist",
                "Surgical Technologist",
            ],
        ),
        (
            "education=postsecondary_nondegree&min_pay=40000",
            ["Licensed Practical Nurse", "Surgical Technologist"],
        ),
        ("education=high_school", ["Pharmacy Technician"]),
        (
            "min_pay=41540",
            ["Dental Hygienist", "Licensed Practical Nurse", "Surgical Technologist"],
        ),
        ("min_growth=27", ["Dental Hygienist", "Phlebotomist", "Surgical Technologist"]),
        ("min_growth=27.5", ["Dental Hygienist", "Surgical Technologist"]),
        (
            "sort=pay",
            [
                "Dental Hygienist",
                "Surgical Technologist",
                "Licensed Practical Nurse",
                "Phlebotomist",
                "Pharmacy Technician",
            ],
        ),
        (
            "sort=growth",
            [
                "Dental Hygienist",
                "Surgical Technologist",
                "Phlebotomist",
                "Licensed Practical Nurse",
                "Pharmacy Technician",
            ],
        ),
        (
            "sort=education",
            [
                "Pharmacy Technician",
                "Licensed Practical Nurse",
                "Phlebotomist",
                "Surgical Technologist",
                "Dental Hygienist",
            ],
        ),
        (
            "education=postsecondary_nondegree&sort=growth",
            [
                "Surgical Technologist",
                "Phlebotomist",
                "Licensed Practical Nurse",
                "Pharmacy Technician",
            ],
        ),
        ("q=nurse", ["Licensed Practical Nurse"]),
        ("q=technologist&sort=pay", ["Surgical Technologist"]),
        ("q=nobodyhasthisword", []),
    ],
)
def test_filters_and_sorts(client, careers, index, query, expected):
    assert listed(client, index, query) == expected


def test_careers_without_a_figure_sort_last_and_fail_its_filter(client, careers, index):
    career(index, "Apprentice", pay=None, growth=None, education=None)
    assert listed(client, index, "sort=pay")[-1] == "Apprentice"
    assert listed(client, index, "sort=growth")[-1] == "Apprentice"
    assert listed(client, index, "sort=education")[-1] == "Apprentice"
    assert "Apprentice" not in listed(client, index, "min_pay=0")
    assert "Apprentice" not in listed(client, index, "education=doctoral")


def test_pay_in_another_currency_is_not_compared_with_dollars(client, index):
    CareerPageFactory(
        parent=index,
        title="Euro career",
        body=[
            {
                "type": "salary",
                "value": {
                    "currency": "EUR",
                    "median_annual": "90000",
                    "year": 2012,
                    "region": "France",
                    "source_name": "Eurostat",
                },
            }
        ],
    )
    assert listed(client, index, "min_pay=40000") == []
    assert "€90,000" in text_of(render(client, index).select_one(".careers-card"))


@pytest.mark.parametrize(
    ("query", "field", "expected"),
    [
        ("min_pay=lots", "min_pay", "Enter a whole number."),
        ("min_pay=-5", "min_pay", "Ensure this value is greater than or equal to 0."),
        ("min_growth=fast", "min_growth", "Enter a number."),
        ("education=phd", "education", "Select a valid choice."),
        ("sort=random", "sort", "Select a valid choice."),
        ("q=" + "x" * 201, "q", "Ensure this value has at most 200 characters"),
    ],
)
def test_invalid_values_are_ignored_with_a_message_beside_the_field(
    client, careers, index, query, field, expected
):
    valid = "min_growth=33" if field == "min_pay" else "min_pay=70000"
    html = get(client, index, f"{query}&{valid}")
    assert listed(client, index, f"{query}&{valid}") == ["Dental Hygienist"]  # still applied
    box = html.select_one(f".careers-filter--{field}")
    error = box.select_one(".careers-filter-error")
    assert expected in text_of(error)
    assert "ignored" in text_of(error)
    control = box.select_one("input, select")
    assert control["aria-invalid"] == "true"
    assert error["id"] in control["aria-describedby"]


def test_an_invalid_value_stays_in_its_field_to_be_corrected(client, careers, index):
    html = get(client, index, "q=nurse&min_pay=lots&sort=pay")
    assert html.select_one("#careers-filter-min_pay")["value"] == "lots"
    assert html.select_one("#careers-filter-q")["value"] == "nurse"
    assert text_of(html.select_one("#careers-filter-sort option[selected]")) == (
        "Median pay (highest first)"
    )
    assert not html.select_one("#careers-filter-q").has_attr("aria-invalid")


def test_filters_have_labels(client, careers, index):
    html = render(client, index)
    for control in html.select(".careers-filters input, .careers-filters select"):
        assert html.select_one(f'label[for="{control["id"]}"]'), control


def test_pages_of_24_keep_the_filters(client, index):
    for number in range(30):
        career(index, f"Career {number:02}", pay=30000 + number, growth=5, education="none")
    html = render(client, index)
    assert len(html.select(".careers-card")) == 24
    assert text_of(html.select_one("[aria-live]")) == "30 careers found"
    html = get(client, index, "sort=pay&min_pay=30001")
    next_link = html.select_one('.careers-pagination a[rel="next"]')
    assert next_link["href"] == "?sort=pay&min_pay=30001&page=2"
    assert listed(client, index, "sort=pay&min_pay=30001&page=2") == [
        "Career 05",
        "Career 04",
        "Career 03",
        "Career 02",
        "Career 01",
    ]


@pytest.mark.parametrize("number", ["0", "3", "two", "-1", "²", "99999999999999999999"])
def test_a_page_that_does_not_exist_shows_the_first(client, careers, index, number):
    response = client.get(f"{index.url}?page={number}")
    assert response.status_code == 200
    assert "here is the first page" in response.content.decode()
    assert len(listed(client, index, f"page={number}")) == 5


def test_same_queries_for_10_and_200_careers(client, index):
    for number in range(10):
        career(index, f"Career {number}", pay=30000 + number, growth=5, education="none")
    few = {query: queries_of(client, index, query) for query in ("", "q=career&sort=pay")}
    for number in range(10, 200):
        career(index, f"Career {number}", pay=30000 + number, growth=5, education="none")
    many = {query: queries_of(client, index, query) for query in ("", "q=career&sort=pay")}
    assert few == many


def test_a_career_index_can_be_created_anywhere(site_root):
    from wagtail_careers.models import CareerIndexPage, CareerPage, ComparisonPage

    assert CareerIndexPage.can_create_at(site_root)
    nested = CareerIndexPageFactory(parent=CareerIndexPageFactory(parent=site_root))
    assert CareerIndexPage.can_create_at(nested)
    assert CareerPage.can_create_at(nested) and ComparisonPage.can_create_at(nested)


def test_links_to_the_editors_comparisons_below_it(client, careers, index):
    from wagtail_careers.factories import ComparisonPageFactory

    comparison = ComparisonPageFactory(
        parent=index, careers=[careers["lpn"], careers["surgical"]], title="Nurse or technologist"
    )
    links = get(client, index).select(".careers-comparison-links a")
    assert [(text_of(a), a["href"]) for a in links] == [("Nurse or technologist", comparison.url)]
    one = queries_of(client, index)
    ComparisonPageFactory(
        parent=index, careers=[careers["lpn"], careers["pharmacy"]], title="Nurse or pharmacist"
    )
    assert len(get(client, index).select(".careers-comparison-links a")) == 2
    assert queries_of(client, index) == one  # no query per link for what it shows


def test_the_indexes_above_a_career_are_purged_with_it(careers, index, site_root):
    from wagtail_careers.purging import pages_showing

    outer = CareerIndexPageFactory(parent=site_root)
    inner = CareerIndexPageFactory(parent=outer)
    nested = career(inner, "Nested", pay=1, growth=1, education="none")
    other = CareerIndexPageFactory(parent=site_root)  # lists neither
    assert {page.pk for page in pages_showing([careers["lpn"]])} == {index.pk}
    shown = {page.pk for page in pages_showing([nested])}
    assert {outer.pk, inner.pk} <= shown and other.pk not in shown and index.pk not in shown
