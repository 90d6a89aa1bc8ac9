"""Reading a served page as a visitor does: the parsed HTML, and text as it reads."""

import re

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext


def render(client, page):
    """GET ``page`` as a visitor; it must answer 200. Returns the parsed HTML."""
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(node):
    """A node's text with its whitespace collapsed, as it reads on screen."""
    return re.sub(r"\s+", " ", node.get_text()).strip()


def count_queries(client, page):
    """The queries a visitor's GET of ``page`` takes, once the site root cache is warm."""
    client.get(page.url)  # warm the site root cache, as any earlier request would
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)
