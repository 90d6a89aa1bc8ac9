"""``LeadCaptureMixin``: the "request information" form on a page, and its thank-you route.

Mixed into ``CareerPage`` and ``ComparisonPage``. The form posts to the page's own URL, and a
post goes one way, as Wagtail's ``process_form_submission`` does for its form pages:
``serve_lead_post()`` → rate limit and ``antispam.check_post()`` → ``LeadForm`` →
``process_lead()`` (override it to do more or other) → ``capture.capture_lead()`` (the lead and
its delivery rows, in one transaction) → ``tasks.schedule()`` → one sender per destination
(``senders.email``, ``senders.webhook``). An invalid post shows the page again with the errors
(status 200); a valid one answers with a 303 to ``thanks/``, so refreshing the thank-you page
cannot post again. A page says which careers a lead can be about by overriding
``get_lead_careers()``.
"""

from django.db import models
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .. import conf
from ..i18n import page_language
from . import antispam
from .capture import capture_lead
from .forms import LeadForm
from .models import CareersSettings, Lead


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


class LeadCaptureMixin(RoutablePageMixin, models.Model):
    show_lead_form = models.BooleanField(
        _("show the request-information form"),
        default=True,
        help_text=_("Untick to publish this page without the form."),
    )
    lead_form_heading = models.CharField(
        _("form heading"),
        max_length=255,
        blank=True,
        help_text=_("Empty: the heading set in Settings > Careers."),
    )
    lead_form_intro = models.TextField(
        _("form introduction"),
        blank=True,
        help_text=_("Empty: the introduction set in Settings > Careers."),
    )

    lead_form_panels = [
        MultiFieldPanel(
            [
                FieldPanel("show_lead_form"),
                FieldPanel("lead_form_heading"),
                FieldPanel("lead_form_intro"),
            ],
            heading=_("Request-information form"),
        )
    ]

    lead_thanks_template = "wagtail_careers/lead_thanks.html"

    class Meta:
        abstract = True

    def get_lead_careers(self) -> list:
        """The career pages a lead from this page can be about (override per page type)."""
        return []

    def get_lead_form_texts(self, careers_settings):
        """The form's texts from Settings > Careers, in this page's language."""
        return careers_settings.texts_for(page_language(self))

    def get_lead_form(self, request, careers_settings, data=None) -> LeadForm:
        initial = {name: request.GET.get(name, "") for name in Lead.ATTRIBUTION_FIELDS}
        initial["referrer"] = request.META.get("HTTP_REFERER", "")
        return LeadForm(
            data,
            initial=initial,
            careers=self.get_lead_careers(),
            consent_text=str(self.get_lead_form_texts(careers_settings).consent_text),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("base_template", conf.base_template())
        if self.show_lead_form:
            careers_settings = CareersSettings.for_request(request)
            texts = self.get_lead_form_texts(careers_settings)
            privacy_page = careers_settings.privacy_page
            context.update(
                lead_form=self.get_lead_form(request, careers_settings),
                lead_form_heading=self.lead_form_heading or texts.heading,
                lead_form_intro=self.lead_form_intro or texts.intro,
                lead_privacy_page=privacy_page and privacy_page.localized,
                lead_token=antispam.make_token(self.pk),
                lead_honeypot_field=antispam.HONEYPOT_FIELD,
                lead_token_field=antispam.TOKEN_FIELD,
            )
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        if request.method == "POST" and self.show_lead_form:
            return self.serve_lead_post(request)
        return super().index_route(request, *args, **kwargs)

    def serve_lead_post(self, request):
        """Rate limit, validate, judge spam, save; see the module docstring for the answers."""
        careers_settings = CareersSettings.for_request(request)
        ip_hash = antispam.hash_ip(antispam.client_ip(request))
        if not antispam.allow_post(ip_hash, careers_settings.rate_limit):
            data = {k: v for k, v in request.POST.items() if k != "consent"}
            form = self.get_lead_form(request, careers_settings)
            form.initial.update(data)
            response = self.render(
                request,
                context_overrides={
                    "lead_form": form,
                    "lead_form_notice": _(
                        "You have sent this form several times in a short while. "
                        "Please wait a few minutes and send it again."
                    ),
                },
            )
            response.status_code = 429
            return response

        form = self.get_lead_form(request, careers_settings, data=request.POST)
        verdict = antispam.check_post(request.POST, self.pk)
        if form.is_valid() and verdict.expired:
            form.add_error(
                None,
                _(
                    "This form was open for a long time. Please check your details and send it again."
                ),
            )
        if form.is_valid():
            self.process_lead(request, form, verdict, ip_hash, careers_settings)
            return HttpResponseSeeOther(
                self.get_url(request) + self.reverse_subpage("lead_thanks")
            )
        context = {"lead_form": form}
        token = request.POST.get(antispam.TOKEN_FIELD)
        if token and not verdict.spam_reason and not verdict.expired:
            # Keep the time the form was first shown: correcting a typo is not "too fast".
            context["lead_token"] = token
        return self.render(request, context_overrides=context)

    def process_lead(self, request, form, verdict, ip_hash: str, careers_settings) -> Lead:
        """Save the lead of a valid post and schedule its deliveries; returns the lead.

        ``verdict``: what ``antispam.check_post()`` found (spam is saved, never delivered);
        ``ip_hash``: the visitor's keyed address hash. Override to add to what happens to a
        lead; call ``super()`` to keep it saved and delivered.
        """
        return capture_lead(
            form,
            page=self,
            request=request,
            verdict=verdict,
            ip_hash=ip_hash,
            careers_settings=careers_settings,
        )

    @path("thanks/", name="lead_thanks")
    def lead_thanks(self, request, *args, **kwargs):
        careers_settings = CareersSettings.for_request(request)
        return self.render(
            request,
            template=self.lead_thanks_template,
            context_overrides={
                "thank_you_message": self.get_lead_form_texts(careers_settings).thank_you_message
            },
        )
