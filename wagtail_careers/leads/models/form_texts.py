"""The lead form's texts: the package's defaults, and a site's own in each more language."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from ...i18n import content_languages

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


@dataclass(frozen=True)
class FormTexts:
    """The lead form's texts in one language, as a visitor reads them."""

    heading: str
    intro: str
    consent_text: str
    thank_you_message: str


class CareersFormText(Orderable):
    """The lead form's texts in one more language of the site (Settings > Careers)."""

    site_settings = ParentalKey(
        "wagtail_careers.CareersSettings", on_delete=models.CASCADE, related_name="form_texts"
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
