"""schema.org JSON-LD from career facts: pure functions from ``CareerFacts`` to dicts.

``Occupation`` follows schema.org and Google's former Estimated Salary guidance:
``estimatedSalary`` is a ``MonetaryAmountDistribution`` per year (``P1Y``) with the median
and the percentiles. ``script_json`` turns a dict into text that is safe inside
``<script type="application/ld+json">``, whatever the editors typed.
"""

import json
from decimal import Decimal

from .facts import CareerFacts

#: JSON escapes that keep a ``</script>`` or ``<!--`` in a value from ending the script element.
HTML_UNSAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def estimated_salary(facts: CareerFacts) -> dict | None:
    salary = facts.salary
    if salary is None:
        return None
    distribution = {
        "@type": "MonetaryAmountDistribution",
        "name": "base",
        "currency": salary.currency,
        "duration": "P1Y",
        "median": _number(salary.median_annual),
    }
    for percentile in (10, 25, 75, 90):
        value = salary.percentiles.get(percentile)
        if value is not None:
            distribution[f"percentile{percentile}"] = _number(value)
    return distribution


def education_requirements(facts: CareerFacts) -> list | None:
    education = facts.education
    if education is None:
        return None
    requirements = []
    if education.label:
        requirements.append(
            {
                "@type": "EducationalOccupationalCredential",
                "credentialCategory": str(education.label),
            }
        )
    for certification in education.certifications:
        credential = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "certification",
            "name": certification.display_name,
        }
        if certification.issuer:
            credential["recognizedBy"] = {"@type": "Organization", "name": certification.issuer}
        requirements.append(credential)
    return requirements or None


def occupation(facts: CareerFacts) -> dict:
    """A schema.org ``Occupation`` for one career; empty facts are left out, never null."""
    data = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": facts.title,
        "description": facts.summary or None,
        "url": facts.url or None,
        "inLanguage": facts.language or None,
        "occupationalCategory": facts.soc_code or None,
        "estimatedSalary": estimated_salary(facts),
        "educationRequirements": education_requirements(facts),
        "responsibilities": list(facts.duties.items) if facts.duties else None,
        "occupationLocation": (
            {"@type": "Country", "name": facts.salary.region} if facts.salary else None
        ),
    }
    return {key: value for key, value in data.items() if value}


def item_list(careers: list[CareerFacts], name: str = "", language: str = "") -> dict:
    """A schema.org ``ItemList`` of the careers' ``Occupation``s, in the order given.

    ``language`` is the list's (its page's); each ``Occupation`` says its own, which differs
    where a career is not translated yet.
    """
    data = {"@context": "https://schema.org", "@type": "ItemList"}
    if name:
        data["name"] = name
    if language:
        data["inLanguage"] = language
    data["itemListElement"] = [
        {"@type": "ListItem", "position": position, "item": _without_context(occupation(facts))}
        for position, facts in enumerate(careers, start=1)
    ]
    return data


def _without_context(data: dict) -> dict:
    return {key: value for key, value in data.items() if key != "@context"}


def script_json(data: dict) -> str:
    """JSON for a ``<script>`` element: ``<``, ``>`` and ``&`` escaped as JSON unicode escapes."""
    return json.dumps(data, ensure_ascii=False).translate(HTML_UNSAFE)
