# The example site's careers section becomes wagtail-careers' CareerIndexPage: every
# CareersIndexPage (each language's) keeps its page, its URL, its introduction and its
# revisions, under the package's page type; then the site's own type is removed.

from django.db import migrations


def to_career_index_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    CareersIndexPage = apps.get_model("home", "CareersIndexPage")
    CareerIndexPage = apps.get_model("wagtail_careers", "CareerIndexPage")
    old_type = ContentType.objects.get_for_model(CareersIndexPage)
    new_type = ContentType.objects.get_for_model(CareerIndexPage)
    for old in CareersIndexPage.objects.all():
        # A raw save writes the new type's own row only: the page row is already there.
        CareerIndexPage(
            page_ptr_id=old.pk,
            intro=old.intro,
            show_lead_form=True,
            lead_form_heading="",
            lead_form_intro="",
        ).save_base(raw=True, force_insert=True)
        revisions = Revision.objects.filter(object_id=str(old.pk), content_type=old_type)
        for revision in revisions:
            revision.content = {**revision.content, "content_type": new_type.pk}
            revision.content_type = new_type
            revision.save(update_fields=["content", "content_type"])
    Page.objects.filter(content_type=old_type).update(content_type=new_type)
    # Only the old type's own rows: the pages themselves are kept.
    CareersIndexPage.objects.all()._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_careers_index_and_intro"),
        ("wagtail_careers", "0010_career_index"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(to_career_index_page, migrations.RunPython.noop),
        migrations.DeleteModel(name="CareersIndexPage"),
    ]
