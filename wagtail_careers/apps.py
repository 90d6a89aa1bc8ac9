from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailCareersAppConfig(AppConfig):
    name = "wagtail_careers"
    label = "wagtail_careers"
    verbose_name = _("Careers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks
        from wagtail.signals import page_published

        from .leads.checks import check_lead_destinations
        from .models import CareerPage, ComparisonPage
        from .purging import register_signal_handlers
        from .translation import sync_on_publish

        checks.register(check_lead_destinations)
        register_signal_handlers()
        for model in (CareerPage, ComparisonPage):
            page_published.connect(sync_on_publish, sender=model)
