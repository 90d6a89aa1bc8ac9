"""schema.org JSON-LD from career facts: pure functions from ``CareerFacts`` to dicts.

``Occupation`` follows schema.org and its own examples: ``estimatedSalary`` is a
``MonetaryAmountDistribution`` per year (``P1Y``) with the median and the percentiles (as
Google's former Estimated Salary guidance had it); the entry education is the credential's
``educationalLevel``, the certifications are ``qualifications``, the SOC code a
``CategoryCode`` of the code set it belongs to. ``script_json`` turns a dict into text that
is safe inside ``<script type="application/ld+json">``, whatever the editors typed.
"""

import json
from decimal import Decimal

from .facts import CareerFacts

#: JSON escapes that keep a ``</script>`` or ``<!--`` in a value from ending the script element.
HTML_UNSAFE = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

#: The code sets an ``occupationalCategory`` names: SOC codes are BLS's 2018 SOC; codes with
#: an O*NET suffix other than ``.00`` are O*NET's own detailed occupations.
SOC_2018 = {
    "name": "2018 Standard Occupational Classification (SOC)",
    "url": "https://www.bls.gov/soc/2018/",
}
ONET_SOC_2019 = {
    "name": "O*NET-SOC 2019 Taxonomy",
    "url": "https://www.onetcenter.org/taxonomy.html",
}
#: BLS's work experience categories as the least experience each means, in months; "less
#: than 5 years" has no lower bound that BLS states.
EXPERIENCE_MONTHS = {"none": 0, "5_years_or_more": 60}
UNITED_STATES = frozenset(
    {"united states", "united states of america", "u.s.", "us", "usa"}
    # As translated pages write it (Spanish).
    | {"estados unidos", "estados unidos de américa", "ee. uu.", "ee.uu.", "eeuu", "eua"}
)
#: The states, the District of Columbia and the territories in BLS's state files.
US_STATES = frozenset(
    name.casefold()
    for name in (
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
        "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
        "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
        "Guam", "Puerto Rico", "Virgin Islands",
        # Their Spanish names, where they differ.
        "Carolina del Norte", "Carolina del Sur", "Dakota del Norte", "Dakota del Sur",
        "Distrito de Columbia", "Hawái", "Islas Vírgenes", "Luisiana", "Míchigan", "Misisipi",
        "Misuri", "Nueva Jersey", "Nueva York", "Nuevo Hampshire", "Nuevo México", "Oregón",
        "Pensilvania", "Virginia Occidental",
    )
)  # fmt: skip


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


def education_requirements(facts: CareerFacts) -> dict | None:
    """BLS's typical entry-level education as the credential's ``educationalLevel``."""
    if facts.education is None or not facts.education.label:
        return None
    return {
        "@type": "EducationalOccupationalCredential",
        "educationalLevel": str(facts.education.label),
    }


def experience_requirements(facts: CareerFacts) -> dict | None:
    """BLS's work experience in a related occupation, with the months it implies."""
    education = facts.education
    if education is None or not education.work_experience_label:
        return None
    requirement = {
        "@type": "OccupationalExperienceRequirements",
        "description": str(education.work_experience_label),
    }
    months = EXPERIENCE_MONTHS.get(education.work_experience)
    if months is not None:
        requirement["monthsOfExperience"] = months
    return requirement


def qualifications(facts: CareerFacts) -> list | None:
    """The certifications, each an ``EducationalOccupationalCredential``."""
    credentials = []
    for certification in facts.certifications:
        credential = {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "certification",
            "name": certification.display_name,
        }
        if certification.issuer:
            credential["recognizedBy"] = {"@type": "Organization", "name": certification.issuer}
        credentials.append(credential)
    return credentials or None


def occupational_category(soc_code: str) -> dict | None:
    """The SOC code as a ``CategoryCode`` of the 2018 SOC; O*NET's detailed codes
    (``15-1299.08``) name the O*NET-SOC taxonomy they belong to instead."""
    if not soc_code:
        return None
    code, _dot, suffix = soc_code.partition(".")
    if suffix in ("", "00"):
        code_value, code_set = code, SOC_2018
    else:
        code_value, code_set = soc_code, ONET_SOC_2019
    return {
        "@type": "CategoryCode",
        "codeValue": code_value,
        "inCodeSet": {"@type": "CategoryCodeSet", **code_set},
    }


def occupation_location(region: str) -> dict:
    """The region typed by what it is: a ``Country``, a US ``State``, or else the
    ``AdministrativeArea`` schema.org expects (a metropolitan area, a county, ...)."""
    normal = " ".join(region.split()).casefold()
    if normal in UNITED_STATES:
        kind = "Country"
    elif normal in US_STATES:
        kind = "State"
    else:
        kind = "AdministrativeArea"
    return {"@type": kind, "name": region}


def main_entity_of_page(facts: CareerFacts) -> dict | None:
    """The page itself, with when its facts were last reviewed (its last publish)."""
    if facts.last_reviewed is None:
        return None
    page = {"@type": "WebPage"}
    if facts.url:
        page["@id"] = facts.url
    page["lastReviewed"] = facts.last_reviewed.isoformat(timespec="seconds")
    return page


def occupation(facts: CareerFacts) -> dict:
    """A schema.org ``Occupation`` for one career; empty facts are left out, never null."""
    data = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": facts.title,
        "description": facts.summary or None,
        "url": facts.url or None,
        "inLanguage": facts.language or None,
        "mainEntityOfPage": main_entity_of_page(facts),
        "occupationalCategory": occupational_category(facts.soc_code),
        "estimatedSalary": estimated_salary(facts),
        "educationRequirements": education_requirements(facts),
        "experienceRequirements": experience_requirements(facts),
        "qualifications": qualifications(facts),
        "responsibilities": list(facts.duties.items) if facts.duties else None,
        "occupationLocation": (occupation_location(facts.salary.region) if facts.salary else None),
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
