"""A book the check passes nests at most MAX_DEPTH levels in every document it checks.

The store relies on it (``grouptui.store.documents.read_checked``): a big book parsed by
msgspec is known to be the book ``json`` would have parsed because nothing in it nests
deeper than ``json``'s stack takes, and the store measures only what
:func:`~grouptui.domain.validate.unchecked` returns. So every field of every table, and a
key no table knows, is given a value one level too deep here: each is refused.
"""

from __future__ import annotations

import copy
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from grouptui.domain.models import TABLES, BookMeta
from grouptui.domain.validate import MAX_DEPTH, find_problem, too_deep, unchecked
from tests.support.bad_docs import first


def _lists(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


def _dicts(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels - 1):
        value = {"x": value}
    return value


def _records(levels: int) -> list[dict[str, Any]]:
    """A list of one dict nesting ``levels`` deep in all (as ``conflicts`` holds)."""
    return [_dicts(levels - 1)]


#: Values nesting MAX_DEPTH levels: in a document they make it MAX_DEPTH + 1 deep.
TOO_DEEP = {
    "lists": _lists(MAX_DEPTH),
    "dicts": _dicts(MAX_DEPTH),
    "records": _records(MAX_DEPTH),
}

CLASSES = [("meta", BookMeta), *TABLES.items()]


@pytest.fixture(scope="module")
def good(demo_book_master: Path) -> dict[str, Any]:
    data = json.loads(demo_book_master.read_text("utf-8"))
    for table in ["meta", *TABLES]:
        first(data, table)  # every table has a document (settings: made if missing)
    assert find_problem(data) is None
    return data


@pytest.mark.parametrize(("table", "cls"), CLASSES, ids=[t for t, _ in CLASSES])
def test_a_document_nested_too_deep_never_passes(
    good: dict[str, Any], table: str, cls: type
) -> None:
    passed = []
    for name in [f.name for f in fields(cls)] + ["a_key_no_table_knows"]:
        for shape, value in TOO_DEEP.items():
            # A copy of the book down to the one document changed.
            key = next(k for k, d in good[table].items() if d is first(good, table))
            data = {**good, table: {**good[table], key: {**good[table][key], name: value}}}
            assert too_deep(data[table][key])
            if find_problem(data) is None:
                passed.append(f"{name} ({shape})")
    assert passed == []


def test_one_level_less_may_pass(good: dict[str, Any]) -> None:
    """The bound is MAX_DEPTH exactly: a free-form value one level shallower passes."""
    data = copy.deepcopy(good)
    first(data, "records")["a_key_no_table_knows"] = _lists(MAX_DEPTH - 1)
    assert find_problem(data) is None


def test_what_the_check_does_not_bound_is_every_other_table(good: dict[str, Any]) -> None:
    data = copy.deepcopy(good)
    data["_default"] = {"1": {"deep": _lists(40)}}
    data["meta"]["2"] = {"deep": _lists(40)}
    assert find_problem(data) is None  # left alone: a newer version may have written them
    assert sorted(unchecked(data)) == ["_default", "meta"]  # measured by the store
