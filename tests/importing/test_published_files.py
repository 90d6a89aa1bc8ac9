"""``import_careers`` on the files a school downloads from BLS and O*NET, as published."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from importing_support import (
    oews_row,
    projections_row,
    task_row,
    write_occupations,
    write_oews,
    write_projections,
    write_tasks,
)
from page_reading import render, text_of
from wagtail.models import Revision

from wagtail_careers.factories import CareerPageFactory, duties_block, salary_block
from wagtail_careers.models import CareerPage

pytestmark = pytest.mark.django_db

CODERS, SECRETARIES = "29-2072", "43-6013"
ONET_SOURCE = "O*NET database, U.S. Department of Labor, Employment and Training Administration"
EP_SOURCE = "U.S. Bureau of Labor Statistics, Employment Projections"


def run(paths, parent, *options):
    out = io.StringIO()
    call_command(
        "import_careers", *map(str, paths), "--parent", str(parent.pk), *options, stdout=out
    )
    return out.getvalue()


def import_error(paths, parent, *options):
    with pytest.raises(CommandError) as raised:
        run(paths, parent, *options)
    return str(raised.value)


def oews_file(tmp_path, median=50250):
    return write_oews(
        tmp_path / "national_M2024_dl.xlsx",
        [
            oews_row("00-0000", "All Occupations", "total", median=49500),
            oews_row("29-0000", "Healthcare Practitioners", "major", median=83090),
            oews_row(
                CODERS,
                "Medical Records Specialists",
                median=median,
                p10=35000,
                p25=40000,
                p75=63000,
                p90=80000,
                hourly=24.16,
            ),  # fmt: skip
            oews_row(
                SECRETARIES,
                "Medical Secretaries and Administrative Assistants",
                median=42000,
                p10=31000,
                p90=57000,
                hourly=20.19,
            ),  # fmt: skip
            oews_row("29-1248", "Surgeons", median="#", p10=80000, p90="#"),
        ],
    )


def projections_file(tmp_path, growth=7.0, start=2024, end=2034):
    return write_projections(
        tmp_path / "occupation.xlsx",
        [
            projections_row(
                "Total, all occupations",
                "00-0000",
                "Summary",
                employment=170000.1,
                growth=3.1,
                openings=18000.0,
            ),  # fmt: skip
            projections_row(
                "  Healthcare practitioners and technical occupations",
                "29-0000",
                "Summary",
                employment=10000.0,
                growth=6.1,
                openings=600.0,
            ),  # fmt: skip
            projections_row(
                "      Medical records specialists",
                CODERS,
                employment=194.8,
                growth=growth,
                openings=15.0,
            ),  # fmt: skip
            projections_row(
                "      Medical secretaries and administrative assistants",
                SECRETARIES,
                employment=822.5,
                growth=-0.4,
                openings=77.3,
                education="High school diploma or equivalent",
                experience="None",
                training="Moderate-term on-the-job training",
            ),
            projections_row(
                "      Surgeons",
                "29-1248",
                employment=25.3,
                growth=3.5,
                openings=0.9,
                education="Doctoral or professional degree",
                training="Internship/residency",
            ),
        ],  # fmt: skip
        start=start,
        end=end,
    )


CODER_TASKS = [
    task_row("29-2072.00", "Medical Records Specialists", "Compile patients' records.",
             "Supplemental"),
    task_row("29-2072.00", "Medical Records Specialists", "Assign codes to diagnoses.", "Core"),
    task_row("29-2072.00", "Medical Records Specialists", "Protect the security of records.",
             "Core", "08/2023"),
    task_row("11-1011.03", "Chief Sustainability Officers", "Direct sustainability programs."),
    task_row("43-6013.00", "Medical Secretaries and Administrative Assistants",
             "Schedule appointments.", "Core"),
]  # fmt: skip


def tasks_file(tmp_path, rows=CODER_TASKS, text=True):
    name = "Task Statements.txt" if text else "Task Statements.xlsx"
    return write_tasks(tmp_path / name, rows, text=text)


def occupations_file(tmp_path):
    return write_occupations(
        tmp_path / "Occupation Data.txt",
        [
            [
                "29-2072.00",
                "Medical Records Specialists",
                "Compile, process, and maintain medical records.",
            ],
            [
                "43-6013.00",
                "Medical Secretaries and Administrative Assistants",
                "Perform secretarial duties for medical offices.",
            ],
        ],  # fmt: skip
        text=True,
    )


def downloads(tmp_path):
    return [oews_file(tmp_path), projections_file(tmp_path), tasks_file(tmp_path)]


def test_one_run_fills_every_block_from_the_three_downloads(tmp_path, site_root, client):
    output = run(downloads(tmp_path), site_root, "--year", "2024", "--publish")

    assert output.splitlines()[0] == (
        f"{tmp_path / 'national_M2024_dl.xlsx'}, sheet national_M2024_dl: BLS OEWS wages, 3 "
        "occupations; skipped 2 rows of OEWS group totals (not occupations)."
    )
    assert (
        f"{tmp_path / 'occupation.xlsx'}, sheet Table 1.2: BLS Employment Projections, "
        "2024–2034, 3 occupations; skipped 2 summary rows (occupational groups)."
    ) in output
    assert (
        f"{tmp_path / 'Task Statements.txt'}: O*NET Task Statements, 2 occupations; skipped 1 "
        "detailed O*NET occupation (a code not ending in .00), which has no SOC page of its own."
    ) in output
    assert "Created 3, updated 0 (published), unchanged 0, rejected 0." in output

    page = CareerPage.objects.get(soc_code=CODERS)
    assert page.title == "Medical Records Specialists"  # the first file's title
    facts = page.facts
    assert (facts.salary.median_annual, facts.salary.percentile_90, facts.salary.year) == (
        Decimal(50250),
        Decimal(80000),
        2024,
    )
    outlook = facts.outlook
    assert (outlook.growth_percent, outlook.period_start, outlook.period_end) == (
        Decimal(7),
        2024,
        2034,
    )
    assert (outlook.employment, outlook.annual_openings, outlook.source_name) == (
        194800,
        15000,
        EP_SOURCE,
    )
    assert outlook.label == "Much faster than average"  # against the table's own 3.1%
    education = facts.education
    assert (
        education.typical_entry_education,
        education.work_experience,
        education.on_the_job_training,
        education.year,
    ) == ("postsecondary_nondegree", "none", "short_term", 2024)
    assert facts.duties.items == (
        "Assign codes to diagnoses.",
        "Protect the security of records.",
        "Compile patients' records.",
    )
    assert (facts.duties.source_name, facts.duties.year) == (ONET_SOURCE, 2024)

    text = text_of(render(client, page))
    for shown in (
        "$50,250",
        "7%",
        "194,800",
        "15,000",
        "Postsecondary nondegree award",
        "Work experience in a related occupation None",
        "On-the-job training Short-term on-the-job training",
        "Assign codes to diagnoses.",
        "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
        "Statistics, 2024.",
        f"Source: {EP_SOURCE}, 2024–2034.",
        f"Source: {EP_SOURCE}, 2024.",
        f"Source: {ONET_SOURCE}, 2024.",
    ):
        assert shown in text


def test_the_same_files_again_write_nothing(tmp_path, site_root):
    files = downloads(tmp_path)
    run(files, site_root, "--year", "2024", "--publish")
    revisions = Revision.objects.count()

    output = run(files, site_root, "--year", "2024", "--publish")

    assert "Created 0, updated 0 (published), unchanged 3, rejected 0." in output
    assert Revision.objects.count() == revisions


def test_next_years_files_update_only_what_changed(tmp_path, site_root):
    run(downloads(tmp_path), site_root, "--year", "2024", "--publish")
    coders = CareerPage.objects.get(soc_code=CODERS)
    revisions = coders.revisions.count()
    next_year = tmp_path / "next"
    next_year.mkdir()
    files = [
        oews_file(next_year, median=51000),
        projections_file(next_year),
        tasks_file(next_year),
    ]

    output = run(files, site_root, "--year", "2024", "--publish", "-v2")

    assert (
        f"update 29-2072 Medical Records Specialists ({files[0]}, sheet national_M2024_dl, "
        "row 4): salary (median_annual)"
    ) in output
    assert "Created 0, updated 1 (published), unchanged 2, rejected 0." in output
    assert coders.revisions.count() == revisions + 1


def test_existing_only_updates_the_schools_pages_and_counts_the_rest(tmp_path, site_root):
    page = CareerPageFactory(parent=site_root, title="Medical Coding", body=[])

    output = run(downloads(tmp_path), site_root, "--year", "2024", "--existing-only")

    assert (
        "Created 0, updated 1 (as drafts), unchanged 0, rejected 0; skipped 2 occupations "
        "with no page."
    ) in output
    assert list(CareerPage.objects.values_list("pk", flat=True)) == [page.pk]
    draft = CareerPage.objects.get().get_latest_revision_as_object()
    assert [item["type"] for item in draft.body.raw_data] == [
        "duties",
        "education",
        "outlook",
        "salary",
    ]


def test_duties_editors_wrote_are_kept(tmp_path, site_root):
    written = duties_block(items=["Teach our own way of coding."], source_name="", source_url="")
    page = CareerPageFactory(parent=site_root, body=[written])

    output = run([tasks_file(tmp_path)], site_root, "--existing-only", "--publish")

    assert "kept the duties editors wrote on 1 page (their source is not O*NET)" in output
    assert "unchanged 1" in output
    assert page.revisions.count() == 0


def test_duties_that_came_from_onet_are_replaced_by_onets_newer_tasks(tmp_path, site_root):
    older = duties_block(
        items=["An older O*NET task."],
        source_name="O*NET",
        source_url="https://www.onetonline.org/link/summary/29-2072.00",
        year=2019,
    )
    page = CareerPageFactory(parent=site_root, body=[older])

    run([tasks_file(tmp_path)], site_root, "--existing-only", "--publish", "--max-duties", "2")

    duties = CareerPage.objects.get(pk=page.pk).facts.duties
    assert duties.items == ("Assign codes to diagnoses.", "Protect the security of records.")
    assert (duties.source_name, duties.year) == (ONET_SOURCE, 2024)


def test_an_editors_summary_is_kept_and_an_empty_one_filled(tmp_path, site_root):
    written = CareerPageFactory(parent=site_root, summary="Our own words.")
    empty = CareerPageFactory(parent=site_root, soc_code=SECRETARIES, summary="", slug="office")

    output = run([occupations_file(tmp_path)], site_root, "--publish")

    assert "Created 0, updated 1 (published), unchanged 1, rejected 0." in output
    assert CareerPage.objects.get(pk=written.pk).summary == "Our own words."
    assert CareerPage.objects.get(pk=empty.pk).summary == (
        "Perform secretarial duties for medical offices."
    )


def test_tasks_alone_do_not_create_pages_without_a_title(tmp_path, site_root):
    output = run([tasks_file(tmp_path)], site_root)
    assert (
        "Created 0, updated 0 (as drafts), unchanged 0, rejected 0; skipped 2 occupations with "
        "no page and no title to create one with (import O*NET's Occupation Data with the "
        "tasks, or use --existing-only)."
    ) in output
    assert not CareerPage.objects.exists()
    run([occupations_file(tmp_path), tasks_file(tmp_path)], site_root)
    assert sorted(CareerPage.objects.values_list("title", flat=True)) == [
        "Medical Records Specialists",
        "Medical Secretaries and Administrative Assistants",
    ]


def test_files_that_disagree_write_nothing_and_name_both(tmp_path, site_root):
    page = CareerPageFactory(parent=site_root, body=[salary_block(year=2012)])
    own = tmp_path / "careers.csv"
    own.write_text("soc_code,title,median_annual,salary_year\n29-2072,Coders,49000,2024\n")
    oews = oews_file(tmp_path)

    message = import_error([oews, own], site_root, "--year", "2024", "--publish")

    assert (
        f'  {own}, row 2, column median_annual: 29-2072: "49000" here, but "50250" in {oews}, '
        "sheet national_M2024_dl (row 4, column A_MEDIAN). The two files disagree: give this "
        "figure in one of them only, or make them agree."
    ) in message
    assert message.startswith("Nothing was imported: 1 error(s) in 1 row(s)")
    assert CareerPage.objects.count() == 1
    assert page.revisions.count() == 0


def test_errors_of_several_files_are_listed_file_by_file(tmp_path, site_root):
    projections = write_projections(
        tmp_path / "occupation.xlsx",
        [projections_row("Coders", CODERS, employment="lots", growth=7, openings=15)],
    )
    tasks = tasks_file(tmp_path, [task_row("29-2072.00", "", "A task.", "Primary")])

    message = import_error([projections, tasks], site_root)

    assert message.splitlines()[1:] == [
        f"  {projections}, sheet Table 1.2, row 3, column Employment, 2024: Enter a number, "
        "such as 34750 or 34,750.",
        f'  {tasks}, row 2, column Task Type: Enter "Core" or "Supplemental", as O*NET writes it.',
    ]


def test_a_file_of_no_known_kind_or_a_bad_option(tmp_path, site_root):
    path = tmp_path / "notes.txt"
    path.write_text("Some notes\nabout careers\n")
    assert "is not a file the import knows" in import_error([path], site_root)
    with pytest.raises(CommandError, match="--max-duties"):
        run([path], site_root, "--max-duties", "0")


def test_pages_with_onet_codes_are_matched(tmp_path, site_root):
    page = CareerPageFactory(parent=site_root, soc_code="29-2072.00")
    run([projections_file(tmp_path)], site_root, "--existing-only", "--publish")
    assert CareerPage.objects.get(pk=page.pk).facts.outlook.period_start == 2024
