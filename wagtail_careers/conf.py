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


def page_cache_seconds() -> int:
    """``max-age`` of the ``Cache-Control: public`` sent with career and comparison pages to
    anonymous visitors (``WAGTAIL_CAREERS_CACHE_SECONDS``); 0, the default, sends none."""
    return int(getattr(settings, "WAGTAIL_CAREERS_CACHE_SECONDS", 0) or 0)


# Lead capture (see docs/leads.md). Each reads its Django setting at call time.


def lead_min_seconds() -> int:
    """Leads sent sooner than this after the form was shown are flagged for review."""
    return int(getattr(settings, "WAGTAIL_CAREERS_LEAD_MIN_SECONDS", 3))


def lead_max_age() -> int:
    """Seconds a rendered form stays valid; older forms are shown again to be re-sent."""
    return int(getattr(settings, "WAGTAIL_CAREERS_LEAD_MAX_AGE", 2 * 24 * 60 * 60))


def rate_limit_window() -> int:
    """Length in seconds of the fixed window the per-visitor post limit counts in."""
    return int(getattr(settings, "WAGTAIL_CAREERS_RATE_LIMIT_WINDOW", 10 * 60))


def rate_limit_cache() -> str:
    """The alias of the Django cache holding the rate-limit counters."""
    return getattr(settings, "WAGTAIL_CAREERS_RATE_LIMIT_CACHE", "default")


def trusted_proxy_header() -> str | None:
    """The ``request.META`` key (e.g. ``HTTP_X_FORWARDED_FOR``) set by the site's proxies.

    ``None`` (the default): the visitor's address is ``REMOTE_ADDR``, which nobody can spoof.
    """
    return getattr(settings, "WAGTAIL_CAREERS_TRUSTED_PROXY_HEADER", None)


def trusted_proxy_count() -> int:
    """How many proxies the site runs behind, each appending to the trusted header."""
    return max(1, int(getattr(settings, "WAGTAIL_CAREERS_TRUSTED_PROXY_COUNT", 1)))


def lead_dedupe_window() -> int:
    """Seconds during which a re-post of the same email to the same page updates its lead."""
    return int(getattr(settings, "WAGTAIL_CAREERS_LEAD_DEDUPE_WINDOW", 10 * 60))


def delivery_max_attempts() -> int:
    """Attempts after which a delivery is no longer retried (it stays listed as failed)."""
    return int(getattr(settings, "WAGTAIL_CAREERS_DELIVERY_MAX_ATTEMPTS", 10))


def delivery_retry_delay() -> int:
    """Seconds before the first retry; each further retry waits twice as long (max 1 day)."""
    return int(getattr(settings, "WAGTAIL_CAREERS_DELIVERY_RETRY_DELAY", 60))


def delivery_task_window() -> int:
    """Seconds a new delivery is left to its task before ``careers_retry_deliveries`` sends it.

    Longer than a task takes to send (a slow mail server included), so the two never send the
    same delivery at once; short enough that a lost task is made up for soon.
    """
    return int(getattr(settings, "WAGTAIL_CAREERS_DELIVERY_TASK_WINDOW", 10 * 60))


def webhook_timeout() -> float:
    """Seconds to wait for the webhook endpoint before counting the attempt as failed."""
    return float(getattr(settings, "WAGTAIL_CAREERS_WEBHOOK_TIMEOUT", 10))
