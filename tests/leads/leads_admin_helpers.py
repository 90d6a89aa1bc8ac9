"""Users and clients for the leads admin tests."""

from django.contrib.auth import get_user_model
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


def login(client, *perms, group=None):
    """Log ``client`` in as a new user holding just ``perms`` (and ``group``'s); return it."""
    user_model = get_user_model()
    user = user_model.objects.create_user(
        f"user{user_model.objects.count()}", "staff@example.com", "password"
    )
    grant(user, *perms)
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client
