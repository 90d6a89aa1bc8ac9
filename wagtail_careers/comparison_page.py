"""``ComparisonPage``: two to four career pages side by side, with the differences in words.

Editors choose the careers (``ComparisonCareer`` rows) and write their own sections; every
figure is read live from the career pages, so editing a career updates each comparison that
includes it. The comparison itself is computed by the pure ``comparison`` module.
"""

from dataclasses import replace

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from . import conf, jsonld
from .blocks import CallToActionBlock, normalise_stream
from .career_page import CareerPage
from .comparison import DIMENSION_CODES, MAX_CAREERS, compare, selection_error
from .comparison_forms import ComparisonPageForm
from .comparison_panels import CareerPickerPanel
from .i18n import PageLanguageMixin, i18n_enabled, page_language, untranslated_note
from .leads.mixins import LeadCaptureMixin


def all_dimensions() -> list[str]:
    """The default for a new comparison: every row shown."""
    return list(DIMENSION_CODES)


class ChecklistBlock(blocks.StructBlock):
    """A heading and a list of questions or steps, e.g. "Before you decide"."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=255,
        help_text=_('Example: "Before you decide".'),
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Item"), max_length=500),
        label=_("Items"),
        min_num=1,
        help_text=_(
            'One question or step in each field. Example: "Do you enjoy working with '
            'patients, or with records?"'
        ),
    )

    class Meta:
        label = _("Checklist")
        icon = "tasks"
        template = "wagtail_careers/blocks/checklist.html"


class ComparisonBodyBlock(blocks.StreamBlock):
    """The editor's own sections around the computed comparison."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), icon="pilcrow", template="wagtail_careers/blocks/paragraph.html"
    )
    checklist = ChecklistBlock()
    call_to_action = CallToActionBlock()


class ComparisonCareer(Orderable):
    """One career in a comparison, in the order the editor chose."""

    page = ParentalKey(
        "wagtail_careers.ComparisonPage", on_delete=models.CASCADE, related_name="career_links"
    )
    career = models.ForeignKey(
        CareerPage,
        on_delete=models.CASCADE,
        related_name="comparison_links",
        verbose_name=_("career"),
        help_text=_("A career page of this site."),
    )

    panels = [FieldPanel("career")]

    class Meta(Orderable.Meta):
        verbose_name = _("compared career")
        verbose_name_plural = _("compared careers")


class ComparisonPage(PageLanguageMixin, LeadCaptureMixin, Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A paragraph on why a student would weigh these careers against each other."),
    )
    dimensions = models.JSONField(
        _("rows to show"),
        default=all_dimensions,
        blank=True,
        help_text=_("The facts the comparison table shows, and the differences it states."),
    )
    body = StreamField(
        ComparisonBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_('Your own sections after the comparison: "Before you decide", a conclusion.'),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        CareerPickerPanel(
            "career_links",
            heading=_("Careers"),
            label=_("Career"),
            max_num=MAX_CAREERS,
            help_text=_(
                "Check two to four career pages below, in the order their columns should "
                "appear; the arrows or dragging reorder them. Their figures are read from "
                "those pages, so they stay up to date."
            ),
        ),
        FieldPanel("dimensions"),
        FieldPanel("body"),
        *LeadCaptureMixin.lead_form_panels,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    base_form_class = ComparisonPageForm
    template = "wagtail_careers/comparison_page.html"

    class Meta:
        verbose_name = _("comparison page")
        verbose_name_plural = _("comparison pages")

    def save(self, *args, clean=True, **kwargs):
        """Refuse to save a live comparison without 2 to 4 distinct careers; drafts may be."""
        if clean and self.live:
            self.validate_careers()
        normalise_stream(self.body)
        return super().save(*args, clean=clean, **kwargs)

    def validate_careers(self):
        """Raises ``ValidationError`` unless the chosen careers can be published.

        Reads the career links in memory, as the admin form or a revision left them, not
        only those already saved.
        """
        error = selection_error([link.career_id for link in self.career_links.all()])
        if error:
            raise ValidationError({"career_links": error})

    @cached_property
    def careers(self) -> list[CareerPage]:
        """The chosen careers that are live, in the editor's order and this page's language.

        A translated comparison keeps the links of the page it was translated from, so each
        career is shown in its live translation into this page's language, or as it is
        (``untranslated_careers``) while it has none. One query, however many careers (two
        for a translated comparison).
        """
        # No ORDER BY: the editor's order is applied below (composing one cost the ORM a
        # fifth of the query's time, measured on the render benchmark's site).
        careers = CareerPage.objects.live().order_by()
        if i18n_enabled():  # each career's facts say its language: read its locale with it
            careers = careers.select_related("locale")
        links = self.career_links.all()
        if isinstance(links, models.QuerySet):  # as saved: the careers with their positions
            rows = careers.filter(comparison_links__page=self).annotate(
                position=F("comparison_links__sort_order"), link=F("comparison_links__id")
            )
            pages = {}
            # Links made in code have no sort order: they are in the order they were saved.
            for page in sorted(rows, key=lambda row: (row.position or 0, row.link)):
                pages.setdefault(page.pk, page)  # once each, even if chosen twice
            chosen = list(pages.values())
        else:  # in memory, as a preview, a revision or the admin's form has them
            ids = [link.career_id for link in links]
            pages = careers.in_bulk(ids)
            chosen = [pages[career_id] for career_id in dict.fromkeys(ids) if career_id in pages]
        if not i18n_enabled() or all(page.locale_id == self.locale_id for page in chosen):
            return chosen
        translations = {
            page.translation_key: page
            for page in CareerPage.objects.live()
            .order_by()
            .select_related("locale")
            .filter(
                locale_id=self.locale_id, translation_key__in=[c.translation_key for c in chosen]
            )
        }
        return [translations.get(page.translation_key, page) for page in chosen]

    @property
    def untranslated_careers(self) -> list[CareerPage]:
        """The careers shown in another language than this page's, for lack of a translation."""
        return [career for career in self.careers if career.locale_id != self.locale_id]

    @classmethod
    def pages_showing_careers(cls, careers) -> models.QuerySet:
        """The live comparisons that include any of ``careers``, as plain pages (one query).

        Registered for ``purging.PAGES_SHOWING_CAREERS_HOOK``: they are purged with a career.
        A comparison in any language counts: translated ones link the source career and show
        its translation, or the source career itself while there is none.
        """
        keys = [career.translation_key for career in careers]
        links = ComparisonCareer.objects.filter(career__translation_key__in=keys).values("page_id")
        return Page.objects.live().filter(pk__in=links).order_by()

    def get_lead_careers(self):
        """A lead sent from a comparison names one of the compared careers, or none yet."""
        return self.careers

    #: Set by ``get_comparison()``: computed once per page object.
    _comparison = None

    @property
    def comparison(self):
        return self.get_comparison()

    def get_comparison(self, request=None):
        """The comparison of the careers, computed on the first call (``request``: see
        ``CareerPage.get_facts()``)."""
        if self._comparison is None:
            facts = [career.get_facts(request) for career in self.careers]
            comparison = compare(facts, self.dimensions or None)
            untranslated = self.untranslated_careers if i18n_enabled() else []
            if untranslated:
                note = untranslated_note([career.get_facts(request) for career in untranslated])
                comparison = replace(comparison, notes=(*comparison.notes, note))
            self._comparison = comparison
        return self._comparison

    def comparison_context(self, request=None) -> dict:
        """What the template shows of the comparison itself; a ``CareerIndexPage`` renders
        a visitor's comparison with it too (an unsaved ``ComparisonPage``). ``request``: see
        ``get_comparison()``."""
        comparison = self.get_comparison(request)
        return {
            "comparison": comparison,
            "jsonld": jsonld.script_json(
                jsonld.item_list(
                    list(comparison.careers), name=self.title, language=page_language(self)
                )
            ),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = conf.base_template()
        context.update(self.comparison_context(request))
        return context
