"""The editor's warning when a job outlook cannot get BLS's label.

The label ("Much faster than average") compares a career's growth with all occupations'
growth over the same projection period. For a period the package does not know (a BLS
release newer than it, or a mistyped year) and without the block's "All occupations' growth
(%)", the page shows the growth without a label; the editor is told so, with what to fill in,
when opening and after saving the page. A warning, not an error: the figure itself is right.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from .formatting import format_period


def outlook_label_warning(page) -> str | None:
    """Why the page's job outlook shows no label, or None when it has one (or no outlook)."""
    facts = getattr(page, "facts", None)
    outlook = facts.outlook if facts else None
    if outlook is None or outlook.label is not None:
        return None
    return _(
        'The job outlook shows no label such as "Faster than average": the growth of all '
        "occupations over %(period)s is not known. Enter BLS's figure for that period in "
        "\"All occupations' growth (%%)\", or check the period's years."
    ) % {"period": format_period(outlook.period_start, outlook.period_end)}


def warn_outlook_without_label(request, page):
    """``before_edit_page`` (opening the editor), ``after_create_page``, ``after_edit_page``.

    Said once: saving a draft redirects to the editor, which would say it again. Autosaves
    (JSON answers) show no messages, so they get none.
    """
    if not request.accepts("text/html") or request.method not in ("GET", "POST"):
        return
    message = outlook_label_warning(page)
    if message is None:
        return
    storage = messages.get_messages(request)
    pending = [str(queued) for queued in storage]
    storage.used = False  # Django's documented way to read the messages and keep them
    if message not in pending:
        messages.warning(request, message)
