"""Numbers from block values as editors, imports and scripts store them: empty is None."""

from decimal import Decimal, InvalidOperation


def to_decimal(value) -> Decimal | None:
    """A Decimal from a block value, or None for an empty or unreadable one."""
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def to_int(value) -> int | None:
    """An int from a block value, or None for an empty one."""
    if value is None or value == "":
        return None
    return int(value)
