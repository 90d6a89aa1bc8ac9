"""A career and a comparison translated with Wagtail's simple_translation, kept in step."""

from decimal import Decimal

import pytest
from i18n_support import (
    SPANISH_TITLES,
    publish_with,
    raw_body,
    spanish_body,
    translate_with_simple_translation,
)
from page_reading import count_queries, render, text_of

from wagtail_careers.factories import CareerPageFactory, ComparisonPageFactory, salary_block
from wagtail_careers.models import CareerPage, ComparisonPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish_coding(admin_client, seed, spanish, site_root):
    """The seed's coding career in Spanish: copied by simple_translation, then written in
    Spanish by a translator and published."""
    _comparison, coding, _office = seed
    publish_with(translate_with_simple_translation(admin_client, site_root, spanish))
    copy = translate_with_simple_translation(admin_client, coding, spanish)
    return publish_with(
        copy,
        title=SPANISH_TITLES[coding.title],
        slug="especialista-en-codificacion-medica",
        summary="Asignan códigos a diagnósticos y tratamientos.",
        body=spanish_body(raw_body(copy)),
    )


def test_the_translation_is_served_at_its_language_prefix(client, spanish_coding):
    assert spanish_coding.url.startswith("/es/")
    soup = render(client, spanish_coding)
    assert soup.html["lang"] == "es"
    assert text_of(soup.h1) == "Especialista en codificación médica"
    assert "$34,750" in text_of(soup)  # the example site's US Spanish formats


def test_publishing_the_english_page_brings_the_figures_of_the_translation_in_step(
    client, seed, spanish_coding
):
    _comparison, coding, _office = seed
    body = raw_body(coding)
    for block in body:
        if block["type"] == "salary":
            block["value"]["median_annual"] = "36000"
            block["value"]["year"] = 2013
        if block["type"] == "education":
            block["value"]["typical_entry_education"] = "associate"
            block["value"]["certifications"][0]["value"]["abbreviation"] = "CTR-X"
    publish_with(coding, body=body, soc_code="29-2071")

    spanish = CareerPage.objects.get(pk=spanish_coding.pk)
    facts = spanish.facts
    assert facts.salary.median_annual == Decimal("36000")
    assert facts.salary.year == 2013
    assert facts.education.typical_entry_education == "associate"
    assert facts.soc_code == "29-2071"
    assert facts.certifications[0].abbreviation == "CTR-X"
    # The translator's texts stay.
    assert facts.salary.region == "Estados Unidos"
    assert facts.certifications[0].name == "Registrador certificado de tumores"
    assert spanish.summary == "Asignan códigos a diagnósticos y tratamientos."
    assert "$36,000" in text_of(render(client, spanish))


def test_a_structured_block_added_to_the_english_page_is_added_to_the_translation(
    seed, spanish_coding
):
    _comparison, coding, _office = seed
    body = [b for b in raw_body(coding) if b["type"] != "salary"]
    publish_with(coding, body=body)
    assert CareerPage.objects.get(pk=spanish_coding.pk).facts.salary is None

    publish_with(coding, body=[*body, salary_block(median_annual="40000")])
    assert CareerPage.objects.get(pk=spanish_coding.pk).facts.salary.median_annual == 40000


def test_a_translators_draft_keeps_its_texts_and_gets_the_figures(seed, spanish_coding):
    _comparison, coding, _office = seed
    draft = spanish_coding.get_latest_revision_as_object()
    draft.summary = "Borrador del traductor."
    draft.save_revision()

    body = raw_body(coding)
    for block in body:
        if block["type"] == "outlook":
            block["value"]["growth_percent"] = "9"
    publish_with(coding, body=body)

    spanish = CareerPage.objects.get(pk=spanish_coding.pk)
    assert spanish.facts.outlook.growth_percent == 9  # live
    assert spanish.has_unpublished_changes
    latest = spanish.get_latest_revision_as_object()
    assert latest.summary == "Borrador del traductor."
    assert latest.facts.outlook.growth_percent == 9


def test_editing_the_translation_never_changes_the_english_page(seed, spanish_coding):
    _comparison, coding, _office = seed
    body = raw_body(spanish_coding)
    for block in body:
        if block["type"] == "salary":
            block["value"]["median_annual"] = "1"
    publish_with(spanish_coding, body=body)
    assert CareerPage.objects.get(pk=coding.pk).facts.salary.median_annual == 34750


def test_the_spanish_comparison_shows_the_spanish_careers_and_notes_the_untranslated_one(
    admin_client, client, seed, spanish_coding, spanish
):
    comparison, coding, office = seed
    spanish_comparison = publish_with(
        translate_with_simple_translation(admin_client, comparison, spanish),
        title="Especialista en codificación médica vs. especialista en administración médica",
        slug="codificacion-vs-administracion",
    )
    assert [c.pk for c in spanish_comparison.careers] == [spanish_coding.pk, office.pk]
    assert spanish_comparison.untranslated_careers == [office]

    soup = render(client, spanish_comparison)
    headers = [text_of(th) for th in soup.select("table thead th")]
    assert headers == ["Especialista en codificación médica", "Medical Office Specialist"]
    assert soup.select_one("table thead th a")["href"].endswith(spanish_coding.url)
    notes = " ".join(text_of(note) for note in soup.select(".careers-note"))
    assert "Medical Office Specialist" in notes
    assert "todavía no tiene versión en este idioma" in notes

    # Once the office career is translated too, the note goes.
    translate_office = translate_with_simple_translation(admin_client, office, spanish)
    publish_with(translate_office, title=SPANISH_TITLES[office.title], slug="administracion")
    soup = render(client, spanish_comparison)
    headers = [text_of(th) for th in soup.select("table thead th")]
    assert headers == list(SPANISH_TITLES.values())
    assert "Medical Office Specialist" not in text_of(soup)


def test_the_comparison_keeps_its_careers_in_step_with_the_english_one(
    admin_client, seed, spanish_coding, spanish
):
    comparison, coding, office = seed
    spanish_comparison = publish_with(
        translate_with_simple_translation(admin_client, comparison, spanish), slug="c-es"
    )
    comparison.career_links.get(career=office).delete()
    from wagtail_careers.models import ComparisonCareer

    english = comparison.get_latest_revision_as_object()
    english.career_links = [ComparisonCareer(career=office), ComparisonCareer(career=coding)]
    english.dimensions = ["median_pay"]
    english.save_revision().publish()

    spanish_comparison = type(spanish_comparison).objects.get(pk=spanish_comparison.pk)
    assert [link.career_id for link in spanish_comparison.career_links.all()] == [
        office.pk,
        coding.pk,
    ]
    assert spanish_comparison.dimensions == ["median_pay"]


def test_a_career_page_links_to_the_comparisons_in_its_language(
    admin_client, client, seed, spanish_coding, spanish
):
    comparison, coding, _office = seed
    spanish_comparison = publish_with(
        translate_with_simple_translation(admin_client, comparison, spanish),
        title="La comparación",
        slug="comparacion",
    )
    links = [
        text_of(a) for a in render(client, spanish_coding).select(".careers-comparison-links a")
    ]
    assert links == [spanish_comparison.title]
    links = [text_of(a) for a in render(client, coding).select(".careers-comparison-links a")]
    assert links == [comparison.title]


def spanish_copy(page, locale, **fields):
    """``page`` translated into ``locale`` as simple_translation copies it, and published."""
    return publish_with(page.copy_for_translation(locale), slug=page.slug + "-es", **fields)


def test_a_spanish_comparison_takes_as_many_queries_for_two_as_for_four_careers(
    client, site_root, spanish
):
    spanish_copy(site_root, spanish)
    careers = [CareerPageFactory(parent=site_root, title=f"Career {n}") for n in range(4)]
    for career in careers[:3]:  # the fourth shown in English, with the note
        spanish_copy(career, spanish, title=f"Carrera {career.title[-1]}")
    two = spanish_copy(ComparisonPageFactory(parent=site_root, careers=careers[:2]), spanish)
    four = spanish_copy(ComparisonPageFactory(parent=site_root, careers=careers), spanish)
    assert [c.title for c in four.careers] == ["Carrera 0", "Carrera 1", "Carrera 2", "Career 3"]
    assert count_queries(client, two) == count_queries(client, four)


def test_publishing_a_translated_career_purges_the_comparisons_showing_it(
    admin_client, seed, spanish_coding, spanish
):
    comparison, coding, _office = seed
    spanish_comparison = publish_with(
        translate_with_simple_translation(admin_client, comparison, spanish), slug="c-es"
    )
    shown = {page.pk for page in ComparisonPage.pages_showing_careers([spanish_coding])}
    assert shown == {comparison.pk, spanish_comparison.pk}
