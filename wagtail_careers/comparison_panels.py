"""The "Careers" panel of a comparison: every career page as a checkbox, the chosen in rows.

Choosing the careers is the editor's main task on a comparison, so it takes one click per
career: the panel lists the site's career pages with checkboxes (already-chosen ones
checked), and each checked career becomes a row of Wagtail's ``InlinePanel`` over
``career_links``, where the arrows or dragging set the order of the columns. The panel's
script (``comparison_editor.js``) keeps the checkboxes and rows in step, suggests the page
title from the chosen careers while the editor has not typed one, and keeps a new page from
being autosaved as a draft before the editor saves it.

Without JavaScript the rows still work as a plain inline panel.
"""

import json

from django import forms
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from wagtail.admin.panels import InlinePanel

from .career_page import CareerPage
from .comparison import MAX_CAREERS
from .comparison_forms import CareerLinkForm

#: Above this many career pages, the list gets a filter box.
FILTER_FROM = 10


class CareerPickerPanel(InlinePanel):
    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = CareerLinkForm
        return options

    class BoundPanel(InlinePanel.BoundPanel):
        template_name = "wagtail_careers/admin/career_picker_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            careers = list(
                self.career_pages().order_by("title", "pk").values_list("pk", "title", "live")
            )
            context["careers"] = [
                {
                    "id": pk,
                    "title": title,
                    "live": live,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=(pk,)),
                }
                for pk, title, live in careers
            ]
            context["show_filter"] = len(careers) > FILTER_FROM
            context["is_new_page"] = self.instance is None or self.instance.pk is None
            context["title_patterns"] = json.dumps(
                {
                    # Translators: the suggested title of a comparison of two careers.
                    "pair": gettext("%(first)s vs. %(second)s"),
                    # Translators: the suggested title of a comparison of three or four careers.
                    "several": gettext("%(careers)s compared"),
                    # Translators: joins the last career to the others, as in "A, B and C".
                    "last": gettext("%(others)s and %(last)s"),
                }
            )
            context["full_message"] = ngettext(
                "%(count)s career chosen: the most a comparison shows. Uncheck one to choose "
                "another.",
                "%(count)s careers chosen: the most a comparison shows. Uncheck one to choose "
                "another.",
                MAX_CAREERS,
            ) % {"count": MAX_CAREERS}
            return context

        def career_pages(self):
            """The career pages a comparison can compare: those in its language, no aliases."""
            pages = CareerPage.objects.filter(alias_of__isnull=True)
            if self.instance is not None and self.instance.locale_id is not None:
                pages = pages.filter(locale_id=self.instance.locale_id)
            return pages

        @property
        def media(self):
            return super().media + forms.Media(
                js=["wagtail_careers/admin/comparison_editor.js"],
                css={"all": ["wagtail_careers/admin/comparison_editor.css"]},
            )
