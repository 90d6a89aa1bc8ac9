"""Admissions staff change a lead's status in one action, in chromium."""

from wagtail_careers.factories import LeadFactory
from wagtail_careers.models import LeadStatus

INDEX_URL = "/admin/careers/leads/"


def test_one_select_changes_the_status_in_the_listing(open_admin_page):
    lead = LeadFactory(name="Ana Silva")
    tab = open_admin_page(INDEX_URL)

    with tab.expect_navigation():
        tab.get_by_label("Status of Ana Silva").select_option(label="Contacted")

    lead.refresh_from_db()
    assert lead.status == LeadStatus.CONTACTED
    assert "Status of Ana Silva: Contacted." in tab.locator(".messages").inner_text()
    assert tab.url.endswith(INDEX_URL)
    assert tab.get_by_label("Status of Ana Silva").input_value() == "contacted"


def test_one_select_changes_the_status_in_the_inspect_view(open_admin_page):
    lead = LeadFactory(name="Ana Silva", status=LeadStatus.CONTACTED)
    inspect_url = f"{INDEX_URL}inspect/{lead.pk}/"
    tab = open_admin_page(inspect_url)

    with tab.expect_navigation():
        tab.get_by_label("Status of Ana Silva").select_option(label="Enrolled")

    lead.refresh_from_db()
    assert lead.status == LeadStatus.ENROLLED
    assert tab.url.endswith(inspect_url)
