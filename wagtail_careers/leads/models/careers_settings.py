"""The site's "Careers" settings: where leads go, the form's texts, privacy and abuse limits."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from ...i18n import same_language
from .. import webhook_policy
from ..settings_form import CareersSettingsForm
from .delivery import DeliveryDestination
from .form_texts import (
    DEFAULT_CONSENT_TEXT,
    DEFAULT_FORM_HEADING,
    DEFAULT_FORM_INTRO,
    DEFAULT_THANK_YOU,
    CareersFormText,
    FormTexts,
)


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
