"""A plain Wagtail page: a title and a rich text body, the baseline of the render benchmark."""

from wagtail.fields import RichTextField
from wagtail.models import Page


class PlainPage(Page):
    body = RichTextField(blank=True)

    template = "bench_render/plain_page.html"
