"""schema.org JSON-LD from plain facts."""

import json

from wagtail_careers.factories import career_body, salary_block
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
    assert data["occupationalCategory"] == "29-2072"
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
    credentials = [r.get("name") or r["credentialCategory"] for r in data["educationRequirements"]]
    assert credentials == [
        "Postsecondary nondegree award",
        "Certified Tumor Registrar (CTR)",
        "Registered Health Information Technician (RHIT)",
    ]


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
