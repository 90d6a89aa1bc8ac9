"""``manage.py import_careers``: what a school relies on when it imports BLS figures."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import Workbook
from wagtail.models import Revision

from wagtail_careers.factories import (
    CareerPageFactory,
    duties_block,
    education_block,
    paragraph_block,
    salary_block,
)
from wagtail_careers.importing import pages as importing_pages
from wagtail_careers.models import CareerPage

pytestmark = pytest.mark.django_db

COLUMNS = [
    "soc_code", "title", "summary", "median_annual", "percentile_10", "percentile_90",
    "salary_year", "growth_percent", "outlook_start", "outlook_end", "employment",
    "typical_entry_education", "duties",
]  # fmt: skip
CODING = {
    "soc_code": "29-2072",
    "title": "Medical Records Specialists",
    "summary": "They organize and code health information.",
    "median_annual": "48,780",
    "percentile_10": "35000",
    "percentile_90": "77000",
    "salary_year": "2023",
    "growth_percent": "7.5",
    "outlook_start": "2023",
    "outlook_end": "2033",
    "employment": "194,300",
    "typical_entry_education": "Postsecondary nondegree award",
    "duties": "Assign codes to diagnoses|Review records for completeness",
}
OFFICE = {
    "soc_code": "43-6013",
    "title": "Medical Secretaries and Administrative Assistants",
    "median_annual": "42000",
    "salary_year": "2023",
    "typical_entry_education": "high_school",
}


def write_csv(path, rows, columns=COLUMNS):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(paths, parent, *options):
    """The command's output for one file or a list of files."""
    paths = paths if isinstance(paths, list) else [paths]
    out = io.StringIO()
    call_command(
        "import_careers", *map(str, paths), "--parent", str(parent.pk), *options, stdout=out
    )
    return out.getvalue()


def block(page, block_type):
    """The raw value of one of a page's blocks, as stored."""
    return next(item["value"] for item in page.body.raw_data if item["type"] == block_type)


def latest(page):
    return CareerPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def by_code(code):
    return CareerPage.objects.get(soc_code=code)


@pytest.fixture
def csv_file(tmp_path):
    return write_csv(tmp_path / "careers.csv", [CODING, OFFICE])


def test_creates_draft_pages_with_the_files_figures(site_root, csv_file):
    output = run(csv_file, site_root)

    assert "Created 2, updated 0 (as drafts), unchanged 0, rejected 0." in output
    page = by_code("29-2072")
    assert page.get_parent().pk == site_root.pk
    assert (page.title, page.slug, page.live, page.revisions.count()) == (
        "Medical Records Specialists",
        "medical-records-specialists",
        False,
        1,
    )
    facts = latest(page).facts
    assert facts.summary == "They organize and code health information."
    assert (
        facts.salary.median_annual,
        facts.salary.percentile_10,
        facts.salary.percentile_90,
    ) == (
        Decimal(48780),
        Decimal(35000),
        Decimal(77000),
    )
    assert facts.salary.year == 2023
    assert facts.salary.source_name == (
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
    )
    assert (
        facts.outlook.growth_percent,
        facts.outlook.period_start,
        facts.outlook.employment,
    ) == (
        Decimal("7.5"),
        2023,
        194300,
    )
    assert facts.education.typical_entry_education == "postsecondary_nondegree"
    assert facts.duties.items == (
        "Assign codes to diagnoses",
        "Review records for completeness",
    )
    assert [item["type"] for item in page.body.raw_data] == [
        "duties",
        "education",
        "outlook",
        "salary",
    ]
    office = latest(by_code("43-6013"))
    assert [item["type"] for item in office.body.raw_data] == ["education", "salary"]


def test_publish_makes_the_pages_live(site_root, csv_file, client):
    output = run(csv_file, site_root, "--publish")

    assert "Created 2, updated 0 (published), unchanged 0, rejected 0." in output
    page = by_code("29-2072")
    assert page.live and not page.has_unpublished_changes
    response = client.get(page.url)
    assert response.status_code == 200
    assert "$48,780" in response.content.decode()


def test_importing_twice_leaves_one_page_per_code_and_writes_nothing(site_root, csv_file):
    run(csv_file, site_root, "--publish")
    revisions = Revision.objects.count()

    output = run(csv_file, site_root, "--publish")

    assert "Created 0, updated 0 (published), unchanged 2, rejected 0." in output
    assert Revision.objects.count() == revisions
    assert sorted(CareerPage.objects.values_list("soc_code", flat=True)) == [
        "29-2072",
        "43-6013",
    ]


def test_a_changed_figure_makes_one_new_published_revision(site_root, tmp_path, csv_file):
    run(csv_file, site_root, "--publish")
    coding, office = (
        by_code("29-2072").revisions.count(),
        by_code("43-6013").revisions.count(),
    )
    changed = write_csv(tmp_path / "2024.csv", [{**CODING, "median_annual": "49,000"}, OFFICE])

    output = run(changed, site_root, "--publish", "-v2")

    assert "Created 0, updated 1 (published), unchanged 1, rejected 0." in output
    assert (
        f"update 29-2072 Medical Records Specialists ({changed}, row 2): salary (median_annual)"
    ) in output
    assert by_code("29-2072").revisions.count() == coding + 1
    assert by_code("43-6013").revisions.count() == office
    assert by_code("29-2072").facts.salary.median_annual == Decimal(49000)


def test_without_publish_a_change_waits_as_a_draft(site_root, tmp_path, csv_file):
    run(csv_file, site_root, "--publish")
    changed = write_csv(tmp_path / "2024.csv", [{**CODING, "median_annual": "49000"}])

    run(changed, site_root)

    page = by_code("29-2072")
    assert page.facts.salary.median_annual == Decimal(48780)
    assert page.has_unpublished_changes
    assert latest(page).facts.salary.median_annual == Decimal(49000)


def test_dry_run_reports_and_writes_nothing(site_root, tmp_path, csv_file):
    run(csv_file, site_root, "--publish")
    revisions = Revision.objects.count()
    changed = write_csv(
        tmp_path / "2024.csv",
        [
            {**CODING, "median_annual": "49000", "growth_percent": "8"},
            OFFICE,
            {**OFFICE, "soc_code": "43-4171", "title": "Receptionists"},
        ],
    )

    output = run(changed, site_root, "--dry-run")

    assert (
        f"Would update 29-2072 Medical Records Specialists ({changed}, row 2): "
        "outlook (growth_percent); salary (median_annual)"
    ) in output
    assert f"Would create 43-4171 Receptionists ({changed}, row 4)" in output
    assert (
        "Dry run, nothing written: would create 1, update 1, leave 1 unchanged; rejected 0."
        in output
    )
    assert Revision.objects.count() == revisions
    assert not CareerPage.objects.filter(soc_code="43-4171").exists()
    assert by_code("29-2072").facts.salary.median_annual == Decimal(48780)


def test_what_editors_wrote_is_kept(site_root, tmp_path):
    page = CareerPageFactory(
        parent=site_root,
        title="Medical Coding Specialist",
        body=[
            paragraph_block("<p>Our diploma takes ten months.</p>"),
            duties_block(heading="A day at work", intro="<p>Mostly at a desk.</p>"),
            education_block(program_length_months=10),
            salary_block(percentile_25="40000", source_name="Our survey", year=2023),
        ],
    )
    row = {
        **CODING,
        "summary": "",
        "median_annual": "48780",
        "typical_entry_education": "associate",
    }

    run(write_csv(tmp_path / "careers.csv", [row]), site_root, "--publish")

    page.refresh_from_db()
    assert page.title == "Medical Coding Specialist"
    assert page.summary.startswith("Medical coding specialists assign codes")
    assert [item["type"] for item in page.body.raw_data] == [
        "paragraph", "duties", "education", "salary", "outlook",
    ]  # fmt: skip
    assert block(page, "paragraph") == "<p>Our diploma takes ten months.</p>"
    duties = block(page, "duties")
    assert (duties["heading"], duties["intro"]) == (
        "A day at work",
        "<p>Mostly at a desk.</p>",
    )
    assert page.facts.duties.items == (
        "Assign codes to diagnoses",
        "Review records for completeness",
    )
    education = page.facts.education
    assert education.typical_entry_education == "associate"
    assert education.program_length_months == 10
    assert [c.abbreviation for c in education.certifications] == ["CTR", "RHIT"]
    assert education.subjects[0] == "Medical terminology"
    salary = page.facts.salary
    assert (salary.median_annual, salary.percentile_25, salary.source_name) == (
        Decimal(48780),
        Decimal(40000),
        "Our survey",
    )


def test_figures_that_clash_with_the_pages_own_are_an_error(site_root, tmp_path):
    CareerPageFactory(parent=site_root, body=[salary_block(percentile_25="30000", year=2023)])
    path = write_csv(tmp_path / "careers.csv", [CODING])
    message = import_error(path, site_root)
    assert (
        f"{path}, row 2, column salary.percentile_25: The 25th percentile cannot be below the "
        "10th percentile."
    ) in message


def test_a_new_pay_year_clears_the_figures_the_file_does_not_give(site_root, tmp_path):
    CareerPageFactory(parent=site_root, body=[salary_block(percentile_25="30000", year=2012)])

    run(write_csv(tmp_path / "careers.csv", [CODING]), site_root, "--publish")

    salary = by_code("29-2072").facts.salary
    assert (salary.year, salary.percentile_25, salary.percentile_90) == (
        2023,
        None,
        Decimal(77000),
    )


def test_the_import_builds_on_an_editors_draft(site_root, tmp_path):
    page = CareerPageFactory(parent=site_root, body=[salary_block(year=2023)])
    draft = latest(page)
    draft.body = [*page.body.raw_data, paragraph_block("<p>Draft in progress.</p>")]
    draft.save_revision()

    run(write_csv(tmp_path / "careers.csv", [CODING]), site_root)

    content = latest(page)
    assert block(content, "paragraph") == "<p>Draft in progress.</p>"
    assert content.facts.salary.median_annual == Decimal(48780)


def test_source_option_replaces_the_source_of_the_imported_figures(site_root, tmp_path, csv_file):
    CareerPageFactory(parent=site_root, body=[salary_block(year=2023, source_name="Old")])

    run(csv_file, site_root, "--publish", "--source", "Texas Workforce Commission",
        "--source-url", "https://www.twc.texas.gov/")  # fmt: skip

    facts = by_code("29-2072").facts
    assert (facts.salary.source_name, facts.salary.source_url) == (
        "Texas Workforce Commission",
        "https://www.twc.texas.gov/",
    )
    assert facts.outlook.source_name == "Texas Workforce Commission"


def test_an_oews_spreadsheet_with_markers(site_root, tmp_path, client):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["AREA", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_PCT10",
                  "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"])  # fmt: skip
    sheet.append([99, "00-0000", "All Occupations", "total", 151853870, 23.11, 29050, 36200,
                  48060, 0, 0])  # fmt: skip
    sheet.append([99, "29-1215", "Family Medicine Physicians", "detailed", 109820, 108.0, 82000,
                  170000, 224640, "#", "#"])  # fmt: skip
    sheet.append([99, "29-1248", "Surgeons, Except Ophthalmologists", "detailed", 29000, "#",
                  "#", "#", "#", "#", "#"])  # fmt: skip
    sheet.append([99, "29-2072", "Medical Records Specialists", "detailed", 186300, 23.45,
                  "*", 40000, 48780, 60000, 77000])  # fmt: skip
    workbook.save(tmp_path / "national_M2023_dl.xlsx")

    output = run(tmp_path / "national_M2023_dl.xlsx", site_root, "--publish", "--year", "2023",
                 "--top-code", "239,200")  # fmt: skip

    assert (
        f"{tmp_path / 'national_M2023_dl.xlsx'}: BLS OEWS wages, 3 occupations; skipped 1 row "
        "of OEWS group totals (not occupations)."
    ) in output
    assert "  Columns not read: AREA; TOT_EMP." in output
    assert "  Row 4 (29-1248): Pay left as it is: BLS gives no median (#)." in output
    assert "Created 3, updated 0 (published), unchanged 0, rejected 0." in output
    physician = by_code("29-1215").facts.salary
    assert (
        physician.median_annual,
        physician.percentile_75,
        physician.percentile_90,
    ) == (
        Decimal(224640),
        None,
        None,
    )
    assert physician.median_hourly == Decimal("108.0")
    assert physician.source_name == (
        "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics"
    )
    assert physician.note == (
        "75th percentile, 90th percentile: at or above $239,200 a year ($115.00 an hour), "
        "the highest wage BLS publishes for 2023."
    )
    assert by_code("29-1248").facts.salary is None
    assert by_code("29-2072").facts.salary.percentile_10 is None
    response = client.get(by_code("29-1215").url)
    assert "at or above $239,200 a year" in response.content.decode()


def test_a_median_marker_leaves_an_existing_salary_alone(site_root, tmp_path):
    CareerPageFactory(parent=site_root, body=[salary_block(year=2012)])
    path = write_csv(
        tmp_path / "careers.csv",
        [
            {
                "soc_code": "29-2072",
                "title": "x",
                "median_annual": "*",
                "salary_year": "2023",
            }
        ],
        columns=["soc_code", "title", "median_annual", "salary_year"],
    )

    output = run(path, site_root, "--publish")

    assert "unchanged 1" in output
    assert by_code("29-2072").facts.salary.median_annual == Decimal(34750)


def import_error(path, parent):
    with pytest.raises(CommandError) as raised:
        run(path, parent, "--publish")
    return str(raised.value)


def test_a_broken_file_changes_nothing_and_says_where(site_root, tmp_path):
    existing = CareerPageFactory(parent=site_root, body=[salary_block(year=2023)])
    next_year = timezone.now().year + 1
    rows = [
        {**CODING, "median_annual": "50000"},
        {**OFFICE, "soc_code": "43-601"},
        {**OFFICE, "soc_code": "43-4171", "title": "Receptionists", "median_annual": "lots"},
        {**OFFICE, "soc_code": "43-4051", "title": "Customer Service", "typical_entry_education": "diploma"},
        {**OFFICE, "soc_code": "31-9092", "title": "Medical Assistants", "percentile_10": "50000"},
        {**OFFICE, "soc_code": "31-9091", "title": "Dental Assistants", "salary_year": str(next_year)},
        {**CODING, "soc_code": "29-2052", "title": "Pharmacy Technicians", "outlook_end": "2020"},
        {**CODING, "soc_code": "29-2055", "title": "Surgical Technologists", "growth_percent": "2000"},
        {**OFFICE, "soc_code": "29-2072", "title": "Again"},
    ]  # fmt: skip

    path = write_csv(tmp_path / "careers.csv", rows)
    message = import_error(path, site_root)

    assert [line.replace(str(path), "careers.csv") for line in message.splitlines()] == [
        (
            "Nothing was imported: 10 error(s) in 8 row(s) (created 0, updated 0, unchanged 0, "
            "rejected 8). Fix them and run again."
        ),
        (
            "  careers.csv, row 3, column soc_code: Enter an SOC code as BLS writes it: two digits, a hyphen and "
            "four digits, e.g. 29-2072 (O*NET's form 29-2072.00 is accepted too)."
        ),
        "  careers.csv, row 4, column median_annual: Enter a number, such as 34750 or 34,750.",
        (
            "  careers.csv, row 5, column typical_entry_education: Unknown education level 'diploma'. Use one "
            "of: none, high_school, postsecondary_nondegree, some_college, associate, bachelor, "
            "master, doctoral, or BLS's label."
        ),
        "  careers.csv, row 6, column percentile_10: The 10th percentile cannot be above the median.",
        "  careers.csv, row 6, column median_annual: The median cannot be below the 10th percentile.",
        f"  careers.csv, row 7, column salary_year: The year cannot be in the future (after {next_year - 1}).",
        "  careers.csv, row 8, column outlook_start: The period must start before it ends (2020).",
        "  careers.csv, row 8, column outlook_end: The period must end after it starts (2023).",
        "  careers.csv, row 9, column growth_percent: Growth must be between -100% and 1000%.",
        "  careers.csv, row 10, column soc_code: SOC code 29-2072 is also on row 2.",
    ]
    assert CareerPage.objects.count() == 1
    assert existing.revisions.count() == 0
    assert by_code("29-2072").facts.salary.median_annual == Decimal(34750)


def test_a_missing_column_is_reported_on_the_header_row(site_root, tmp_path):
    path = write_csv(tmp_path / "careers.csv", [{"soc_code": "29-2072"}], columns=["soc_code"])
    assert f"{path}, row 1, column title: The header has no title column." in import_error(
        path, site_root
    )


def test_a_failure_while_writing_rolls_everything_back(site_root, csv_file, monkeypatch):
    write = importing_pages.write
    calls = []

    def failing_write(change, parent, *, publish):
        calls.append(change)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return write(change, parent, publish=publish)

    monkeypatch.setattr(importing_pages, "write", failing_write)
    with pytest.raises(RuntimeError):
        run(csv_file, site_root, "--publish")
    assert len(calls) == 2
    assert not CareerPage.objects.exists()
    assert not Revision.objects.exists()


def test_two_pages_with_the_same_code_are_an_error(site_root, csv_file):
    first, second = CareerPageFactory.create_batch(2, parent=site_root)
    message = import_error(csv_file, site_root)
    assert (
        f"{csv_file}, row 2, column soc_code: 2 pages under the parent have SOC code 29-2072 "
        f"(ids {first.pk}, {second.pk}): keep one."
    ) in message


def test_a_missing_parent_or_file(site_root, tmp_path):
    with pytest.raises(CommandError, match="There is no page with id 999999"):
        call_command("import_careers", str(tmp_path / "x.csv"), "--parent", "999999")
    with pytest.raises(CommandError, match="There is no file"):
        run(tmp_path / "x.csv", site_root)
    with pytest.raises(CommandError, match="--top-code needs an amount"):
        run(tmp_path / "x.csv", site_root, "--top-code", "lots")


def test_unchanged_reimport_queries_do_not_grow_with_rows(site_root, tmp_path):
    def queries_for(count):
        rows = [
            {**OFFICE, "soc_code": f"43-{6000 + n}", "title": f"Job {count}-{n}"}
            for n in range(count)
        ]
        path = write_csv(tmp_path / f"{count}.csv", rows)
        run(path, site_root, "--publish")
        with CaptureQueriesContext(connection) as queries:
            output = run(path, site_root, "--publish")
        assert f"unchanged {count}" in output
        return len(queries)

    assert queries_for(2) == queries_for(12)


def test_long_duties_and_titles_are_errors_on_their_column(site_root, tmp_path):
    rows = [
        {**CODING, "duties": "Assign codes|" + "x" * 1001},
        {**OFFICE, "title": "T" * 256},
    ]
    path = write_csv(tmp_path / "careers.csv", rows)
    message = import_error(path, site_root)
    assert (
        f"{path}, row 2, column duties: item 2: Ensure this value has at most 1000 characters "
        "(it has 1001)."
    ) in message
    assert (
        f"{path}, row 3, column title: Ensure this value has at most 255 characters (it has 256)."
    ) in message


def test_new_pages_with_the_same_title_get_distinct_slugs(site_root, tmp_path):
    rows = [
        {**OFFICE, "title": "Medical Coder"},
        {**OFFICE, "soc_code": "29-2072", "title": "Medical Coder"},
    ]
    run(write_csv(tmp_path / "careers.csv", rows), site_root)
    assert sorted(CareerPage.objects.values_list("slug", flat=True)) == [
        "medical-coder",
        "medical-coder-2",
    ]


def test_imported_pages_are_searchable_and_indexing_resumes_afterwards(site_root, csv_file):
    run(csv_file, site_root, "--publish")
    assert [page.soc_code for page in CareerPage.objects.search("Records")] == ["29-2072"]
    page = by_code("43-6013")
    page.title = "Medical Receptionists"
    page.save()
    assert [p.soc_code for p in CareerPage.objects.search("Receptionists")] == ["43-6013"]


def test_written_pages_are_reference_indexed(site_root, csv_file):
    from wagtail.models import ReferenceIndex
    from wagtail.signal_handlers import disable_reference_index_auto_update

    cta = {
        "type": "call_to_action",
        "value": {"text": "Apply", "page": site_root.pk, "url": ""},
    }
    with disable_reference_index_auto_update():
        page = CareerPageFactory(parent=site_root, body=[cta, salary_block(year=2023)])
    assert not ReferenceIndex.get_references_for_object(page).exists()

    run(csv_file, site_root, "--publish")

    assert ReferenceIndex.get_references_to(site_root).filter(object_id=str(page.pk)).exists()


def test_publishing_an_unchanged_file_leaves_drafts_for_editors(site_root, csv_file):
    run(csv_file, site_root)

    output = run(csv_file, site_root, "--publish")

    assert "unchanged 2" in output
    assert (
        "2 unchanged pages have unpublished changes, left as they are: publish them in "
        "the admin after checking them."
    ) in output
    assert not CareerPage.objects.live().exists()


def test_the_help_lists_every_option():
    from wagtail_careers.management.commands.import_careers import Command

    text = Command().create_parser("manage.py", "import_careers").format_help()
    for option in (
        "--parent",
        "--publish",
        "--dry-run",
        "--existing-only",
        "--max-duties",
        "--year",
        "--source",
        "--top-code",
    ):
        assert option in text
    assert "Field Descriptions" in text


def test_control_characters_are_errors_on_their_cell_and_nothing_is_written(site_root, tmp_path):
    rows = [
        {**OFFICE, "title": "Medical\x00Secretaries"},
        {**CODING, "summary": "They code\x00 records.", "duties": "Assign\x00 codes"},
    ]
    path = write_csv(tmp_path / "careers.csv", rows)

    message = import_error(path, site_root)

    assert f"{path}, row 2, column title: Null characters are not allowed." in message
    assert f"{path}, row 3, column summary: Null characters are not allowed." in message
    assert f"{path}, row 3, column duties: item 1: Null characters are not allowed." in message
    assert not CareerPage.objects.exists()
