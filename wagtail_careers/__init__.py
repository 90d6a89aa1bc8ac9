"""wagtail-careers: career and comparison pages with lead capture for Wagtail sites."""

__version__ = "0.1.0"
