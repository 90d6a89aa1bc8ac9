"""The demo in Spanish: the seed comparison and its careers at /es/..., entirely in Spanish,
with the figures as the example site's US Spanish formats write them, and a lead that staff
read in English with its language on it."""

import io
import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from home import demo_content
from leads_support import FakeClock, form_token, valid_data
from page_reading import text_of

import wagtail_careers
from wagtail_careers.leads import antispam
from wagtail_careers.models import CareerPage, ComparisonPage, Lead

pytestmark = pytest.mark.django_db

CATALOGUE = Path(wagtail_careers.__file__).parent / "locale" / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|\{\w+\}|<[^>]+>|%%|\.\.\.")


def english_phrases() -> set[str]:
    """The English phrases of the package's catalogue that Spanish writes otherwise: each
    message's text between its placeholders, of three letters or more."""
    phrases = set()
    for entry in polib.pofile(str(CATALOGUE)):
        translations = [entry.msgstr, *entry.msgstr_plural.values()]
        for message in filter(None, [entry.msgid, entry.msgid_plural]):
            if message in translations:
                continue
            for fragment in PLACEHOLDER.split(message):
                fragment = fragment.strip(" ,.:;()–-")
                if len(re.sub(r"[^A-Za-z]", "", fragment)) >= 3:
                    phrases.add(fragment)
    return phrases


def english_left_in(text: str) -> list[str]:
    """Each English phrase found in ``text``, with the words around it."""
    found = []
    for phrase in sorted(english_phrases()):
        match = re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text)
        if match:
            found.append(
                f"{phrase!r} in “…{text[max(0, match.start() - 40) : match.end() + 40]}…”"
            )
    return found


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


def spanish(model, **filters):
    return model.objects.get(locale__language_code="es", **filters)


def read(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content, "html.parser")


def visible_text(soup) -> str:
    for node in soup(["script", "style"]):
        node.decompose()
    return text_of(soup.body)


def test_the_spanish_pages_are_at_es(demo):
    coding = spanish(CareerPage, soc_code="29-2072")
    comparison = spanish(ComparisonPage)
    assert coding.url == "/es/carreras/especialista-en-codificacion-medica/"
    assert comparison.url == "/es/carreras/codificacion-medica-o-administracion-medica/"
    assert comparison.title == demo_content.SPANISH_PAGES[demo_content.COMPARISON["slug"]]["title"]


@pytest.mark.parametrize("kind", ["career", "comparison"])
def test_the_spanish_pages_hold_no_english_string_of_the_package(demo, client, kind):
    page = spanish(CareerPage, soc_code="29-2072") if kind == "career" else spanish(ComparisonPage)
    soup = read(client, page)
    assert soup.html["lang"] == "es"
    # The school's name and the package's are names, in every language.
    text = visible_text(soup).replace(demo_content.SCHOOL_NAME, "").replace("wagtail-careers", "")
    assert len(text) > 1000
    found = english_left_in(text)
    assert not found, "\n".join(found)


def test_the_guard_finds_english_on_the_english_pages(demo, client):
    english = ComparisonPage.objects.get(locale__language_code="en")
    found = " ".join(english_left_in(visible_text(read(client, english))))
    assert "'Key differences'" in found
    assert "'Send my request'" in found


def test_the_spanish_comparison_has_the_seed_figures_in_us_spanish_formats(demo, client):
    soup = read(client, spanish(ComparisonPage))
    text = visible_text(soup)
    for figure in ["$34,750", "$31,350", "$56,200", "22%", "36%", "2012–2022", "$3,400"]:
        assert figure in text, figure
    assert "14 puntos porcentuales" in text
    differences = [text_of(li) for li in soup.select(".careers-differences li")]
    assert any("pagan $3,400 (10.8%) más al año" in sentence for sentence in differences)
    headers = [text_of(th) for th in soup.select("table thead th")]
    assert headers == [
        "Especialista en codificación médica",
        "Especialista en administración médica",
    ]


def test_the_spanish_pages_say_their_language_in_json_ld_with_the_same_figures(demo, client):
    for page in (spanish(CareerPage, soc_code="29-2072"), spanish(ComparisonPage)):
        soup = read(client, page)
        data = json.loads(soup.find("script", type="application/ld+json").string)
        occupation = data if data["@type"] == "Occupation" else data["itemListElement"][0]["item"]
        assert data["inLanguage"] == "es"
        assert occupation["inLanguage"] == "es"
        assert occupation["name"] == "Especialista en codificación médica"
        assert occupation["estimatedSalary"]["median"] == 34750
        assert occupation["occupationalCategory"]["codeValue"] == "29-2072"


def test_the_language_switcher_links_each_page_to_its_translation(demo, client):
    english = CareerPage.objects.get(locale__language_code="en", soc_code="29-2072")
    spanish_page = spanish(CareerPage, soc_code="29-2072")
    links = read(client, english).select(".site-languages a")
    assert [(a["href"], a["hreflang"], text_of(a)) for a in links] == [
        (spanish_page.url, "es", "Español")
    ]
    links = read(client, spanish_page).select(".site-languages a")
    assert [(a["href"], text_of(a)) for a in links] == [(english.url, "English")]


def test_a_lead_from_the_spanish_comparison_reaches_staff_in_english_saying_spanish(
    demo, client, monkeypatch, django_capture_on_commit_callbacks
):
    clock = FakeClock()
    monkeypatch.setattr(antispam, "now", clock)
    comparison = spanish(ComparisonPage)
    response = client.get(comparison.url)
    html = response.content.decode()
    career = re.search(r'<option value="(\d+)"[^>]*>\s*Especialista en codificación', html)
    token = form_token(response)
    clock.advance(10)
    with django_capture_on_commit_callbacks(execute=True):
        posted = client.post(
            comparison.url,
            valid_data(lead_token=token, career=career.group(1), name="Ana Ortiz"),
        )
    assert posted.status_code == 303
    thanks = client.get(posted["Location"])
    assert "¡Gracias!" in thanks.content.decode()

    lead = Lead.objects.get()
    assert (lead.language, lead.page_id) == ("es", comparison.pk)
    assert lead.career == spanish(CareerPage, soc_code="29-2072")
    assert lead.consent_text.startswith("Acepto que la escuela")
    (email,) = mail.outbox
    assert email.to == [demo_content.LEAD_RECIPIENT]
    assert email.subject == "New lead: Ana Ortiz (Especialista en codificación médica)"
    assert "Language: Spanish" in email.body
    assert "Name: Ana Ortiz" in email.body
