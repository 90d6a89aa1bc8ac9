"""Helpers for the lead-capture tests: a fake clock, a failing mail server, a webhook receiver."""

import io
import json
import re
import ssl
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from smtplib import SMTPException
from unittest import mock

from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.utils import timezone

from wagtail_careers.leads import antispam

# A self-signed certificate for hooks.example.com and its key, for tests only: made with
# openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj "/CN=hooks.example.com"
# -addext "subjectAltName=DNS:hooks.example.com" (certificate and key in one file).
TLS_CERTIFICATE = Path(__file__).resolve().parent / "tls" / "hooks.example.com.pem"

TOKEN_RE = re.compile(rf'name="{antispam.TOKEN_FIELD}" value="([^"]+)"')
TOKEN_URL_RE = re.compile(r'data-careers-token-url="([^"]+)"')


class FakeClock:
    """Replaces ``antispam.now``: tests move time forward instead of sleeping."""

    def __init__(self, start=1_800_000_000.0):
        self.time = start

    def __call__(self):
        return self.time

    def advance(self, seconds):
        self.time += seconds


def use_email_backend(settings, backend: str) -> None:
    """Send the test's mail through ``backend``: by MAILERS where the site configures mail
    that way (Django 6.1+), else by EMAIL_BACKEND, which MAILERS would override."""
    if hasattr(settings, "MAILERS"):
        settings.MAILERS = {"default": {"BACKEND": backend}}
    else:
        settings.EMAIL_BACKEND = backend


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise SMTPException("Connection refused by the test mail server")


class WebhookReceiver:
    """A real HTTP server on 127.0.0.1 that records what it receives and answers ``status``;
    with ``tls``, an https one showing ``TLS_CERTIFICATE``."""

    def __init__(self, status=200, tls=False):
        self.status = status
        self.requests = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": self.headers, "body": body})
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(TLS_CERTIFICATE)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_port
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/leads"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def json(self, index=0):
        return json.loads(self.requests[index]["body"])


def valid_data(**overrides):
    data = {
        "name": "Ana Ortiz",
        "email": "ana@example.com",
        "phone": "+1 (555) 010-0199",
        "postal_code": "94103",
        "message": "When does the next course start?",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def form_tokens(response) -> dict[str, str]:
    """The tokens a post of the form in ``response`` needs, as a browser gets them: from the
    form's token URL (a page every visitor shares; this issues them now, with the CSRF
    cookie) or from the form itself (an answer to one visitor)."""
    html = response.content.decode()
    if match := TOKEN_URL_RE.search(html):
        answer = response.client.get(match.group(1))
        assert answer.status_code == 200, answer.status_code
        return answer.json()
    match = TOKEN_RE.search(html)
    assert match, "the page has no lead form token"
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return {antispam.TOKEN_FIELD: match.group(1), "csrfmiddlewaretoken": csrf and csrf.group(1)}


def form_token(response) -> str:
    """The time-trap token of ``form_tokens``; fetch it before advancing the fake clock."""
    return form_tokens(response)[antispam.TOKEN_FIELD]


def retry_deliveries(*args, minutes_later=0):
    """Run ``careers_retry_deliveries`` as cron would, ``minutes_later`` from now."""
    later = timezone.now() + timedelta(minutes=minutes_later)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("careers_retry_deliveries", *args, stdout=io.StringIO())


def post_at_once(page, visitors: int) -> list[int]:
    """``visitors`` threads, each its own visitor (address, email), GET ``page`` and then POST
    its lead form all at the same moment; the status of each answer."""
    from django.db import connections
    from django.test import Client

    barrier = threading.Barrier(visitors)
    statuses = [None] * visitors

    def visit(number):
        try:
            client = Client(REMOTE_ADDR=f"127.0.{number // 250}.{number % 250 + 2}")
            token = form_token(client.get(page.url))
            data = valid_data(email=f"visitor{number}@example.com", lead_token=token)
            barrier.wait()
            statuses[number] = client.post(page.url, data).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=visit, args=(n,)) for n in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses
