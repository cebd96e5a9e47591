"""Turn domain dataclasses into JSON documents and back.

The document is what the book stores: English snake_case keys, dates as ``YYYY-MM-DD``.
Unknown keys in a document are kept aside by the store and written back, so a field added
by a later minor version is never dropped by an older program.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")


def per_class(compute: Callable[[type], R]) -> Callable[[type], R]:
    """``functools.cache`` for a function of a class. Typed by hand: the cache's signature
    takes ``Hashable`` arguments, and mypy does not count a dataclass (whose instances are
    unhashable) as one, although every class object is hashable."""
    return cast("Callable[[type], R]", cache(compute))


@per_class
def field_types(cls: type) -> MappingProxyType[str, Any]:
    """The resolved type of each field of the dataclass ``cls`` (``date | None`` ...).

    Computed once per class and read-only, since every caller shares it.
    """
    return MappingProxyType(typing.get_type_hints(cls))


@per_class
def field_names(cls: type) -> tuple[str, ...]:
    """The dataclass fields of ``cls``, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _is_date(tp: Any) -> bool:
    if tp is date:
        return True
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return date in typing.get_args(tp)
    return False


def to_doc(obj: Any) -> dict[str, Any]:
    """The JSON document of a dataclass instance (dates as ISO strings, lists copied)."""
    doc: dict[str, Any] = {}
    for name in field_names(type(obj)):
        doc[name] = _encode(getattr(obj, name))
    return doc


def _encode(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def clean_text(value: str) -> str:
    """``value`` with lone surrogates (undecodable bytes of a mis-set locale) replaced.

    Such a string cannot be written as UTF-8; everything else is kept exactly as typed.
    """
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")


@per_class
def _plan(cls: type) -> tuple[tuple[str, bool], ...]:
    """Each field of ``cls`` and whether it holds a date (computed once per class)."""
    hints = field_types(cls)
    return tuple((name, _is_date(hints[name])) for name in field_names(cls))


def from_doc(cls: type[T], doc: dict[str, Any]) -> T:
    """The ``cls`` instance a document describes; unknown keys are ignored, lists copied."""
    kwargs: dict[str, Any] = {}
    for name, is_date in _plan(cls):
        if name not in doc:
            continue
        value = doc[name]
        if is_date and isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        elif isinstance(value, list):
            value = [dict(v) if isinstance(v, dict) else v for v in value]
        elif isinstance(value, dict):
            value = dict(value)
        kwargs[name] = value
    return cls(**kwargs)
