# Page foreign keys and dependencies written for Wagtail 7.4 and 8.x alike (see 0001_initial).

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page")


class Migration(migrations.Migration):

    dependencies = [
        ('wagtail_careers', '0001_initial'),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name='CareersSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('recipients', models.TextField(blank=True, help_text='Email addresses that receive every new lead, one per line.', verbose_name='lead recipients')),
                ('from_email', models.EmailField(blank=True, help_text="The sender of lead emails. Empty: the site's DEFAULT_FROM_EMAIL.", max_length=254, verbose_name='from address')),
                ('form_heading', models.CharField(default='Request information', max_length=255, verbose_name='form heading')),
                ('form_intro', models.TextField(blank=True, default='Tell us how to reach you and an admissions adviser will answer your questions.', verbose_name='form introduction')),
                ('consent_text', models.TextField(default='I agree that the school may contact me about its programmes by phone, text message and email at the details above. Agreeing is not a condition of enrolment.', help_text='Shown beside the consent checkbox and stored with every lead as evidence of what the visitor agreed to.', verbose_name='consent text')),
                ('thank_you_message', wagtail.fields.RichTextField(default='Thank you! An admissions adviser will contact you soon to answer your questions.', verbose_name='thank-you message')),
                ('webhook_url', models.URLField(blank=True, help_text='Optional: every lead is also posted here as signed JSON (Standard Webhooks).', verbose_name='webhook URL')),
                ('webhook_secret', models.CharField(blank=True, help_text='The signing secret the receiving system gave you (e.g. whsec_...).', max_length=255, verbose_name='webhook secret')),
                ('retention_days', models.PositiveIntegerField(default=730, help_text='careers_purge_leads removes leads older than this.', verbose_name='keep leads for (days)')),
                ('rate_limit', models.PositiveIntegerField(default=5, help_text='Further posts from the same address are refused until the window passes.', verbose_name='posts per visitor per 10 minutes')),
                ('privacy_page', models.ForeignKey(blank=True, help_text='Linked from the form.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=PAGE_MODEL, verbose_name='privacy page')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'careers',
            },
        ),
        migrations.CreateModel(
            name='Lead',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='name')),
                ('email', models.EmailField(db_index=True, max_length=254, verbose_name='email')),
                ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                ('postal_code', models.CharField(blank=True, max_length=20, verbose_name='postal code')),
                ('message', models.TextField(blank=True, verbose_name='message')),
                ('consent', models.BooleanField(default=False, verbose_name='consent given')),
                ('consent_text', models.TextField(blank=True, verbose_name='consent text shown')),
                ('consent_at', models.DateTimeField(blank=True, null=True, verbose_name='consent given at')),
                ('page_url', models.URLField(blank=True, max_length=2000, verbose_name='page URL')),
                ('utm_source', models.CharField(blank=True, max_length=255, verbose_name='UTM source')),
                ('utm_medium', models.CharField(blank=True, max_length=255, verbose_name='UTM medium')),
                ('utm_campaign', models.CharField(blank=True, max_length=255, verbose_name='UTM campaign')),
                ('utm_term', models.CharField(blank=True, max_length=255, verbose_name='UTM term')),
                ('utm_content', models.CharField(blank=True, max_length=255, verbose_name='UTM content')),
                ('gclid', models.CharField(blank=True, max_length=255, verbose_name='Google click ID')),
                ('referrer', models.URLField(blank=True, max_length=2000, verbose_name='referrer')),
                ('user_agent', models.CharField(blank=True, max_length=500, verbose_name='user agent')),
                ('ip_hash', models.CharField(blank=True, help_text="An HMAC of the visitor's IP address: never the address itself.", max_length=64, verbose_name='IP address (keyed hash)')),
                ('status', models.CharField(choices=[('new', 'New'), ('contacted', 'Contacted'), ('enrolled', 'Enrolled'), ('not_interested', 'Not interested'), ('spam', 'Spam')], default='new', max_length=20, verbose_name='status')),
                ('spam_reason', models.CharField(blank=True, max_length=100, verbose_name='why it was flagged as spam')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created')),
                ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                ('career', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='leads', to='wagtail_careers.careerpage', verbose_name='career')),
                ('page', models.ForeignKey(blank=True, help_text='The page the form was sent from.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=PAGE_MODEL, verbose_name='page')),
            ],
            options={
                'verbose_name': 'lead',
                'verbose_name_plural': 'leads',
                'ordering': ['-created_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='LeadDelivery',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('destination', models.CharField(choices=[('email', 'Email'), ('webhook', 'Webhook')], max_length=20, verbose_name='destination')),
                ('status', models.CharField(choices=[('pending', 'Pending'), ('delivered', 'Delivered'), ('failed', 'Failed')], db_index=True, default='pending', max_length=20, verbose_name='status')),
                ('attempts', models.PositiveIntegerField(default=0, verbose_name='attempts')),
                ('last_error', models.TextField(blank=True, verbose_name='last error')),
                ('last_attempt_at', models.DateTimeField(blank=True, null=True, verbose_name='last attempt')),
                ('next_attempt_at', models.DateTimeField(blank=True, null=True, verbose_name='next attempt')),
                ('delivered_at', models.DateTimeField(blank=True, null=True, verbose_name='delivered')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('lead', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='deliveries', to='wagtail_careers.lead', verbose_name='lead')),
            ],
            options={
                'verbose_name': 'lead delivery',
                'verbose_name_plural': 'lead deliveries',
            },
        ),
        migrations.AddIndex(
            model_name='lead',
            index=models.Index(fields=['status', 'created_at'], name='wagtail_car_status_8207fa_idx'),
        ),
        migrations.AddConstraint(
            model_name='leaddelivery',
            constraint=models.UniqueConstraint(fields=('lead', 'destination'), name='wagtail_careers_one_delivery_per_destination'),
        ),
    ]
