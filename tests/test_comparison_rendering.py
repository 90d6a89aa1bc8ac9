"""The comparison table's body rows written from plain ``Row`` and ``Cell`` values."""

from bs4 import BeautifulSoup

from wagtail_careers.comparison.cells import Bar, Cell, Row
from wagtail_careers.comparison_rendering import render_rows


def rows_of(*rows):
    return BeautifulSoup(f"<table><tbody>{render_rows(rows)}</tbody></table>", "html.parser")


def test_each_row_has_its_heading_and_a_cell_per_career_named_for_phones():
    soup = rows_of(
        Row(
            key="median_pay",
            label="Median pay",
            cells=(Cell(text="$46,660", marker="higher"), Cell.missing()),
            titles=("Coder", "Clerk"),
        )
    )
    row = soup.select_one("tr.careers-row-median_pay")
    assert row.th["scope"] == "row" and row.th.get_text() == "Median pay"
    first, second = row.find_all("td")
    assert first.select_one(".careers-cell-career").get_text() == "Coder"
    assert first.select_one(".careers-cell-career")["aria-hidden"] == "true"
    assert first.select_one(".careers-value").get_text() == "$46,660"
    assert first.select_one(".careers-marker").get_text() == "(higher)"
    assert "$46,660 (higher)" in first.get_text()
    assert "careers-not-available" not in first.get("class", [])
    assert second["class"] == ["careers-not-available"]
    assert second.select_one(".careers-value").get_text() == "Not available"


def test_lists_bars_and_details():
    soup = rows_of(
        Row(
            key="pay_range",
            label="Pay range",
            cells=(
                Cell(
                    text="$24,000 to $56,200",
                    details=("lowest 10% to top 10%", "2012"),
                    bar=Bar(start="42.7", width="30.1", median="55.0"),
                ),
                Cell(items=("Code records", "Audit charts")),
            ),
            titles=("Coder", "Clerk"),
        )
    )
    first, second = soup.find_all("td")
    assert [d.get_text() for d in first.select(".careers-detail")] == [
        "lowest 10% to top 10%",
        "2012",
    ]
    bar = first.select_one(".careers-bar")
    assert bar["aria-hidden"] == "true"
    assert bar.select_one(".careers-bar-range")["style"] == "left: 42.7%; width: 30.1%"
    assert bar.select_one(".careers-bar-median")["style"] == "left: 55.0%"
    assert [li.get_text() for li in second.select("ul.careers-cell-list li")] == [
        "Code records",
        "Audit charts",
    ]
    assert second.select_one(".careers-value") is None


def test_text_from_editors_and_imports_is_escaped():
    soup = rows_of(
        Row(
            key="duties",
            label="Duties <b>",
            cells=(Cell(items=('<script>alert("x")</script>',)), Cell(text="A & B")),
            titles=('<img src=x onerror="alert(1)">', "Clerk"),
        )
    )
    assert soup.find("script") is None and soup.find("img") is None and soup.find("b") is None
    assert soup.select_one("li").get_text() == '<script>alert("x")</script>'
    assert soup.select(".careers-cell-career")[0].get_text() == '<img src=x onerror="alert(1)">'
    assert soup.select(".careers-value")[0].get_text() == "A & B"
