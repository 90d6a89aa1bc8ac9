"""``LeadForm`` validation, with plain values (no database)."""

from types import SimpleNamespace

import pytest
from leads_support import valid_data

from wagtail_careers.leads.forms import LeadForm

CODING = SimpleNamespace(pk=11, title="Medical Coding Specialist")
OFFICE = SimpleNamespace(pk=12, title="Medical Office Specialist")


def errors(careers=(CODING,), **overrides):
    form = LeadForm(valid_data(**overrides), careers=careers, consent_text="I agree.")
    form.is_valid()
    return form.errors


def test_valid_data_passes():
    form = LeadForm(valid_data(), careers=[CODING], consent_text="I agree.")
    assert form.is_valid(), form.errors
    assert form.chosen_career() is CODING


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "This field is required."),
        (
            "name",
            "x" * 201,
            "Ensure this value has at most 200 characters (it has 201).",
        ),
        ("email", "", "This field is required."),
        ("email", "ana@", "Enter a valid email address."),
        ("phone", "555-CALL-NOW", "Enter a phone number of 7 to 20 digits"),
        ("phone", "12345", "Enter a phone number of 7 to 20 digits"),
        ("phone", "1" * 21, "Enter a phone number of 7 to 20 digits"),
        ("postal_code", "9", "Enter a valid postal code."),
        ("postal_code", "<script>", "Enter a valid postal code."),
        (
            "message",
            "x" * 5001,
            "Ensure this value has at most 5000 characters (it has 5001).",
        ),
        ("consent", None, "This field is required."),
    ],
)
def test_each_invalid_value_gets_its_message(field, value, message):
    assert message in errors(**{field: value})[field][0]


@pytest.mark.parametrize(
    "phone",
    ["+1 (555) 010-0199", "555 0100", "+44 20 7946 0958", "0049-30-1234567", ""],
)
def test_phone_numbers_are_taken_as_people_write_them(phone):
    assert "phone" not in errors(phone=phone)


@pytest.mark.parametrize("postal_code", ["94103", "94103-1234", "K1A 0B1", "SW1A 1AA", "75008"])
def test_postal_codes_of_several_countries_pass(postal_code):
    assert "postal_code" not in errors(postal_code=postal_code)


def test_consent_is_never_pre_checked_and_shows_the_settings_text():
    form = LeadForm(careers=[CODING], consent_text="I agree to be called.")
    assert not form["consent"].value()
    assert form.fields["consent"].label == "I agree to be called."
    assert "checked" not in str(form["consent"])


def test_a_single_career_page_shows_no_career_choice():
    form = LeadForm(valid_data(career="999"), careers=[CODING], consent_text="I agree.")
    assert "career" not in form.fields
    assert form.is_valid() and form.chosen_career() is CODING


def test_on_a_comparison_the_career_is_a_select_of_the_compared_careers():
    form = LeadForm(valid_data(career="12"), careers=[CODING, OFFICE], consent_text="I agree.")
    assert form.fields["career"].widget.input_type == "select"
    assert form.is_valid() and form.chosen_career() is OFFICE


def test_on_a_comparison_a_career_not_compared_is_refused():
    message = errors(careers=[CODING, OFFICE], career="13")["career"][0]
    assert message == "Select a valid choice. 13 is not one of the available choices."


def test_on_a_comparison_not_choosing_a_career_is_allowed():
    form = LeadForm(valid_data(career=""), careers=[CODING, OFFICE], consent_text="I agree.")
    assert form.is_valid() and form.chosen_career() is None


def test_attribution_is_cut_to_length_and_a_bad_referrer_dropped():
    data = valid_data(utm_source="x" * 300, referrer="javascript:alert(1)")
    form = LeadForm(data, careers=[CODING], consent_text="I agree.")
    assert form.is_valid()
    assert form.cleaned_data["utm_source"] == "x" * 255
    assert form.cleaned_data["referrer"] == ""
