"""Removing a person's data from leads and from everything that copied it.

A lead's name and email were copied into the labels of its entries in Wagtail's history
(``ModelLogEntry``) before leads were labelled "Lead 12"; a delivery's last error can quote
the receiving system's reply. Erasing or purging a lead deals with those too.
"""

import functools
import operator

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import ModelLogEntry

from .models import Lead, LeadDelivery

#: What a consent record does not need: blanked when a lead is reduced to its consent record.
NOT_CONSENT_FIELDS = tuple(
    field
    for field in (*Lead.CONTACT_FIELDS, *Lead.ATTRIBUTION_FIELDS, "user_agent", "ip_hash")
    if field not in Lead.CONSENT_RECORD_FIELDS
)
#: Everything that identifies the person, the consent record included.
PERSONAL_FIELDS = (*Lead.CONTACT_FIELDS, *Lead.ATTRIBUTION_FIELDS, "page_url", "user_agent")
PERSONAL_FIELDS += ("ip_hash",)


def log_entries(lead_ids):
    """The history entries of the leads ``lead_ids``."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Lead),
        object_id__in=[str(pk) for pk in lead_ids],
    )


def delete_leads(leads) -> int:
    """Delete ``leads``, their deliveries and their history entries; how many leads went."""
    ids = list(leads.values_list("pk", flat=True))
    log_entries(ids).delete()
    return Lead.objects.filter(pk__in=ids).delete()[1].get(Lead._meta.label, 0)


def holding_more_than_consent(leads):
    """Those of ``leads`` not reduced to their consent record yet."""
    return leads.filter(
        functools.reduce(operator.or_, (~Q(**{field: ""}) for field in NOT_CONSENT_FIELDS))
    )


def reduce_to_consent_record(leads) -> int:
    """Keep of ``leads`` only their consent record (``Lead.CONSENT_RECORD_FIELDS``), status,
    career and page; how many were changed (a lead already reduced is not counted again)."""
    return _blank(holding_more_than_consent(leads), NOT_CONSENT_FIELDS)


def anonymise_leads(leads) -> int:
    """Blank everything that identifies the people behind ``leads``, for statistics only."""
    return _blank(leads.exclude(email="", name=""), PERSONAL_FIELDS)


def _blank(leads, fields) -> int:
    ids = list(leads.values_list("pk", flat=True))
    LeadDelivery.objects.filter(lead__in=ids).update(last_error="")
    for entry in log_entries(ids):
        entry.label = str(Lead(pk=int(entry.object_id)))
        entry.save(update_fields=["label"])
    return Lead.objects.filter(pk__in=ids).update(
        **dict.fromkeys(fields, ""), seconds_to_send=None
    )
