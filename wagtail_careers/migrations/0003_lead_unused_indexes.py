# Drops the indexes of Lead.email and Lead.page, which every lead post maintained and no query
# used: the admin searches email with icontains and erasure matches it with iexact (no plain
# index serves either), and queries by page use wagtail_car_lead_duplicate, which starts with
# the page. The page model comes from WAGTAIL_PAGE_MODEL where Wagtail has it (8.0), as in
# 0001_initial; this migration must also run on Wagtail 7.4.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page")


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_careers", "0002_lead_duplicate_index"),
    ]

    operations = [
        migrations.AlterField(
            model_name="lead",
            name="email",
            field=models.EmailField(max_length=254, verbose_name="email"),
        ),
        migrations.AlterField(
            model_name="lead",
            name="page",
            field=models.ForeignKey(
                blank=True,
                db_index=False,
                help_text="The page the form was sent from.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=PAGE_MODEL,
                verbose_name="page",
            ),
        ),
    ]
