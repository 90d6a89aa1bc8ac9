"""The package's models. Sites import them from here (the public contract)."""

from .career_page import CareerPage

__all__ = ["CareerPage"]
