"""What a reader sees on a career page."""

import copy
import json
import re

import pytest
from bs4 import BeautifulSoup
from page_reading import render, text_of

from wagtail_careers.factories import (
    CareerPageFactory,
    duties_block,
    education_block,
    outlook_block,
    paragraph_block,
    salary_block,
)

pytestmark = pytest.mark.django_db


def test_seed_figures_are_formatted_for_people(client, site_root):
    soup = render(client, CareerPageFactory())
    text = text_of(soup)

    assert "$34,750" in text
    assert "$56,200" in text
    assert "$16.71 per hour" in text
    assert "22%" in text
    assert "2012–2022" in text
    assert "much faster than average" in text


def test_each_figure_has_its_source_and_year_beside_it(client, site_root):
    soup = render(client, CareerPageFactory())

    salary = soup.select_one(".careers-salary")
    source = text_of(salary.select_one(".careers-source"))
    assert source == "Source: Bureau of Labor Statistics, Occupational Outlook Handbook, 2012."
    assert salary.select_one(".careers-source a")["href"] == "https://www.bls.gov/ooh/"

    outlook_source = text_of(soup.select_one(".careers-outlook .careers-source"))
    assert outlook_source.endswith(", 2012–2022.")


def test_certifications_subjects_and_duties_are_lists(client, site_root):
    soup = render(client, CareerPageFactory())

    certifications = [text_of(li) for li in soup.select(".careers-certifications li")]
    assert certifications[0].startswith("Certified Tumor Registrar (CTR), issued by NCRA")
    assert certifications[1].startswith("Registered Health Information Technician (RHIT)")
    duties = soup.select(".careers-duties ul li")
    assert len(duties) == 5
    assert "Medical terminology" in [text_of(li) for li in soup.select(".careers-education ul li")]


def test_headings_are_in_order(client, site_root):
    soup = render(client, CareerPageFactory())
    article = soup.select_one("article.careers")
    levels = [int(h.name[1]) for h in article.find_all(re.compile(r"^h[1-6]$"))]

    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_soc_code_is_no_quick_fact_but_an_occupation_code_line_and_in_json_ld(client, site_root):
    soup = render(client, CareerPageFactory(soc_code="29-2072"))
    quick_facts = text_of(soup.select_one(".careers-quick-facts"))
    assert "SOC" not in quick_facts and "29-2072" not in quick_facts
    code_line = soup.select_one(".careers-occupation-code")
    assert text_of(code_line) == "Occupation code (SOC): 29-2072"
    # Under the sources: after the last block's source line.
    assert code_line.find_previous(class_="careers-source") is not None
    jsonld = json.loads(soup.find("script", type="application/ld+json").string)
    assert jsonld["occupationalCategory"]["codeValue"] == "29-2072"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [("yes", "Yes"), ("no", "No"), ("not_stated", "Not stated"), (True, "Yes"), (False, "No")],
)
def test_formal_education_required_yes_no_or_not_stated(client, site_root, stored, shown):
    page = CareerPageFactory(body=[education_block(formal_education_required=stored)])
    facts = {
        text_of(item.dt): text_of(item.dd)
        for item in render(client, page).select(".careers-education .careers-facts > div")
    }
    assert facts["Formal education required"] == shown


def test_a_link_near_the_top_jumps_to_the_form(client, site_root):
    soup = render(client, CareerPageFactory())
    link = soup.select_one("header.careers-header .careers-form-link a")
    assert link["href"] == "#request-information"
    assert text_of(link) == text_of(soup.select_one("#careers-lead-heading"))
    assert soup.find(id="request-information").find("form") is not None


def test_a_decline_reads_as_a_decline(client, site_root):
    page = CareerPageFactory(body=[outlook_block(growth_percent="-3.5")])
    text = text_of(render(client, page).select_one(".careers-outlook"))
    assert "projected to decline 3.5% over 2012–2022" in text
    assert "-3.5" not in text


def test_published_hourly_median_is_shown_as_published(client, site_root):
    page = CareerPageFactory(body=[salary_block(median_hourly="16.50")])
    text = text_of(render(client, page))
    assert "The median hourly wage was $16.50." in text


def test_page_with_content_blocks_only_renders(client, site_root):
    page = CareerPageFactory(body=[paragraph_block("<p>Talk to us.</p>")], summary="")
    soup = render(client, page)
    assert "Talk to us." in text_of(soup)
    assert soup.select_one(".careers-quick-facts") is None  # no figure to sum up
    # The SOC code is for search engines and counselors, in a small line, not a quick fact.
    assert text_of(soup.select_one(".careers-occupation-code")) == "Occupation code (SOC): 29-2072"


def test_extends_the_configured_base_template(client, site_root, settings, tmp_path):
    (tmp_path / "school_base.html").write_text(
        "<html><body><nav>School nav</nav>{% block content %}{% endblock %}</body></html>"
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates
    settings.WAGTAIL_CAREERS_BASE_TEMPLATE = "school_base.html"

    soup = render(client, CareerPageFactory())
    assert text_of(soup.nav) == "School nav"
    assert soup.select_one("article.careers h1").get_text() == "Medical Coding Specialist"


def test_json_ld_describes_the_occupation(client, site_root):
    page = CareerPageFactory()
    page.save_revision().publish()
    page.refresh_from_db()
    soup = render(client, page)
    data = json.loads(soup.find("script", type="application/ld+json").string)

    assert data["@type"] == "Occupation"
    assert data["occupationalCategory"]["codeValue"] == "29-2072"
    assert data["estimatedSalary"]["median"] == 34750
    assert data["url"].endswith(page.url)
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": data["url"],
        "lastReviewed": page.last_published_at.isoformat(timespec="seconds"),
    }


def test_a_hostile_title_cannot_break_out_of_the_json_ld(client, site_root):
    hostile = "Coder</script><script>alert(1)</script>"
    page = CareerPageFactory(title=hostile, slug="hostile")
    response = client.get(page.url)
    html = response.content.decode()

    assert "<script>alert(1)</script>" not in html
    soup = BeautifulSoup(html, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["name"] == hostile


def test_work_experience_and_training_follow_the_entry_education_said_once(client, site_root):
    body = [
        duties_block(source_name="O*NET", source_url="https://www.onetcenter.org/", year=2024),
        education_block(
            work_experience="none",
            on_the_job_training="moderate_term",
            source_name="BLS Employment Projections",
            year=2024,
        ),
    ]
    soup = render(client, CareerPageFactory(body=body))

    facts = [
        (text_of(item.dt), text_of(item.dd))
        for item in soup.select(".careers-education .careers-facts > div")
    ]
    assert facts[:2] == [
        ("Work experience in a related occupation", "None"),
        ("On-the-job training", "Moderate-term on-the-job training"),
    ]
    quick_facts = {
        text_of(item.dt): text_of(item.dd) for item in soup.select(".careers-quick-facts dl > div")
    }
    assert quick_facts["Typical entry-level education"] == "Postsecondary nondegree award"
    assert text_of(soup).count("Typical entry-level education") == 1
    education_source = soup.select_one(".careers-education .careers-source")
    assert text_of(education_source) == "Source: BLS Employment Projections, 2024."
    duties_source = soup.select_one(".careers-duties .careers-source")
    assert text_of(duties_source) == "Source: O*NET, 2024."
    assert duties_source.a["href"] == "https://www.onetcenter.org/"


def test_education_and_duties_without_those_facts_show_no_empty_lines(client, site_root):
    soup = render(client, CareerPageFactory())
    labels = [text_of(dt) for dt in soup.select(".careers-education dt")]
    assert "Work experience in a related occupation" not in labels
    assert "On-the-job training" not in labels
    assert soup.select(".careers-education .careers-source") == []
    assert soup.select(".careers-duties .careers-source") == []
