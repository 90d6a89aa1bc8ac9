# Written to load on Wagtail 7.4 and 8.x alike: Wagtail 8 names the page model in the
# WAGTAIL_PAGE_MODEL setting (absent on 7.4), and its newest wagtailcore migration does not
# exist on 7.4. So: the page model from the setting with 7.4's default, and a dependency on
# a wagtailcore migration both versions ship.

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
import wagtail_careers.comparison_page
from django.conf import settings
from django.db import migrations, models

PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name='CareerPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=PAGE_MODEL)),
                ('show_lead_form', models.BooleanField(default=True, help_text='Untick to publish this page without the form.', verbose_name='show the request-information form')),
                ('lead_form_heading', models.CharField(blank=True, help_text='Empty: the heading set in Settings > Careers.', max_length=255, verbose_name='form heading')),
                ('lead_form_intro', models.TextField(blank=True, help_text='Empty: the introduction set in Settings > Careers.', verbose_name='form introduction')),
                ('summary', models.TextField(blank=True, help_text='Two or three sentences on what the job is, shown under the title, in search results and to search engines.', verbose_name='summary')),
                ('soc_code', models.CharField(blank=True, db_index=True, help_text="The occupation's Standard Occupational Classification code, as BLS and O*NET list it. Example: 29-2072 for medical records specialists.", max_length=10, validators=[django.core.validators.RegexValidator('^\\d{2}-\\d{4}(\\.\\d{2})?$', code='invalid_soc_code', message="Enter an SOC code as BLS writes it: two digits, a hyphen and four digits, e.g. 29-2072 (O*NET's form 29-2072.00 is accepted too).")], verbose_name='SOC code')),
                ('body', wagtail.fields.StreamField([('duties', 4), ('education', 18), ('outlook', 28), ('salary', 40), ('paragraph', 41), ('image', 42), ('call_to_action', 46)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Leave empty for "What they do".', 'label': 'Heading', 'max_length': 255, 'required': False}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'help_text': 'A sentence or two on the job before the list of duties.', 'label': 'Introduction', 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Duty', 'max_length': 500}), 3: ('wagtail.blocks.ListBlock', (2,), {'help_text': 'One task per line, as O*NET\'s Task Statements or the BLS Handbook\'s "What they do" list them. Example: "Assign codes to diagnoses and procedures".', 'label': 'Duties', 'min_num': 1}), 4: ('wagtail.blocks.StructBlock', [[('heading', 0), ('intro', 1), ('items', 3)]], {}), 5: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('none', 'No formal educational credential'), ('high_school', 'High school diploma or equivalent'), ('postsecondary_nondegree', 'Postsecondary nondegree award'), ('some_college', 'Some college, no degree'), ('associate', "Associate's degree"), ('bachelor', "Bachelor's degree"), ('master', "Master's degree"), ('doctoral', 'Doctoral or professional degree')], 'help_text': 'BLS\'s "Typical entry-level education" for the occupation (Handbook, Quick Facts). Example: "Postsecondary nondegree award" for a diploma programme.', 'label': 'Typical entry-level education'}), 6: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick when employers hire only people who completed a programme.', 'label': 'Formal education required', 'required': False}), 7: ('wagtail.blocks.IntegerBlock', (), {'help_text': "How long your school's programme takes. Example: 10.", 'label': 'Programme length (months)', 'max_value': 240, 'min_value': 1, 'required': False}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Subject', 'max_length': 255}), 9: ('wagtail.blocks.ListBlock', (8,), {'default': [], 'help_text': 'What the training covers. Example: "Medical terminology".', 'label': 'Subjects covered'}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'The full name. Example: "Registered Health Information Technician".', 'label': 'Name', 'max_length': 255}), 11: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "RHIT".', 'label': 'Abbreviation', 'max_length': 30, 'required': False}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'The body that awards it. Example: "AHIMA".', 'label': 'Issued by', 'max_length': 255, 'required': False}), 13: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick when most employers require it, not just prefer it.', 'label': 'Required by employers', 'required': False}), 14: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'Leave empty when it never needs renewing.', 'label': 'Renewed every (years)', 'max_value': 50, 'min_value': 1, 'required': False}), 15: ('wagtail.blocks.StructBlock', [[('name', 10), ('abbreviation', 11), ('issuer', 12), ('required', 13), ('renewal_years', 14)]], {}), 16: ('wagtail.blocks.ListBlock', (15,), {'default': [], 'help_text': 'Certifications or licences the job asks for, from the Handbook\'s "How to become one".', 'label': 'Certifications'}), 17: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ul'], 'help_text': 'Anything else about getting in: on-the-job training, experience, ...', 'label': 'Notes', 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('typical_entry_education', 5), ('formal_education_required', 6), ('program_length_months', 7), ('subjects', 9), ('certifications', 16), ('notes', 17)]], {}), 19: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 1, 'help_text': 'Percent change in employment over the period, from BLS\'s "Job Outlook". Negative for a decline. Example: 22 for 22%.', 'label': 'Projected growth (%)', 'max_digits': 6}), 20: ('wagtail.blocks.IntegerBlock', (), {'help_text': "The projection's base year. Example: 2012 for 2012–2022.", 'label': 'Period start (year)', 'min_value': 1900}), 21: ('wagtail.blocks.IntegerBlock', (), {'help_text': "The projection's target year. Example: 2022 for 2012–2022.", 'label': 'Period end (year)', 'min_value': 1900}), 22: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'Jobs in the base year ("Number of Jobs"). Example: 186300.', 'label': 'Employment (jobs)', 'min_value': 0, 'required': False}), 23: ('wagtail.blocks.IntegerBlock', (), {'help_text': "Average annual openings from BLS's projections table. Example: 15000.", 'label': 'Openings per year', 'min_value': 0, 'required': False}), 24: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 1, 'help_text': 'Growth of all occupations over the same period, which the label ("Much faster than average") compares against. Leave empty for BLS\'s published figure where known. Example: 10.8 for 2012–2022.', 'label': "All occupations' growth (%)", 'max_digits': 6, 'required': False}), 25: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'help_text': 'Why employment is expected to change, in a sentence or two.', 'label': 'What drives it', 'required': False}), 26: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who published these figures, shown beside them. Example: "Bureau of Labor Statistics, Occupational Outlook Handbook".', 'label': 'Source', 'max_length': 255}), 27: ('wagtail.blocks.URLBlock', (), {'help_text': 'The page the figures come from, so readers can check them.', 'label': 'Source link', 'required': False}), 28: ('wagtail.blocks.StructBlock', [[('growth_percent', 19), ('period_start', 20), ('period_end', 21), ('employment', 22), ('annual_openings', 23), ('average_growth_percent', 24), ('drivers', 25), ('source_name', 26), ('source_url', 27)]], {}), 29: ('wagtail.blocks.CharBlock', (), {'default': 'USD', 'help_text': 'Three-letter ISO 4217 code. Example: USD.', 'label': 'Currency', 'max_length': 3}), 30: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': 'Half of workers earn more, half less: BLS\'s "Median Pay" per year (OEWS column A_MEDIAN). Example: 34750.', 'label': 'Median annual pay', 'max_digits': 12, 'min_value': 0}), 31: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': 'The lowest 10% earn less than this (OEWS A_PCT10).', 'label': '10th percentile', 'max_digits': 12, 'min_value': 0, 'required': False}), 32: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': 'A quarter earn less than this (OEWS A_PCT25).', 'label': '25th percentile', 'max_digits': 12, 'min_value': 0, 'required': False}), 33: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': 'A quarter earn more than this (OEWS A_PCT75).', 'label': '75th percentile', 'max_digits': 12, 'min_value': 0, 'required': False}), 34: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': 'The top 10% earn this or more (OEWS A_PCT90). Example: 56200.', 'label': '90th percentile', 'max_digits': 12, 'min_value': 0, 'required': False}), 35: ('wagtail.blocks.DecimalBlock', (), {'decimal_places': 2, 'help_text': "BLS's hourly median (OEWS H_MEDIAN). Leave empty to show the annual median over 2,080 hours.", 'label': 'Median hourly pay', 'max_digits': 8, 'min_value': 0, 'required': False}), 36: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'The year the figures describe. Example: 2012.', 'label': 'Year', 'min_value': 1900}), 37: ('wagtail.blocks.CharBlock', (), {'default': 'United States', 'help_text': 'Where the figures apply. Example: "United States" or "Texas".', 'label': 'Region', 'max_length': 255}), 38: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown under the figures, e.g. when BLS publishes a wage only as "at or above" its top-coded value. import_careers rewrites it whenever it imports the pay.', 'label': 'Note on the figures', 'max_length': 500, 'required': False}), 39: ('wagtail.blocks.CharBlock', (), {'help_text': 'Who published these figures, shown beside them. Example: "Bureau of Labor Statistics, Occupational Employment and Wage Statistics".', 'label': 'Source', 'max_length': 255}), 40: ('wagtail.blocks.StructBlock', [[('currency', 29), ('median_annual', 30), ('percentile_10', 31), ('percentile_25', 32), ('percentile_75', 33), ('percentile_90', 34), ('median_hourly', 35), ('year', 36), ('region', 37), ('note', 38), ('source_name', 39), ('source_url', 27)]], {}), 41: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Paragraph', 'template': 'wagtail_careers/blocks/paragraph.html'}), 42: ('wagtail.images.blocks.ImageBlock', [], {'label': 'Image', 'template': 'wagtail_careers/blocks/image.html'}), 43: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "Explore the programme".', 'label': 'Button text', 'max_length': 100}), 44: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'A page of this site, or a link below.', 'label': 'Page', 'required': False}), 45: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'label': 'Link', 'required': False}), 46: ('wagtail.blocks.StructBlock', [[('text', 43), ('page', 44), ('url', 45)]], {})}, verbose_name='body')),
            ],
            options={
                'verbose_name': 'career page',
                'verbose_name_plural': 'career pages',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
        ),
        migrations.CreateModel(
            name='ComparisonPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=PAGE_MODEL)),
                ('show_lead_form', models.BooleanField(default=True, help_text='Untick to publish this page without the form.', verbose_name='show the request-information form')),
                ('lead_form_heading', models.CharField(blank=True, help_text='Empty: the heading set in Settings > Careers.', max_length=255, verbose_name='form heading')),
                ('lead_form_intro', models.TextField(blank=True, help_text='Empty: the introduction set in Settings > Careers.', verbose_name='form introduction')),
                ('intro', wagtail.fields.RichTextField(blank=True, help_text='A paragraph on why a student would weigh these careers against each other.', verbose_name='introduction')),
                ('dimensions', models.JSONField(blank=True, default=wagtail_careers.comparison_page.all_dimensions, help_text='The facts the comparison table shows, and the differences it states.', verbose_name='rows to show')),
                ('body', wagtail.fields.StreamField([('paragraph', 0), ('checklist', 4), ('call_to_action', 8)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Paragraph', 'template': 'wagtail_careers/blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "Before you decide".', 'label': 'Heading', 'max_length': 255}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Item', 'max_length': 500}), 3: ('wagtail.blocks.ListBlock', (2,), {'help_text': 'One question or step per line. Example: "Do you enjoy working with patients, or with records?"', 'label': 'Items', 'min_num': 1}), 4: ('wagtail.blocks.StructBlock', [[('heading', 1), ('items', 3)]], {}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "Explore the programme".', 'label': 'Button text', 'max_length': 100}), 6: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'A page of this site, or a link below.', 'label': 'Page', 'required': False}), 7: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'label': 'Link', 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('text', 5), ('page', 6), ('url', 7)]], {})}, help_text='Your own sections after the comparison: "Before you decide", a conclusion.', verbose_name='body')),
            ],
            options={
                'verbose_name': 'comparison page',
                'verbose_name_plural': 'comparison pages',
            },
            bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
        ),
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
            name='ComparisonCareer',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('career', models.ForeignKey(help_text='A career page of this site.', on_delete=django.db.models.deletion.CASCADE, related_name='comparison_links', to='wagtail_careers.careerpage', verbose_name='career')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='career_links', to='wagtail_careers.comparisonpage')),
            ],
            options={
                'verbose_name': 'compared career',
                'verbose_name_plural': 'compared careers',
                'ordering': ['sort_order'],
                'abstract': False,
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
