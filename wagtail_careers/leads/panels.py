"""What admissions staff see of leads outside the listing: the menu count and the dashboard panel.

Both are shown only to users who may see leads (superusers and holders of
``wagtail_careers.view_lead``), and each costs one query.
"""

from datetime import datetime, time, timedelta

from django.db.models import Count, F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.sidebar import LinkMenuItem
from wagtail.models import Site

from .models import CareersSettings, Lead, LeadStatus

RECENT_DAYS = 7

NOBODY_NOTIFIED = _(
    "Leads are stored but nobody is notified: set recipients in Settings → Careers."
)


def nobody_notified(request=None) -> str:
    """``NOBODY_NOTIFIED`` if the request's site (or the default site) sends its leads nowhere,
    else ""."""
    if request is not None:
        site_settings = CareersSettings.for_request(request)
    else:
        site_settings = CareersSettings.for_site(Site.objects.get(is_default_site=True))
    return "" if site_settings.destinations else str(NOBODY_NOTIFIED)


def careers_settings_url() -> str:
    return reverse("wagtailsettings:edit", args=["wagtail_careers", "careerssettings"])


def can_view_leads(user) -> bool:
    """Whether ``user`` may see leads: an active superuser or a holder of ``view_lead``.

    Deliberately ``view`` only (not "any lead permission", Wagtail's default for listings):
    leads are personal data, and the grant that reveals them is the one named for it.
    """
    return user.has_perm("wagtail_careers.view_lead")


class LeadsMenuItem(MenuItem):
    """The "Leads" menu item, labelled with the number of leads nobody has handled yet."""

    def is_shown(self, request):
        return can_view_leads(request.user)

    def render_component(self, request):
        new = Lead.objects.filter(status=LeadStatus.NEW).count()
        label = self.label
        if new:
            label = _("%(label)s (%(count)s new)") % {"label": label, "count": new}
        return LinkMenuItem(
            self.name,
            label,
            self.url,
            icon_name=self.icon_name,
            classname=self.classname,
            attrs=self.attrs,
        )


class RecentLeadsPanel(Component):
    """Dashboard panel: the leads of the last seven days per career, spam left out."""

    name = "recent_leads"
    order = 150
    template_name = "wagtail_careers/admin/recent_leads_panel.html"

    def get_context_data(self, parent_context):
        # Whole days (today and the six before, in the site's time zone), as the listing's
        # date filter counts them, so a career's link lists exactly the leads counted.
        since = timezone.localdate() - timedelta(days=RECENT_DAYS - 1)
        start = timezone.make_aware(datetime.combine(since, time.min))
        rows = list(
            Lead.objects.filter(created_at__gte=start)
            .exclude(status=LeadStatus.SPAM)
            .values("career_id", "career__title")
            .annotate(count=Count("pk"))
            .order_by("-count", F("career__title").asc(nulls_last=True))
        )
        index_url = reverse("wagtail_careers_leads:index")
        return {
            "days": RECENT_DAYS,
            "rows": rows,
            "total": sum(row["count"] for row in rows),
            "index_url": index_url,
            "since": since.isoformat(),
            "nobody_notified": nobody_notified(parent_context.get("request")),
            "settings_url": careers_settings_url(),
        }
