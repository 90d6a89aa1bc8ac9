"""The comparison table's rows, written in Python rather than by the template's loops.

A four-career comparison has some forty cells, each a handful of ``{% if %}`` and lookups on
the ``Cell``: Django's template engine took 1.6 ms of CPU to write them, these f-strings
0.09 ms, about a tenth of the page (benchmarks/render/run.py, "comparison of 4"). The
table's frame (caption, column headers, sources) stays in
``includes/comparison_table.html``; a site wanting other cell markup overrides that
template and loops over ``comparison.rows`` itself.
"""

from django.utils.safestring import mark_safe

from .comparison.cells import Cell, Row
from .markup import escape


def _cell(title: str, cell: Cell) -> str:
    """One career's cell: its name for phones (hidden from screen readers, which have the
    column header), the value or list, the marker in words, the pay bar, further lines.

    The parts are separated by a space, as the template's line breaks separated them: the
    marker's text reads "$46,660 (higher)", not "$46,660(higher)", when copied or read out.
    """
    parts = [f'<span class="careers-cell-career" aria-hidden="true">{escape(title)}</span>']
    if cell.items:
        items = "".join(f"<li>{escape(item)}</li>" for item in cell.items)
        parts.append(f'<ul class="careers-cell-list">{items}</ul>')
    else:
        parts.append(f'<span class="careers-value">{escape(cell.text)}</span>')
    if cell.marker:
        parts.append(f'<span class="careers-marker">({escape(cell.marker)})</span>')
    if cell.bar:
        bar = cell.bar
        parts.append(
            '<span class="careers-bar" aria-hidden="true">'
            f'<span class="careers-bar-range" style="left: {escape(bar.start)}%; '
            f'width: {escape(bar.width)}%"></span>'
            f'<span class="careers-bar-median" style="left: {escape(bar.median)}%"></span>'
            "</span>"
        )
    parts.extend(
        f'<span class="careers-detail">{escape(detail)}</span>' for detail in cell.details
    )
    opening = "<td>" if cell.available else '<td class="careers-not-available">'
    return f"{opening}{' '.join(parts)}</td>"


def _row(row: Row) -> str:
    cells = "".join(_cell(title, cell) for title, cell in row.titled_cells)
    return (
        f'<tr class="careers-row-{escape(row.key)}">'
        f'<th scope="row">{escape(row.label)}</th>{cells}</tr>'
    )


def render_rows(rows) -> str:
    """The ``<tr>`` of every row of the table's body."""
    return mark_safe("\n".join(_row(row) for row in rows))  # noqa: S308 (every part escaped)
