"""``LeadCaptureMixin``: the "request information" form on a page, and its routes.

Mixed into ``CareerPage`` and ``ComparisonPage``. The form posts to the page's own URL, and a
post goes one way, as Wagtail's ``process_form_submission`` does for its form pages:
``serve_lead_post()`` → rate limit and ``antispam.check_post()`` → ``LeadForm`` →
``process_lead()`` (override it to do more or other) → ``capture.capture_lead()`` (the lead and
its delivery rows, in one transaction) → ``tasks.schedule()`` → one sender per destination
(``senders.email``, ``senders.webhook``). An invalid post shows the page again with the errors
(status 200); a valid one answers with a 303 to ``thanks/``, so refreshing the thank-you page
cannot post again. A page says which careers a lead can be about by overriding
``get_lead_careers()``.

The page itself is the same for every anonymous visitor, so any shared cache can serve it:
its form carries no token and its answer no cookie. The tokens a post needs (``tokens``) come
from ``request-information/token/`` (JSON, asked for by the package's script) or, without
JavaScript, in the form of ``request-information/``. Those two routes, ``thanks/`` and every
answer to a post are ``private, no-store``.
"""

from urllib.parse import urlsplit

from django.db import models
from django.http import (
    Http404,
    HttpResponseNotAllowed,
    HttpResponseRedirect,
    JsonResponse,
    QueryDict,
)
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from .. import conf, page_urls
from ..i18n import page_language
from . import antispam, tokens
from .capture import capture_lead
from .forms import LeadForm
from .models import CareersSettings, Lead


class HttpResponseSeeOther(HttpResponseRedirect):
    status_code = 303


def private(response):
    """Mark an answer meant for one visitor only: no cache may keep it."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


class LeadCaptureMixin(RoutablePageMixin, models.Model):
    show_lead_form = models.BooleanField(
        _("show the request-information form"),
        default=True,
        help_text=_("Uncheck to publish this page without the form."),
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

    def lead_form_shown(self) -> bool:
        """Whether this page, as it is being served, shows the form and takes its posts."""
        return self.show_lead_form

    def get_lead_compared_careers(self) -> list:
        """The careers a visitor was comparing when sending the form, recorded in the lead
        (a career index's visitor comparison); none by default."""
        return []

    def get_lead_careers(self) -> list:
        """The career pages a lead from this page can be about (override per page type)."""
        return []

    def get_lead_form_texts(self, careers_settings):
        """The form's texts from Settings > Careers, in this page's language."""
        return careers_settings.texts_for(page_language(self))

    def get_lead_form(self, request, careers_settings, data=None, attribution=False) -> LeadForm:
        """The form; ``attribution``: with where the visitor came from (only in an answer to
        one visitor: in the cached page the script fills it in, from the browser's address
        bar and referrer)."""
        initial = {}
        if attribution:
            query, referrer = request.GET, request.META.get("HTTP_REFERER", "")
            came_from = urlsplit(referrer)
            page_path = urlsplit(self.get_url(request)).path
            # With WAGTAIL_APPEND_SLASH off, the page is also served with a trailing slash.
            if came_from.path.rstrip("/") == page_path.rstrip("/"):
                # The <noscript> link of this page led here: the landing URL's UTM parameters
                # are in the page's address, sent as the referrer; where the visitor came
                # from before it is unknown without the script.
                query, referrer = QueryDict(came_from.query), ""
            initial = {name: query.get(name, "") for name in Lead.ATTRIBUTION_FIELDS}
            initial["referrer"] = referrer
        return LeadForm(
            data,
            initial=initial,
            careers=self.get_lead_careers(),
            consent_text=str(self.get_lead_form_texts(careers_settings).consent_text),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("base_template", conf.base_template())
        if self.lead_form_shown():
            careers_settings = CareersSettings.for_request(request)
            texts = self.get_lead_form_texts(careers_settings)
            privacy_page = careers_settings.privacy_page
            context.update(
                lead_form=self.get_lead_form(request, careers_settings),
                lead_form_heading=self.lead_form_heading or texts.heading,
                lead_form_intro=self.lead_form_intro or texts.intro,
                lead_privacy_page=privacy_page and privacy_page.localized,
                lead_honeypot_field=antispam.HONEYPOT_FIELD,
                lead_token_fields=tokens.field_names(),
                lead_form_tokens=None,
                lead_form_token_url=self.lead_route_url(request, "lead_form_token"),
                lead_form_page_url=self.lead_route_url(request, "lead_form"),
            )
        return context

    def lead_route_url(self, request, name) -> str:
        """The URL of this page's route ``name``, with or without ``WAGTAIL_APPEND_SLASH``."""
        return page_urls.below(self.get_url(request), self.reverse_subpage(name))

    @path("")
    def index_route(self, request, *args, **kwargs):
        if request.method == "POST" and self.lead_form_shown():
            return private(self.serve_lead_post(request))
        response = super().index_route(request, *args, **kwargs)
        seconds = conf.page_cache_seconds()
        cacheable = request.method in ("GET", "HEAD") and not getattr(request, "is_preview", False)
        if seconds and cacheable:
            if request.user.is_authenticated:  # an editor's page shows the user bar
                patch_cache_control(response, private=True)
            else:
                patch_cache_control(response, public=True, max_age=seconds)
        return response

    @path("request-information/", name="lead_form")
    def lead_form_page(self, request, *args, **kwargs):
        """The page with a form holding this visitor's tokens: where the cached page's
        ``<noscript>`` link leads a visitor without JavaScript."""
        if not self.lead_form_shown():
            raise Http404
        careers_settings = CareersSettings.for_request(request)
        context = {
            "lead_form": self.get_lead_form(request, careers_settings, attribution=True),
            "lead_form_tokens": tokens.issue(request, self.pk),
        }
        return private(self.render(request, context_overrides=context))

    @path("request-information/token/", name="lead_form_token")
    def lead_form_token(self, request, *args, **kwargs):
        """Input name → this visitor's value, as JSON (the contract in README.md)."""
        if not self.lead_form_shown():
            raise Http404
        if request.method not in ("GET", "HEAD"):
            return private(HttpResponseNotAllowed(["GET", "HEAD"]))
        return private(JsonResponse(tokens.issue(request, self.pk)))

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
                    "lead_form_tokens": tokens.issue(request, self.pk),
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
            return HttpResponseSeeOther(self.lead_route_url(request, "lead_thanks"))
        issued = tokens.issue(request, self.pk)
        token = request.POST.get(tokens.TOKEN_FIELD)
        if token and not verdict.spam_reason and not verdict.expired:
            # Keep the time the tokens were first issued: correcting a typo is not "too fast".
            issued[tokens.TOKEN_FIELD] = token
        return self.render(
            request, context_overrides={"lead_form": form, "lead_form_tokens": issued}
        )

    def get_lead_listing_page(self):
        """The page the thank-you page offers for more careers: this page's parent (a
        listing of careers, where the site has one), or none when that is the site's root."""
        parent = self.get_parent()
        return parent if parent and not parent.is_root() else None

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
        listing = self.get_lead_listing_page()
        return private(
            self.render(
                request,
                template=self.lead_thanks_template,
                context_overrides={
                    "thank_you_message": self.get_lead_form_texts(
                        careers_settings
                    ).thank_you_message,
                    "lead_listing_page": listing and listing.specific_deferred,
                },
            )
        )
