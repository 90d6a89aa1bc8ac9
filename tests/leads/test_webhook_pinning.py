"""A webhook post connects to the addresses its host was checked at, never to a second answer
of the DNS (rebinding); TLS still verifies the URL's host; a configured proxy is still used."""

import socket
import ssl
import urllib.error
from types import SimpleNamespace
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from wagtail_careers.leads import webhook_policy
from wagtail_careers.leads.senders import webhook

PUBLIC = "93.184.215.14"


@pytest.fixture(autouse=True)
def _no_proxy_from_the_environment(monkeypatch):
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def rebinding_dns(monkeypatch):
    """A hostile DNS: ``hooks.example.com`` is ``PUBLIC`` at the first look-up, ``127.0.0.1``
    at every later one. It answers every look-up, urllib's own included."""
    lookup = socket.getaddrinfo
    answers = iter([PUBLIC])

    def getaddrinfo(host, port, *args, **kwargs):
        if host == "hooks.example.com":
            host = next(answers, "127.0.0.1")
        return lookup(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def connections(monkeypatch):
    """The addresses sockets are connected to; each connection is refused."""
    made = []

    def connect(sock, address):
        made.append(address[:2])
        raise ConnectionRefusedError(f"refused by the test: {address[0]}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    return made


def post(url):
    careers_settings = SimpleNamespace(webhook_url=url, webhook_secret="")
    webhook.send(
        SimpleNamespace(pk=1),
        {"email": "ana@example.com"},
        careers_settings,
        SimpleNamespace(pk=2),
    )


def test_a_second_dns_answer_is_never_connected_to(rebinding_dns, connections):
    with pytest.raises(urllib.error.URLError):
        post("https://hooks.example.com/leads")
    assert connections == [(PUBLIC, 443)]


def test_each_checked_address_is_tried_in_order(monkeypatch, connections):
    addresses = [PUBLIC, "93.184.215.15"]
    monkeypatch.setattr(webhook_policy, "resolve", lambda host, port: addresses)
    with pytest.raises(urllib.error.URLError, match="93.184.215.15"):
        post("https://hooks.example.com:8443/leads")
    assert connections == [(PUBLIC, 8443), ("93.184.215.15", 8443)]


class StopAfterTheHandshake(ssl.SSLError):
    """Raised by the spy in place of a TLS handshake no test server answers."""


@pytest.fixture
def tls_wraps(monkeypatch):
    """Each TLS wrap's context and server host name; the TCP connection is a stand-in."""
    wraps = []

    def wrap_socket(context, sock, server_hostname=None, **kwargs):
        wraps.append({"context": context, "server_hostname": server_hostname})
        raise StopAfterTheHandshake

    monkeypatch.setattr(ssl.SSLContext, "wrap_socket", wrap_socket)
    return wraps


@pytest.fixture
def tcp_connections(monkeypatch):
    """The (host, port) pairs ``socket.create_connection`` is asked for; a stand-in socket each."""
    made = []

    def create_connection(address, *args, **kwargs):
        made.append(address)
        return mock.Mock(spec=socket.socket)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return made


def test_tls_verifies_the_url_host_over_the_pinned_address(
    rebinding_dns, tcp_connections, tls_wraps
):
    with pytest.raises(urllib.error.URLError):
        post("https://hooks.example.com/leads")
    assert tcp_connections == [(PUBLIC, 443)]
    [wrap] = tls_wraps
    assert wrap["server_hostname"] == "hooks.example.com"
    assert wrap["context"].verify_mode == ssl.CERT_REQUIRED and wrap["context"].check_hostname


@pytest.mark.parametrize("scheme", ["https", "http"])
def test_a_configured_proxy_is_still_used_after_the_check(
    monkeypatch, settings, rebinding_dns, connections, scheme
):
    settings.WAGTAIL_CAREERS_WEBHOOK_ALLOW_HTTP = True
    monkeypatch.setenv(f"{scheme.upper()}_PROXY", "http://10.0.0.8:3128")
    with pytest.raises(urllib.error.URLError):
        post(f"{scheme}://hooks.example.com/leads")
    assert connections == [("10.0.0.8", 3128)]


def test_a_host_the_proxy_is_not_for_is_pinned(monkeypatch, rebinding_dns, connections):
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.8:3128")
    monkeypatch.setenv("NO_PROXY", "hooks.example.com")
    with pytest.raises(urllib.error.URLError):
        post("https://hooks.example.com/leads")
    assert connections == [(PUBLIC, 443)]


def test_a_proxy_does_not_skip_the_check(monkeypatch, connections):
    monkeypatch.setenv("HTTPS_PROXY", "http://10.0.0.8:3128")
    monkeypatch.setattr(webhook_policy, "resolve", lambda host, port: ["169.254.169.254"])
    with pytest.raises(ValidationError, match="private network"):
        post("https://metadata.example.com/latest")
    assert connections == []
