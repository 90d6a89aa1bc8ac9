"""Existing comparisons that show the education rows show the new subjects row too.

A comparison's ``dimensions`` lists the rows its editor kept; the "What the training covers"
row is new, so a comparison saved before it would never show it. Added after the program
length (or the education row) wherever the education row is shown; undone by removing it.
"""

from django.db import migrations

ROW = "subjects"
AFTER = ("program_length", "formal_education", "education")


def add_subjects_row(apps, schema_editor):
    ComparisonPage = apps.get_model("wagtail_careers", "ComparisonPage")
    for page in ComparisonPage.objects.only("dimensions"):
        rows = list(page.dimensions or [])
        if ROW in rows or "education" not in rows:
            continue
        anchor = next(code for code in AFTER if code in rows)
        rows.insert(rows.index(anchor) + 1, ROW)
        ComparisonPage.objects.filter(pk=page.pk).update(dimensions=rows)


def remove_subjects_row(apps, schema_editor):
    ComparisonPage = apps.get_model("wagtail_careers", "ComparisonPage")
    for page in ComparisonPage.objects.only("dimensions"):
        rows = list(page.dimensions or [])
        if ROW in rows:
            rows.remove(ROW)
            ComparisonPage.objects.filter(pk=page.pk).update(dimensions=rows)


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_careers", "0007_formal_education_us_english"),
    ]

    operations = [
        migrations.RunPython(add_subjects_row, remove_subjects_row),
    ]
