"""The per-visitor values a lead form needs to be posted, issued apart from the page.

A career or comparison page is the same for every anonymous visitor, so a shared cache can
serve it: its form holds no CSRF token and no time-trap token. A visitor gets them from the
page's token route (``LeadCaptureMixin.lead_form_token``) when they are about to use the form
(the package's script asks for them, see ``static/wagtail_careers/lead-form.js``), or
rendered in the form of the page's uncached ``request-information/`` route (without JavaScript) and of an
answer to a post. Either way the time trap counts from when they were issued here.

What the anti-spam checks make of the time-trap token on a post is ``antispam.check_post``'s
business; this module only says which input gets which value.
"""

from django.middleware.csrf import get_token

from . import antispam

CSRF_FIELD = "csrfmiddlewaretoken"
TOKEN_FIELD = antispam.TOKEN_FIELD


def issue(request, page_id: int) -> dict[str, str]:
    """Input name → value for this visitor's post to page ``page_id``.

    ``get_token`` makes Django's CSRF middleware set (or keep) the visitor's CSRF cookie on
    the response: only responses that issue tokens carry a ``Set-Cookie``.
    """
    return {CSRF_FIELD: get_token(request), TOKEN_FIELD: antispam.make_token(page_id)}


def field_names() -> tuple[str, str]:
    """The inputs a cached form leaves empty for the script (or a front end) to fill."""
    return (CSRF_FIELD, TOKEN_FIELD)
