"""schema.org JSON-LD from plain facts."""

import json
from datetime import UTC, datetime

import pytest

from wagtail_careers.factories import career_body, education_block, salary_block
from wagtail_careers.facts import build_career_facts
from wagtail_careers.jsonld import item_list, occupation, script_json


def seed_facts(**kwargs):
    defaults = {
        "title": "Medical Coding Specialist",
        "summary": "Assigns codes to diseases and treatments.",
        "soc_code": "29-2072",
        "url": "https://school.example/careers/medical-coding-specialist/",
        "blocks": [(block["type"], block["value"]) for block in career_body()],
    }
    return build_career_facts(**{**defaults, **kwargs})


def test_occupation_has_the_contract_fields():
    data = occupation(seed_facts())

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Occupation"
    assert data["name"] == "Medical Coding Specialist"
    assert data["description"] == "Assigns codes to diseases and treatments."
    assert data["occupationalCategory"] == {
        "@type": "CategoryCode",
        "codeValue": "29-2072",
        "inCodeSet": {
            "@type": "CategoryCodeSet",
            "name": "2018 Standard Occupational Classification (SOC)",
            "url": "https://www.bls.gov/soc/2018/",
        },
    }
    assert data["estimatedSalary"] == {
        "@type": "MonetaryAmountDistribution",
        "name": "base",
        "currency": "USD",
        "duration": "P1Y",
        "median": 34750,
        "percentile90": 56200,
    }
    assert data["occupationLocation"] == {"@type": "Country", "name": "United States"}
    assert "Assign codes to classify diseases and treatments" in data["responsibilities"]


def test_entry_education_is_the_educational_level_and_certifications_are_qualifications():
    data = occupation(seed_facts())

    assert data["educationRequirements"] == {
        "@type": "EducationalOccupationalCredential",
        "educationalLevel": "Postsecondary nondegree award",
    }
    assert data["qualifications"] == [
        {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "certification",
            "name": "Certified Tumor Registrar (CTR)",
            "recognizedBy": {"@type": "Organization", "name": "NCRA"},
        },
        {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "certification",
            "name": "Registered Health Information Technician (RHIT)",
            "recognizedBy": {"@type": "Organization", "name": "AHIMA"},
        },
    ]
    assert "experienceRequirements" not in data


@pytest.mark.parametrize(
    "work_experience, expected",
    [
        ("none", {"description": "None", "monthsOfExperience": 0}),
        ("less_than_5_years", {"description": "Less than 5 years"}),
        ("5_years_or_more", {"description": "5 years or more", "monthsOfExperience": 60}),
    ],
)
def test_work_experience_is_the_experience_requirement(work_experience, expected):
    value = education_block(work_experience=work_experience, on_the_job_training="short_term")
    data = occupation(seed_facts(blocks=[(value["type"], value["value"])]))
    assert data["experienceRequirements"] == {
        "@type": "OccupationalExperienceRequirements",
        **expected,
    }


@pytest.mark.parametrize(
    "region, kind",
    [
        ("United States", "Country"),
        ("Texas", "State"),
        (" new  york ", "State"),
        ("Kansas City, MO-KS", "AdministrativeArea"),
    ],
)
def test_the_location_is_typed_by_what_the_region_is(region, kind):
    value = salary_block(region=region)
    data = occupation(seed_facts(blocks=[(value["type"], value["value"])]))
    assert data["occupationLocation"] == {"@type": kind, "name": region}


def test_an_onet_detailed_code_names_the_onet_taxonomy():
    assert occupation(seed_facts(soc_code="29-2072.00"))["occupationalCategory"]["codeValue"] == (
        "29-2072"
    )
    category = occupation(seed_facts(soc_code="15-1299.08"))["occupationalCategory"]
    assert category["codeValue"] == "15-1299.08"
    assert category["inCodeSet"]["name"] == "O*NET-SOC 2019 Taxonomy"


def test_the_last_publish_is_when_the_page_was_last_reviewed():
    published = datetime(2025, 3, 4, 10, 30, 15, 123, tzinfo=UTC)
    data = occupation(seed_facts(last_reviewed=published))
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": "https://school.example/careers/medical-coding-specialist/",
        "lastReviewed": "2025-03-04T10:30:15+00:00",
    }
    assert "mainEntityOfPage" not in occupation(seed_facts())


def test_all_percentiles_and_cents_are_numbers():
    value = salary_block(percentile_10="24000.50", percentile_25="28000", percentile_75="44000")
    facts = seed_facts(blocks=[(value["type"], value["value"])])
    salary = occupation(facts)["estimatedSalary"]
    assert salary["percentile10"] == 24000.5
    assert salary["percentile25"] == 28000
    assert salary["percentile75"] == 44000


def test_missing_facts_are_left_out_not_null():
    data = occupation(seed_facts(blocks=[], summary="", soc_code=""))
    assert data == {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": "Medical Coding Specialist",
        "url": "https://school.example/careers/medical-coding-specialist/",
    }


def test_item_list_numbers_the_occupations_in_order():
    data = item_list([seed_facts(), seed_facts(title="Medical Office Specialist")], name="Compare")
    assert data["@type"] == "ItemList"
    assert data["name"] == "Compare"
    assert [(i["position"], i["item"]["name"]) for i in data["itemListElement"]] == [
        (1, "Medical Coding Specialist"),
        (2, "Medical Office Specialist"),
    ]
    assert "@context" not in data["itemListElement"][0]["item"]


def test_script_json_cannot_close_the_script_element():
    hostile = '</script><script>alert("x")</script><!-- & more'
    text = script_json(occupation(seed_facts(title=hostile)))
    assert "</script" not in text.lower()
    assert "<!--" not in text
    assert json.loads(text)["name"] == hostile


def test_occupation_and_list_say_their_language_and_keep_the_figures():
    spanish = seed_facts(title="Especialista en codificación médica", language="es")
    english = seed_facts()
    assert occupation(spanish)["inLanguage"] == "es"
    assert "inLanguage" not in occupation(seed_facts(language=""))
    assert occupation(spanish)["estimatedSalary"] == occupation(english)["estimatedSalary"]

    data = item_list([spanish, seed_facts(language="en")], name="Comparación", language="es")
    assert data["inLanguage"] == "es"
    assert [item["item"]["inLanguage"] for item in data["itemListElement"]] == ["es", "en"]


def test_a_translated_region_is_typed_as_the_english_one():
    from wagtail_careers.jsonld import occupation_location

    assert occupation_location("Estados Unidos")["@type"] == "Country"
    assert occupation_location("Nuevo México")["@type"] == "State"
    assert occupation_location("Estados Unidos")["name"] == "Estados Unidos"
