"""What a lead is, where it must be delivered, and the site's "Careers" settings.

A ``Lead`` is saved before anything else happens to it, in the same transaction as one
``LeadDelivery`` per destination; delivery then runs in the background and records every
attempt, so a failing mail server or webhook never loses a lead. One module per model:

- ``lead``: ``Lead`` and its ``LeadStatus``.
- ``delivery``: ``LeadDelivery``, one per destination of a lead, and its choices.
- ``careers_settings``: ``CareersSettings`` (Settings > Careers).
- ``form_texts``: the form's default texts, and ``CareersFormText``, a site's own texts in
  one more language.

Django finds the models by importing this module; every name is imported from here.
"""

from .careers_settings import CareersSettings
from .delivery import DeliveryDestination, DeliveryStatus, LeadDelivery
from .form_texts import (
    DEFAULT_CONSENT_TEXT,
    DEFAULT_FORM_HEADING,
    DEFAULT_FORM_INTRO,
    DEFAULT_THANK_YOU,
    CareersFormText,
    FormTexts,
)
from .lead import Lead, LeadStatus

__all__ = [
    "DEFAULT_CONSENT_TEXT",
    "DEFAULT_FORM_HEADING",
    "DEFAULT_FORM_INTRO",
    "DEFAULT_THANK_YOU",
    "CareersFormText",
    "CareersSettings",
    "DeliveryDestination",
    "DeliveryStatus",
    "FormTexts",
    "Lead",
    "LeadDelivery",
    "LeadStatus",
]
