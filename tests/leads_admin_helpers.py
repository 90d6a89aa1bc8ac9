"""Users and clients for the leads admin tests."""

import pytest
from django.contrib.auth.models import Group, Permission

INDEX_URL = "/admin/careers/leads/"


def inspect_url(lead):
    return f"{INDEX_URL}inspect/{lead.pk}/"


def edit_url(lead):
    return f"{INDEX_URL}edit/{lead.pk}/"


def grant(user, *perms):
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


@pytest.fixture
def login(client, django_user_model):
    """``login(perms=[...], group=...)``: a client logged in as a new user with just those."""

    def make(*perms, group=None):
        user = django_user_model.objects.create_user(
            f"user{django_user_model.objects.count()}", "staff@example.com", "password"
        )
        grant(user, *perms)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        return client

    return make
