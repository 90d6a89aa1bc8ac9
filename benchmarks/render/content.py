"""The pages the render benchmark serves: four careers, comparisons of them, career
indexes of 10 and 1,000 careers, plain pages.

The careers hold every structured block (figures with their sources, duties, certifications)
and a paragraph, as an editor's career page does; the plain pages hold the text the career,
comparison and career index pages show, so the two differ only in how that text is made.
"""

from wagtail.models import Site

from wagtail_careers.factories import (
    career_body,
    certification,
    checklist_block,
    duties_block,
    education_block,
    office_specialist_body,
    outlook_block,
    paragraph_block,
    salary_block,
)
from wagtail_careers.models import CareerIndexPage, CareerPage, ComparisonCareer, ComparisonPage

PARAGRAPH = paragraph_block(
    "<p>Our diploma program prepares you for this career in ten months, with evening "
    "classes and a placement in a local practice. Ask an adviser about the next start date.</p>"
)

CAREERS = [
    {
        "title": "Medical Coding Specialist",
        "soc_code": "29-2072",
        "summary": (
            "Medical coding specialists translate diagnoses and treatments into standard codes, "
            "so that patient records are complete and can be read by any clinic."
        ),
        "body": [*career_body(), PARAGRAPH],
    },
    {
        "title": "Medical Office Specialist",
        "soc_code": "43-6013",
        "summary": (
            "Medical office specialists keep a health facility's records, enter its data and "
            "deal with its patients and practitioners."
        ),
        "body": [*office_specialist_body(), PARAGRAPH],
    },
    {
        "title": "Medical Assistant",
        "soc_code": "31-9092",
        "summary": (
            "Medical assistants greet patients, keep their records and help physicians with "
            "examinations, in clinics and doctors' offices."
        ),
        "body": [
            duties_block(
                items=[
                    "Record patient history and personal information",
                    "Measure vital signs, such as blood pressure",
                    "Help physicians with patient examinations",
                    "Schedule patient appointments",
                ]
            ),
            education_block(
                certifications=[certification("Certified Medical Assistant", "CMA", "AAMA")],
                subjects=["Anatomy", "Medical terminology", "Pharmacology"],
            ),
            outlook_block(growth_percent="29", employment=560800, annual_openings=21000),
            salary_block(median_annual="29370", median_hourly="14.12", percentile_10="21080"),
            PARAGRAPH,
        ],
    },
    {
        "title": "Health Information Technician",
        "soc_code": "29-2098",
        "summary": (
            "Health information technicians organize and manage health data, making sure it "
            "is accurate, accessible and secure in paper and electronic systems."
        ),
        "body": [
            duties_block(
                items=[
                    "Review patient records for completeness and accuracy",
                    "Track patient outcomes for quality assessment",
                    "Maintain the confidentiality of patients' records",
                ]
            ),
            education_block(
                typical_entry_education="associate",
                certifications=[
                    certification("Registered Health Information Technician", "RHIT", "AHIMA")
                ],
            ),
            outlook_block(growth_percent="15", employment=186300),
            salary_block(median_annual="40430", percentile_10="26100", percentile_90="65000"),
            PARAGRAPH,
        ],
    },
]


def add_live(parent, page):
    parent.add_child(instance=page)
    return page


def comparison(parent, title, careers, **kwargs):
    page = ComparisonPage(
        title=title,
        intro="<p>Careers in health care, side by side: which one suits you?</p>",
        body=[checklist_block(), PARAGRAPH],
        **kwargs,
    )
    page.career_links = [ComparisonCareer(career=career) for career in careers]
    return add_live(parent, page)


def career_index(parent, title, count) -> CareerIndexPage:
    """A career index of ``count`` careers, each with pay, outlook and education figures
    (what its card shows) varied from career to career, and duties."""
    index = add_live(parent, CareerIndexPage(title=title, intro="<p>All our careers.</p>"))
    for number in range(count):
        data = CAREERS[number % len(CAREERS)]
        add_live(
            index,
            CareerPage(
                title=f"{data['title']} {number:04}",
                soc_code=data["soc_code"],
                summary=data["summary"],
                body=[
                    data["body"][0],
                    education_block(
                        typical_entry_education=("high_school", "associate")[number % 2]
                    ),
                    outlook_block(growth_percent=str(number % 40)),
                    salary_block(median_annual=str(25000 + 37 * number)),
                ],
            ),
        )
    return index


def create_pages() -> dict[str, CareerPage | ComparisonPage | CareerIndexPage]:
    """The measured pages, by name, under the default site's root page.

    The career without the form and the comparison without the form are the same pages with
    ``show_lead_form`` off: the difference is the form's share. Each of the two measured
    careers is in exactly one comparison, so both show the same "Compare this career" link.
    """
    root = Site.objects.get(is_default_site=True).root_page
    careers = [add_live(root, CareerPage(**data)) for data in CAREERS]
    career_without_form = add_live(
        root,
        CareerPage(**{**CAREERS[0], "slug": "career-without-form"}, show_lead_form=False),
    )
    return {
        "career": careers[0],
        "career without the form": career_without_form,
        "comparison of 4": comparison(root, "Four careers compared", careers),
        "comparison of 4 without the form": comparison(
            root,
            "Four careers compared, without the form",
            [career_without_form, *careers[1:]],
            show_lead_form=False,
        ),
        "comparison of 2": comparison(root, "Two careers compared", careers[1:3]),
        # Its first page of 24, sorted by title (the default).
        "career index of 1,000": career_index(root, "Careers (1,000)", 1000),
        "career index of 10": career_index(root, "Careers (10)", 10),
    }
