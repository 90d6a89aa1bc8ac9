"""The demo's content, as data: the seed article's two careers, one more, and the comparison.

Every figure has its source and year beside it. The two seed careers hold the figures of the
school's article "Medical Coding Specialist vs. Medical Office Specialist" (Bureau of Labor
Statistics, 2012); Medical Assistant's come from the BLS Occupational Outlook Handbook,
2014-15 edition (May 2012 wages, 2012-22 projections). The texts are our own words.

Career bodies use the raw StreamField format of ``wagtail_careers.factories``' block builders,
so they go through the same blocks (and validation) as an editor's input.
"""

from wagtail_careers.factories import (
    certification,
    duties_block,
    education_block,
    outlook_block,
    paragraph_block,
    salary_block,
)

BLS_OOH = "Bureau of Labor Statistics, Occupational Outlook Handbook"
BLS_OOH_URL = "https://www.bls.gov/ooh/"
SEED_ARTICLE_FROM_BLS = (
    "The school's 2014 career article, from Bureau of Labor Statistics wage data"
)
BLS_OOH_2014 = "Bureau of Labor Statistics, Occupational Outlook Handbook, 2014-15 Edition"

SCHOOL_NAME = "Example Career School"
#: Receives the demo's leads; in development, emails are printed on the console.
LEAD_RECIPIENT = "admissions@example.com"

HOME_INTRO = (
    "<p>We train people for careers in healthcare offices, clinics and hospitals. Start with "
    "the careers below: what each job involves, the training it takes, how fast it is growing "
    "and what it pays, with the source of every figure.</p>"
)

CAREERS_INDEX = {
    "title": "Careers",
    "slug": "careers",
    "intro": (
        "<p>Each career page sets out the duties, the education and certifications, the job "
        "outlook and the pay of one occupation. Not sure which suits you? Read a comparison, "
        "or ask us.</p>"
    ),
}

MEDICAL_CODING = {
    "title": "Medical Coding Specialist",
    "slug": "medical-coding-specialist",
    "soc_code": "29-2072",
    "summary": (
        "Medical coding specialists translate diagnoses and treatments into standard codes, "
        "so that patient records are complete, can be read by any clinic and can be used for "
        "research."
    ),
    "body": [
        duties_block(
            intro=(
                "<p>A narrow, technical job: it takes a thorough knowledge of medical law and "
                "procedures.</p>"
            ),
            items=[
                "Assign codes that classify diseases and treatments",
                "Label every patient record with the proper codes",
                "Update records as treatments and health status change",
                "Consolidate information for use in research",
                "Record information in a format other clinics can read and interpret",
            ],
        ),
        education_block(
            typical_entry_education="postsecondary_nondegree",
            formal_education_required=True,
            subjects=[
                "Medical terminology",
                "Human anatomy",
                "Medical law",
                "Bodily diseases",
            ],
            certifications=[
                certification("Certified Tumor Registrar", "CTR", "NCRA"),
                certification("Registered Health Information Technician", "RHIT", "AHIMA"),
            ],
            notes=(
                "<p>Employers hire coders who have completed a diploma programme. After the "
                "diploma, coders earn at least one of these certifications and renew it "
                "regularly, which shows that their knowledge of health information is current."
                "</p>"
            ),
        ),
        outlook_block(
            growth_percent="22",
            period_start=2012,
            period_end=2022,
            drivers=(
                "<p>Changes in healthcare law, and health facilities moving their records onto "
                "computers.</p>"
            ),
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        salary_block(
            median_annual="34750",
            percentile_90="56200",
            year=2012,
            # The seed article's figures, as it gives them; BLS's own Handbook printed a
            # different May 2012 median for SOC 29-2071, so the source says whose they are.
            source_name=SEED_ARTICLE_FROM_BLS,
            source_url=BLS_OOH_URL,
        ),
        paragraph_block(
            "<p>Occupation code: SOC 29-2072, Medical Records Specialists (2018 SOC). The "
            "2012 figures were published under the 2010 SOC code 29-2071, Medical Records "
            "and Health Information Technicians.</p>"
        ),
    ],
}

MEDICAL_OFFICE = {
    "title": "Medical Office Specialist",
    "slug": "medical-office-specialist",
    "soc_code": "43-6013",
    "summary": (
        "Medical office specialists run the administration of hospitals, clinics and other "
        "health facilities: records, data entry, documents, and the day-to-day contact with "
        "patients and practitioners."
    ),
    "body": [
        duties_block(
            intro="<p>Administrative assistants who specialise in healthcare.</p>",
            items=[
                "Keep patient and office records",
                "Enter information in computer databases",
                "Communicate with patients and practitioners",
                "Organise the facility's important documents",
            ],
        ),
        education_block(
            typical_entry_education="high_school",
            formal_education_required=False,
            subjects=[],
            certifications=[],
            notes=(
                "<p>Few clinics set official training requirements. What counts is that you "
                "write well, use a computer, handle basic maths and deal well with patients, "
                "however you learned to. Each clinic's own procedures are taught on the job, "
                "in training that usually lasts several months.</p>"
                "<p>College graduates are more likely to be hired, which is why many "
                "candidates take a college or vocational programme first.</p>"
            ),
        ),
        outlook_block(
            growth_percent="36",
            period_start=2012,
            period_end=2022,
            drivers=(
                "<p>More demand for health services, as the Affordable Care Act extends "
                "coverage and the population ages.</p>"
            ),
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        salary_block(
            median_annual="31350",
            percentile_90=None,
            year=2012,
            source_name=BLS_OOH,
            source_url=BLS_OOH_URL,
        ),
        paragraph_block(
            "<p>Occupation code: SOC 43-6013, Medical Secretaries and Administrative "
            "Assistants.</p>"
        ),
    ],
}

MEDICAL_ASSISTANT = {
    "title": "Medical Assistant",
    "slug": "medical-assistant",
    "soc_code": "31-9092",
    "summary": (
        "Medical assistants combine administrative and clinical tasks in the offices of "
        "physicians and other health practitioners."
    ),
    "body": [
        duties_block(
            intro="<p>Duties vary with the location, specialty and size of the practice.</p>",
            items=[
                "Take care of administrative tasks in the practice",
                "Measure patients' vital signs, such as blood pressure and temperature",
                "Support physicians with routine clinical tasks",
            ],
        ),
        education_block(
            typical_entry_education="postsecondary_nondegree",
            formal_education_required=False,
            subjects=[],
            certifications=[],
            notes=(
                "<p>Most medical assistants hold a postsecondary certificate; others start "
                "with a high school diploma and learn on the job.</p>"
            ),
        ),
        outlook_block(
            growth_percent="29",
            period_start=2012,
            period_end=2022,
            employment=560800,
            drivers=(
                "<p>An aging population needs more preventive care, and growing practices "
                "hire assistants for routine work so that physicians can see more patients."
                "</p>"
            ),
            source_name=BLS_OOH_2014,
            source_url="https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
        ),
        salary_block(
            median_annual="29370",
            median_hourly="14.12",
            percentile_90=None,
            year=2012,
            source_name=BLS_OOH_2014,
            source_url="https://www.bls.gov/ooh/healthcare/medical-assistants.htm",
        ),
    ],
}

CAREERS = [MEDICAL_CODING, MEDICAL_OFFICE, MEDICAL_ASSISTANT]

#: The comparison of the seed article, in our own words. ``careers`` names career slugs, in
#: the order of the table's columns; ``before_you_decide`` is a list of plain-text items.
COMPARISON = {
    "title": "Medical Coding Specialist vs. Medical Office Specialist",
    "slug": "medical-coding-vs-medical-office-specialist",
    "careers": [MEDICAL_CODING["slug"], MEDICAL_OFFICE["slug"]],
    "intro": (
        "<p>The job market can look discouraging, yet healthcare keeps hiring, and not only at "
        "the bedside. Medical coding and medical office work are two promising ways in. They "
        "sound alike but are quite different jobs: here they are side by side.</p>"
    ),
    "before_you_decide_heading": "Before you decide",
    "before_you_decide": [
        "What each job involves from day to day",
        "The education and certifications each one asks of you",
        "How fast each field is expected to grow, and why",
        "What each one pays, and how much more the best-paid earn",
        "Your own strengths, and the kind of workplace you want",
    ],
    "conclusion_heading": "Which one is for you?",
    "conclusion": (
        "<p>Both careers are growing and both pay competitively, so the better choice depends "
        "on you. Office work suits people who like variety and contact with patients and can "
        "start with on-the-job training. Coding suits people who enjoy precise, technical work "
        "and are ready for a diploma programme and a certification. Think about your skills and "
        "the setting you would like to work in, then ask us about the programme that leads "
        "there.</p>"
    ),
}
