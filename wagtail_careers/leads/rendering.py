"""The lead form's HTML, written in Python rather than by a template per widget.

Django renders each field through a field-group template and a template per widget (and one
per attribute list): on a career page that took about 3 of the form's 4 ms of CPU
(benchmarks/render/run.py, "the form's share"). The controls come from ``form_rendering``;
this lays them out with what the templates gave (labels tied to inputs, help texts and
errors named in ``aria-describedby``) plus what a visitor needs to recover from an error: an
error summary linking to each field, "(optional)" on the optional fields, and a note beside
the consent box saying why it must be checked again.
"""

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..form_rendering import widget_html
from ..markup import attributes, escape

#: The name a field has in the error summary, where its label would be too long.
SUMMARY_NAMES = {"consent": gettext_lazy("Agreement to be contacted")}
#: The summary takes the id the form's action jumps to (``#request-information``, the
#: section's otherwise): a browser focuses a fragment's target that can take focus, and
#: takes focus away from any other element, so this is how the summary gets focus reliably,
#: JavaScript or not.
ERROR_SUMMARY_ID = "request-information"


def _field(bound_field) -> str:
    """One visible field: label, help text, errors and input, in a ``<div>``."""
    field_id = escape(bound_field.auto_id)
    optional = ""
    if not bound_field.field.required:
        optional = f' <span class="careers-lead-optional">{escape(_("(optional)"))}</span>'
    label = f'<label for="{field_id}">{escape(bound_field.label)}{optional}</label>'
    help_text = ""
    describedby = []
    if bound_field.help_text:
        help_text = (
            f'<div class="helptext" id="{field_id}_helptext">{escape(bound_field.help_text)}</div>'
        )
        describedby.append(f"{field_id}_helptext")
    errors = ""
    if bound_field.errors:
        items = "".join(f"<li>{escape(error)}</li>" for error in bound_field.errors)
        errors = f'<ul class="errorlist" id="{field_id}_error">{items}</ul>'
        describedby.append(f"{field_id}_error")
    is_checkbox = isinstance(bound_field.field.widget, forms.CheckboxInput)
    note = ""
    if is_checkbox and bound_field.form.is_bound and bound_field.form.errors:
        reason = _(
            "For your privacy this box is never checked for you: "
            "check it again to send your request."
        )
        note = f'<p class="careers-lead-recheck" id="{field_id}_recheck">{escape(reason)}</p>'
        describedby.append(f"{field_id}_recheck")
    widget = widget_html(bound_field, describedby)
    parts = (
        (widget, label, note, help_text, errors)
        if is_checkbox
        else (label, help_text, errors, widget)
    )
    return (
        f'<div class="careers-lead-field careers-lead-field--{escape(bound_field.name)}">'
        f"{''.join(parts)}</div>"
    )


def _hidden(bound_field) -> str:
    value = bound_field.field.widget.format_value(bound_field.value())
    attrs = {"name": bound_field.html_name, "value": value, "id": bound_field.auto_id}
    return f'<input type="hidden"{attributes(attrs)}>'


def render_fields(form) -> str:
    """The form's hidden inputs and visible fields, in the form's order."""
    hidden = [_hidden(bound_field) for bound_field in form.hidden_fields()]
    visible = [_field(bound_field) for bound_field in form.visible_fields()]
    return mark_safe("".join(hidden + visible))  # noqa: S308 (every part is escaped)


def render_error_summary(form) -> str:
    """After a post with errors: what went wrong, each field's error linking to the field.

    Focused when the page loads (the target of the form action's fragment, ``autofocus``,
    and the package's script), so a screen reader reads it and a keyboard user starts from it.
    """
    if not form.is_bound or not form.errors:
        return ""
    items = [(format_html("{}", error),) for error in form.non_field_errors()]
    for name, errors in form.errors.items():
        if name not in form.fields or form.fields[name].widget.is_hidden:
            continue
        bound_field = form[name]
        label = SUMMARY_NAMES.get(name, bound_field.label)
        for error in errors:
            items.append(
                (format_html('<a href="#{}">{}: {}</a>', bound_field.auto_id, label, error),)
            )
    return format_html(
        '<div class="careers-lead-errors" id="{}" role="alert" tabindex="-1" autofocus '
        'data-careers-error-summary aria-labelledby="careers-lead-errors-heading">'
        '<h3 id="careers-lead-errors-heading">{}</h3><ul>{}</ul></div>',
        ERROR_SUMMARY_ID,
        _("Your request has not been sent yet"),
        format_html_join("", "<li>{}</li>", items),
    )
