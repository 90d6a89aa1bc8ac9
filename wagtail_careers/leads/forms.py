"""The "request information" form a visitor fills in on a career or comparison page."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from . import rendering, text
from .models import Lead

MESSAGE_MAX_LENGTH = 5000

_PHONE_CHARACTERS = re.compile(r"^[0-9 +\-()]+$")
_POSTAL_CODE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9 \-]{1,8})[A-Za-z0-9]$")


def validate_phone(value: str) -> None:
    """Accept how people write numbers (``+1 (555) 010-0199``) as long as 7–20 digits remain."""
    digits = sum(char.isdigit() for char in value)
    if not _PHONE_CHARACTERS.match(value) or not 7 <= digits <= 20:
        raise ValidationError(
            _("Enter a phone number of 7 to 20 digits (spaces, +, - and brackets are fine)."),
            code="invalid_phone",
        )


def validate_postal_code(value: str) -> None:
    """Letters, digits, spaces and hyphens, 3 to 10 characters: US, Canadian, UK, EU codes."""
    if not _POSTAL_CODE.match(value):
        raise ValidationError(_("Enter a valid postal code."), code="invalid_postal_code")


class AttributionField(forms.CharField):
    """A hidden input carrying where the visitor came from; never an error the visitor can't fix.

    Over-long values are cut to the model's length instead of being refused.
    """

    widget = forms.HiddenInput

    def __init__(self, *, max_length, **kwargs):
        self.truncate_to = max_length
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return super().to_python(value)[: self.truncate_to]


def _lead_field(name: str, **kwargs) -> forms.Field:
    """The form field Django makes for ``Lead.<name>``: its label, length and whether it is
    required come from the model."""
    return Lead._meta.get_field(name).formfield(**kwargs)


class LeadForm(forms.Form):
    """The visitor's details, consent and (on a comparison page) the career they ask about.

    ``careers``: the careers this page is about. With one, the lead is about it and no choice
    is shown; with several, ``career`` is a select of them (or "not sure yet"), and a posted
    value outside them is an error.

    A plain form whose fields are made from the model's, not a ``ModelForm``: the lead is
    saved by ``capture.capture_lead()``, and a ModelForm's second validation pass, over a model
    instance, took about 0.2 ms of CPU in every post and found nothing these fields miss.
    """

    name = _lead_field("name", widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = _lead_field("email", widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    phone = _lead_field(
        "phone",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        validators=[validate_phone],
    )
    postal_code = _lead_field(
        "postal_code",
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
        validators=[validate_postal_code],
    )
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("What would you like to know?"),
    )
    # Never rendered checked, not even after an error: consent is the visitor's own act.
    consent = forms.BooleanField(
        required=True, widget=forms.CheckboxInput(check_test=lambda value: False)
    )

    def __init__(self, data=None, *args, careers=(), consent_text="", **kwargs):
        super().__init__(_without_control_characters(data), *args, **kwargs)
        self.careers = list(careers)
        self.fields["consent"].label = consent_text
        if len(self.careers) > 1:
            self.fields["career"] = forms.TypedChoiceField(
                label=_("Career"),
                choices=[("", _("Not sure yet"))] + [(c.pk, c.title) for c in self.careers],
                coerce=int,
                required=False,
                empty_value=None,
            )
        for name in Lead.ATTRIBUTION_FIELDS:
            self.fields[name] = AttributionField(max_length=Lead._meta.get_field(name).max_length)
        self.order_fields(
            ["career", "name", "email", "phone", "postal_code", "message", "consent"]
        )

    def render_fields(self) -> str:
        """``{{ lead_form.render_fields }}``: the inputs, without a template per widget."""
        return rendering.render_fields(self)

    def render_error_summary(self) -> str:
        """``{{ lead_form.render_error_summary }}``: empty unless a post had errors."""
        return rendering.render_error_summary(self)

    def clean_referrer(self):
        referrer = self.cleaned_data["referrer"]
        try:
            URLValidator(schemes=["http", "https"])(referrer)
        except ValidationError:
            return ""
        return referrer

    def chosen_career(self):
        """The career page the lead is about, or ``None``."""
        if len(self.careers) == 1:
            return self.careers[0]
        by_id = {career.pk: career for career in self.careers}
        return by_id.get(self.cleaned_data.get("career"))


def _without_control_characters(data):
    """A copy of the posted ``data`` whose texts hold no control characters (see ``text``):
    validated as they will be stored, so a name of control characters alone is missing."""
    if data is None:
        return None
    data = data.copy()
    for name in (*Lead.CONTACT_FIELDS, *Lead.ATTRIBUTION_FIELDS):
        if name in data:
            clean = text.multiline if name == "message" else text.one_line
            data[name] = clean(data[name])
    return data
