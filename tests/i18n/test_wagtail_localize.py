"""A career and a comparison translated with wagtail-localize: segments, sync, publishing."""

import pytest
from django.test import TestCase
from i18n_support import SPANISH_TITLES, publish_with, raw_body
from page_reading import render, text_of
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from wagtail_careers.models import CareerPage, ComparisonPage

pytestmark = pytest.mark.django_db


def start_translation(page, locale):
    """What "Translate this page" does: a source of segments and a translation to ``locale``."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return Translation.objects.create(source=source, target_locale=locale)


def segment_texts(translation) -> dict[str, str]:
    """Each string segment's path (``body.<block id>.<field>...``) and text."""
    return {
        segment.context.path: segment.string.data
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context", "string"
        )
    }


def translate_all(translation, spanish: dict[str, str]):
    """Translate every segment, from ``spanish`` where it has the text, and publish."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "context", "string"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": spanish.get(segment.string.data, "ES " + segment.string.data)},
        )
    return publish_translation(translation)


def publish_translation(translation):
    """Save and publish the translation's page, as its "Publish" button does (the revision
    is published once the transaction commits)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return translation.get_target_instance().specific


def test_only_the_texts_of_a_career_are_offered_for_translation(seed, spanish):
    _comparison, coding, office = seed
    body = raw_body(coding)
    for block in body:
        if block["type"] == "outlook":
            block["value"]["drivers"] = "<p>An aging population.</p>"
    coding = publish_with(
        coding,
        body=[
            *body,
            {"type": "paragraph", "value": "<p>Ask us about our <b>diploma</b>.</p>"},
            {
                "type": "call_to_action",
                "value": {"text": "Explore the program", "page": office.pk, "url": ""},
            },
        ],
    )
    texts = segment_texts(start_translation(coding, spanish))
    assert "Explore the program" in texts.values()
    assert "Ask us about our <b>diploma</b>." in texts.values()

    fields = {path.split(".")[0] for path in texts}
    assert fields == {"title", "slug", "summary", "body", "seo_title", "search_description"} & (
        fields | {"title", "summary", "body"}
    )
    assert "soc_code" not in fields
    body_fields = {part for path in texts if path.startswith("body.") for part in path.split(".")}
    # Texts: duty items, subjects, certification names and issuers, notes, drivers, sources.
    assert {"items", "subjects", "name", "issuer", "notes", "drivers"} <= body_fields
    assert {"region", "source_name"} <= body_fields
    assert "Medical terminology" in texts.values()
    assert "Certified Tumor Registrar" in texts.values()
    # Never figures, years, codes or choices.
    for synchronised in (
        "currency",
        "abbreviation",
        "median_annual",
        "percentile_90",
        "year",
        "growth_percent",
        "period_start",
        "period_end",
        "typical_entry_education",
        "formal_education_required",
        "required",
        "renewal_years",
    ):
        assert synchronised not in body_fields
    for code in ("USD", "CTR", "RHIT", "29-2072", "34750", "2012", "postsecondary_nondegree"):
        assert code not in texts.values()


def test_a_translated_career_is_published_with_the_english_figures_and_kept_in_step(
    client, seed, spanish, site_root
):
    _comparison, coding, _office = seed
    translation = start_translation(coding, spanish)
    spanish_page = translate_all(
        translation,
        {
            coding.title: SPANISH_TITLES[coding.title],
            "Medical terminology": "Terminología médica",
            "Certified Tumor Registrar": "Registrador certificado de tumores",
        },
    )
    assert spanish_page.locale == spanish and spanish_page.live
    facts = spanish_page.facts
    assert facts.title == "Especialista en codificación médica"
    assert facts.education.subjects[0] == "Terminología médica"
    assert facts.certifications[0].name == "Registrador certificado de tumores"
    assert facts.certifications[0].abbreviation == "CTR"
    assert facts.salary.currency == "USD"
    assert facts.salary.median_annual == 34750
    assert facts.soc_code == "29-2072"
    soup = render(client, spanish_page)
    assert soup.html["lang"] == "es"
    assert "$34,750" in text_of(soup)

    # The English figures change; "Sync translated pages" updates the source and republishes.
    body = raw_body(coding)
    for block in body:
        if block["type"] == "salary":
            block["value"]["median_annual"] = "35500"
        if block["type"] == "outlook":
            block["value"]["period_end"] = 2023
    coding = publish_with(coding, body=body, soc_code="29-2071")
    assert CareerPage.objects.get(pk=spanish_page.pk).facts.salary.median_annual == 34750
    TranslationSource.update_or_create_from_instance(coding)
    publish_translation(Translation.objects.get(pk=translation.pk))

    facts = CareerPage.objects.get(pk=spanish_page.pk).facts
    assert facts.salary.median_annual == 35500
    assert facts.outlook.period_end == 2023
    assert facts.soc_code == "29-2071"
    assert facts.education.subjects[0] == "Terminología médica"
    assert "$35,500" in text_of(render(client, CareerPage.objects.get(pk=spanish_page.pk)))


def test_a_translated_comparison_keeps_its_career_links_and_shows_the_translated_careers(
    client, seed, spanish
):
    comparison, coding, office = seed
    spanish_coding = translate_all(start_translation(coding, spanish), SPANISH_TITLES)
    texts = segment_texts(start_translation(comparison, spanish))
    assert not any(path.startswith(("career_links", "dimensions")) for path in texts)

    spanish_comparison = translate_all(
        Translation.objects.get(source__object_id=comparison.translation_key), {}
    )
    assert isinstance(spanish_comparison, ComparisonPage)
    assert [link.career_id for link in spanish_comparison.career_links.all()] == [
        coding.pk,
        office.pk,
    ]
    soup = render(client, spanish_comparison)
    headers = [text_of(th) for th in soup.select("table thead th")]
    assert headers == [spanish_coding.title, office.title]


def test_the_translation_editor_opens_on_a_translated_career(admin_client, seed, spanish):
    """Editing the Spanish page opens wagtail-localize's editor, listing the texts only."""
    _comparison, coding, _office = seed
    spanish_page = translate_all(start_translation(coding, spanish), SPANISH_TITLES)
    response = admin_client.get(f"/admin/pages/{spanish_page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Certified Tumor Registrar" in html  # a segment, with its translation
    assert "ES Certified Tumor Registrar" in html
