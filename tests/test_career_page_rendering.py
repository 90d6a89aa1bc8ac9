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
    assert soup.select_one(".careers-quick-facts") is not None  # the SOC code is a fact


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


def test_work_experience_and_training_are_shown_with_the_entry_education(client, site_root):
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
    assert facts[:3] == [
        ("Typical entry-level education", "Postsecondary nondegree award"),
        ("Work experience in a related occupation", "None"),
        ("On-the-job training", "Moderate-term on-the-job training"),
    ]
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
