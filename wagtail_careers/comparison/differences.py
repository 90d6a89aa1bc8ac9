"""The key differences in words, and the notes that warn where figures are not alike.

Each builder reads the careers that have the figure (the others are left out), appends its
sentences to ``differences`` and its warnings to ``notes``. Two careers are compared as a
pair; three or four by their highest and lowest, which a reader takes in at a glance where
every pair would not. Amounts in different currencies are never subtracted, and no difference
is stated between pay of different years or growth over different projection periods: the
sentence then gives each figure with its own year or period, and says they are not directly
comparable (for a career school, an earnings comparison is a regulated claim).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..facts import CareerFacts
from ..formatting import Formatter, format_period
from .cells import ONE_DECIMAL, comparable_outlooks, names, single_currency


def _percent_of(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def _plural_count(value: Decimal) -> int:
    """An int for ``ngettext``: the value itself when whole, else a count that reads plural."""
    return int(value) if value == value.to_integral_value() else 2


def _extremes(pairs: list[tuple[CareerFacts, Decimal]]):
    """(careers at the top, top value, careers at the bottom, bottom value)."""
    top = max(value for _career, value in pairs)
    bottom = min(value for _career, value in pairs)
    highest = [career for career, value in pairs if value == top]
    lowest = [career for career, value in pairs if value == bottom]
    return highest, top, lowest, bottom


def _each_figure(careers, figure) -> str:
    """ "$48,180 for A in 2023 and $31,350 for B in 2012": each career's figure, none compared."""
    return get_text_list([figure(career) for career in careers], _("and"))


def _pay_of_its_year(career, fmt: Formatter) -> str:
    return _("%(amount)s for %(career)s in %(year)s") % {
        "amount": fmt.money(career.salary.median_annual, career.salary.currency),
        "career": career.title,
        "year": career.salary.year,
    }


def _growth_of_its_period(career, fmt: Formatter) -> str:
    outlook = career.outlook
    return _("%(growth)s for %(career)s over %(period)s") % {
        "growth": fmt.percent(outlook.growth_percent, signed=True),
        "career": career.title,
        "period": format_period(outlook.period_start, outlook.period_end),
    }


# Key differences and notes, one builder per subject ---------------------------------------


def _pay_differences(careers, differences, notes, fmt: Formatter):
    paid = [career for career in careers if career.salary]
    if len(paid) < 2:
        return
    salaries = [career.salary for career in paid]
    _note_if_mixed(
        notes,
        [s.region for s in salaries],
        _("The pay figures are for different regions (%(values)s)."),
    )
    if not single_currency(salaries):
        _note_if_mixed(
            notes,
            [s.currency for s in salaries],
            _("Pay is given in different currencies (%(values)s), so it is not compared."),
        )
        return
    if len({s.year for s in salaries}) > 1:
        differences.append(
            _(
                "Median pay was %(figures)s. Figures from different years are not directly "
                "comparable."
            )
            % {"figures": _each_figure(paid, lambda career: _pay_of_its_year(career, fmt))}
        )
        return
    currency = salaries[0].currency
    pairs = [(career, career.salary.median_annual) for career in paid]
    highest, top, lowest, bottom = _extremes(pairs)
    if top == bottom:
        differences.append(
            _("%(careers)s jobs have the same median pay: %(amount)s a year.")
            % {"careers": names(paid), "amount": fmt.money(top, currency)}
        )
        return
    values = {
        "higher": names(highest),
        "lower": names(lowest),
        "amount": fmt.money(top - bottom, currency),
        "top": fmt.money(top, currency),
        "bottom": fmt.money(bottom, currency),
    }
    if bottom > 0:
        values["percent"] = fmt.percent(_percent_of(top - bottom, bottom))
    # Whole sentences per case, so each language words them its own way.
    if len(paid) == 2 and bottom > 0:
        sentence = _(
            "%(higher)s jobs pay %(amount)s (%(percent)s) more per year at the median than "
            "%(lower)s jobs."
        )
    elif len(paid) == 2:
        sentence = _(
            "%(higher)s jobs pay %(amount)s more per year at the median than %(lower)s jobs."
        )
    elif bottom > 0:
        sentence = _(
            "Median pay is highest for %(higher)s (%(top)s) and lowest for %(lower)s "
            "(%(bottom)s): %(amount)s (%(percent)s) a year apart."
        )
    else:
        sentence = _(
            "Median pay is highest for %(higher)s (%(top)s) and lowest for %(lower)s "
            "(%(bottom)s): %(amount)s a year apart."
        )
    differences.append(sentence % values)


def _outlook_differences(careers, differences, notes, fmt: Formatter):
    projected = [career for career in careers if career.outlook]
    if len(projected) < 2:
        return
    if not comparable_outlooks(career.outlook for career in projected):
        differences.append(
            _(
                "Projected employment change is %(figures)s. Projections over different "
                "periods are not directly comparable."
            )
            % {
                "figures": _each_figure(
                    projected, lambda career: _growth_of_its_period(career, fmt)
                )
            }
        )
        return
    pairs = [(career, career.outlook.growth_percent) for career in projected]
    highest, top, lowest, bottom = _extremes(pairs)
    if top == bottom:
        differences.append(
            _("%(careers)s jobs are projected to change at the same rate (%(growth)s).")
            % {"careers": names(projected), "growth": fmt.percent(top)}
        )
        return
    gap = top - bottom
    values = {"points": fmt.number(gap), "top": fmt.percent(top), "bottom": fmt.percent(bottom)}
    count = _plural_count(gap)
    # Whole sentences, the number deciding their form ("1 percentage point", "14 ...").
    if len(projected) == 2:
        (faster,), (slower,) = highest, lowest
        values.update(
            faster=faster.title,
            slower=slower.title,
            figures=_growth_figures(faster.outlook, slower.outlook, fmt),
        )
        if top < 0:
            sentence = ngettext(
                "%(faster)s jobs are projected to decline %(points)s percentage point less "
                "than %(slower)s jobs (%(figures)s).",
                "%(faster)s jobs are projected to decline %(points)s percentage points less "
                "than %(slower)s jobs (%(figures)s).",
                count,
            )
        else:
            sentence = ngettext(
                "%(faster)s jobs are projected to grow %(points)s percentage point faster "
                "than %(slower)s jobs (%(figures)s).",
                "%(faster)s jobs are projected to grow %(points)s percentage points faster "
                "than %(slower)s jobs (%(figures)s).",
                count,
            )
        differences.append(sentence % values)
        return
    values.update(fastest=names(highest), slowest=names(lowest))
    differences.append(
        ngettext(
            "Projected growth is fastest for %(fastest)s (%(top)s) and slowest for "
            "%(slowest)s (%(bottom)s): %(points)s percentage point apart.",
            "Projected growth is fastest for %(fastest)s (%(top)s) and slowest for "
            "%(slowest)s (%(bottom)s): %(points)s percentage points apart.",
            count,
        )
        % values
    )


def _growth_figures(first, second, fmt: Formatter) -> str:
    """ "36% vs. 22%, 2012–2022": two figures of one projection period."""
    return _("%(first)s vs. %(second)s, %(period)s") % {
        "first": fmt.percent(first.growth_percent),
        "second": fmt.percent(second.growth_percent),
        "period": format_period(first.period_start, first.period_end),
    }


def _education_differences(careers, differences, notes, _fmt):
    ranked = [
        (career, career.education.rank)
        for career in careers
        if career.education and career.education.rank is not None
    ]
    if len(ranked) < 2:
        return
    highest, top, lowest, bottom = _extremes(ranked)
    if top == bottom:
        differences.append(
            _("%(careers)s jobs typically need the same education: %(level)s.")
            % {"careers": names(c for c, _rank in ranked), "level": _level(highest[0])}
        )
        return
    if len(ranked) == 2:
        sentence = _(
            "%(more)s jobs typically need more education (%(more_level)s) than %(less)s jobs "
            "(%(less_level)s)."
        )
    else:
        sentence = _(
            "%(more)s jobs typically need the most education (%(more_level)s), %(less)s "
            "jobs the least (%(less_level)s)."
        )
    differences.append(
        sentence
        % {
            "more": names(highest),
            "less": names(lowest),
            "more_level": _level(highest[0]),
            "less_level": _level(lowest[0]),
        }
    )


def _level(career: CareerFacts) -> str:
    return str(career.education.label)


def _formal_education_differences(careers, differences, notes, _fmt):
    """Between careers whose pages say yes or no: "Not stated" claims nothing."""
    educated = [career for career in careers if career.education]
    required = [c for c in educated if c.education.formal_education_required is True]
    not_required = [c for c in educated if c.education.formal_education_required is False]
    if required and not_required:
        differences.append(
            _("Formal education is required for %(required)s jobs but not for %(others)s jobs.")
            % {"required": names(required), "others": names(not_required)}
        )


def _certification_differences(careers, differences, notes, _fmt):
    """The certifications only one career lists, among careers that list any."""
    certified = [career for career in careers if career.certifications]
    if len(certified) < 2:
        return
    for career in certified:
        others = {
            _certification_key(cert)
            for other in certified
            if other is not career
            for cert in other.certifications
        }
        only = [
            c.display_name for c in career.certifications if _certification_key(c) not in others
        ]
        if only:
            differences.append(
                _("Of these careers, only %(career)s lists %(certifications)s.")
                % {
                    "career": career.title,
                    "certifications": get_text_list(only, _("and")),
                }
            )


def _certification_key(certification) -> str:
    """Two entries are the same certification when their abbreviation (or name) matches."""
    return (certification.abbreviation or certification.name).strip().casefold()


def _note_if_mixed(notes: list, values: list[str], message: str) -> None:
    distinct = list(dict.fromkeys(values))
    if len(distinct) > 1:
        notes.append(message % {"values": ", ".join(distinct)})


def too_few_note(count: int) -> str:
    if count == 0:
        return _("None of the careers in this comparison is published at the moment.")
    return _(
        "Only one of the careers in this comparison is published at the moment, so there is "
        "nothing to compare it with."
    )


#: Which differences to state, each with the rows it is about (stated when one is shown).
#: Each builder takes the careers, the lists to append to and the page's ``Formatter``.
DIFFERENCE_BUILDERS = (
    ({"median_pay", "pay_range", "hourly_pay"}, _pay_differences),
    ({"outlook"}, _outlook_differences),
    ({"education"}, _education_differences),
    ({"formal_education"}, _formal_education_differences),
    ({"certifications"}, _certification_differences),
)
