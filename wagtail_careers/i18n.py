"""Pages in their own language, with Wagtail's internationalisation.

With ``WAGTAIL_I18N_ENABLED`` each page has a locale, and the package's pages render in it:
labels, figures (Django's formats of that language), the lead form and its settings texts,
the language a lead records. Wagtail leaves activating a language to the site's URLs
(``i18n_patterns``); a page served any other way (a preview, a site without language
prefixes) still renders in its own language, because ``PageLanguageMixin`` activates it.
Without ``WAGTAIL_I18N_ENABLED`` nothing changes: pages render in the request's language.
"""

from contextlib import nullcontext

from django.conf import settings
from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale


def i18n_enabled() -> bool:
    return getattr(settings, "WAGTAIL_I18N_ENABLED", False)


def page_language(page) -> str:
    """The language ``page`` is written in: its locale's, or the request's without i18n.

    Reading the locale costs a query per page object, unless it was read with the page
    (``select_related("locale")``, as a comparison reads its careers).
    """
    if i18n_enabled() and page.locale_id:
        return page.locale.language_code
    return translation.get_language() or settings.LANGUAGE_CODE


def content_languages() -> list[tuple[str, str]]:
    """The site's page languages (``WAGTAIL_CONTENT_LANGUAGES``, else ``LANGUAGES``)."""
    return list(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None) or settings.LANGUAGES)


def same_language(first: str, second: str) -> bool:
    """``es`` and ``es-us`` are the same language for choosing texts."""
    return first.split("-")[0].lower() == second.split("-")[0].lower()


def language_name(code: str) -> str:
    """ "Spanish" for ``es``, in the active language (staff's), or the code if unknown."""
    if not code:
        return ""
    try:
        return str(translation.get_language_info(code)["name_translated"])
    except KeyError:
        return code


def default_locale_id() -> int | None:
    """The id of the site's default locale (``LANGUAGE_CODE``'s), or None if it has none."""
    try:
        return Locale.get_default().pk
    except Locale.DoesNotExist:
        return None


def untranslated_note(careers) -> str:
    """A comparison's note naming the careers (``CareerFacts``) shown in another language
    than the page's, having no translation into it yet."""
    return ngettext(
        "%(careers)s has no version in this language yet, so it is shown in its original "
        "language.",
        "%(careers)s have no version in this language yet, so they are shown in their "
        "original language.",
        len(careers),
    ) % {"careers": get_text_list([career.title for career in careers], _("and"))}


class PageLanguageMixin:
    """Serves and previews a page in its own language (see the module docstring).

    The response is rendered while the language is active: a ``TemplateResponse`` rendered
    later, by Django's handler, would render in the request's language instead.
    """

    def serve(self, request, *args, **kwargs):
        with in_language_of(self):
            return _rendered(super().serve(request, *args, **kwargs))

    def serve_preview(self, request, *args, **kwargs):
        with in_language_of(self):
            return _rendered(super().serve_preview(request, *args, **kwargs))


def in_language_of(page):
    """A context activating ``page``'s language, unless the request's is already it: the
    middleware's ``en-us`` stays, so URLs keep the prefix (or none) it gives them."""
    language = page_language(page)
    if same_language(translation.get_language() or "", language):
        return nullcontext()
    return translation.override(language)


def _rendered(response):
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    return response
