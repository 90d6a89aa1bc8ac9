"""``CareerPage``: one occupation, its facts in structured blocks."""

from dataclasses import asdict
from datetime import datetime
from decimal import Decimal
from operator import attrgetter

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import conf, jsonld, listing, page_urls
from .blocks import CareerBodyBlock, normalise_stream, stored_values
from .career_forms import CareerPageForm
from .facts import FACT_BUILDERS, CareerFacts, build_career_facts
from .i18n import PageLanguageMixin, i18n_enabled, page_language
from .leads.mixins import LeadCaptureMixin
from .translation import synchronised_fields
from .validators import validate_soc_code


def _json_ready(value):
    """Decimals as strings (exact, as DRF renders them); tuples as lists; times in ISO 8601."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _json_ready(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_ready(item) for item in value]
    return value


def _listing_column(field_class, label, **options):
    """A figure of the body kept in a column for the career index to filter and sort on:
    empty where the body has none, and never edited, since every save copies it anew."""
    return field_class(label, null=True, editable=False, **options)


class CareerPage(PageLanguageMixin, LeadCaptureMixin, Page):
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_(
            "Two or three sentences on what the job is, shown under the title, in search "
            "results and to search engines."
        ),
    )
    soc_code = models.CharField(
        _("SOC code"),
        max_length=10,
        blank=True,
        db_index=True,
        validators=[validate_soc_code],
        help_text=_(
            "The occupation's Standard Occupational Classification code, as BLS and O*NET "
            "list it. Example: 29-2072 for medical records specialists. Figures imported "
            "from BLS files find their page by this code (see docs/import.md)."
        ),
    )
    body = StreamField(CareerBodyBlock(), blank=True, verbose_name=_("body"))

    # The figures a career index filters and sorts on, copied from the body on every save
    # (``listing.columns_from_blocks()``): not edited, never translated.
    median_annual_pay = _listing_column(
        models.DecimalField, _("median annual pay"), max_digits=12, decimal_places=2, db_index=True
    )
    pay_currency = models.CharField(_("pay currency"), max_length=3, blank=True, editable=False)
    pay_year = _listing_column(models.PositiveSmallIntegerField, _("pay year"))
    growth_percent = _listing_column(
        models.DecimalField,
        _("projected growth (%)"),
        max_digits=6,
        decimal_places=1,
        db_index=True,
    )
    growth_period_start = _listing_column(models.PositiveSmallIntegerField, _("projection start"))
    growth_period_end = _listing_column(models.PositiveSmallIntegerField, _("projection end"))
    growth_average_percent = _listing_column(
        models.DecimalField, _("all occupations' growth (%)"), max_digits=6, decimal_places=1
    )
    entry_education_rank = _listing_column(
        models.PositiveSmallIntegerField, _("entry education rank"), db_index=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("soc_code"),
        FieldPanel("body"),
        *LeadCaptureMixin.lead_form_panels,
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("soc_code"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("soc_code"),
        APIField("career_facts"),
    ]

    # wagtail-localize: the SOC code is the occupation's, in every language.
    override_translatable_fields = synchronised_fields("soc_code")

    base_form_class = CareerPageForm
    template = "wagtail_careers/career_page.html"

    class Meta:
        verbose_name = _("career page")
        verbose_name_plural = _("career pages")

    def save(self, *args, update_fields=None, **kwargs):
        """Save, with the listing columns read from the body being saved.

        Every way a page reaches the database goes through here: the admin, publishing a
        revision, ``import_careers``, scripts. A save of a few fields (``save_revision()``
        writes only the revision's bookkeeping) leaves the columns alone unless the body is
        among them, so they always describe the body in the table: the live one.
        """
        normalise_stream(self.body)
        self.update_listing_columns()
        if update_fields is not None and "body" in update_fields:
            update_fields = [*update_fields, *listing.COLUMNS]
        return super().save(*args, update_fields=update_fields, **kwargs)

    def update_listing_columns(self):
        columns = listing.columns_from_blocks(stored_values(self.body, FACT_BUILDERS))
        for name, value in columns.items():
            setattr(self, name, value)

    #: Set by ``get_facts()``: the facts are built once per page object.
    _facts = None

    @property
    def facts(self) -> CareerFacts:
        """The page's structured facts, read from its body (no query)."""
        return self.get_facts()

    def get_facts(self, request=None) -> CareerFacts:
        """``facts``, built on the first call. With the ``request`` being served, the page's
        URL comes from the site root paths Wagtail keeps on it, not from a cache read for
        each career (a Redis round trip on the example site)."""
        if self._facts is None:
            self._facts = build_career_facts(
                title=self.title,
                summary=self.summary,
                soc_code=self.soc_code,
                url=self.get_full_url(request) or "",
                language=page_language(self),
                # Only the structured blocks: converting the others (images, page links)
                # would cost a query per page, for every career a comparison shows.
                blocks=stored_values(self.body, FACT_BUILDERS),
                averages=conf.all_occupations_growth(),
                last_reviewed=self.last_published_at,
            )
        return self._facts

    @property
    def career_facts(self) -> dict:
        """The facts as JSON-ready values, with derived ones, for Wagtail's API v2."""
        facts = self.facts
        data = _json_ready(asdict(facts))
        if facts.salary:
            data["salary"]["median_hourly"] = str(facts.salary.median_hourly)
        if facts.outlook:
            data["outlook"]["label"] = facts.outlook.label and str(facts.outlook.label)
        if facts.education:
            data["education"]["label"] = str(facts.education.label)
        return data

    def live_comparisons(self) -> list[Page]:
        """The live comparison pages that include this career, in the page tree's order.

        With Wagtail's i18n, those of this page's language that include it or the page it
        was translated from (a translated comparison keeps the source's career links).
        One query of what a link shows (the title, and the URL path ``{% pageurl %}`` reads),
        a join sorted here: composing a subquery and the database's ``ORDER BY path`` took
        the ORM longer than the query itself, for the few rows a career has.
        """
        if self.pk is None:  # previewing a page not saved yet: nothing can include it
            return []
        if i18n_enabled():
            rows = Page.objects.filter(
                live=True,
                locale_id=self.locale_id,
                comparisonpage__career_links__career__translation_key=self.translation_key,
            )
        else:
            rows = Page.objects.filter(live=True, comparisonpage__career_links__career_id=self.pk)
        rows = rows.only("title", "path", "url_path").order_by()
        by_id = {page.pk: page for page in rows}  # once each, even if listed twice
        return sorted(by_id.values(), key=attrgetter("path"))

    def compare_with(self, request=None) -> list[tuple[str, str]]:
        """Up to three careers of this page's career index sharing its SOC major group (the
        code's first two digits): the title of each and the URL of the visitor's comparison
        of the two.

        Two small queries, the second only below a career index: whether the parent is one,
        and the careers' ids and titles. The index's URL is this page's without its slug, as
        Wagtail builds a child's URL path from its parent's: fetching the index and these
        careers as page objects took longer than the rest of the career page's queries
        together (render benchmark).
        """
        if self.pk is None or not self.soc_code:
            return []
        # By the app registry: career_index_page imports this module.
        index_model = apps.get_model("wagtail_careers", "CareerIndexPage")
        parent_path = self.path[: -self.steplen]
        if not index_model.objects.filter(path=parent_path).exists():
            return []
        others = list(
            CareerPage.objects.live()
            .sibling_of(self, inclusive=False)
            .filter(soc_code__startswith=self.soc_code[:3])
            .order_by("title", "pk")
            .values_list("pk", "title")[:3]
        )
        url = self.get_url(request)
        if not others or not url:
            return []
        # Without its trailing slash where WAGTAIL_APPEND_SLASH is off.
        index_url = url.rstrip("/").removesuffix(self.slug)
        compare_url = page_urls.below(index_url, index_model.get_resolver().reverse("compare"))
        return [(title, f"{compare_url}?careers={self.pk}&careers={pk}") for pk, title in others]

    def get_lead_careers(self):
        """A lead sent from a career page is about that career."""
        return [self]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = conf.base_template()
        context["comparisons"] = self.live_comparisons()
        context["compare_with"] = self.compare_with(request)
        context["facts"] = facts = self.get_facts(request)
        context["jsonld"] = jsonld.script_json(jsonld.occupation(facts))
        return context
