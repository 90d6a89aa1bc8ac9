"""Helpers of the career explorer's tests: careers with known figures, what a listing shows."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from page_reading import text_of

from wagtail_careers.factories import (
    CareerPageFactory,
    education_block,
    outlook_block,
    salary_block,
)


def career(index, title, *, pay, growth, education, soc_code="29-2072", year=2012, **kwargs):
    """A live career under ``index`` with these listing figures (``None``: no such block)."""
    body = []
    if education is not None:
        body.append(education_block(typical_entry_education=education))
    if growth is not None:
        body.append(outlook_block(growth_percent=str(growth)))
    if pay is not None:
        body.append(salary_block(median_annual=str(pay), year=year))
    return CareerPageFactory(parent=index, title=title, soc_code=soc_code, body=body, **kwargs)


def get(client, index, query=""):
    """The parsed listing of ``index`` for the GET ``query``; it must answer 200."""
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def listed(client, index, query="") -> list[str]:
    """The titles of the cards ``index`` lists for ``query``, in their order."""
    return [text_of(title) for title in get(client, index, query).select(".careers-card-title")]


def queries_of(client, index, query="") -> int:
    """The queries a visitor's GET of the listing takes, once the site root cache is warm."""
    client.get(f"{index.url}?{query}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    return len(queries)
