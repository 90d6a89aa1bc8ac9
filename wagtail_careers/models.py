"""The package's models. Sites import them from here (the public contract)."""

from .career_index_page import CareerIndexPage
from .career_page import CareerPage
from .comparison_page import ComparisonCareer, ComparisonPage
from .leads.models import CareersSettings, Lead, LeadDelivery, LeadStatus

__all__ = [
    "CareerIndexPage",
    "CareerPage",
    "CareersSettings",
    "ComparisonCareer",
    "ComparisonPage",
    "Lead",
    "LeadDelivery",
    "LeadStatus",
]
