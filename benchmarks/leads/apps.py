from django.apps import AppConfig


class BenchLeadsConfig(AppConfig):
    """The benchmark-only app holding the Wagtail form page lead capture is compared with."""

    name = "benchmarks.leads"
    label = "bench_leads"
    default_auto_field = "django.db.models.BigAutoField"
