"""Hook registration only: the "Leads" menu and views, the dashboard panel, the history's
status changes, the page editor's primary action, the pages purged with a career, and the
editor's warning on a job outlook without a label.

The "Careers" site settings register themselves (``@register_setting`` in
``leads.models.careers_settings``).
"""

from wagtail import hooks

from .action_menu import publish_first
from .career_index_page import CareerIndexPage
from .comparison_page import ComparisonPage
from .leads.panels import RecentLeadsPanel, can_view_leads
from .leads.status import register_status_action
from .leads.views import LeadViewSet
from .outlook_warning import warn_outlook_without_label
from .purging import PAGES_SHOWING_CAREERS_HOOK


@hooks.register("register_admin_viewset")
def register_lead_viewset():
    return LeadViewSet("leads")


@hooks.register("construct_homepage_panels")
def add_recent_leads_panel(request, panels):
    if can_view_leads(request.user):
        panels.append(RecentLeadsPanel())


hooks.register("construct_page_action_menu", publish_first)
hooks.register("register_log_actions", register_status_action)
hooks.register(PAGES_SHOWING_CAREERS_HOOK, ComparisonPage.pages_showing_careers)
hooks.register(PAGES_SHOWING_CAREERS_HOOK, CareerIndexPage.pages_showing_careers)

for hook_name in ("before_edit_page", "after_create_page", "after_edit_page"):
    hooks.register(hook_name, warn_outlook_without_label)
