"""The "Settings > Careers" form: the webhook secret is write-only.

A secret shown back in the page can be read over a shoulder, from the browser's cache or by
anyone who may edit the settings; staff only ever need to replace it. The input is always
empty; left empty, the saved secret stays.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class CareersSettingsForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("webhook_secret")
        if field is not None:
            field.widget = forms.PasswordInput(render_value=False)
            if self.instance.webhook_secret:
                field.help_text = _(
                    "A secret is saved; it is never shown. Leave this empty to keep it, or "
                    "enter a new one to replace it."
                )

    def clean_webhook_secret(self):
        return self.cleaned_data.get("webhook_secret", "").strip() or self.instance.webhook_secret
