"""A urllib handler connecting to the addresses ``webhook_policy.checked_addresses()`` returns.

urllib would resolve the host again when it connects, and a hostile DNS server can answer
differently the second time (DNS rebinding: a public address to the check, ``127.0.0.1`` to
the connection). Here the TCP connection is made to the checked addresses, tried in order,
and everything else stays urllib's: the ``Host`` header is the URL's host, and for https the
certificate is verified for that host name, sent as SNI. The hook is the one
``http.client.HTTPConnection`` keeps for replacing how it connects (``_create_connection``,
an attribute of the instance), so the connection code itself is CPython's.

A request urllib's ``ProxyHandler`` sent to a proxy (``HTTPS_PROXY`` / ``HTTP_PROXY``) is
left to urllib: the proxy connects to the host (``webhook_policy`` says why that is allowed).
Every other connection goes to the checked addresses, whatever host it names.
"""

import functools
import http.client
import socket
import urllib.request


def connect_to_addresses(addresses, address, timeout, source_address=None) -> socket.socket:
    """A socket to the first of ``addresses`` that accepts on ``address``'s port (the host of
    ``address`` is not looked up), else the last one's error."""
    _host, port = address
    error = None
    for checked in addresses:
        try:
            return socket.create_connection((checked, port), timeout, source_address)
        except OSError as failure:
            error = failure
    raise error


class _Pinned:
    """Makes an ``http.client`` connection class connect through ``connect_to_addresses()``."""

    def __init__(self, *args, addresses, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = functools.partial(connect_to_addresses, addresses)


class PinnedHTTPConnection(_Pinned, http.client.HTTPConnection):
    pass


class PinnedHTTPSConnection(_Pinned, http.client.HTTPSConnection):
    pass


def through_proxy(request: urllib.request.Request) -> bool:
    """Whether urllib's ``ProxyHandler`` sent ``request`` to a proxy: it then names the proxy's
    host where its URL, read afresh by urllib, names another."""
    return request.host != urllib.request.Request(request.full_url).host  # noqa: S310


class PinnedHandler(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """Opens http and https URLs connecting to ``addresses`` (given to ``build_opener``, it
    replaces urllib's own two handlers)."""

    def __init__(self, addresses):
        super().__init__()
        self.addresses = addresses

    def http_open(self, request):
        if through_proxy(request):
            return super().http_open(request)
        return self.do_open(PinnedHTTPConnection, request, addresses=self.addresses)

    def https_open(self, request):
        if through_proxy(request):
            return super().https_open(request)
        return self.do_open(PinnedHTTPSConnection, request, addresses=self.addresses)
