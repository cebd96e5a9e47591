"""Check a book's documents against the field types of their dataclasses, in one pass.

A book is a JSON file that people copy between laptops, restore from backups and, now
and then, edit by hand. A document whose ``date`` is a number, whose ``theme`` is
``null`` or that is a list instead of a record would pass the JSON parser and then break
every command that reads it. :func:`find_problem` finds the first such value, so the
store can refuse the book with one sentence naming the table, the record and the field.

The checks come from :func:`grouptui.domain.codec.field_types`, planned once per class
(:func:`plan_of`): the exact JSON types each field may hold, and the few fields that need
a closer look (dates parsed, numbers bounded so that no later arithmetic or formatting
overflows, list items). A document shaped like the previous one (same keys, same value
types) skips the type loop, so checking costs a fraction of parsing (``bench open``).
Values under keys the class does not know are left alone (a newer minor version wrote
them) but may not nest deeper than :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass, fields
from datetime import date
from functools import cache
from typing import Any

from grouptui.domain.codec import field_types
from grouptui.domain.models import TABLES, BookMeta
from grouptui.domain.validate_settings import bad_setting

#: Labels tried in order to show which record is meant (its theme, name, title ...).
LABEL_FIELDS = ("theme", "name", "title", "what", "text", "category")

#: Longest label shown in a message, in characters.
LABEL_LIMIT = 30

#: Bounds of integer fields that have a meaning beyond "a whole number".
INT_RANGES: dict[str, tuple[int, int]] = {
    "year": (1949, 2199),
    "schema": (1, 10_000),
    "quarter": (1, 4),
    "month": (1, 12),
    "day": (1, 31),
}

#: Any other number must lie within this (hours, days, an unknown integer field).
NUMBER_LIMIT = 1_000_000

#: Deepest nesting of lists and dicts in a document (a record is 2 or 3 levels deep):
#: deeper values would break the writer's recursion later, deep inside the app.
MAX_DEPTH = 16

#: Keys of a suggestion's status history line that hold text.
HISTORY_TEXT = ("from", "to", "date", "reason", "satisfaction")


@dataclass(frozen=True)
class Problem:
    """The first bad value of a book: where it is and what is wrong with it."""

    #: table name (``records``, ``meta`` ...).
    table: str
    #: the document's key in its table (TinyDB's doc id, ``"1"`` ...).
    key: str
    #: the record's ``id`` if it has a readable one, else "".
    record_id: str = ""
    #: the record's theme, name or title (shortened), else "".
    label: str = ""
    #: the field, with list positions (``conflicts[0].date``); "" for a whole document.
    field: str = ""
    #: what is wrong: the kind expected (a key of :data:`KIND_TYPES`, or ``rule``,
    #: ``year`` for a setting), or ``missing``, ``too_deep``, ``not_a_record``, ``bad_key``.
    kind: str = ""
    #: parameters of the message (``low``, ``high`` for a range).
    params: dict[str, object] = dataclasses.field(default_factory=dict)


Check = Callable[[Any], bool]


def _number(v: Any) -> bool:
    return math.isfinite(v) and -NUMBER_LIMIT <= v <= NUMBER_LIMIT


def _int_in(low: int, high: int) -> Check:
    return lambda v: low <= v <= high


def _date(v: Any) -> bool:
    if len(v) != 10 or v[4] != "-" or v[7] != "-":
        return False
    try:
        date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _optional_date(v: Any) -> bool:
    # The codec reads "" as "no date" too.
    return v == "" or _date(v)


def _texts(v: Any) -> bool:
    return all(type(x) is str for x in v)


def _docs(v: Any) -> bool:
    return all(type(x) is dict for x in v)


def _text_map(v: Any) -> bool:
    return all(type(k) is str and type(x) is str for k, x in v.items())


#: kind -> the JSON types a value of that kind may have (``None`` is added if optional).
KIND_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "bool": (bool,),
    "int": (int,),
    "number": (int, float),
    "date": (str,),
    "texts": (list,),
    "docs": (list,),
    "mapping": (dict,),
}


def _kind_of(name: str, tp: Any) -> tuple[str, bool, Check | None]:
    """A field's kind (a key of :data:`KIND_TYPES`), whether it may be ``None``, and the
    check its value needs beyond its type (a range, a date format, the list's items)."""
    optional = False
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        optional = len(args) < len(typing.get_args(tp))
        tp = args[0]
    if tp is date:
        return "date", optional, _optional_date if optional else _date
    if tp is int:
        return "int", optional, _int_in(*INT_RANGES.get(name, (-NUMBER_LIMIT, NUMBER_LIMIT)))
    if tp is float:
        return "number", optional, _number
    if tp in (str, bool, dict):
        return {str: "text", bool: "bool", dict: "mapping"}[tp], optional, None
    if typing.get_origin(tp) is dict:
        return "mapping", optional, _text_map if typing.get_args(tp) == (str, str) else None
    if typing.get_origin(tp) is list:
        return (
            ("texts", optional, _texts)
            if typing.get_args(tp) == (str,)
            else (
                "docs",
                optional,
                _docs,
            )
        )
    raise TypeError(f"no check for {name}: {tp!r}")  # pragma: no cover - a new field type


#: Most signatures a plan remembers (a hostile book could make every document differ).
SIGNATURE_LIMIT = 512


@dataclass(frozen=True)
class Plan:
    """How to check the documents of one dataclass, computed once per class."""

    #: field name -> the exact types its value may have.
    types: dict[str, frozenset[type]]
    #: field name -> expected kind, for messages.
    kinds: dict[str, str]
    #: fields whose values need more than a type check: (name, check); lists apart,
    #: since an empty list (the usual case) needs no look at all.
    scalars: tuple[tuple[str, Check], ...]
    lists: tuple[tuple[str, Check], ...]
    #: fields every document must have, in declaration order.
    required: tuple[str, ...]
    #: (keys..., types of their values...) of documents whose types were found right,
    #: and whether such a document holds free-form values (keys unknown to the class, a
    #: dict field) whose depth must be checked: documents of a table share a few shapes,
    #: so most skip the per-field type loop and the walk.
    good: dict[tuple[tuple[str, ...], tuple[type, ...]], bool] = dataclasses.field(
        default_factory=dict
    )
    #: the last shape found right, as a one-item list so that it is replaced at once
    #: (``None`` at first: it must never equal a real shape, not even an empty one).
    last: list[tuple[tuple[str, ...] | None, tuple[type, ...] | None, bool]] = dataclasses.field(
        default_factory=lambda: [(None, None, False)]
    )


@cache
def plan_of(cls: type) -> Plan:
    """The checks of every field of the dataclass ``cls``."""
    hints = field_types(cls)
    allowed: dict[str, frozenset[type]] = {}
    kinds: dict[str, str] = {}
    scalars: list[tuple[str, Check]] = []
    lists: list[tuple[str, Check]] = []
    required: list[str] = []
    for f in fields(cls):
        kind, optional, check = _kind_of(f.name, hints[f.name])
        allowed[f.name] = frozenset(KIND_TYPES[kind] + ((type(None),) if optional else ()))
        kinds[f.name] = kind
        if check is not None:
            (lists if kind in ("texts", "docs") else scalars).append((f.name, check))
        if f.default is MISSING and f.default_factory is MISSING:
            required.append(f.name)
    return Plan(allowed, kinds, tuple(scalars), tuple(lists), tuple(required))


def _bad_type(doc: dict[str, Any], plan: Plan) -> tuple[str, str] | None:
    """A required field ``doc`` lacks, or the first whose value has the wrong type."""
    for name in plan.required:
        if name not in doc:
            return name, "missing"
    allowed = plan.types
    for name, value in doc.items():
        ok = allowed.get(name)
        if ok is not None and type(value) not in ok:
            return name, plan.kinds[name]
    return None


def _bad_field(doc: dict[str, Any], plan: Plan) -> tuple[str, str] | None:
    """The first field of ``doc`` that breaks ``plan``, as (field, kind), else None.

    A document shaped like one already found right (same keys, same value types) skips
    the type loop; then only dates, numbers and non-empty lists get a closer look.
    """
    keys, types = tuple(doc), tuple(map(type, doc.values()))
    last_keys, last_types, free = plan.last[0]
    # Documents of a table come one after another with the same shape: comparing with
    # the previous one (identical objects compare at once) spares most hash lookups.
    if keys != last_keys or types != last_types:
        known = plan.good.get((keys, types))
        if known is None:
            bad = _bad_type(doc, plan)
            if bad is not None:
                return bad
            known = any(plan.kinds.get(k, "mapping") == "mapping" for k in doc)
            if len(plan.good) < SIGNATURE_LIMIT:
                plan.good[(keys, types)] = known
        free = known
        plan.last[0] = (keys, types, free)
    if (free or doc.get("conflicts") or doc.get("history")) and too_deep(doc):
        return "", "too_deep"
    for name, check in plan.scalars:
        value = doc.get(name)
        if value is not None and not check(value):
            return name, plan.kinds[name]
    for name, check in plan.lists:
        value = doc.get(name)
        if value and not check(value):
            return name, plan.kinds[name]
    return None


def fits(cls: type, name: str, value: Any) -> bool:
    """Whether ``value`` may stand in the field ``name`` of the dataclass ``cls``."""
    plan = plan_of(cls)
    allowed = plan.types.get(name)
    if allowed is None or type(value) not in allowed:
        return False
    check = dict(plan.scalars + plan.lists).get(name)
    return value is None or check is None or check(value)


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests lists and dicts more than ``limit`` levels deep.

    Iterative, so that a hostile value cannot exhaust the stack while being measured.
    """
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if type(item) is dict:
            stack.extend((v, depth + 1) for v in item.values())
        elif type(item) is list:
            stack.extend((v, depth + 1) for v in item)
    return False


def _nested(name: str, doc: dict[str, Any], cls: type) -> tuple[str, str] | None:
    """A bad value inside a record's losing versions or its status history."""
    if name == "conflicts":
        for n, version in enumerate(doc.get("conflicts") or ()):
            bad = _bad_field(version, plan_of(cls))
            if bad is not None:
                return f"conflicts[{n}].{bad[0]}", bad[1]
    elif name == "history":
        for n, line in enumerate(doc.get("history") or ()):
            for key in HISTORY_TEXT:
                if key in line and type(line[key]) is not str:
                    return f"history[{n}].{key}", "text"
    return None


def _label(doc: dict[str, Any]) -> str:
    for name in LABEL_FIELDS:
        value = doc.get(name)
        if type(value) is str and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"
    return ""


def _problem(table: str, key: str, doc: Any, where: str = "", kind: str = "") -> Problem:
    if type(doc) is not dict:
        return Problem(table, key, kind="not_a_record", params={"found": type(doc).__name__})
    rid = doc.get("id")
    params: dict[str, object] = {}
    name = where.rsplit(".", 1)[-1]
    if kind == "int" and name in INT_RANGES:
        low, high = INT_RANGES[name]
        params = {"low": low, "high": high}
    return Problem(
        table,
        key,
        record_id=rid if type(rid) is str else "",
        label=_label(doc),
        field=where,
        kind=kind,
        params=params,
    )


def _tables(data: dict[str, dict[str, Any]]) -> Iterator[tuple[str, type, dict[str, Any]]]:
    meta = data.get("meta") or {}
    yield "meta", BookMeta, dict(list(meta.items())[:1])
    for name, cls in TABLES.items():
        yield name, cls, data.get(name) or {}


def find_problem(data: dict[str, dict[str, Any]]) -> Problem | None:
    """The first value of the book ``data`` that does not fit its field's type, or None.

    ``data`` is the parsed file (table name -> doc id -> document). Only the tables of
    :data:`~grouptui.domain.models.TABLES` and the ``meta`` document are checked, and
    the values of the settings the program computes with (:mod:`.validate_settings`).
    A book it passes nests at most :data:`MAX_DEPTH` levels in every document of those
    tables (a value a field's type does not bound is measured): the store relies on it
    (``grouptui.store.documents.read_checked``) and measures only :func:`unchecked`.
    """
    for table, cls, docs in _tables(data):
        plan = plan_of(cls)
        nested = [n for n in ("conflicts", "history") if n in plan.types]
        for key, doc in docs.items():
            if not (key.isascii() and key.isdigit()):
                return Problem(table, key, kind="bad_key")
            if type(doc) is not dict:
                return _problem(table, key, doc)
            bad = _bad_field(doc, plan)
            for name in nested:
                if bad is None and doc.get(name):
                    bad = _nested(name, doc, cls)
            if bad is None and table == "settings":
                bad = bad_setting(doc)
            if bad is not None:
                return _problem(table, key, doc, *bad)
    return None


def unchecked(data: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The tables :func:`find_problem` does not bound: every table but those of
    :data:`~grouptui.domain.models.TABLES` (``meta`` whole: only its first document is
    checked), by name."""
    return {name: table for name, table in data.items() if name not in TABLES}
