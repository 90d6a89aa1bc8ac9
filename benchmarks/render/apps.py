from django.apps import AppConfig


class BenchRenderConfig(AppConfig):
    """The benchmark-only app holding the plain page the package's pages are measured against."""

    name = "benchmarks.render"
    label = "bench_render"
    default_auto_field = "django.db.models.BigAutoField"
