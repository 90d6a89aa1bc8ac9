"""The rows of several files merged by SOC code, before anything is written.

So one run brings pay (OEWS), outlook and education (Employment Projections) and duties
(O*NET) together onto each page. A value that two files both give for the same occupation
must be the same in both (``48780`` and ``48,780.00`` are): otherwise it is an error that
names both cells, and nothing is written. A page's title is not such a value: BLS and
O*NET write titles differently, and a title only names a new page, so the first file's is
taken. Plain values in and out.
"""

from dataclasses import replace
from decimal import Decimal

from django.utils.translation import gettext

from .records import PAGE, ImportRow, RowError

#: The page fields two files may give, compared like the blocks' sub-fields.
PAGE_FIELDS = ("summary", "description")
#: How much of a value a disagreement message shows.
SHOWN_LENGTH = 80


def _comparable(value):
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return Decimal(str(value)).normalize()
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return value


def _shown(value) -> str:
    if value is None:
        return gettext("nothing")
    if isinstance(value, list):
        text = " | ".join(str(item) for item in value)
    elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        text = format(_comparable(value), "f")
    else:
        text = str(value)
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "\u2026"


def _disagreement(into, row, key, name, ours, theirs) -> RowError:
    first = into.origin(key, name)
    return RowError(
        row.origin(key, name),
        gettext(
            '%(code)s: "%(theirs)s" here, but "%(ours)s" in %(file)s (row %(row)s, column '
            "%(column)s). The two files disagree: give this figure in one of them only, "
            "or make them agree."
        )
        % {
            "code": row.soc_code,
            "theirs": _shown(theirs),
            "ours": _shown(ours),
            "file": first.file,
            "row": first.row,
            "column": first.column,
        },
    )


def _merge_values(into, row, key, mine: dict, theirs: dict, errors):
    """Adds ``theirs`` to ``mine`` (the sub-fields of one block, or page fields)."""
    for name, value in theirs.items():
        if name in mine and _comparable(mine[name]) != _comparable(value):
            errors.append(_disagreement(into, row, key, name, mine[name], value))
            continue
        if name not in mine:
            mine[name] = value
            if (key, name) in row.origins:
                into.origins[(key, name)] = row.origins[(key, name)]


def _merge_into(into: ImportRow, row: ImportRow) -> list[RowError]:
    errors = []
    if not into.title and row.title:
        into.title = row.title
        if (PAGE, "title") in row.origins:
            into.origins[(PAGE, "title")] = row.origins[(PAGE, "title")]
    page_values = {name: getattr(into, name) for name in PAGE_FIELDS if getattr(into, name)}
    given = {name: getattr(row, name) for name in PAGE_FIELDS if getattr(row, name)}
    _merge_values(into, row, PAGE, page_values, given, errors)
    for name in PAGE_FIELDS:
        setattr(into, name, page_values.get(name))
    for block_type, values in row.blocks().items():
        mine = getattr(into, block_type)
        if mine is None:
            setattr(into, block_type, {})
            mine = getattr(into, block_type)
            if block_type == "duties":
                into.duties_from_onet = row.duties_from_onet
        _merge_values(into, row, block_type, mine, values, errors)
    into.notices.extend(row.notices)
    return errors


def _own_copy(row: ImportRow) -> ImportRow:
    """A copy whose blocks, origins and notices merging may change without touching ``row``."""
    return replace(
        row,
        **{name: dict(values) for name, values in row.blocks().items()},
        origins=dict(row.origins),
        notices=list(row.notices),
    )


def merge(files) -> tuple[list[ImportRow], list[RowError]]:
    """One row per SOC code from the ``ParsedFile``s, in the order codes first appear, and
    every disagreement between them."""
    merged, errors = {}, []
    for parsed in files:
        for row in parsed.rows:
            if row.soc_code in merged:
                errors += _merge_into(merged[row.soc_code], row)
            else:
                merged[row.soc_code] = _own_copy(row)
    return list(merged.values()), errors
