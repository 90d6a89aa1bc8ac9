"""What people in a career do, as O*NET's task list or the BLS Handbook give it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .values import to_int


@dataclass(frozen=True)
class Duties:
    items: tuple[str, ...]
    heading: str = ""
    source_name: str = ""
    source_url: str = ""
    year: int | None = None

    @classmethod
    def from_value(cls, value: Mapping) -> Duties:
        return cls(
            heading=value.get("heading") or "",
            items=tuple(str(item) for item in value.get("items") or () if item),
            source_name=value.get("source_name") or "",
            source_url=value.get("source_url") or "",
            year=to_int(value.get("year")),
        )
