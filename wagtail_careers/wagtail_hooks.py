"""Hook registration only: the "Leads" menu and views, the dashboard panel, the history's
status changes, the page editor's primary action, and the pages purged with a career.

The "Careers" site settings register themselves (``@register_setting`` in ``leads.models``).
"""

from wagtail import hooks

from .action_menu import publish_first
from .comparison_page import ComparisonPage
from .leads.panels import RecentLeadsPanel, can_view_leads
from .leads.status import register_status_action
from .leads.views import LeadViewSet
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
