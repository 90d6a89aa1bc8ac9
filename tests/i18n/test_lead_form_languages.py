"""The lead form in the page's language: Settings > Careers texts per language, the lead's
language, and staff emails that stay in the staff's language."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from i18n_support import SPANISH_TITLES, publish_with, translate_with_simple_translation
from leads_support import form_token, valid_data
from page_reading import text_of
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from wagtail_careers.leads.models import CareersFormText, CareersSettings
from wagtail_careers.models import Lead

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_rate_limit", "clock")]

SPANISH_CONSENT_DEFAULT = (
    "Acepto que la escuela se comunique conmigo por teléfono, mensaje de texto y correo "
    "electrónico, con los datos indicados, para informarme sobre sus programas. Aceptar no "
    "es una condición para la inscripción."
)


@pytest.fixture
def careers_settings(site_root):
    """Settings customised in English, as a school does."""
    settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    settings.recipients = "admissions@school.example"
    settings.form_heading = "Ask our admissions team"
    settings.consent_text = "I agree that Example School may call or email me."
    settings.thank_you_message = "<p>Thanks, we will call you.</p>"
    settings.save()
    return settings


@pytest.fixture
def spanish_comparison(admin_client, seed, spanish, site_root):
    comparison, coding, office = seed
    publish_with(translate_with_simple_translation(admin_client, site_root, spanish))
    for career in (coding, office):
        publish_with(
            translate_with_simple_translation(admin_client, career, spanish),
            title=SPANISH_TITLES[career.title],
            slug=career.slug + "-es",
        )
    return publish_with(
        translate_with_simple_translation(admin_client, comparison, spanish),
        title="Codificación médica o administración médica",
        slug="comparacion",
    )


def send(client, page, clock, **overrides):
    response = client.get(page.url)
    assert response.status_code == 200
    token = form_token(response)
    clock.advance(5)
    data = valid_data(lead_token=token, **overrides)
    return response, client.post(page.url, data, REMOTE_ADDR="203.0.113.7")


def test_spanish_pages_show_the_spanish_defaults_never_the_customised_english_texts(
    client, careers_settings, spanish_comparison
):
    soup = BeautifulSoup(client.get(spanish_comparison.url).content, "html.parser")
    form = soup.select_one(".careers-lead")
    assert text_of(form.h2) == "Solicite información"
    assert SPANISH_CONSENT_DEFAULT in text_of(form)
    assert "Example School" not in text_of(form)
    assert "Ask our admissions team" not in text_of(form)


def test_a_spanish_lead_stores_the_text_shown_and_its_language_and_staff_read_english(
    client, careers_settings, spanish_comparison, clock, django_capture_on_commit_callbacks
):
    spanish_coding = spanish_comparison.careers[0]
    with django_capture_on_commit_callbacks(execute=True):
        _page, response = send(
            client, spanish_comparison, clock, career=str(spanish_coding.pk), name="Ana Ortiz"
        )
    assert response.status_code == 303
    lead = Lead.objects.get()
    assert lead.language == "es"
    assert lead.page_id == spanish_comparison.pk
    assert lead.career_id == spanish_coding.pk
    assert lead.consent_text == SPANISH_CONSENT_DEFAULT

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Gracias" in thanks.content.decode()

    (email,) = mail.outbox
    assert email.subject.startswith("New lead: Ana Ortiz")
    assert "Language: Spanish" in email.body
    assert "Consent given:" in email.body
    assert SPANISH_CONSENT_DEFAULT in email.body


def test_the_sites_own_spanish_texts_are_shown_and_stored(
    client, careers_settings, spanish_comparison, clock
):
    CareersFormText.objects.create(
        site_settings=careers_settings,
        language="es",
        form_heading="Hable con admisiones",
        consent_text="Acepto que Example School me llame o me escriba.",
        thank_you_message="<p>¡Gracias! Le llamaremos.</p>",
    )
    page, response = send(client, spanish_comparison, clock)
    assert "Hable con admisiones" in page.content.decode()
    assert Lead.objects.get().consent_text == "Acepto que Example School me llame o me escriba."
    assert "Le llamaremos" in client.get(response["Location"]).content.decode()


def test_english_pages_keep_the_customised_english_texts(client, careers_settings, seed, clock):
    comparison, _coding, _office = seed
    page, _response = send(client, comparison, clock)
    assert "Ask our admissions team" in page.content.decode()
    lead = Lead.objects.get()
    assert lead.consent_text == "I agree that Example School may call or email me."
    assert lead.language == "en"


def test_spanish_errors_are_in_spanish(client, careers_settings, spanish_comparison, clock):
    _page, response = send(client, spanish_comparison, clock, email="not-an-email")
    assert response.status_code == 200
    assert "Introduzca una dirección de correo electrónico válida." in response.content.decode()
    assert not Lead.objects.exists()


def test_the_lead_admin_names_the_language_in_the_staffs_language(
    admin_client, careers_settings, spanish_comparison, clock, client
):
    send(client, spanish_comparison, clock)
    lead = Lead.objects.get()
    html = admin_client.get(f"/admin/careers/leads/inspect/{lead.pk}/").content.decode()
    assert "Spanish" in html


def test_the_spanish_texts_are_written_in_settings_careers(admin_client, careers_settings):
    url = f"/admin/settings/wagtail_careers/careerssettings/{careers_settings.site_id}/"
    page = admin_client.get(url).content.decode()
    assert "Form texts in other languages" in page
    response = admin_client.post(
        url,
        nested_form_data(
            {
                "recipients": "admissions@school.example",
                "from_email": "",
                "form_heading": "Ask our admissions team",
                "form_intro": "",
                "consent_text": "I agree.",
                "privacy_page": "",
                "thank_you_message": rich_text("<p>Thanks!</p>"),
                "webhook_url": "",
                "webhook_secret": "",
                "retention_days": "730",
                "consent_retention_days": "1826",
                "rate_limit": "5",
                "form_texts": inline_formset(
                    [
                        {
                            "language": "es",
                            "form_heading": "Hable con admisiones",
                            "form_intro": "",
                            "consent_text": "Acepto.",
                            "thank_you_message": rich_text(""),
                        }
                    ]
                ),
            }
        ),
    )
    assert response.status_code == 302
    texts = CareersSettings.for_site(careers_settings.site).texts_for("es")
    assert (texts.heading, texts.consent_text) == ("Hable con admisiones", "Acepto.")
    assert texts.intro.startswith("Díganos cómo comunicarnos con usted")
    assert CareersSettings.for_site(careers_settings.site).texts_for("en").heading == (
        "Ask our admissions team"
    )


@pytest.mark.django_db
def test_without_wagtail_i18n_pages_follow_the_requests_language(
    client, careers_settings, seed, clock, settings
):
    settings.WAGTAIL_I18N_ENABLED = False
    comparison, _coding, _office = seed
    page, response = send(client, comparison, clock)
    assert "Ask our admissions team" in page.content.decode()
    assert Lead.objects.get().language == "en-us"
