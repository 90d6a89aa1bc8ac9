"""``manage.py import_careers FILE [FILE ...] --parent PAGE_ID``: career pages from data files.

The command only wires the steps together: read each file by the reader of its kind
(``importing.kinds``), merge the rows of all files by SOC code (``importing.merging``), plan
each page's change and check the merged blocks (``importing.pages``), then, if nothing was
wrong anywhere, write all the changes in one transaction. See docs/import.md.
"""

import argparse
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
from ...importing.kinds import ReadOptions, read_file
from ...importing.merging import merge
from ...importing.onet import DEFAULT_MAX_DUTIES
from ...importing.progress import ProgressBar

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


def _count(value):
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(gettext("Give a whole number of 1 or more."))
    return count


class Command(BaseCommand):
    # Help texts are translated when the parser is built: argparse needs plain strings.
    @property
    def help(self):
        return gettext(
            "Create or update career pages from data files, matched by SOC code under a "
            "parent page: BLS OEWS wages, BLS Employment Projections (occupation.xlsx), "
            "O*NET's Occupation Data and Task Statements, or a CSV or XLSX file of your own "
            "columns. The rows of all the files are merged before anything is written."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help=gettext(
                "XLSX, CSV (UTF-8) or tab-delimited text files, as published or with a header "
                "row of your own columns; each one's kind is recognized from its header."
            ),
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
            help=gettext("Check the files and report what would change, writing nothing."),
        )
        parser.add_argument(
            "--existing-only",
            action="store_true",
            help=gettext(
                "Update only the career pages already under the parent, creating none: the "
                "files' other occupations are counted and skipped."
            ),
        )
        parser.add_argument(
            "--year",
            type=int,
            help=gettext(
                "The year of the pay figures for rows without salary_year (OEWS files have none)."
            ),
        )
        parser.add_argument(
            "--max-duties",
            type=_count,
            default=DEFAULT_MAX_DUTIES,
            metavar="N",
            help=gettext(
                "At most this many of O*NET's tasks become a page's duties, core tasks first "
                "(default: %(default)s)."
            )
            % {"default": DEFAULT_MAX_DUTIES},
        )
        parser.add_argument(
            "--source",
            help=gettext(
                "Source name for the pay and outlook figures imported. Default: the "
                "published file's own (BLS's program); with your own columns, BLS's program "
                "on new blocks, and existing blocks keep theirs."
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
        read_options = ReadOptions(
            year=options["year"],
            top_code=options["top_code"],
            max_duties=options["max_duties"],
        )
        files = []
        for path in options["files"]:
            try:
                parsed = read_file(path, read_options)
            except ImportFileError as error:
                raise CommandError(str(error)) from None
            self._report_file(parsed)
            files.append(parsed)
        rows, merge_errors = merge(files)
        source = None
        if options["source"]:
            source = (options["source"], options["source_url"])
        plan = pages.plan(rows, parent, source=source, existing_only=options["existing_only"])
        errors = [error for parsed in files for error in parsed.errors]
        errors += merge_errors + plan.errors
        if errors:
            raise CommandError(self._error_report(errors, files))

        to_write = [change for change in plan.changes if change.action != pages.UNCHANGED]
        if options["dry_run"] or self.verbosity >= 2:
            for change in to_write:
                self._report_change(change, options["dry_run"])
        if not options["dry_run"]:
            self._write(to_write, parent, publish=options["publish"])
        self._summary(plan, options)

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

    def _error_report(self, errors, files):
        order = {parsed.label: position for position, parsed in enumerate(files)}
        errors = sorted(errors, key=lambda error: (order.get(error.location.file, 0), error.row))
        rejected = len({(error.location.file, error.row) for error in errors})
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
        """Which kind the file was taken for, what it holds, and what the import leaves out."""
        if self.verbosity < 1:
            return
        found = ngettext(
            "%(file)s: %(kind)s, %(count)s occupation",
            "%(file)s: %(kind)s, %(count)s occupations",
            len(parsed.rows),
        ) % {"file": parsed.label, "kind": parsed.kind, "count": len(parsed.rows)}
        self.stdout.write("; ".join([found, *parsed.skipped]) + ".")
        if parsed.ignored_columns:
            self.stdout.write(
                gettext("  Columns not read: %(columns)s.")
                % {"columns": "; ".join(parsed.ignored_columns)}
            )
        for row in parsed.rows:
            for notice in row.notices:
                self.stdout.write(
                    gettext("  Row %(row)s (%(code)s): %(notice)s")
                    % {"row": row.where.row, "code": row.soc_code, "notice": notice}
                )

    def _report_change(self, change, dry_run):
        template = (
            gettext("Would %(action)s %(code)s %(title)s (%(file)s, row %(row)s): %(parts)s")
            if dry_run
            else gettext("%(action)s %(code)s %(title)s (%(file)s, row %(row)s): %(parts)s")
        )
        title = change.page.title if change.page else change.row.title
        self.stdout.write(
            template
            % {
                "action": ACTION_LABELS[change.action],
                "code": change.row.soc_code,
                "title": title,
                "file": change.row.where.file,
                "row": change.row.where.row,
                "parts": "; ".join(change.changed),
            }
        )

    def _summary(self, plan, options):
        counts = {action: 0 for action in (pages.CREATE, pages.UPDATE, pages.UNCHANGED)}
        for change in plan.changes:
            counts[change.action] += 1
        values = {
            "created": counts[pages.CREATE],
            "updated": counts[pages.UPDATE],
            "unchanged": counts[pages.UNCHANGED],
        }
        if options["dry_run"]:
            message = gettext(
                "Dry run, nothing written: would create %(created)s, update %(updated)s, "
                "leave %(unchanged)s unchanged; rejected 0"
            )
        elif options["publish"]:
            message = gettext(
                "Created %(created)s, updated %(updated)s (published), unchanged %(unchanged)s, "
                "rejected 0"
            )
        else:
            message = gettext(
                "Created %(created)s, updated %(updated)s (as drafts), unchanged %(unchanged)s, "
                "rejected 0"
            )
        parts = [message % values, *self._skipped(plan)]
        if self.verbosity >= 1:
            self.stdout.write(self.style.SUCCESS("; ".join(parts) + "."))
        drafts = [
            c
            for c in plan.changes
            if c.action == pages.UNCHANGED and c.page.has_unpublished_changes
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

    def _skipped(self, plan):
        """The summary's sentences on what the plan left out, when it left anything out."""
        if plan.without_page:
            yield ngettext(
                "skipped %(count)s occupation with no page",
                "skipped %(count)s occupations with no page",
                plan.without_page,
            ) % {"count": plan.without_page}
        if plan.without_title:
            yield ngettext(
                "skipped %(count)s occupation with no page and no title to create one with "
                "(import O*NET's Occupation Data with the tasks, or use --existing-only)",
                "skipped %(count)s occupations with no page and no title to create one with "
                "(import O*NET's Occupation Data with the tasks, or use --existing-only)",
                plan.without_title,
            ) % {"count": plan.without_title}
        if plan.duties_kept:
            yield ngettext(
                "kept the duties editors wrote on %(count)s page (their source is not O*NET)",
                "kept the duties editors wrote on %(count)s pages (their source is not O*NET)",
                plan.duties_kept,
            ) % {"count": plan.duties_kept}
