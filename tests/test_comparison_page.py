"""ComparisonPage: rendering, live facts, the careers rule, queries, links from career pages."""

import copy
import json

import pytest
from django.core.exceptions import ValidationError
from page_reading import count_queries, render

from wagtail_careers.factories import (
    CareerPageFactory,
    ComparisonPageFactory,
    career_body,
    outlook_block,
    salary_block,
    seed_careers,
)
from wagtail_careers.models import CareerPage, ComparisonCareer, ComparisonPage

pytestmark = pytest.mark.django_db


def table_as_read(soup):
    """The table as a screen reader announces it: caption, column and row headers, cells."""
    table = soup.find("table")
    for hidden in table.find_all(attrs={"aria-hidden": "true"}):
        hidden.decompose()  # a phone's career names over the cells: not read out
    columns = [th for th in table.thead.find_all("th")]
    rows = {}
    for tr in table.tbody.find_all("tr"):
        header = tr.find("th")
        rows[header.get_text(strip=True)] = {
            "scope": header["scope"],
            "cells": [" ".join(td.get_text(" ", strip=True).split()) for td in tr.find_all("td")],
        }
    return table, columns, rows


# The seed comparison -----------------------------------------------------------------------------


def test_seed_comparison_says_the_key_differences(client):
    soup = render(client, ComparisonPageFactory())
    differences = soup.find(id="careers-differences-heading").find_parent("section")
    text = " ".join(differences.get_text(" ", strip=True).split())
    assert "$3,400 (10.8%) more per year at the median" in text
    assert "14 percentage points faster" in text
    assert "(36% vs. 22%, 2012–2022)" in text


def test_seed_table_reads_with_caption_and_header_scopes(client):
    page = ComparisonPageFactory()
    soup = render(client, page)
    table, columns, rows = table_as_read(soup)

    assert table.caption.get_text(strip=True) == (
        "Medical Coding Specialist and Medical Office Specialist compared"
    )
    assert [th["scope"] for th in columns] == ["col", "col"]
    assert [th.get_text(strip=True) for th in columns] == [
        "Medical Coding Specialist",
        "Medical Office Specialist",
    ]
    coding, office = (
        CareerPage.objects.get(title=t)
        for t in ("Medical Coding Specialist", "Medical Office Specialist")
    )
    assert [th.a["href"] for th in columns] == [coding.full_url, office.full_url]

    assert all(row["scope"] == "row" for row in rows.values())
    assert rows["Median annual pay"]["cells"] == [
        "$34,750 (higher) United States, 2012",
        "$31,350 (lower) United States, 2012",
    ]
    assert rows["Certifications"]["cells"] == [
        "Certified Tumor Registrar (CTR) Registered Health Information Technician (RHIT)",
        "None required",
    ]
    assert rows["Typical entry-level education"]["cells"] == [
        "Postsecondary nondegree award",
        "High school diploma or equivalent",
    ]


def test_figures_of_different_years_are_stated_each_with_its_year_not_subtracted(client):
    """The issue's page: 2023 pay and growth over 2023–2033 against the seed's 2012 figures."""
    technician = CareerPageFactory(
        title="Health Information Technician",
        body=[
            salary_block(median_annual="48180", year=2023),
            outlook_block(growth_percent="7", period_start=2023, period_end=2033),
        ],
    )
    office = CareerPageFactory(
        title="Medical Office Specialist",
        body=[salary_block(median_annual="31350"), outlook_block(growth_percent="36")],
    )
    soup = render(client, ComparisonPageFactory(careers=[technician, office]))
    differences = soup.find(id="careers-differences-heading").find_parent("section")
    sentences = [" ".join(li.get_text(" ", strip=True).split()) for li in differences("li")]
    assert sentences == [
        "Median pay was $48,180 for Health Information Technician in 2023 and $31,350 for "
        "Medical Office Specialist in 2012. Figures from different years are not directly "
        "comparable.",
        "Projected employment change is +7% for Health Information Technician over 2023–2033 "
        "and +36% for Medical Office Specialist over 2012–2022. Projections over different "
        "periods are not directly comparable.",
    ]
    assert differences.find(class_="careers-note") is None
    _table, _columns, rows = table_as_read(soup)
    assert rows["Median annual pay"]["cells"] == [
        "$48,180 United States, 2023",
        "$31,350 United States, 2012",
    ]
    # 2023–33's all-occupations average (4.0%) labels the technician's 7%.
    assert rows["Job outlook"]["cells"] == [
        "+7% Faster than average 2023–2033",
        "+36% Much faster than average 2012–2022",
    ]


def test_a_link_near_the_top_jumps_to_the_form(client):
    soup = render(client, ComparisonPageFactory())
    link = soup.select_one("header.careers-header .careers-form-link a")
    assert link["href"] == "#request-information"
    assert soup.find(id="request-information").find("form") is not None


def test_each_cell_names_its_career_for_phones_hidden_from_screen_readers(client):
    soup = render(client, ComparisonPageFactory())
    row = soup.select_one(".careers-row-median_pay")
    names = row.select(".careers-cell-career")
    assert [name.get_text() for name in names] == [
        "Medical Coding Specialist",
        "Medical Office Specialist",
    ]
    assert all(name["aria-hidden"] == "true" for name in names)


def test_table_scrolls_inside_a_labelled_focusable_region(client):
    soup = render(client, ComparisonPageFactory())
    region = soup.find(attrs={"role": "region"})
    assert region.find("table") is not None
    assert region["tabindex"] == "0"
    assert soup.find(id=region["aria-labelledby"]).name == "caption"


def test_pay_range_bars_are_hidden_from_screen_readers_with_the_numbers_in_text(client):
    careers = [
        CareerPageFactory(body=[salary_block(percentile_10="24000")]),
        CareerPageFactory(title="Office", body=[salary_block(median_annual="31350")]),
    ]
    soup = render(client, ComparisonPageFactory(careers=careers))
    bar = soup.find(class_="careers-bar")
    _table, _columns, rows = table_as_read(copy.copy(soup))
    assert rows["Pay range"]["cells"][0] == "$24,000 to $56,200 lowest 10% to top 10% 2012"
    assert bar["aria-hidden"] == "true"
    assert "left: 42.7%" in bar.find(class_="careers-bar-range")["style"]


def test_jsonld_is_an_item_list_of_the_occupations(client):
    soup = render(client, ComparisonPageFactory())
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "ItemList"
    assert data["name"] == "Medical Coding Specialist vs. Medical Office Specialist"
    items = [element["item"] for element in data["itemListElement"]]
    assert [item["@type"] for item in items] == ["Occupation", "Occupation"]
    assert [item["occupationalCategory"]["codeValue"] for item in items] == ["29-2072", "43-6013"]
    assert items[1]["estimatedSalary"]["median"] == 31350


def test_intro_body_and_the_block_for_the_lead_form_render(client):
    soup = render(client, ComparisonPageFactory())
    article = soup.find("article", class_="careers")
    assert "Two promising careers in health care" in article.get_text()
    assert article.find("h2", string="Before you decide") is not None


def test_editor_chosen_rows_only(client):
    page = ComparisonPageFactory(dimensions=["median_pay", "certifications"])
    _table, _columns, rows = table_as_read(render(client, page))
    assert list(rows) == ["Median annual pay", "Certifications"]


# Live facts ---------------------------------------------------------------------------------------


def test_publishing_a_career_changes_every_comparison_that_includes_it(client):
    coding, office = seed_careers()
    first = ComparisonPageFactory(careers=[coding, office])
    second = ComparisonPageFactory(title="Coding vs. office, again", careers=[office, coding])

    coding.body = [salary_block(median_annual="36000")]
    coding.save_revision().publish()

    for page in (first, second):
        text = render(client, page).get_text()
        assert "$36,000" in text and "$34,750" not in text
        assert "$4,650 (14.8%) more per year" in text


def test_unpublished_and_deleted_careers_are_left_out_with_a_note(client):
    coding, office = seed_careers()
    welder = CareerPageFactory(title="Welder")
    page = ComparisonPageFactory(careers=[coding, office, welder])

    welder.unpublish()
    _table, columns, _rows = table_as_read(render(client, page))
    assert [th.get_text(strip=True) for th in columns] == [
        "Medical Coding Specialist",
        "Medical Office Specialist",
    ]

    office.delete()
    soup = render(client, page)
    assert [th.get_text(strip=True) for th in table_as_read(soup)[1]] == [
        "Medical Coding Specialist"
    ]
    note = soup.find(attrs={"role": "note"}).get_text(" ", strip=True)
    assert "Only one of the careers in this comparison is published" in note


# The careers rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 5])
def test_a_live_comparison_needs_two_to_four_careers(site_root, count):
    careers = [CareerPageFactory(title=f"Career {n}") for n in range(count)]
    with pytest.raises(ValidationError) as error:
        ComparisonPageFactory(careers=careers)
    assert "career_links" in error.value.message_dict
    assert not ComparisonPage.objects.exists()


def test_a_live_comparison_needs_distinct_careers(site_root):
    career = CareerPageFactory()
    with pytest.raises(ValidationError, match="Each career can be chosen only once."):
        ComparisonPageFactory(careers=[career, career])


def test_four_careers_is_fine():
    careers = [CareerPageFactory(title=f"Career {n}") for n in range(4)]
    page = ComparisonPageFactory(careers=careers)
    assert page.live and page.career_links.count() == 4


def test_a_draft_may_be_incomplete_until_it_is_published(site_root):
    draft = ComparisonPage(title="Coming soon", live=False)
    site_root.add_child(instance=draft)
    revision = draft.save_revision()
    with pytest.raises(ValidationError):
        revision.publish()
    assert not ComparisonPage.objects.get(pk=draft.pk).live


def test_removing_a_career_from_a_live_comparison_is_refused():
    page = ComparisonPageFactory()
    page.career_links = page.career_links.all()[:1]
    with pytest.raises(ValidationError):
        page.save()
    assert ComparisonCareer.objects.filter(page=page).count() == 2


# Queries ---------------------------------------------------------------------------------------


def test_queries_do_not_grow_with_the_number_of_careers(client, site_root):
    two = ComparisonPageFactory()
    # Blocks the comparison does not show (a call to action linking a page) cost nothing.
    call_to_action = {"type": "call_to_action", "value": {"text": "Apply", "page": site_root.pk}}
    careers = [
        CareerPageFactory(title=f"Career {n}", body=[*career_body(), call_to_action])
        for n in range(4)
    ]
    four = ComparisonPageFactory(title="Four careers", careers=careers)
    assert count_queries(client, two) == count_queries(client, four)


def test_a_comparison_reads_its_careers_in_the_editors_order_in_one_query(
    django_assert_num_queries,
):
    careers = [CareerPageFactory(title=f"Career {n}") for n in range(4)]
    chosen = [careers[2], careers[0], careers[3]]
    saved = ComparisonPage.objects.get(pk=ComparisonPageFactory(careers=chosen).pk)
    with django_assert_num_queries(1):
        assert saved.careers == chosen


def test_a_preview_shows_the_careers_in_the_order_it_holds_them(site_root):
    coding, office = seed_careers()
    page = ComparisonPage.objects.get(pk=ComparisonPageFactory(careers=[coding, office]).pk)
    page.career_links = [ComparisonCareer(career=office), ComparisonCareer(career=coding)]
    assert page.careers == [office, coding]
    assert [career.title for career in page.comparison.careers] == [office.title, coding.title]


# Career pages link to the comparisons that include them -------------------------------------------


def test_career_page_links_to_live_comparisons_only(client):
    coding, office = seed_careers()
    live = ComparisonPageFactory(careers=[coding, office])
    draft = ComparisonPageFactory(title="Draft", careers=[coding, office])
    draft.unpublish()
    ComparisonPageFactory(title="Without coding", careers=[office, CareerPageFactory(title="X")])

    soup = render(client, coding)
    nav = soup.find(id="careers-comparison-links-heading").find_parent("nav")
    assert [(a.get_text(), a["href"]) for a in nav.find_all("a")] == [(live.title, live.url)]


def test_career_comparisons_are_one_query(django_assert_num_queries):
    coding, office = seed_careers()
    for n in range(3):
        ComparisonPageFactory(title=f"Comparison {n}", careers=[coding, office])
    with django_assert_num_queries(1):
        assert len(list(coding.live_comparisons())) == 3


def test_a_career_in_no_comparison_shows_no_links(client):
    soup = render(client, CareerPageFactory())
    assert soup.find(id="careers-comparison-links-heading") is None
    assert list(CareerPage(title="Unsaved").live_comparisons()) == []
