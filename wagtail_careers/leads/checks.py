"""``manage.py check`` warns when a site's leads reach nobody (no recipients, no webhook)."""

from django.core.checks import Warning
from django.db import DatabaseError

NOBODY_NOTIFIED = "wagtail_careers.W001"


def check_lead_destinations(app_configs=None, **kwargs):
    """One warning per site whose Careers settings send leads nowhere.

    Reads the settings rows without creating any; says nothing before ``migrate`` made the
    tables.
    """
    from wagtail.models import Site

    from .models import CareersSettings

    try:
        sites = list(Site.objects.all())
        saved = {row.site_id: row for row in CareersSettings.objects.filter(site__in=sites)}
    except DatabaseError:
        return []
    return [
        Warning(
            f"Leads of the site {site} are stored but nobody is notified.",
            hint="Set lead recipients (or a webhook URL) in the admin's Settings > Careers.",
            obj=site,
            id=NOBODY_NOTIFIED,
        )
        for site in sites
        if not saved.get(site.pk, CareersSettings(site=site)).destinations
    ]
