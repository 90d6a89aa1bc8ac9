# Page foreign keys and dependencies written for Wagtail 7.4 and 8.x alike (see 0001_initial).

import django.db.models.deletion
import modelcluster.fields
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

import wagtail_careers.comparison_page

PAGE_MODEL = getattr(settings, "WAGTAIL_PAGE_MODEL", "wagtailcore.page")


class Migration(migrations.Migration):

    dependencies = [
        ('wagtail_careers', '0002_leads'),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name='ComparisonPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=PAGE_MODEL)),
                ('intro', wagtail.fields.RichTextField(blank=True, help_text='A paragraph on why a student would weigh these careers against each other.', verbose_name='introduction')),
                ('dimensions', models.JSONField(blank=True, default=wagtail_careers.comparison_page.all_dimensions, help_text='The facts the comparison table shows, and the differences it states.', verbose_name='rows to show')),
                ('body', wagtail.fields.StreamField([('paragraph', 0), ('checklist', 4), ('call_to_action', 8)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'icon': 'pilcrow', 'label': 'Paragraph', 'template': 'wagtail_careers/blocks/paragraph.html'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "Before you decide".', 'label': 'Heading', 'max_length': 255}), 2: ('wagtail.blocks.CharBlock', (), {'label': 'Item', 'max_length': 500}), 3: ('wagtail.blocks.ListBlock', (2,), {'help_text': 'One question or step per line. Example: "Do you enjoy working with patients, or with records?"', 'label': 'Items', 'min_num': 1}), 4: ('wagtail.blocks.StructBlock', [[('heading', 1), ('items', 3)]], {}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Example: "Explore the programme".', 'label': 'Button text', 'max_length': 100}), 6: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'A page of this site, or a link below.', 'label': 'Page', 'required': False}), 7: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'label': 'Link', 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('text', 5), ('page', 6), ('url', 7)]], {})}, help_text='Your own sections after the comparison: "Before you decide", a conclusion.', verbose_name='body')),
            ],
            options={
                'verbose_name': 'comparison page',
                'verbose_name_plural': 'comparison pages',
            },
            bases=('wagtailcore.page',),
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
    ]
