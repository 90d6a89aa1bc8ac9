"""``CareerIndexPage``: the careers below it, filtered and sorted by the visitor, and the
visitor's own comparison of the ones they tick.

The listing filters and sorts on ``CareerPage``'s listing columns and draws each card from
them (``career_cards``), so it takes the same queries for ten careers as for a
thousand. ``compare/?careers=ID&careers=ID…`` shows two to four of them as a
``ComparisonPage`` would (``ComparisonPage.comparison_context()``, same template), with the
lead form; a lead sent from it records this page and the careers compared.
"""

from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from . import conf, page_urls
from .career_cards import ROW_FIELDS, career_cards
from .career_filters import CareerFilterForm, filter_careers
from .career_page import CareerPage
from .comparison import selection_error
from .comparison_page import ComparisonPage, all_dimensions
from .i18n import PageLanguageMixin
from .leads import tokens
from .leads.mixins import LeadCaptureMixin, private

PAGE_SIZE = 24
#: Page ids are at most this: a longer number names no page (and overflows the database).
MAX_ID = 2**63 - 1


def page_id(value: str) -> int | None:
    """The page id ``value`` (a GET parameter) holds, or None if it holds none."""
    value = value.strip()
    if not (value.isascii() and value.isdigit()) or int(value) > MAX_ID:
        return None
    return int(value)


class CareerIndexPage(PageLanguageMixin, LeadCaptureMixin, Page):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences above the list of careers."),
    )

    # The form is shown beside visitors' comparisons (``lead_form_shown()``).
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        *LeadCaptureMixin.lead_form_panels,
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    template = "wagtail_careers/career_index_page.html"
    visitor_comparison_template = "wagtail_careers/visitor_comparison.html"

    #: The careers of the visitor's comparison being served, in their order; None on the listing.
    compared_careers = None

    class Meta:
        verbose_name = _("career index page")
        verbose_name_plural = _("career index pages")

    def careers(self):
        """The live career pages below this one, as Wagtail search looks through them
        (``search_ids()``), without their bodies."""
        return CareerPage.objects.live().descendant_of(self).defer("body")

    def listed_pages(self) -> models.QuerySet:
        """The same careers as rows of Wagtail's page table: what the listing counts, filters
        and sorts (``filter_careers()``), joining ``CareerPage``'s table only for a filter or
        sort on its columns; then it reads the 24 careers of the page shown. On SQLite that
        join, over the rows of 1,000 careers that each hold a body, took about 1 ms of CPU per
        query, for the count and again for the page (benchmarks/render/run.py, "career index
        of 1,000")."""
        return Page.objects.live().descendant_of(self).type(CareerPage)

    def search_ids(self, text: str) -> list[int]:
        """The ids of the careers that Wagtail search finds for ``text`` (any backend)."""
        return [page.pk for page in self.careers().order_by().search(text, operator="and")]

    @classmethod
    def pages_showing_careers(cls, careers) -> models.QuerySet:
        """The live career indexes above any of ``careers`` (one query): they list them.

        Registered for ``purging.PAGES_SHOWING_CAREERS_HOOK``, so a frontend cache drops
        an index's first page when a career below it changes; filtered and later pages,
        and visitors' comparisons, are left to expire.
        """
        ancestor_paths = {
            career.path[:end]
            for career in careers
            for end in range(cls.steplen, len(career.path), cls.steplen)
        }
        return Page.objects.live().type(cls).filter(path__in=ancestor_paths).order_by()

    # The listing ------------------------------------------------------------------------

    def listing_context(self, request) -> dict:
        form = CareerFilterForm(request.GET)
        listed = filter_careers(self.listed_pages(), form.values, search=self.search_ids)
        paginator = Paginator(listed.values_list("pk", flat=True), PAGE_SIZE)
        asked = request.GET.get("page", "1")
        number, page_error = page_id(asked), ""
        if number is None or not 1 <= number <= max(paginator.num_pages, 1):
            page_error = _("There is no page “%(page)s”: here is the first page.") % {
                "page": asked[:20]
            }
            number = 1
        careers_page = paginator.page(number)  # of ids
        ids = list(careers_page)
        rows = {
            row["pk"]: row for row in CareerPage.objects.filter(pk__in=ids).values(*ROW_FIELDS)
        }
        index_url = self.get_url(request)
        # Still checked when the listing comes back with why they could not be compared.
        chosen_ids = set(map(page_id, request.GET.getlist("careers")))
        query = request.GET.copy()
        query.pop("page", None)
        query.pop("careers", None)
        return {
            "filter_form": form,
            # Editors' comparisons published below this page, linked above the cards: their
            # titles and URLs, from the page table alone, reading only the columns a link
            # needs (``{% pageurl %}`` reads the URL path): compiling and converting all of
            # the page table's columns took the ORM several times the query's own time.
            "comparisons": Page.objects.live()
            .descendant_of(self)
            .type(ComparisonPage)
            .only("title", "path", "url_path")
            .order_by("path"),
            "careers_page": careers_page,
            "cards": career_cards(
                (rows[pk] for pk in ids if pk in rows),
                index_url=index_url,
                index_url_path=self.url_path,
                chosen_ids=chosen_ids,
            ),
            "page_error": page_error,
            "filter_query": query.urlencode(),
            "compare_message": "",
            "compare_url": page_urls.below(index_url, self.reverse_subpage("compare")),
        }

    # The visitor's comparison -----------------------------------------------------------

    def chosen_careers(self, values: list[str]) -> tuple[list[CareerPage] | None, str]:
        """The live careers below this page that ``values`` (the ``careers`` ids) name, in order,
        or ``None`` and why they cannot be compared."""
        ids = [page_id(value) for value in values]
        if None in ids:
            return None, _("Choose careers from the list to compare them.")
        error = selection_error(ids)
        if error:
            return None, error
        found = CareerPage.objects.live().descendant_of(self).in_bulk(ids)
        if len(found) != len(ids):
            return None, _(
                "Some of the careers you chose are no longer published here. Choose "
                "again from the list."
            )
        return [found[career_id] for career_id in ids], ""

    def visitor_comparison(self) -> ComparisonPage:
        """The comparison of ``compared_careers`` as an unsaved ``ComparisonPage`` showing
        every row, so it computes and renders what an editor's comparison would."""
        page = ComparisonPage(locale_id=self.locale_id, dimensions=all_dimensions())
        page.careers = self.compared_careers  # what its cached property would have read
        page.title = _("Compare: %(careers)s") % {"careers": page.comparison.names}
        return page

    @cached_property
    def editors_comparison(self) -> ComparisonPage | None:
        """An editor's live comparison, in this page's language, of exactly the compared
        careers (in any order): the canonical page of the visitor's comparison."""
        keys = {career.translation_key for career in self.compared_careers}
        candidates = ComparisonPage.objects.live().filter(
            locale_id=self.locale_id, career_links__career__translation_key__in=keys
        )
        for comparison in candidates.distinct().prefetch_related("career_links__career"):
            linked = {link.career.translation_key for link in comparison.career_links.all()}
            if linked == keys:
                return comparison
        return None

    def lead_form_shown(self) -> bool:
        """Beside a visitor's comparison only: the listing is for choosing (and lighter)."""
        return self.show_lead_form and self.compared_careers is not None

    def get_lead_careers(self):
        """A lead sent from a visitor's comparison names one of its careers, or none yet."""
        return self.compared_careers or []

    def get_lead_compared_careers(self):
        return self.compared_careers or []

    # Serving ----------------------------------------------------------------------------

    def get_template(self, request, *args, **kwargs):
        if self.compared_careers is not None:
            return self.visitor_comparison_template
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = conf.base_template()
        if self.compared_careers is None:
            context.update(self.listing_context(request))
            return context
        comparison_page = self.visitor_comparison()
        canonical = self.editors_comparison
        context.update(comparison_page.comparison_context(request))
        context.update(
            comparison_page=comparison_page,
            canonical_url=canonical.get_full_url(request) if canonical else "",
            lead_form_action=request.get_full_path(),
            index_url=self.get_url(request),
        )
        return context

    @path("compare/", name="compare")
    def compare_route(self, request):
        """The visitor's comparison; any bad choice: the listing again, with why."""
        careers, error = self.chosen_careers(request.GET.getlist("careers"))
        if careers is None:
            response = self.render(request, context_overrides={"compare_message": error})
            response.status_code = 400
            return response
        self.compared_careers = careers
        if request.method == "POST" and self.lead_form_shown():
            return private(self.serve_lead_post(request))
        # One visitor's choice, answered to them alone: the form holds their tokens, so it
        # works without JavaScript and needs no uncached route of its own.
        overrides = {"lead_form_tokens": tokens.issue(request, self.pk)}
        return private(self.render(request, context_overrides=overrides))
