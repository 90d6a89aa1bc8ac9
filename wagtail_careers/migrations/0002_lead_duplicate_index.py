# A lead post's duplicate check (same page, same email in any case, last few minutes) reads only
# the matching leads through this index instead of every recent lead.

import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wagtail_careers", "0001_initial"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="lead",
            index=models.Index(
                models.F("page"),
                django.db.models.functions.text.Upper("email"),
                models.F("created_at"),
                name="wagtail_car_lead_duplicate",
            ),
        ),
    ]
