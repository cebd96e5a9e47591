"""Conflicts left by a merge, side by side: pure rules shared by the CLI and the TUI.

A conflicted record is its shown version (the deterministic winner) plus the versions kept
in its ``conflicts``. Resolving builds one document from them: one side whole, or a side
per field, with typed edits on top. The store writes it as a revision descending from every
side (:meth:`grouptui.store.repo.Repo.resolve`), so the conflict does not come back.
"""

from __future__ import annotations

import json
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any

from grouptui.domain.codec import field_names, field_types
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import ENTITY_FIELDS, TABLES
from grouptui.domain.numbers import int_in, parse_decimal
from grouptui.domain.revision import BOOKKEEPING
from grouptui.domain.validate import INT_RANGES, NUMBER_LIMIT

Doc = dict[str, Any]

#: fields that best name a record, in order of preference.
TITLE_FIELDS = ("name", "theme", "title", "what", "text", "raised")


class ConflictError(UserFacingError):
    """A resolution the user asked for that cannot be made."""


@dataclass
class Conflict:
    """One record with concurrent versions."""

    table: str
    id: str
    winner: Doc
    others: list[Doc]

    @property
    def sides(self) -> list[Doc]:
        """The shown version first, then the others."""
        return [self.winner, *self.others]

    @property
    def title(self) -> str:
        """A short name of the record, from the first side that has one."""
        for name in TITLE_FIELDS:
            for side in self.sides:
                value = side.get(name)
                if isinstance(value, str) and value.strip():
                    return value.strip().splitlines()[0][:60]
        return ""


@dataclass
class FieldRow:
    """One field of a conflicted record: its value on every side."""

    name: str
    values: list[Any]

    @property
    def differs(self) -> bool:
        """Whether the sides disagree on this field."""
        return any(v != self.values[0] for v in self.values[1:])


def content_fields(table: str, sides: list[Doc]) -> list[str]:
    """The fields a user can choose between: the model's, then unknown ones by name."""
    known = [f for f in field_names(TABLES[table]) if f not in ENTITY_FIELDS]
    extra = sorted({k for s in sides for k in s} - set(known) - BOOKKEEPING - {"id", "deleted"})
    return ["deleted", *known, *extra]


def field_rows(conflict: Conflict) -> list[FieldRow]:
    """Every field, each with the value of every side (differing ones first is up to the UI)."""
    sides = conflict.sides
    return [
        FieldRow(name, [s.get(name, False if name == "deleted" else None) for s in sides])
        for name in content_fields(conflict.table, sides)
    ]


def combine(conflict: Conflict, picks: dict[str, int], edits: dict[str, Any] | None = None) -> Doc:
    """The resolution: ``picks`` maps a field to the side (0 = shown) whose value it takes,
    fields not picked come from side 0 (or from ``picks["*"]`` when given); ``edits`` set
    values typed by the user."""
    sides = conflict.sides
    base = sides[picks.get("*", 0)]
    doc = {k: v for k, v in base.items() if k not in BOOKKEEPING}
    for name, side in picks.items():
        if name == "*":
            continue
        source = sides[side]
        if name in source:
            doc[name] = source[name]
        else:
            doc.pop(name, None)
    doc.update(edits or {})
    doc["id"] = conflict.id
    return doc


def _field_type(table: str, name: str) -> Any:
    cls = TABLES.get(table)
    if cls is None or name not in field_names(cls):
        return None
    return field_types(cls)[name]


def parse_value(table: str, name: str, text: str, current: Any) -> Any:
    """The value typed for field ``name``, converted to the field's type."""
    tp = _field_type(table, name)
    args = typing.get_args(tp)
    text_s = text.strip()

    def bad(expected: str) -> ConflictError:
        from grouptui.i18n import t

        return ConflictError("conflict_bad_value", field=name, value=text, expected=t(expected))

    if tp is bool or isinstance(current, bool) or name == "deleted":
        low = text_s.lower()
        if low in ("1", "true", "yes", "y", "是", "对"):
            return True
        if low in ("0", "false", "no", "n", "否", "不"):
            return False
        raise bad("expect_bool")
    if tp is date or date in args:
        if not text_s and type(None) in args:
            return None
        try:
            return date.fromisoformat(text_s).isoformat()
        except ValueError:
            raise bad("expect_date") from None
    if tp is int or int in args:
        if not text_s and type(None) in args:
            return None
        low, high = INT_RANGES.get(name, (-NUMBER_LIMIT, NUMBER_LIMIT))
        number = int_in(text_s, low, high)
        if number is None:
            raise bad("expect_int")
        return number
    if tp is float:
        decimal = parse_decimal(text_s)
        if decimal is None or abs(decimal) > NUMBER_LIMIT:
            raise bad("expect_number")
        return decimal
    origin = typing.get_origin(tp)
    if origin is list or isinstance(current, list):
        if text_s.startswith("["):
            try:
                value = json.loads(text_s)
            except ValueError:
                raise bad("expect_json") from None
            if isinstance(value, list):
                return value
            raise bad("expect_json")
        for sep in ("，", "、", ";", "；"):
            text_s = text_s.replace(sep, ",")
        return [p.strip() for p in text_s.split(",") if p.strip()]
    if tp is dict or origin is dict or isinstance(current, dict):
        try:
            value = json.loads(text_s)
        except ValueError:
            raise bad("expect_json") from None
        if not isinstance(value, dict):
            raise bad("expect_json")
        return value
    return text


def show_value(value: Any) -> str:
    """A value as plain text for a side-by-side view."""
    from grouptui.i18n import t

    if value is None:
        return ""
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, list):
        return "、".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)
            for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def field_label(name: str) -> str:
    """The field's name in the user's language."""
    from grouptui.i18n import catalog, t

    key = f"mergefield_{name}"
    return t(key) if key in catalog() else name


def field_by_label(table: str, sides: list[Doc], text: str) -> str:
    """The field a user named, by its stored name or its label in either language."""
    from grouptui.i18n import catalog

    fields = content_fields(table, sides)
    wanted = text.strip()
    for name in fields:
        pair = catalog().get(f"mergefield_{name}", ())
        if wanted == name or wanted in pair:
            return name
    raise ConflictError("conflict_bad_field", field=text, fields=list(fields))
