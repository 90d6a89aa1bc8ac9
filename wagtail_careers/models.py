"""The package's models. Sites import them from here (the public contract)."""

from .career_page import CareerPage
from .leads.models import CareersSettings, Lead, LeadDelivery, LeadStatus

__all__ = ["CareerPage", "CareersSettings", "Lead", "LeadDelivery", "LeadStatus"]
