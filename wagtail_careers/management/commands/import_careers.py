"""``manage.py import_careers FILE --parent PAGE_ID``: career pages from a data file.

The command only wires the steps together: read and check every row (``importing.rows``),
plan each page's change and check the merged blocks (``importing.pages``), then, if nothing
was wrong anywhere, write all the changes in one transaction. See docs/import.md.
"""

from decimal import Decimal, InvalidOperation

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ...career_page import CareerPage
from ...importing import pages
from ...importing.files import ImportFileError
from ...importing.indexing import index_objects, indexing_deferred
from ...importing.progress import ProgressBar
from ...importing.rows import parse_file

ACTION_LABELS = {
    pages.CREATE: _("create"),
    pages.UPDATE: _("update"),
}


def _amount(value):
    try:
        amount = Decimal(value.replace(",", "").replace("$", ""))
    except InvalidOperation:
        raise CommandError(gettext("--top-code needs an amount, such as 239200.")) from None
    if not amount.is_finite() or amount <= 0:
        raise CommandError(gettext("--top-code needs an amount, such as 239200."))
    return amount


class Command(BaseCommand):
    # Help texts are translated when the parser is built: argparse needs plain strings.
    @property
    def help(self):
        return gettext(
            "Create or update career pages from a CSV or XLSX file of occupations (your "
            "own columns or BLS OEWS's), matched by SOC code under a parent page."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help=gettext("The CSV (UTF-8) or XLSX file, with a header row.")
        )
        parser.add_argument(
            "--parent",
            type=int,
            required=True,
            metavar="PAGE_ID",
            help=gettext(
                "The page new career pages go under; existing ones are matched below it."
            ),
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help=gettext("Publish each changed page; without it changes are saved as drafts."),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=gettext("Check the file and report what would change, writing nothing."),
        )
        parser.add_argument(
            "--year",
            type=int,
            help=gettext(
                "The year of the pay figures for rows without salary_year (OEWS files have none)."
            ),
        )
        parser.add_argument(
            "--source",
            help=gettext(
                "Source name for the pay and outlook figures imported. Default: BLS's program "
                "name on new blocks; existing blocks keep theirs."
            ),
        )
        parser.add_argument(
            "--source-url",
            default="",
            help=gettext("Link to the source, with --source."),
        )
        parser.add_argument(
            "--top-code",
            type=_amount,
            metavar="AMOUNT",
            help=gettext(
                "BLS's top-coded annual wage for the file's year (its Field Descriptions: "
                '"# = ... $239,200 per year"), named in the note on wages marked #.'
            ),
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        parent = self._parent(options["parent"])
        try:
            parsed = parse_file(
                options["file"],
                default_year=options["year"],
                top_code=options["top_code"],
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        source = None
        if options["source"]:
            source = (options["source"], options["source_url"])
        changes, plan_errors = pages.plan(parsed.rows, parent, parsed.headers, source=source)
        errors = sorted(parsed.errors + plan_errors, key=lambda error: error.row)
        if errors:
            raise CommandError(self._error_report(errors))

        self._report_file(parsed)
        to_write = [change for change in changes if change.action != pages.UNCHANGED]
        if options["dry_run"] or self.verbosity >= 2:
            for change in to_write:
                self._report_change(change, options["dry_run"])
        if not options["dry_run"]:
            self._write(to_write, parent, publish=options["publish"])
        self._summary(changes, options)

    def _parent(self, page_id):
        try:
            parent = Page.objects.get(id=page_id).specific
        except Page.DoesNotExist:
            raise CommandError(
                gettext("There is no page with id %(id)s.") % {"id": page_id}
            ) from None
        if not CareerPage.can_create_at(parent):
            raise CommandError(
                gettext("Career pages cannot be created under %(page)s (id %(id)s).")
                % {"page": parent.title, "id": page_id}
            )
        return parent

    def _write(self, changes, parent, *, publish):
        progress = ProgressBar(self.stdout, len(changes))
        with transaction.atomic():
            with indexing_deferred(CareerPage):
                written = [
                    pages.write(change, parent, publish=publish).pk
                    for change in progress.track(changes)
                ]
            index_objects(CareerPage, written)
        progress.finish()

    def _error_report(self, errors):
        rejected = len({error.row for error in errors})
        lines = [
            gettext(
                "Nothing was imported: %(errors)s error(s) in %(rows)s row(s) "
                "(created 0, updated 0, unchanged 0, rejected %(rows)s). Fix them and run again."
            )
            % {"errors": len(errors), "rows": rejected}
        ]
        lines += [f"  {error}" for error in errors]
        return "\n".join(lines)

    def _report_file(self, parsed):
        if self.verbosity < 1:
            return
        if parsed.ignored_columns:
            self.stdout.write(
                gettext("Columns ignored: %(columns)s.")
                % {"columns": ", ".join(parsed.ignored_columns)}
            )
        if parsed.skipped:
            self.stdout.write(
                ngettext(
                    "Skipped %(count)s row of OEWS group totals (not occupations).",
                    "Skipped %(count)s rows of OEWS group totals (not occupations).",
                    parsed.skipped,
                )
                % {"count": parsed.skipped}
            )
        for row in parsed.rows:
            for notice in row.notices:
                self.stdout.write(
                    gettext("Row %(row)s (%(code)s): %(notice)s")
                    % {"row": row.number, "code": row.soc_code, "notice": notice}
                )

    def _report_change(self, change, dry_run):
        template = (
            gettext("Would %(action)s %(code)s %(title)s (row %(row)s): %(parts)s")
            if dry_run
            else gettext("%(action)s %(code)s %(title)s (row %(row)s): %(parts)s")
        )
        title = change.page.title if change.page else change.row.title
        self.stdout.write(
            template
            % {
                "action": ACTION_LABELS[change.action],
                "code": change.row.soc_code,
                "title": title,
                "row": change.row.number,
                "parts": "; ".join(change.changed),
            }
        )

    def _summary(self, changes, options):
        counts = {action: 0 for action in (pages.CREATE, pages.UPDATE, pages.UNCHANGED)}
        for change in changes:
            counts[change.action] += 1
        values = {
            "created": counts[pages.CREATE],
            "updated": counts[pages.UPDATE],
            "unchanged": counts[pages.UNCHANGED],
        }
        if options["dry_run"]:
            message = gettext(
                "Dry run, nothing written: would create %(created)s, update %(updated)s, "
                "leave %(unchanged)s unchanged; rejected 0."
            )
        elif options["publish"]:
            message = gettext(
                "Created %(created)s, updated %(updated)s (published), unchanged %(unchanged)s, "
                "rejected 0."
            )
        else:
            message = gettext(
                "Created %(created)s, updated %(updated)s (as drafts), unchanged %(unchanged)s, "
                "rejected 0."
            )
        if self.verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(message % values))
        drafts = [
            c for c in changes if c.action == pages.UNCHANGED and c.page.has_unpublished_changes
        ]
        if options["publish"] and drafts and self.verbosity >= 1:
            self.stdout.write(
                ngettext(
                    "%(count)s unchanged page has unpublished changes, left as they are: "
                    "publish it in the admin after checking it.",
                    "%(count)s unchanged pages have unpublished changes, left as they are: "
                    "publish them in the admin after checking them.",
                    len(drafts),
                )
                % {"count": len(drafts)}
            )
