"""What a career index's cards show, made once, in Python, for a page of careers.

Each card's texts (its URL, its figures with their labels, its checkbox's label) are made
here in one pass over the page's rows: the careers' listing columns
(``listing.facts_from_columns()``), read as values, not as pages. So
``includes/career_card.html`` is a few plain lookups. Through Django's templates (a card's
``{% blocktranslate %}`` labels, the figures' filters, a tag for the period, ``{% pageurl %}``)
and page objects, a card took about 0.4 ms of CPU, 24 cards more than the whole plain page the
listing is measured against (benchmarks/render/run.py, "career index of 1,000").
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext as _
from wagtail import coreutils

from . import conf, listing, page_urls
from .facts import EDUCATION_LABELS
from .formatting import Formatter, format_period

#: The values of a career a card needs: ``career_cards()``'s rows hold these.
ROW_FIELDS = ("pk", "title", "url_path", "summary", *listing.COLUMNS)


@dataclass(frozen=True)
class CardFigure:
    label: str
    value: str


@dataclass(frozen=True)
class CareerCard:
    """One card; a figure is None where the career has none."""

    id: int
    title: str
    url: str
    summary: str
    pay: CardFigure | None
    outlook: CardFigure | None
    education: CardFigure | None
    #: The "Compare" checkbox's accessible name: "Compare Dental Hygienist".
    compare_label: str
    #: Checked when the listing comes back with why the chosen careers could not be compared.
    checked: bool

    @property
    def has_figures(self) -> bool:
        return bool(self.pay or self.outlook or self.education)


def career_url(index_url: str, index_url_path: str, url_path: str) -> str:
    """The URL of the career at ``url_path``, below the index served at ``index_url``: the
    index's URL (Wagtail's, with the site and language it is served in) and the rest of the
    career's path, rather than Wagtail's ``get_url()`` matching the site root paths and
    reversing its route again for each career."""
    url = page_urls.below(index_url, url_path[len(index_url_path) :])
    # Wagtail's value of the setting, looked up when called, as its page URLs follow it.
    return url if coreutils.WAGTAIL_APPEND_SLASH else url.rstrip("/")


def career_cards(
    rows: Iterable[Mapping], *, index_url: str, index_url_path: str, chosen_ids=frozenset()
) -> list[CareerCard]:
    """The cards of ``rows`` (each a career's ``ROW_FIELDS``), in their order.

    The labels shared by the cards (a year's "Median pay (2024)", an education level) are
    translated once for the page, not once per card, and the figures are formatted with
    the formats of the page's language looked up once.
    """
    averages = conf.all_occupations_growth()
    fmt = Formatter()
    compare = _("Compare %(title)s")
    education_heading = _("Typical entry-level education")
    pay_heading = cache(lambda year: _("Median pay (%(year)s)") % {"year": year})
    outlook_heading = cache(
        lambda start, end: _("Job outlook (%(years)s)") % {"years": format_period(start, end)}
    )
    education_label = cache(lambda code: str(EDUCATION_LABELS.get(code, "")))
    cards = []
    for row in rows:
        facts = listing.facts_from_columns(
            title=row["title"], summary=row["summary"], columns=row, averages=averages
        )
        pay = outlook = education = None
        if facts.salary:
            pay = CardFigure(
                pay_heading(facts.salary.year),
                fmt.money(facts.salary.median_annual, facts.salary.currency),
            )
        if facts.outlook:
            growth = fmt.percent(facts.outlook.growth_percent)
            label = facts.outlook.label
            outlook = CardFigure(
                outlook_heading(facts.outlook.period_start, facts.outlook.period_end),
                growth if label is None else f"{growth} ({label})",
            )
        if facts.education:
            label = education_label(facts.education.typical_entry_education)
            education = CardFigure(education_heading, label)
        cards.append(
            CareerCard(
                id=row["pk"],
                title=row["title"],
                url=career_url(index_url, index_url_path, row["url_path"]),
                summary=row["summary"],
                pay=pay,
                outlook=outlook,
                education=education,
                compare_label=compare % {"title": row["title"]},
                checked=row["pk"] in chosen_ids,
            )
        )
    return cards
