"""Form controls' HTML written in Python, rather than by a template per widget.

Django renders each widget through its own template (and one per attribute list, and one per
``<option>``): for the package's two forms, the lead form and the career index's filters, that
was most of their cost (benchmarks/render/run.py: about 3 of the lead form's 4 ms of CPU). Both
have a handful of known widgets, so this writes them directly; a widget it does not know is
still rendered by Django. Each form lays its fields out itself (``leads/rendering.py``,
``career_filters.py``).
"""

from django import forms
from django.forms.widgets import Input

from .markup import attributes, escape


def widget_html(bound_field, describedby: list[str]) -> str:
    """The control of ``bound_field``, its value and Django's attributes, marked invalid when
    the field has errors and pointing (``aria-describedby``) at the ids ``describedby`` names."""
    field, widget = bound_field.field, bound_field.field.widget
    attrs = {
        **{name: value for name, value in widget.attrs.items() if name != "type"},
        "name": bound_field.html_name,
        "required": field.required and bound_field.form.use_required_attribute,
        "aria-invalid": "true" if bound_field.errors else None,
        "aria-describedby": " ".join(describedby) or None,
    }
    value = bound_field.value()
    attrs["id"] = bound_field.auto_id  # last, as Django writes it
    if isinstance(widget, forms.CheckboxInput):
        attrs["checked"] = widget.check_test(value)
        return f'<input type="checkbox"{attributes(attrs)}>'
    if isinstance(widget, forms.Select) and not widget.allow_multiple_selected:
        chosen = "" if value is None else str(value)
        options = "".join(
            f'<option value="{escape(key)}"{" selected" if str(key) == chosen else ""}>'
            f"{escape(label)}</option>"
            for key, label in field.choices
        )
        return f"<select{attributes(attrs)}>{options}</select>"
    if isinstance(widget, forms.Textarea):
        # The newline keeps a value's own leading newline, as Django's template does.
        text = escape(widget.format_value(value) or "")
        return f"<textarea{attributes(attrs)}>\n{text}</textarea>"
    if isinstance(widget, Input) and not isinstance(widget, forms.FileInput):
        input_type = escape(widget.attrs.get("type", widget.input_type))
        attrs = {"value": widget.format_value(value), **attrs}
        return f'<input type="{input_type}"{attributes(attrs)}>'
    return bound_field.as_widget(attrs={"aria-describedby": attrs["aria-describedby"]})
