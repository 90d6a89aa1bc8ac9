"""The admin forms of ``ComparisonPage``: rows as checkboxes, careers checked before publishing.

The careers rule (2 to 4 distinct careers) is ``ComparisonPage.save()``'s too, but the admin
checks it here first, so the editor sees the message on the careers panel, and on the row of
a career chosen twice, instead of an error page. Saving a draft (or an autosave) defers it,
as Wagtail defers required fields: drafts may be incomplete, and a career row left empty is
left out of a draft rather than being an error; only publishing asks to fill or delete it.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .comparison import DIMENSIONS, selection_error


class CareerLinkForm(WagtailAdminModelForm):
    """One row of the careers panel (a ``ComparisonCareer``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["career"].error_messages["required"] = _(
            "Choose a career, or delete this row."
        )

    def has_changed(self):
        # A new row without a career holds nothing to save: a draft leaves it out, as Django
        # leaves out an untouched extra form, although the panel numbered it when it was added.
        if self.is_deferred_validation and self.instance.pk is None:
            return bool(self["career"].value())
        return super().has_changed()


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
            # Said as the rest of the page says it, not Django's "Please submit at most 4 forms."
            formset.error_messages.update(
                too_many_forms=_("Choose at most %(num)d careers to compare."),
            )

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("career_links")
        if formset is not None and not self.is_deferred_validation and formset.is_valid():
            rows = [
                form
                for form in formset.ordered_forms
                if form.cleaned_data.get("career") and not form.cleaned_data.get("DELETE")
            ]
            chosen = [form.cleaned_data["career"].pk for form in rows]
            if error := selection_error(chosen):
                formset.non_form_errors().append(error)
                mark_repeated_careers(rows)
        return cleaned_data


def mark_repeated_careers(rows):
    """Put an error on each row whose career an earlier row already holds."""
    seen = set()
    for form in rows:
        career = form.cleaned_data["career"]
        if career.pk in seen:
            form.add_error(
                "career",
                _(
                    "%(career)s is already in this comparison: choose another career or remove this row."
                )
                % {"career": career.title},
            )
        seen.add(career.pk)
