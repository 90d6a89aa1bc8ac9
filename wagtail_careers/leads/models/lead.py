"""A lead: one request for information, with the evidence of consent and where it came from.

A ``Lead`` is saved before anything else happens to it, in the same transaction as one
``LeadDelivery`` per destination (``delivery``), so a failing mail server or webhook never
loses a lead.
"""

from django.db import models
from django.db.models.functions import Upper
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from ...i18n import content_languages


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
