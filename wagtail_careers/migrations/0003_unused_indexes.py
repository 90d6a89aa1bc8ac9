# Drops indexes that every lead post maintained and no query used:
# - Lead.email: the admin searches it with icontains and erasure matches it with iexact, which
#   no plain index serves;
# - Lead.page: queries by page use wagtail_car_lead_duplicate, which starts with the page;
# - LeadDelivery.lead: queries by lead use the one-delivery-per-destination constraint's index,
#   which starts with the lead;
# - LeadDelivery.status's second, LIKE index on PostgreSQL: its status index becomes a Meta
#   index, which comes without one.
# The page model comes from WAGTAIL_PAGE_MODEL where Wagtail has it (8.0), as in 0001_initial;
# this migration must also run on Wagtail 7.4.

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
        migrations.AlterField(
            model_name="leaddelivery",
            name="lead",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="deliveries",
                to="wagtail_careers.lead",
                verbose_name="lead",
            ),
        ),
        migrations.AlterField(
            model_name="leaddelivery",
            name="status",
            field=models.CharField(
                choices=[("pending", "Pending"), ("delivered", "Delivered"), ("failed", "Failed")],
                default="pending",
                max_length=20,
                verbose_name="status",
            ),
        ),
        migrations.AddIndex(
            model_name="leaddelivery",
            index=models.Index(fields=["status"], name="wagtail_car_delivery_status"),
        ),
    ]
