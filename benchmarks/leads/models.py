"""A plain Wagtail ``AbstractEmailForm`` page: the baseline the lead form is measured against."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField


class BenchFormField(AbstractFormField):
    page = ParentalKey("BenchFormPage", on_delete=models.CASCADE, related_name="form_fields")


class BenchFormPage(AbstractEmailForm):
    template = "bench_leads/bench_form_page.html"
    landing_page_template = "bench_leads/bench_form_page_landing.html"
