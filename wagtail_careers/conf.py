"""The package's optional settings, each with its default, read at call time.

None is required: a site that sets nothing gets the defaults documented in README.md.
"""

from decimal import Decimal

from django.conf import settings

from .facts import ALL_OCCUPATIONS_GROWTH


def base_template() -> str:
    """The template the package's pages extend (``WAGTAIL_CAREERS_BASE_TEMPLATE``)."""
    return getattr(settings, "WAGTAIL_CAREERS_BASE_TEMPLATE", "base.html")


def all_occupations_growth() -> dict[tuple[int, int], Decimal]:
    """BLS's all-occupations growth per projection period, with the site's additions.

    ``WAGTAIL_CAREERS_ALL_OCCUPATIONS_GROWTH`` maps ``(start, end)`` years to a percent, e.g.
    ``{(2024, 2034): 3.1}``; entries replace the built-in ones for the same period.
    """
    extra = getattr(settings, "WAGTAIL_CAREERS_ALL_OCCUPATIONS_GROWTH", {})
    return {
        **ALL_OCCUPATIONS_GROWTH,
        **{(int(s), int(e)): Decimal(str(v)) for (s, e), v in extra.items()},
    }
