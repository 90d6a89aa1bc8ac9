"""The "Leads" admin: a Wagtail ``ModelViewSet`` for admissions staff.

Leads arrive only through the lead form, so there is no "add" or "copy" view; the edit
form changes nothing but the status. Listing, inspecting and exporting need
``view_lead`` (see ``panels.can_view_leads``), changing the status ``change_lead`` and
deleting ``delete_lead``. Spam is stored, flagged, and hidden until the status filter asks
for it.
"""

import django_filters
from django import forms
from django.contrib.admin.utils import quote
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.coreutils import multigetattr
from wagtail.models import Page

from ..career_page import CareerPage
from . import capture, delivery
from .antispam import spam_reason_label
from .export import FormulaEscapingExportMixin, export_field_names, human_value
from .models import Lead, LeadStatus
from .panels import LeadsMenuItem, careers_settings_url, nobody_notified
from .status import StatusChangeMixin, StatusColumn, render_status_form, tel_href


def pages_with_leads(request):
    return Page.objects.filter(pk__in=Lead.objects.values("page_id")).order_by("title")


class LeadFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=LeadStatus.choices,
        empty_label=_("All but spam"),
        widget=forms.RadioSelect,
    )
    career = django_filters.ModelChoiceFilter(
        label=_("Career"), queryset=CareerPage.objects.order_by("title")
    )
    page = django_filters.ModelChoiceFilter(label=_("Page"), queryset=pages_with_leads)
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Created"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Lead
        fields = ["status", "needs_review", "career", "page", "language", "created_at"]


class LeadNameColumn(ButtonsColumnMixin, TitleColumn):
    """The lead's name, linking to the inspect view (the edit view only holds the status)."""

    def __init__(self, name, get_buttons, **kwargs):
        super().__init__(name, **kwargs)
        self._get_buttons = get_buttons

    def get_buttons(self, instance, parent_context):
        return self._get_buttons(instance)


class DeliveryColumn(Column):
    """One status tag per destination (email, webhook), failed ones highlighted."""

    cell_template_name = "wagtail_careers/admin/delivery_cell.html"

    def get_value(self, instance):
        return instance.deliveries.all()


def compared_careers_summary(lead) -> str:
    """``Dental Assistant, Phlebotomist``: the careers a lead's visitor compared, in one cell."""
    return ", ".join(sorted(career.title for career in lead.compared_careers.all()))


def delivery_summary(lead) -> str:
    """``Email – Delivered; Webhook – Failed``: one export cell for a lead's deliveries."""
    return "; ".join(str(delivery) for delivery in lead.deliveries.all())


class ViewLeadRequiredMixin:
    """Every lead view shows the lead, so each needs ``view_lead`` on top of its own permission.

    Wagtail's defaults let "any of add/change/delete/view" list and inspect, and editing
    only need "change"; leads are personal data, revealed only by the grant named for it.
    The lead's name and email head these views; elsewhere (history, reports) a lead is
    "Lead 12" (``Lead.__str__``).
    """

    any_permission_required = ["view"]


class OneLeadMixin(ViewLeadRequiredMixin):
    """A view of one lead, headed by who sent it."""

    def get_page_subtitle(self):
        return self.object.contact_label


class LeadIndexView(ViewLeadRequiredMixin, FormulaEscapingExportMixin, generic.IndexView):
    default_ordering = "-created_at"
    list_export = [*export_field_names(Lead), "compared_careers", "deliveries"]
    export_headings = {"compared_careers": _("Compared careers"), "deliveries": _("Delivery")}
    #: Columns that hold several related rows, each written as one text cell.
    summaries = {"compared_careers": compared_careers_summary, "deliveries": delivery_summary}
    status_url_name = None

    template_name = "wagtail_careers/admin/lead_index.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            context["nobody_notified"] = nobody_notified(self.request)
            context["settings_url"] = careers_settings_url()
        return context

    def to_row_dict(self, item):
        # Wagtail's lookup calls what it finds, and a related manager is callable.
        return {field: self.export_value(item, field) for field in self.list_export}

    def export_value(self, item, field):
        if field in self.summaries:
            return self.summaries[field](item)
        if field == "spam_reason":
            return spam_reason_label(item.spam_reason)
        return human_value(item, field, multigetattr(item, field))

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("page", "career")
            .prefetch_related("deliveries", "compared_careers")
        )

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.filtering_by_status:
            queryset = queryset.exclude(status=LeadStatus.SPAM)
        return queryset

    @cached_property
    def filtering_by_status(self):
        return bool(self.filters.is_valid() and self.filters.form.cleaned_data.get("status"))

    @cached_property
    def columns(self):
        return [
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
            LeadNameColumn(
                "name",
                label=_("Name"),
                sort_key="name",
                get_url=self.get_inspect_url,
                get_buttons=self.get_list_buttons,
            ),
            Column("email", label=_("Email"), sort_key="email"),
            Column("career", label=_("Career")),
            Column("page", label=_("Page")),
            StatusColumn(
                "status",
                label=_("Status"),
                sort_key="status",
                get_status_url=lambda lead: reverse(self.status_url_name, args=(quote(lead.pk),)),
                # Back to this listing, with its filters, also when the filters fetched it
                # from the results URL.
                next_url=self.request.get_full_path().replace(
                    self.index_results_url, self.index_url, 1
                ),
                can_change=self.permission_policy.user_has_permission(self.request.user, "change"),
            ),
            DeliveryColumn("deliveries", label=_("Delivery")),
        ]


class LeadInspectView(OneLeadMixin, generic.InspectView):
    """All a lead holds, grouped, with the evidence of consent and every delivery."""

    template_name = "wagtail_careers/admin/lead_inspect.html"
    sections = [
        (
            "contact",
            _("Contact"),
            [
                "name",
                "email",
                "phone",
                "postal_code",
                "message",
                "career",
                "compared_careers",
                "page",
                "language",
            ],
        ),
        (
            "handling",
            _("Handling"),
            ["status", "needs_review", "spam_reason", "created_at", "updated_at"],
        ),
        ("consent", _("Consent evidence"), ["consent", "consent_text", "consent_at"]),
        (
            "attribution",
            _("Attribution"),
            ["page_url", *Lead.ATTRIBUTION_FIELDS, "seconds_to_send", "user_agent", "ip_hash"],
        ),
    ]

    def get_fields(self):
        return [field for _id, _heading, fields in self.sections for field in fields]

    status_url_name = None

    def get_object(self, queryset=None):
        return get_object_or_404(
            Lead.objects.select_related("page", "career").prefetch_related("compared_careers"),
            pk=self.pk,
        )

    def get_compared_careers_display_value(self):
        return compared_careers_summary(self.object)

    def get_spam_reason_display_value(self):
        return spam_reason_label(self.object.spam_reason)

    def get_needs_review_display_value(self):
        if not self.object.needs_review:
            return _("No")
        return self.object.review_note

    def get_consent_display_value(self):
        return _("Yes") if self.object.consent else _("No")

    def get_email_display_value(self):
        return format_html('<a href="mailto:{}">{}</a>', self.object.email, self.object.email)

    def get_phone_display_value(self):
        phone = self.object.phone
        if href := tel_href(phone):
            return format_html('<a href="{}">{}</a>', href, phone)
        return phone

    def get_status_display_value(self):
        """The status as its one-action form, for users who may change it."""
        if not self.permission_policy.user_has_permission(self.request.user, "change"):
            return self.object.get_status_display()
        url = reverse(self.status_url_name, args=(quote(self.object.pk),))
        return render_status_form(self.request, self.object, url, self.request.get_full_path())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = [
            (section_id, heading, [self.get_context_for_field(field) for field in fields])
            for section_id, heading, fields in self.sections
        ]
        context["deliveries"] = self.object.deliveries.order_by("destination")
        return context


class LeadEditView(OneLeadMixin, generic.EditView):
    """Change a lead's status; what the visitor sent stays as they sent it."""

    def form_valid(self, form):
        was_spam = form.initial.get("status") == LeadStatus.SPAM
        response = super().form_valid(form)
        if was_spam and self.object.status != LeadStatus.SPAM:
            capture.release_from_spam(self.object, delivery.settings_for(self.object))
        return response

    def get_success_url(self):
        return reverse(self.inspect_url_name, args=(quote(self.object.pk),))


class LeadStatusView(StatusChangeMixin, LeadEditView):
    """The target of the status form of the listing and the inspect view."""


class LeadDeleteView(OneLeadMixin, generic.DeleteView):
    pass


class LeadHistoryView(OneLeadMixin, history.HistoryView):
    pass


class LeadUsageView(ViewLeadRequiredMixin, usage.UsageView):
    pass


class LeadViewSet(ModelViewSet):
    model = Lead
    icon = "mail"
    menu_label = _("Leads")
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "careers/leads"
    url_namespace = "wagtail_careers_leads"
    index_view_class = LeadIndexView
    inspect_view_class = LeadInspectView
    edit_view_class = LeadEditView
    delete_view_class = LeadDeleteView
    history_view_class = LeadHistoryView
    usage_view_class = LeadUsageView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    filterset_class = LeadFilterSet
    search_fields = ["name", "email", "phone"]
    search_backend_name = None
    panels = [FieldPanel("status")]
    menu_item_class = LeadsMenuItem
    export_filename = "leads"

    def get_common_view_kwargs(self, **kwargs):
        # No "Add lead" button anywhere: leads come from the form only.
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    @property
    def status_view(self):
        return self.construct_view(LeadStatusView, **self.get_edit_view_kwargs())

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(status_url_name=self.get_url_name("status"), **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(
            status_url_name=self.get_url_name("status"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name not in {"add", "copy"}
        ] + [path("status/<str:pk>/", self.status_view, name="status")]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="add_lead")
