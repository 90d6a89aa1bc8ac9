"""Escaping for the HTML the package writes in Python (form controls, the comparison table's
rows), where a template per piece cost more than the page around it."""

import html


def escape(value) -> str:
    """``value`` escaped for HTML, unless it is already safe: Django's ``conditional_escape``
    without its lazy-string wrapper. Built with ``format_html``, the lead form's hundred pieces
    took 1.1 ms of CPU; as f-strings of these, 0.4 ms (``timeit`` of ``render_fields``), some
    8% of a career page in benchmarks/render/run.py."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def attributes(attrs: dict) -> str:
    """``name="value"`` pairs, escaped; ``True`` writes a bare attribute, ``False``/``None``
    none."""
    return "".join(
        f" {name}" if value is True else f' {name}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not None and value is not False
    )
