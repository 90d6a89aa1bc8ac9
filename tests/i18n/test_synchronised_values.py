"""Which values a translation takes from its source page, as plain raw StreamField data."""

from wagtail.blocks import CharBlock, TextBlock
from wagtail.images.blocks import ImageBlock

from wagtail_careers.blocks import CareerBodyBlock
from wagtail_careers.factories import certification, education_block, salary_block
from wagtail_careers.translation import synchronised_body

BODY = CareerBodyBlock()


def items(*values):
    return [{"type": "item", "value": value, "id": f"id-{n}"} for n, value in enumerate(values)]


def test_figures_codes_and_choices_come_from_the_source_texts_stay_translated():
    source = [
        salary_block(median_annual="36000", year=2013, currency="USD", region="United States"),
        education_block(
            typical_entry_education="associate",
            subjects=items("Medical law"),
            certifications=items(certification("Certified Tumor Registrar", "CTR", "NCRA")),
        ),
    ]
    target = [
        salary_block(median_annual="34750", year=2012, currency="EUR", region="Estados Unidos"),
        education_block(
            typical_entry_education="high_school",
            subjects=items("Legislación médica"),
            certifications=items(certification("Registrador de tumores", "X", "NCRA (EE. UU.)")),
        ),
    ]
    salary, education = (block["value"] for block in synchronised_body(BODY, source, target))
    assert (salary["median_annual"], salary["year"], salary["currency"]) == ("36000", 2013, "USD")
    assert salary["region"] == "Estados Unidos"
    assert education["typical_entry_education"] == "associate"
    assert education["subjects"] == items("Legislación médica")
    (cert,) = education["certifications"]
    assert cert["value"]["abbreviation"] == "CTR"
    assert (cert["value"]["name"], cert["value"]["issuer"]) == (
        "Registrador de tumores",
        "NCRA (EE. UU.)",
    )


def test_certifications_follow_the_source_list():
    ctr = certification("Certified Tumor Registrar", "CTR")
    rhit = certification("Registered Health Information Technician", "RHIT")
    source = [education_block(certifications=[{"type": "item", "value": rhit, "id": "b"}])]
    target = [
        education_block(
            certifications=[
                {"type": "item", "value": {**ctr, "name": "Registrador"}, "id": "a"},
                {"type": "item", "value": {**rhit, "name": "Técnico"}, "id": "b"},
            ]
        )
    ]
    (education,) = (block["value"] for block in synchronised_body(BODY, source, target))
    assert [c["value"]["name"] for c in education["certifications"]] == ["Técnico"]


def test_other_blocks_are_the_translators():
    paragraph = {"type": "paragraph", "value": "<p>Nuestro programa</p>", "id": "p"}
    assert synchronised_body(BODY, [], [paragraph]) == [paragraph]


def optional_texts(block, path=""):
    """Every optional text sub-block of ours under ``block``, with its path (Wagtail's
    ImageBlock is wagtail-localize's to handle)."""
    if isinstance(block, ImageBlock):
        return
    for name, child in getattr(block, "child_blocks", {}).items():
        yield from optional_texts(child, f"{path}.{name}")
    if hasattr(block, "child_block"):
        yield from optional_texts(block.child_block, path + ".item")
    if isinstance(block, CharBlock | TextBlock) and not block.required:
        yield path, block


def test_every_optional_text_defaults_to_an_empty_string():
    """A page saved before a sub-block existed holds "" there, which wagtail-localize can
    offer for translation; None would stop it extracting the page's segments."""
    found = dict(optional_texts(BODY))
    assert ".salary.note" in found and ".education.certifications.item.issuer" in found
    assert [path for path, block in found.items() if block.get_default() != ""] == []
