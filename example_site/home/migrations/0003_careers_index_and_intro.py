# Loads on Wagtail 7.4 and 8.x alike: the page model from WAGTAIL_PAGE_MODEL (absent on 7.4)
# with 7.4's default, and a dependency on a wagtailcore migration both versions ship.

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_homepage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="CareersIndexPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=PAGE_MODEL,
                    ),
                ),
                (
                    "intro",
                    wagtail.fields.RichTextField(
                        blank=True,
                        help_text="A few sentences above the list of careers.",
                        verbose_name="introduction",
                    ),
                ),
            ],
            options={
                "verbose_name": "careers index page",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.AlterModelOptions(
            name="homepage",
            options={"verbose_name": "home page"},
        ),
        migrations.AddField(
            model_name="homepage",
            name="intro",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="A few sentences welcoming visitors, shown above the list of careers.",
                verbose_name="introduction",
            ),
        ),
    ]
