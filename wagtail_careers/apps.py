from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailCareersAppConfig(AppConfig):
    name = "wagtail_careers"
    label = "wagtail_careers"
    verbose_name = _("Careers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .purging import register_signal_handlers

        register_signal_handlers()
