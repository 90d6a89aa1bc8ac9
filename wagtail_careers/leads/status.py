"""A lead's status in one action, from the listing or the inspect view.

Admissions staff change a status many times a day, so both views show it as a small form: a
select that submits itself as soon as a status is chosen (a "Change" button where JavaScript
is off), posted with its CSRF token to the viewset's ``status`` view. That view is the edit
view for this one field: it saves the status as editing does (a lead released from spam is
delivered after all), records "Status changed from New to Contacted" in the lead's history,
and returns to the page the form was on.
"""

from django.contrib import messages
from django.middleware.csrf import get_token
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import LogFormatter, log

from .models import LeadStatus

STATUS_ACTION = "wagtail_careers.lead_status"
FORM_TEMPLATE = "wagtail_careers/admin/lead_status_form.html"


def tel_href(phone: str) -> str:
    """``tel:+14155550100`` for a phone number as a visitor typed it, or "" without digits."""
    digits = "".join(char for char in phone if char.isdigit())
    if not digits:
        return ""
    return f"tel:{'+' if phone.strip().startswith('+') else ''}{digits}"


def status_label(code) -> str:
    return str(dict(LeadStatus.choices).get(code, code))


class StatusChangeFormatter(LogFormatter):
    label = gettext_lazy("Change status")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        if "old" not in data or "new" not in data:
            return gettext("Status changed")
        return gettext("Status changed from %(old)s to %(new)s") % {
            "old": status_label(data["old"]),
            "new": status_label(data["new"]),
        }


def register_status_action(actions):
    """For Wagtail's ``register_log_actions`` hook."""
    actions.register_action(STATUS_ACTION)(StatusChangeFormatter)


def status_form_context(lead, url, next_url):
    return {
        "lead": lead,
        "url": url,
        "next": next_url,
        "choices": LeadStatus.choices,
        "field_id": f"lead-status-{lead.pk}",
    }


def render_status_form(request, lead, url, next_url) -> str:
    html = render_to_string(FORM_TEMPLATE, status_form_context(lead, url, next_url), request)
    return mark_safe(html.strip())  # noqa: S308 (a template of ours, its values escaped)


class StatusColumn(Column):
    """The status as the one-action form for users who may change it, else as a tag."""

    cell_template_name = "wagtail_careers/admin/lead_status_cell.html"

    def __init__(self, name, *, get_status_url, next_url, can_change, **kwargs):
        super().__init__(name, **kwargs)
        self.get_status_url = get_status_url
        self.next_url = next_url
        self.can_change = can_change

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["can_change"] = self.can_change
        context["primary"] = instance.status == LeadStatus.NEW
        # A cell is rendered without the request's context processors: the form needs the
        # CSRF token they would give.
        context["csrf_token"] = get_token(parent_context["request"])
        context.update(status_form_context(instance, self.get_status_url(instance), self.next_url))
        return context


class StatusChangeMixin:
    """Turns the lead edit view into the target of the status form: POST only, logged as a
    status change, back to where the form was."""

    http_method_names = ["post"]

    def save_instance(self):
        old = self.form.initial.get("status")
        instance = self.form.save()
        self.has_content_changes = self.form.has_changed()
        if self.has_content_changes:
            log(instance=instance, action=STATUS_ACTION, data={"old": old, "new": instance.status})
        return instance

    def get_success_message(self):
        return gettext("Status of %(lead)s: %(status)s.") % {
            "lead": self.object.name,
            "status": self.object.get_status_display(),
        }

    def get_success_buttons(self):
        return []

    def get_success_url(self):
        next_url = self.request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(
            next_url,
            allowed_hosts={self.request.get_host()},
            require_https=self.request.is_secure(),
        ):
            return next_url
        return super().get_success_url()

    def form_invalid(self, form):
        messages.error(
            self.request,
            gettext("The status was not changed: %(error)s")
            % {"error": " ".join(form.errors.get("status", []))},
        )
        return redirect(self.get_success_url())
