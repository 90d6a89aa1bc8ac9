"""The admin form of ``ComparisonPage``: rows as checkboxes, careers checked before publishing.

The careers rule (2 to 4 distinct careers) is ``ComparisonPage.save()``'s too, but the admin
checks it here first, so the editor sees the message on the careers panel instead of an error
page. Saving a draft defers it, as Wagtail defers required fields: drafts may be incomplete.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .comparison import DIMENSIONS, selection_error


class ComparisonPageForm(WagtailAdminPageForm):
    dimensions = forms.MultipleChoiceField(
        label=_("Rows to show"),
        choices=DIMENSIONS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one row to show.")},
        help_text=_("The facts the comparison table shows, and the differences it states."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if formset := self.formsets.get("career_links"):
            # Said as the rest of the page says it, not Django's "Please submit at least 2 forms."
            formset.error_messages.update(
                too_few_forms=_("Choose at least %(num)d careers to compare."),
                too_many_forms=_("Choose at most %(num)d careers to compare."),
            )

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("career_links")
        if formset is not None and not self.is_deferred_validation and formset.is_valid():
            chosen = [
                form.cleaned_data["career"].pk
                for form in formset.forms
                if form.cleaned_data.get("career") and not form.cleaned_data.get("DELETE")
            ]
            if error := selection_error(chosen):
                formset.non_form_errors().append(error)
        return cleaned_data
