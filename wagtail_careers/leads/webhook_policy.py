"""Which webhook URLs leads may be posted to: checked when the URL is saved and again when sending.

A webhook is a request the server makes on a staff member's behalf, so it must not reach what
only the server can reach (server-side request forgery): the machine itself, its cloud
provider's metadata service (169.254.169.254), the school's internal network. Each of the
host's addresses is checked, as the resolver answers now: a name that pointed outside when the
URL was saved may point inside later, hence the second check before each post.

That post connects to the addresses checked (``checked_addresses()``, then ``pinned_http``),
not to what the host resolves to a moment later: a hostile DNS server could otherwise answer a
public address to the check and ``127.0.0.1`` to the connection (DNS rebinding). A proxy set
in ``HTTPS_PROXY`` / ``HTTP_PROXY`` is still used, as urllib always did, so that a site that
reaches the internet only through one keeps working: the host is checked as it resolves here,
and the proxy, which makes the connection, resolves it again (pinning cannot apply), so keep
such a proxy away from private networks.
"""

import ipaddress
import socket
import urllib.parse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def allow_http() -> bool:
    """``WAGTAIL_CAREERS_WEBHOOK_ALLOW_HTTP``: accept ``http://`` URLs (default: ``https://`` only)."""
    return bool(getattr(settings, "WAGTAIL_CAREERS_WEBHOOK_ALLOW_HTTP", False))


def allow_private() -> bool:
    """``WAGTAIL_CAREERS_WEBHOOK_ALLOW_PRIVATE``: accept hosts on loopback or private networks
    (a receiver on the same machine or network; off by default)."""
    return bool(getattr(settings, "WAGTAIL_CAREERS_WEBHOOK_ALLOW_PRIVATE", False))


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (tests replace it with a resolver of their own)."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return [info[4][0] for info in infos]


def is_public(address: str) -> bool:
    """Whether ``address`` is on the public internet: not loopback, link-local, private,
    reserved, multicast or unspecified (an IPv4 address mapped into IPv6 as the IPv4 one)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check(url: str) -> None:
    """Raise ``ValidationError`` (its message for the editor) unless leads may be posted to
    ``url``. A site that allows private hosts may save a host this server cannot resolve yet."""
    host, port = _host_and_port(url)
    if not allow_private():
        _addresses(host, port)


def checked_addresses(url: str) -> tuple[str, ...]:
    """The addresses a post to ``url`` connects to, in the resolver's order: the checks of
    ``check()``, and the host resolved even where private hosts are allowed, so that the post
    connects to these very addresses."""
    host, port = _host_and_port(url)
    return _addresses(host, port)


def _host_and_port(url: str) -> tuple[str, int]:
    """The host and port of ``url``, if its scheme and form are allowed. A host with a ``%``
    is refused: urllib decodes it, so the name checked would not be the name connected to."""
    parts = urllib.parse.urlsplit(url)
    schemes = ("https", "http") if allow_http() else ("https",)
    if parts.scheme not in schemes:
        raise ValidationError(
            _("The webhook URL must start with https://.")
            if not allow_http()
            else _("The webhook URL must start with https:// or http://."),
            code="scheme",
        )
    if parts.username is not None or parts.password is not None:
        raise ValidationError(
            _("Put no user name or password in the webhook URL: the secret signs each post."),
            code="userinfo",
        )
    try:
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        host = None
    if not host or "%" in host:  # urllib would connect to the host percent-decoded
        raise ValidationError(_("Enter a valid webhook URL."), code="invalid")
    return host, port


def _addresses(host: str, port: int) -> tuple[str, ...]:
    """Every address of ``host``, each once, all public unless the site allows private hosts."""
    try:
        addresses = tuple(dict.fromkeys(resolve(host, port)))
    except (OSError, UnicodeError):
        addresses = ()
    if not addresses:
        raise ValidationError(
            _("The webhook's host %(host)s cannot be found.") % {"host": host}, code="unresolved"
        )
    if not allow_private() and not all(is_public(address) for address in addresses):
        raise ValidationError(
            _(
                "The webhook's host %(host)s is on this server or a private network; leads "
                "are only posted to hosts on the internet."
            )
            % {"host": host},
            code="private",
        )
    return addresses
