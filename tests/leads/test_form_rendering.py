"""The lead form's HTML as ``leads.rendering`` writes it, with plain values (no database)."""

from types import SimpleNamespace

from bs4 import BeautifulSoup
from leads_support import valid_data

from wagtail_careers.leads.forms import LeadForm

CODING = SimpleNamespace(pk=11, title="Medical Coding Specialist")
OFFICE = SimpleNamespace(pk=12, title="Medical Office <Specialist>")


def soup(html) -> BeautifulSoup:
    return BeautifulSoup(str(html), "html.parser")


def posted(careers=(CODING,), consent_text="I agree.", **overrides) -> LeadForm:
    form = LeadForm(valid_data(**overrides), careers=careers, consent_text=consent_text)
    form.is_valid()
    return form


def test_each_label_names_its_input_and_optional_fields_say_so():
    form = LeadForm(careers=[CODING, OFFICE], consent_text="I agree.")
    html = soup(form.render_fields())
    labels = {label["for"]: label.get_text(" ", strip=True) for label in html.find_all("label")}
    assert labels == {
        "id_career": "Career (optional)",
        "id_name": "Name",
        "id_email": "Email",
        "id_phone": "Phone (optional)",
        "id_postal_code": "Postal code (optional)",
        "id_message": "Message (optional)",
        "id_consent": "I agree.",
    }
    for field_id in labels:
        assert html.find(id=field_id) is not None
    assert html.find(id="id_name").has_attr("required")
    assert not html.find(id="id_phone").has_attr("required")
    assert html.find(id="id_phone")["type"] == "tel"
    assert html.find(id="id_email")["autocomplete"] == "email"
    assert [o["value"] for o in html.find(id="id_career").find_all("option")] == ["", "11", "12"]


def test_hostile_values_and_texts_are_escaped():
    form = posted(
        careers=[CODING, OFFICE],
        consent_text='I agree <script>alert("x")</script>',
        name='"><script>alert(1)</script>',
        message="</textarea><script>alert(2)</script>",
        email="ana@",
    )
    html = str(form.render_fields()) + str(form.render_error_summary())
    assert "<script>" not in html
    assert soup(html).find(id="id_name")["value"] == '"><script>alert(1)</script>'
    assert soup(html).find(id="id_message").string == "\n</textarea><script>alert(2)</script>"
    assert "Medical Office &lt;Specialist&gt;" in html


def test_after_an_error_the_summary_links_to_each_field_in_error():
    form = posted(email="ana@", phone="12345")
    summary = soup(form.render_error_summary()).find("div")
    assert summary["role"] == "alert" and summary.has_attr("tabindex")
    assert summary.find("h3").get_text() == "Your request has not been sent yet"
    links = [(a["href"], a.get_text()) for a in summary.find_all("a")]
    assert links == [
        ("#id_email", "Email: Enter a valid email address."),
        (
            "#id_phone",
            "Phone: Enter a phone number of 7 to 20 digits (spaces, +, - and brackets are fine).",
        ),
    ]
    email = soup(form.render_fields()).find(id="id_email")
    assert email["aria-invalid"] == "true"
    assert email["aria-describedby"] == "id_email_error"
    assert email["value"] == "ana@"


def test_the_summary_names_the_consent_box_shortly_and_lists_form_errors():
    form = posted(consent=None)
    form.add_error(None, "This form was open for a long time.")
    items = [li.get_text() for li in soup(form.render_error_summary()).find_all("li")]
    assert items == [
        "This form was open for a long time.",
        "Agreement to be contacted: This field is required.",
    ]


def test_no_summary_before_a_post_or_after_a_valid_one():
    assert LeadForm(careers=[CODING], consent_text="I agree.").render_error_summary() == ""
    assert posted().render_error_summary() == ""


def test_the_consent_box_is_never_checked_and_after_an_error_says_why():
    fresh = soup(LeadForm(careers=[CODING], consent_text="I agree.").render_fields())
    assert not fresh.find(id="id_consent").has_attr("checked")
    assert fresh.find(class_="careers-lead-recheck") is None

    after_error = soup(posted(email="ana@", consent="on").render_fields())
    consent = after_error.find(id="id_consent")
    assert not consent.has_attr("checked")
    note = after_error.find(id="id_consent_recheck")
    assert "check it again" in note.get_text()
    assert consent["aria-describedby"] == "id_consent_recheck"


def test_a_chosen_career_stays_chosen_after_an_error():
    form = posted(careers=[CODING, OFFICE], career="12", email="ana@")
    select = soup(form.render_fields()).find(id="id_career")
    assert [o["value"] for o in select.find_all("option", selected=True)] == ["12"]


def test_attribution_inputs_are_hidden_and_keep_posted_values():
    form = posted(utm_source="newsletter", email="ana@")
    hidden = soup(form.render_fields()).find(id="id_utm_source")
    assert (hidden["type"], hidden["value"]) == ("hidden", "newsletter")
