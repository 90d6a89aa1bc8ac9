"""The example site's own pages: a school's home page and a careers section.

These show how a real site hosts wagtail-careers' pages; they are not part of the package.
The home page lists the careers sections under it, and each section lists its career pages
and, separately, its other pages (such as comparisons), so a page an editor publishes under
a section appears on both without any link to maintain.
"""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from wagtail_careers.models import CareerPage


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
    def careers_sections(self):
        """The live careers sections directly under the home page, in menu order."""
        return CareersIndexPage.objects.child_of(self).live()


class CareersIndexPage(Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences above the list of careers."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("careers index page")

    @cached_property
    def listing(self) -> dict[str, list[Page]]:
        """The section's live pages: ``careers`` (CareerPage) and ``other`` (all the rest)."""
        children = list(self.get_children().live().specific())
        return {
            "careers": [page for page in children if isinstance(page, CareerPage)],
            "other": [page for page in children if not isinstance(page, CareerPage)],
        }
