"""A plain Wagtail ``AbstractEmailForm`` page: the baseline the lead form is measured against."""

from django.conf import settings
from django.db import connection, models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField


class BenchFormField(AbstractFormField):
    page = ParentalKey("BenchFormPage", on_delete=models.CASCADE, related_name="form_fields")


class BenchFormPage(AbstractEmailForm):
    template = "bench_leads/bench_form_page.html"
    landing_page_template = "bench_leads/bench_form_page_landing.html"

    def process_form_submission(self, form):
        """Wagtail's, after ``BENCH_WAGTAIL_EXTRA_QUERIES`` one-row queries, each a round trip
        to the database of its own (``run.py --wagtail-extra-queries``): what one costs."""
        for _ in range(settings.BENCH_WAGTAIL_EXTRA_QUERIES):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        return super().process_form_submission(form)
