"""URLs below a page's: its routes (``RoutablePageMixin``), and pages below it.

With ``WAGTAIL_APPEND_SLASH = False`` Wagtail gives a page's URL without its trailing slash
(``/careers/medical-coding``), so a route's path (``request-information/``) appended to it
would make ``/careers/medical-codingrequest-information/``. ``below()`` joins them as
Wagtail's own ``{% routablepageurl %}`` does, so with either setting the URL is one Wagtail
routes to the page.
"""


def below(page_url: str, path: str) -> str:
    """``path`` (relative, as ``reverse_subpage()`` gives it) below the page at ``page_url``."""
    return (page_url if page_url.endswith("/") else page_url + "/") + path
