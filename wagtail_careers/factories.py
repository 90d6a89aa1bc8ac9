"""factory-boy factories for sites' own tests (needs ``factory-boy``; the ``test`` extra has it).

``CareerPageFactory()`` makes a live career page under the default site's root page, holding
the seed article's Medical Coding Specialist facts; the ``*_block`` functions build the raw
StreamField data of one structured block, with any sub-field overridden::

    CareerPageFactory(title="Welder", body=[salary_block(median_annual=47540, year=2023)])
    CareerPageFactory(parent=careers_index, soc_code="43-6013")
    LeadFactory(career=page, status="spam")   # one line per lead; LeadDeliveryFactory(lead=...)

``CareerIndexPageFactory()`` makes a live career index under the root page, for careers to
go under: ``CareerPageFactory(parent=CareerIndexPageFactory())``.

``ComparisonPageFactory()`` makes the seed article's live comparison of those two careers
(creating them); ``ComparisonPageFactory(careers=[welder, electrician])`` compares others.
"""

import factory
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from .leads.models import (
    DEFAULT_CONSENT_TEXT,
    DeliveryDestination,
    DeliveryStatus,
    LeadDelivery,
)
from .models import CareerIndexPage, CareerPage, ComparisonCareer, ComparisonPage, Lead

BLS_OOH = "Bureau of Labor Statistics, Occupational Outlook Handbook"
BLS_OOH_URL = "https://www.bls.gov/ooh/"


def duties_block(**overrides) -> dict:
    value = {
        "heading": "",
        "intro": "",
        "items": [
            "Assign codes to classify diseases and treatments",
            "Label every patient record with the proper codes",
            "Update records as treatments and health status change",
            "Consolidate information for use in research",
            "Record information in a format other clinics can read and interpret",
        ],
    }
    return {"type": "duties", "value": {**value, **overrides}}


def certification(name, abbreviation="", issuer="", required=False, renewal_years=None) -> dict:
    return {
        "name": name,
        "abbreviation": abbreviation,
        "issuer": issuer,
        "required": required,
        "renewal_years": renewal_years,
    }


def education_block(**overrides) -> dict:
    value = {
        "typical_entry_education": "postsecondary_nondegree",
        "formal_education_required": "yes",
        "program_length_months": None,
        "subjects": ["Medical terminology", "Human anatomy", "Medical law", "Bodily diseases"],
        "certifications": [
            certification("Certified Tumor Registrar", "CTR", "NCRA"),
            certification("Registered Health Information Technician", "RHIT", "AHIMA"),
        ],
        "notes": "<p>Employers expect at least one of these certifications, renewed regularly.</p>",
    }
    return {"type": "education", "value": {**value, **overrides}}


def outlook_block(**overrides) -> dict:
    value = {
        "growth_percent": "22",
        "period_start": 2012,
        "period_end": 2022,
        "employment": None,
        "annual_openings": None,
        "average_growth_percent": None,
        "drivers": "",
        "source_name": BLS_OOH,
        "source_url": BLS_OOH_URL,
    }
    return {"type": "outlook", "value": {**value, **overrides}}


def salary_block(**overrides) -> dict:
    value = {
        "currency": "USD",
        "median_annual": "34750",
        "percentile_10": None,
        "percentile_25": None,
        "percentile_75": None,
        "percentile_90": "56200",
        "median_hourly": None,
        "year": 2012,
        "region": "United States",
        "source_name": BLS_OOH,
        "source_url": BLS_OOH_URL,
    }
    return {"type": "salary", "value": {**value, **overrides}}


def paragraph_block(html="<p>Ask us about our diploma program.</p>") -> dict:
    return {"type": "paragraph", "value": html}


def career_body() -> list[dict]:
    """The four structured blocks with the seed's Medical Coding Specialist figures."""
    return [duties_block(), education_block(), outlook_block(), salary_block()]


def office_specialist_body() -> list[dict]:
    """The seed's Medical Office Specialist: less pay and schooling, faster growth."""
    return [
        duties_block(
            items=[
                "Keep patient records and enter information in computer databases",
                "Communicate with patients and practitioners",
                "Organize the clinic's documents",
            ]
        ),
        education_block(
            typical_entry_education="high_school",
            formal_education_required="no",
            subjects=[],
            certifications=[],
            notes="<p>On-the-job training, usually lasting several months.</p>",
        ),
        outlook_block(growth_percent="36"),
        salary_block(median_annual="31350", percentile_90=None),
    ]


def checklist_block(**overrides) -> dict:
    value = {
        "heading": "Before you decide",
        "items": [
            "Do you prefer working with patients, or with records and codes?",
            "Can you commit to a diploma program before you start work?",
        ],
    }
    return {"type": "checklist", "value": {**value, **overrides}}


def default_parent():
    """The root page of the default site: where a site's own pages usually start."""
    return Site.objects.get(is_default_site=True).root_page


class CareerIndexPageFactory(factory.django.DjangoModelFactory):
    """A live CareerIndexPage under ``parent`` (default: the default site's root page)."""

    class Meta:
        model = CareerIndexPage

    title = "Careers"
    slug = factory.Sequence(lambda n: f"careers-{n}")
    intro = "<p>Filter our careers by pay, growth and the education they take.</p>"
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or default_parent()).add_child(instance=page)
        return page


class CareerPageFactory(factory.django.DjangoModelFactory):
    """A live CareerPage added under ``parent`` (default: the default site's root page)."""

    class Meta:
        model = CareerPage

    title = "Medical Coding Specialist"
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)}-{n}")
    summary = (
        "Medical coding specialists assign codes that classify diseases and treatments, so "
        "that every patient record can be read, billed and used for research."
    )
    soc_code = "29-2072"
    body = factory.LazyFunction(career_body)
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or default_parent()).add_child(instance=page)
        return page


def seed_careers(parent=None) -> list[CareerPage]:
    """The seed article's two careers, as live pages under ``parent``."""
    return [
        CareerPageFactory(parent=parent),
        CareerPageFactory(
            parent=parent,
            title="Medical Office Specialist",
            soc_code="43-6013",
            summary=(
                "Medical office specialists keep a health facility's records, enter its data "
                "and deal with its patients and practitioners."
            ),
            body=office_specialist_body(),
        ),
    ]


class ComparisonPageFactory(factory.django.DjangoModelFactory):
    """A live ComparisonPage of ``careers`` (default: the seed's two, created under ``parent``)."""

    class Meta:
        model = ComparisonPage

    title = "Medical Coding Specialist vs. Medical Office Specialist"
    slug = factory.LazyAttributeSequence(lambda page, n: f"{slugify(page.title)}-{n}")
    intro = "<p>Two promising careers in health care: which one suits you?</p>"
    body = factory.LazyFunction(lambda: [checklist_block()])
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, careers=None, **kwargs):
        page = model_class(*args, **kwargs)
        if careers is None:
            careers = seed_careers(parent)
        page.career_links = [ComparisonCareer(career=career) for career in careers]
        (parent or default_parent()).add_child(instance=page)
        return page


class LeadFactory(factory.django.DjangoModelFactory):
    """A lead with consent, sent from a career page (a new ``CareerPageFactory`` one by default).

    ``created_at`` may be given (it is otherwise set on save), e.g. for retention tests:
    ``LeadFactory(created_at=timezone.now() - timedelta(days=800))``.
    """

    class Meta:
        model = Lead

    career = factory.SubFactory(CareerPageFactory)
    page = factory.SelfAttribute("career")
    name = "Maria Lopez"
    email = factory.Sequence(lambda n: f"student{n}@example.com")
    phone = "+1 415 555 0100"
    postal_code = "94110"
    message = "Do you offer evening classes?"
    consent = True
    consent_text = factory.LazyFunction(lambda: str(DEFAULT_CONSENT_TEXT))
    consent_at = factory.LazyFunction(timezone.now)
    utm_source = "newsletter"
    utm_medium = "email"
    utm_campaign = "spring-enrollment"

    @classmethod
    def _create(cls, model_class, *args, created_at=None, **kwargs):
        lead = super()._create(model_class, *args, **kwargs)
        if created_at is not None:
            model_class.objects.filter(pk=lead.pk).update(created_at=created_at)
            lead.created_at = created_at
        return lead


class LeadDeliveryFactory(factory.django.DjangoModelFactory):
    """One destination of a lead, pending by default."""

    class Meta:
        model = LeadDelivery

    lead = factory.SubFactory(LeadFactory)
    destination = DeliveryDestination.EMAIL
    status = DeliveryStatus.PENDING
