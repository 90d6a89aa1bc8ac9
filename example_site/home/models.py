"""The example site's own page: a school's home page.

It shows how a real site hosts wagtail-careers' pages; it is not part of the package. The
home page lists the career indexes (``wagtail_careers``' ``CareerIndexPage``) under it, each
with its career pages and, separately, its other pages (such as comparisons), so a page an
editor publishes under a section appears there without any link to maintain. The careers
section was the site's own ``CareersIndexPage`` until migration 0004 made it a
``CareerIndexPage``.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from wagtail_careers.models import CareerIndexPage, CareerPage


class HomePage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences welcoming visitors, shown above the list of careers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")

    @cached_property
    def careers_sections(self) -> list[dict]:
        """The live career indexes directly under the home page, in menu order, each with
        its live ``careers`` (cards) and ``other`` pages below it (such as comparisons)."""
        sections = []
        for section in CareerIndexPage.objects.child_of(self).live():
            children = list(section.get_children().live().specific())
            sections.append(
                {
                    "page": section,
                    "careers": [page for page in children if isinstance(page, CareerPage)],
                    "other": [page for page in children if not isinstance(page, CareerPage)],
                }
            )
        return sections
