"""The page editor's actions for career and comparison pages: Publish comes first.

Wagtail's editor offers "Save draft" as its primary button and keeps "Publish" in the menu
beside it. A career or comparison page is usually published as soon as it is complete (its
figures come with their sources, and the admin checks them before publishing), so for these
two page types the primary button publishes; "Save draft" moves into the menu. Users who may
not publish see Wagtail's menu unchanged.
"""

from django.apps import apps

from .career_page import CareerPage
from .comparison_page import ComparisonPage

PUBLISH_FIRST = (CareerPage, ComparisonPage)


def edited_page_class(request, context):
    """The class of the page being edited, or of the page being created (from its URL)."""
    if (page := context.get("page")) is not None:
        return type(page)
    kwargs = request.resolver_match.kwargs if request.resolver_match else {}
    try:
        return apps.get_model(kwargs["content_type_app_name"], kwargs["content_type_model_name"])
    except (KeyError, LookupError):
        return None


def publish_first(menu_items, request, context):
    """For Wagtail's ``construct_page_action_menu`` hook."""
    page_class = edited_page_class(request, context)
    if page_class is None or not issubclass(page_class, PUBLISH_FIRST):
        return
    for index, item in enumerate(menu_items):
        if item.name == "action-publish":
            menu_items.insert(0, menu_items.pop(index))
            return
