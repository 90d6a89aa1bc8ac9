"""Who sees leads: superusers and holders of view_lead; not Wagtail's Editors or Moderators."""

import pytest
from leads_admin_helpers import INDEX_URL, edit_url, inspect_url, login
from wagtail import hooks

from wagtail_careers.factories import LeadFactory
from wagtail_careers.models import LeadStatus

pytestmark = pytest.mark.django_db

ACCESS_ADMIN = "wagtailadmin.access_admin"
VIEW = "wagtail_careers.view_lead"
CHANGE = "wagtail_careers.change_lead"


def lead_urls(lead):
    return [INDEX_URL, f"{INDEX_URL}?export=csv", f"{INDEX_URL}?export=xlsx", inspect_url(lead)]


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    lead = LeadFactory()

    for url in [*lead_urls(lead), edit_url(lead)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/?next=")


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_default_editors_and_moderators_get_nothing(client, group):
    lead = LeadFactory(name="Hidden Person")
    client = login(client, group=group)

    for url in [*lead_urls(lead), edit_url(lead)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == "/admin/"
    home = client.get("/admin/").content.decode()
    assert INDEX_URL not in home
    assert "recent-leads" not in home
    assert "Hidden Person" not in home


def test_a_user_with_only_view_lead_sees_lists_inspects_and_exports(client):
    lead = LeadFactory(name="Visible Person")
    client = login(client, ACCESS_ADMIN, VIEW)

    for url in lead_urls(lead):
        assert client.get(url).status_code == 200, url
    home = client.get("/admin/").content.decode()
    assert INDEX_URL in home
    assert "recent-leads" in home


def test_view_lead_alone_cannot_change_the_status(client):
    lead = LeadFactory()
    client = login(client, ACCESS_ADMIN, VIEW)

    response = client.post(edit_url(lead), {"status": "enrolled"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    lead.refresh_from_db()
    assert lead.status == LeadStatus.NEW
    assert edit_url(lead) not in client.get(inspect_url(lead)).content.decode()


def test_change_lead_changes_the_status(client):
    lead = LeadFactory()
    client = login(client, ACCESS_ADMIN, VIEW, CHANGE)

    client.post(edit_url(lead), {"status": "contacted"})

    lead.refresh_from_db()
    assert lead.status == LeadStatus.CONTACTED


def test_change_without_view_does_not_reveal_leads(client):
    lead = LeadFactory()
    client = login(client, ACCESS_ADMIN, CHANGE)

    assert client.get(INDEX_URL).status_code == 302
    assert client.get(inspect_url(lead)).status_code == 302


def test_superuser_sees_everything(admin_client):
    lead = LeadFactory()

    for url in [*lead_urls(lead), edit_url(lead)]:
        assert admin_client.get(url).status_code == 200, url


def test_group_permissions_offer_view_change_and_delete_but_not_add():
    codenames = {
        permission.codename
        for fn in hooks.get_hooks("register_permissions")
        for permission in fn()
        if permission.content_type.app_label == "wagtail_careers"
        and permission.content_type.model == "lead"
    }

    assert codenames == {"view_lead", "change_lead", "delete_lead"}


@pytest.mark.parametrize("action", ["edit", "delete", "history", "usage"])
def test_change_or_delete_without_view_does_not_reveal_a_lead(client, action):
    lead = LeadFactory(name="Private Person")
    client = login(client, ACCESS_ADMIN, CHANGE, "wagtail_careers.delete_lead")

    response = client.get(f"{INDEX_URL}{action}/{lead.pk}/")

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
