"""Helpers for the tests of pages in two languages (tests/i18n/)."""

from django.urls import reverse

#: Spanish titles of the seed careers (the tests' own words, not the demo's).
SPANISH_TITLES = {
    "Medical Coding Specialist": "Especialista en codificación médica",
    "Medical Office Specialist": "Especialista en administración médica",
}


def translate_with_simple_translation(client, page, locale):
    """Translate ``page`` as an editor does with Wagtail's simple_translation ("Translate")."""
    url = reverse("simple_translation:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return page.get_translation(locale).specific


def publish_with(page, **changes):
    """Save ``changes`` to the latest version of ``page`` as a new revision, and publish it."""
    page = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def spanish_body(english_body):
    """``english_body`` (raw) with its texts replaced by Spanish ones, figures untouched."""
    texts = {
        "Medical terminology": "Terminología médica",
        "Certified Tumor Registrar": "Registrador certificado de tumores",
    }

    def each(items, translate):
        """Apply ``translate`` to each list item, in the raw list formats old and new."""
        return [
            {**item, "value": translate(item["value"])}
            if isinstance(item, dict) and "value" in item
            else translate(item)
            for item in items
        ]

    body = []
    for block in english_body:
        value = dict(block["value"])
        if block["type"] == "duties":
            value["items"] = each(value["items"], lambda text: "Tarea: " + text[:10])
        if block["type"] == "education":
            value["subjects"] = each(value["subjects"], lambda text: texts.get(text, "Materia"))
            value["certifications"] = each(
                value["certifications"],
                lambda cert: {**cert, "name": texts.get(cert["name"], "Certificación")},
            )
        if block["type"] == "salary":
            value["region"] = "Estados Unidos"
            value["source_name"] = "Oficina de Estadísticas Laborales"
        body.append({**block, "value": value})
    return body


def raw_body(page) -> list[dict]:
    """The page's body as the admin saves it: every list in block format, with item ids."""
    body = page.body
    for index in range(len(body)):
        body[index]  # noqa: B018 (converting each block normalises its raw value)
    return list(body.get_prep_value())
