"""Benchmark of lead capture against Wagtail's own form page (see docs/leads.md)."""
