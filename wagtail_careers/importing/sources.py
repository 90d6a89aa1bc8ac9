"""The public sources an import recognizes: their names and links, and their SOC codes.

A block filled from one of these files names it as its source, so each figure on a page
says where it comes from; the duties' source link also tells a later import that the duties
came from O*NET (and may be replaced by O*NET's newer tasks) rather than from an editor.
"""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _

OEWS = (
    _("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"),
    "https://www.bls.gov/oes/",
)
EMPLOYMENT_PROJECTIONS = (
    _("U.S. Bureau of Labor Statistics, Employment Projections"),
    "https://www.bls.gov/emp/",
)
ONET = (
    _("O*NET database, U.S. Department of Labor, Employment and Training Administration"),
    "https://www.onetcenter.org/database.html",
)
#: The hosts of O*NET's own sites: a duties block whose source link is on one came from O*NET.
ONET_HOSTS = ("onetcenter.org", "onetonline.org")

#: O*NET-SOC's suffix of the occupation that is the whole SOC occupation.
WHOLE_SOC_SUFFIX = ".00"


def soc_key(code: str) -> str:
    """The SOC code an occupation is matched by: O*NET's ``29-2072.00`` is ``29-2072``;
    a detailed O*NET occupation (``15-1299.08``) keeps its suffix."""
    return code.removesuffix(WHOLE_SOC_SUFFIX)


def source_fields(source) -> dict:
    """A block's source sub-fields for a ``(name, link)`` source."""
    name, url = source
    return {"source_name": str(name), "source_url": url}


def came_from_onet(block_value) -> bool:
    """Whether a block's source link points to O*NET (see ``ONET_HOSTS``)."""
    host = urlsplit((block_value or {}).get("source_url") or "").hostname or ""
    return any(host == name or host.endswith("." + name) for name in ONET_HOSTS)
