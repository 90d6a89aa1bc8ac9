"""What a lead is, where it must be delivered, and the site's "Careers" settings.

A ``Lead`` is saved before anything else happens to it, in the same transaction as one
``LeadDelivery`` per destination; delivery then runs in the background and records every
attempt, so a failing mail server or webhook never loses a lead.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Upper
from django.utils import translation
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from ..i18n import content_languages, same_language
from . import webhook_policy
from .settings_form import CareersSettingsForm

DEFAULT_CONSENT_TEXT = _(
    "I agree that the school may contact me about its programs by phone, text message "
    "and email at the details above. Agreeing is not a condition of enrollment."
)
DEFAULT_THANK_YOU = _(
    "Thank you! An admissions adviser will contact you soon to answer your questions."
)
DEFAULT_FORM_HEADING = _("Request information")
DEFAULT_FORM_INTRO = _(
    "Tell us how to reach you and an admissions adviser will answer your questions."
)


class LeadStatus(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    ENROLLED = "enrolled", _("Enrolled")
    NOT_INTERESTED = "not_interested", _("Not interested")
    SPAM = "spam", _("Spam")


class Lead(models.Model):
    """One request for information, with the evidence of consent and where it came from."""

    #: What the visitor typed about themselves, as the form posts it.
    CONTACT_FIELDS = ("name", "email", "phone", "postal_code", "message")
    #: Where the visitor came from: hidden inputs of the form, filled from the page's URL.
    ATTRIBUTION_FIELDS = (
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "gclid",
        "referrer",
    )
    #: What a purge keeps until the consent records' period ends: who agreed, to what, when
    #: and where (the FTC's Telemarketing Sales Rule asks for five years).
    CONSENT_RECORD_FIELDS = (
        "name",
        "email",
        "phone",
        "consent",
        "consent_text",
        "consent_at",
        "page",
        "page_url",
    )

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the form was sent from."),
        # Queries by page use the duplicate-check index below, which starts with the page.
        db_index=False,
    )
    career = models.ForeignKey(
        "wagtail_careers.CareerPage",
        verbose_name=_("career"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads",
    )
    compared_careers = models.ManyToManyField(
        "wagtail_careers.CareerPage",
        verbose_name=_("compared careers"),
        blank=True,
        related_name="+",
        help_text=_(
            "The careers the visitor compared on a career index, when they sent the form."
        ),
    )
    name = models.CharField(_("name"), max_length=200)
    # Not indexed on its own: the admin searches it with icontains and erasure matches it
    # with iexact, which no plain index serves; every post would only pay to maintain one.
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    message = models.TextField(_("message"), blank=True)

    consent = models.BooleanField(_("consent given"), default=False)
    consent_text = models.TextField(_("consent text shown"), blank=True)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    language = models.CharField(
        _("language"),
        max_length=15,
        blank=True,
        choices=content_languages,
        help_text=_("The language of the page the form was sent from."),
    )

    page_url = models.URLField(_("page URL"), max_length=2000, blank=True)
    utm_source = models.CharField(_("UTM source"), max_length=255, blank=True)
    utm_medium = models.CharField(_("UTM medium"), max_length=255, blank=True)
    utm_campaign = models.CharField(_("UTM campaign"), max_length=255, blank=True)
    utm_term = models.CharField(_("UTM term"), max_length=255, blank=True)
    utm_content = models.CharField(_("UTM content"), max_length=255, blank=True)
    gclid = models.CharField(_("Google click ID"), max_length=255, blank=True)
    referrer = models.URLField(_("referrer"), max_length=2000, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=500, blank=True)
    ip_hash = models.CharField(
        _("IP address (keyed hash)"),
        max_length=64,
        blank=True,
        help_text=_("An HMAC of the visitor's IP address: never the address itself."),
    )

    status = models.CharField(
        _("status"), max_length=20, choices=LeadStatus.choices, default=LeadStatus.NEW
    )
    spam_reason = models.CharField(_("why it was flagged as spam"), max_length=100, blank=True)
    seconds_to_send = models.FloatField(
        _("seconds to send"),
        null=True,
        blank=True,
        help_text=_("Seconds between the form being shown and sent; empty when not known."),
    )
    needs_review = models.BooleanField(
        _("flagged for review"),
        default=False,
        help_text=_(
            "Sent sooner after the form was shown than people usually type: delivered as any "
            "lead, but check it is a real person."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            # A post's duplicate check (same page, same email in any case, recent) reads only
            # the matching leads, not every recent lead.
            models.Index("page", Upper("email"), "created_at", name="wagtail_car_lead_duplicate"),
        ]

    def __str__(self):
        # No personal data: this is the label of the lead's entries in Wagtail's history and
        # site-history report, which users who may not view leads can read.
        return _("Lead %(number)s") % {"number": self.pk}

    @property
    def review_note(self) -> str:
        """Why the lead is flagged for review, in words ("" if it is not)."""
        if not self.needs_review:
            return ""
        if self.seconds_to_send is None:
            return _("Sent sooner after the form was shown than people usually type.")
        return _("Sent %(seconds)s s after the form was shown: check it is a real person.") % {
            "seconds": number_format(self.seconds_to_send, 1)
        }

    @property
    def contact_label(self) -> str:
        """``Name <email>``: how staff who may view leads see who sent it."""
        return f"{self.name} <{self.email}>"


class DeliveryDestination(models.TextChoices):
    EMAIL = "email", _("Email")
    WEBHOOK = "webhook", _("Webhook")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class LeadDelivery(models.Model):
    """One destination of one lead, with every attempt to deliver it recorded."""

    lead = models.ForeignKey(
        Lead,
        verbose_name=_("lead"),
        on_delete=models.CASCADE,
        related_name="deliveries",
        # Queries by lead use the unique constraint's index, which starts with the lead.
        db_index=False,
    )
    destination = models.CharField(
        _("destination"), max_length=20, choices=DeliveryDestination.choices
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("lead delivery")
        verbose_name_plural = _("lead deliveries")
        # The retry command's "pending or failed"; a Meta index, unlike db_index, comes without
        # PostgreSQL's second LIKE index, which no query of an exact status needs.
        indexes = [models.Index(fields=["status"], name="wagtail_car_delivery_status")]
        constraints = [
            models.UniqueConstraint(
                fields=["lead", "destination"], name="wagtail_careers_one_delivery_per_destination"
            )
        ]

    def __str__(self):
        return f"{self.get_destination_display()} – {self.get_status_display()}"


@dataclass(frozen=True)
class FormTexts:
    """The lead form's texts in one language, as a visitor reads them."""

    heading: str
    intro: str
    consent_text: str
    thank_you_message: str


@register_setting(icon="user")
class CareersSettings(ClusterableModel, BaseSiteSetting):
    """Per-site settings for lead capture ("Settings > Careers" in the admin)."""

    base_form_class = CareersSettingsForm

    recipients = models.TextField(
        _("lead recipients"),
        blank=True,
        help_text=_("Email addresses that receive every new lead, one per line."),
    )
    from_email = models.EmailField(
        _("from address"),
        blank=True,
        help_text=_("The sender of lead emails. Empty: the site's DEFAULT_FROM_EMAIL."),
    )
    form_heading = models.CharField(
        _("form heading"), max_length=255, default=DEFAULT_FORM_HEADING
    )
    form_intro = models.TextField(
        _("form introduction"),
        blank=True,
        default=DEFAULT_FORM_INTRO,
    )
    consent_text = models.TextField(
        _("consent text"),
        default=DEFAULT_CONSENT_TEXT,
        help_text=_(
            "Shown beside the consent checkbox and stored with every lead as evidence of what "
            "the visitor agreed to."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the form."),
    )
    thank_you_message = RichTextField(
        _("thank-you message"),
        default=DEFAULT_THANK_YOU,
        features=["bold", "italic", "link"],
    )
    webhook_url = models.URLField(
        _("webhook URL"),
        blank=True,
        help_text=_(
            "Optional: every lead is also posted here as signed JSON (Standard Webhooks)."
        ),
    )
    webhook_secret = models.CharField(
        _("webhook secret"),
        max_length=255,
        blank=True,
        help_text=_(
            "The signing secret the receiving system gave you. One starting with whsec_ is "
            "read as Standard Webhooks' base64 key; any other is used as typed."
        ),
    )
    retention_days = models.PositiveIntegerField(
        _("keep leads for (days)"),
        default=730,
        help_text=_("careers_purge_leads reduces leads older than this to their consent record."),
    )
    consent_retention_days = models.PositiveIntegerField(
        _("keep consent records for (days)"),
        default=1826,
        help_text=_(
            "The name, email, phone, consent text, time and page of each lead are kept this "
            "long as evidence of consent (five years: the FTC's Telemarketing Sales Rule), "
            "then removed. Erasing a person's data on request removes everything at once."
        ),
    )
    rate_limit = models.PositiveIntegerField(
        _("posts per visitor per 10 minutes"),
        default=5,
        help_text=_("Further posts from the same address are refused until the window passes."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("recipients"), FieldPanel("from_email")], heading=_("Delivery")
        ),
        MultiFieldPanel(
            [
                FieldPanel("form_heading"),
                FieldPanel("form_intro"),
                FieldPanel("consent_text"),
                FieldPanel("privacy_page"),
                FieldPanel("thank_you_message"),
            ],
            heading=_("Form"),
            help_text=_("In the site's main language; other languages below."),
        ),
        InlinePanel(
            "form_texts",
            heading=_("Form texts in other languages"),
            label=_("Language"),
            help_text=_(
                "Pages in another language show its texts: those you write here, or the "
                "package's own translation where you leave one empty."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("webhook_url"), FieldPanel("webhook_secret")], heading=_("Webhook")
        ),
        MultiFieldPanel(
            [
                FieldPanel("retention_days"),
                FieldPanel("consent_retention_days"),
                FieldPanel("rate_limit"),
            ],
            heading=_("Privacy and abuse"),
        ),
    ]

    class Meta:
        verbose_name = _("careers")

    def clean(self):
        super().clean()
        if self.webhook_url:
            try:
                webhook_policy.check(self.webhook_url)
            except ValidationError as error:
                raise ValidationError({"webhook_url": error}) from None

    @property
    def destinations(self) -> list[str]:
        """Where leads go: email if there are recipients, the webhook if it has a URL."""
        wanted = []
        if self.recipient_list:
            wanted.append(DeliveryDestination.EMAIL)
        if self.webhook_url:
            wanted.append(DeliveryDestination.WEBHOOK)
        return wanted

    def texts_for(self, language: str) -> FormTexts:
        """The form's texts for a page in ``language``.

        The fields above are the site's main language (``LANGUAGE_CODE``). Another language
        takes its row of ``form_texts``, and the package's default translated into it for
        each text the row leaves empty: never the main language's, which its visitors may
        not read. Rows are read once per settings object.
        """
        if same_language(language, settings.LANGUAGE_CODE):
            return FormTexts(
                self.form_heading, self.form_intro, self.consent_text, self.thank_you_message
            )
        row = next(
            (row for row in self._form_text_rows if same_language(row.language, language)),
            CareersFormText(),
        )
        with translation.override(language):
            return FormTexts(
                row.form_heading or str(DEFAULT_FORM_HEADING),
                row.form_intro or str(DEFAULT_FORM_INTRO),
                row.consent_text or str(DEFAULT_CONSENT_TEXT),
                row.thank_you_message or str(DEFAULT_THANK_YOU),
            )

    @cached_property
    def _form_text_rows(self) -> list:
        """The rows of ``form_texts``, read once per settings object (one per request)."""
        return list(self.form_texts.all())

    @property
    def recipient_list(self) -> list[str]:
        return [
            line.strip()
            for line in self.recipients.replace(",", "\n").splitlines()
            if line.strip()
        ]


class CareersFormText(Orderable):
    """The lead form's texts in one more language of the site (Settings > Careers)."""

    site_settings = ParentalKey(
        CareersSettings, on_delete=models.CASCADE, related_name="form_texts"
    )
    language = models.CharField(_("language"), max_length=15, choices=content_languages)
    form_heading = models.CharField(
        _("form heading"), max_length=255, blank=True, help_text=_("Empty: the default.")
    )
    form_intro = models.TextField(
        _("form introduction"), blank=True, help_text=_("Empty: the default.")
    )
    consent_text = models.TextField(
        _("consent text"),
        blank=True,
        help_text=_(
            "Shown beside the consent checkbox on pages in this language and stored with "
            "their leads. Empty: the default."
        ),
    )
    thank_you_message = RichTextField(
        _("thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Empty: the default."),
    )

    panels = [
        FieldPanel("language"),
        FieldPanel("form_heading"),
        FieldPanel("form_intro"),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_message"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("form texts in another language")
        verbose_name_plural = _("form texts in other languages")
        constraints = [
            models.UniqueConstraint(
                fields=["site_settings", "language"],
                name="wagtail_careers_one_text_per_language",
            )
        ]

    def __str__(self):
        return self.get_language_display()
