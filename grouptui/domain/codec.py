"""Turn domain dataclasses into JSON documents and back.

The document is what the book stores: English snake_case keys, dates as ``YYYY-MM-DD``.
Unknown keys in a document are kept aside by the store and written back, so a field added
by a later minor version is never dropped by an older program.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable
from datetime import date
from functools import cache
from operator import itemgetter
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar, cast

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

    What :func:`typing.get_type_hints` gives, computed once per class and read-only, since
    every caller shares it. Each annotation is evaluated as ``get_type_hints`` evaluates
    it (in the declaring class's module, then its namespace), but once per declaring
    class: the bookkeeping fields every record inherits from ``Entity`` are read once, not
    once per record class (``get_type_hints`` compiles every annotation string it meets,
    ~0.4 ms a record class on the way to home).
    """
    hints: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        for name, note in base.__dict__.get("__annotations__", {}).items():
            hints[name] = _evaluated(base, note)
    return MappingProxyType(hints)


#: Annotations already evaluated, by declaring class and annotation.
_EVALUATED: dict[tuple[type, object], Any] = {}


def _evaluated(base: type, note: object) -> Any:
    """The type ``note`` (an annotation of ``base``, maybe a string) stands for."""
    key = (base, note)
    if key not in _EVALUATED:
        value: Any = note
        if isinstance(note, str):
            module = vars(sys.modules[base.__module__])
            # get_type_hints's order: the module's names first, then the class's.
            value = eval(note, dict(vars(base)), module)  # noqa: S307  # our own annotations
        _EVALUATED[key] = type(None) if value is None else value
    return _EVALUATED[key]


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


class _Direct(NamedTuple):
    """What :func:`from_doc`'s direct way needs of a class (computed once per class)."""

    #: every field's name: a document with exactly these keys may go the direct way.
    names: frozenset[str]
    #: the values of the fields not declared as lists or dicts, as a tuple.
    scalars: Callable[[dict[str, Any]], tuple[Any, ...]]
    #: the fields declared as lists or dicts (the only ones a sound document has them in).
    containers: tuple[str, ...]
    #: the fields that hold a date.
    dates: tuple[str, ...]
    #: assigns every field of an instance from a dict of them, in declaration order (as
    #: ``__init__`` does: the instance then keeps its values inline, without a dict).
    assign: Callable[[Any, dict[str, Any]], None]


def _assigner(names: tuple[str, ...]) -> Callable[[Any, dict[str, Any]], None]:
    """A function that assigns the fields ``names`` of an instance from a dict."""
    body = "".join(f"    obj.{name} = fields[{name!r}]\n" for name in names) or "    pass\n"
    namespace: dict[str, Any] = {}
    exec(f"def assign(obj, fields):\n{body}", namespace)  # noqa: S102  # field names only
    return cast("Callable[[Any, dict[str, Any]], None]", namespace["assign"])


def _is_container(tp: Any) -> bool:
    origin = typing.get_origin(tp) or tp
    if origin in (typing.Union, types.UnionType):
        return any(_is_container(arg) for arg in typing.get_args(tp))
    return origin in (list, dict)


def _values_of(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    if len(names) == 1:  # itemgetter of one key gives the value, not a tuple of it
        (name,) = names
        return lambda doc: (doc[name],)
    return itemgetter(*names) if names else lambda doc: ()


@per_class
def _direct(cls: type) -> _Direct:
    hints = field_types(cls)
    names = field_names(cls)
    containers = tuple(n for n in names if _is_container(hints[n]))
    return _Direct(
        frozenset(names),
        _values_of(tuple(n for n in names if n not in containers)),
        containers,
        tuple(n for n, is_date in _plan(cls) if is_date),
        _assigner(names),
    )


#: The types JSON gives a scalar: a document whose other fields hold only these goes direct.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _copied(value: Any) -> Any:
    """``value`` as :func:`from_doc` hands it over: a list (and the dicts in it) or a
    dict copied, anything else as it is."""
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else v for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


def from_doc(cls: type[T], doc: dict[str, Any]) -> T:
    """The ``cls`` instance a document describes; unknown keys are ignored, lists copied.

    A document with exactly the class's fields, and plain scalars in every field not
    declared a list or a dict (every document the book wrote), is made directly: its
    lists and dicts copied, its dates parsed, its fields assigned in declaration order by
    code made once per class, without the dataclass's ``__init__`` and its keyword
    arguments (``__init__`` only assigns; no model has a ``__post_init__``). That is about
    half the time, and the register reads 8,000 documents of a big book; the instance is
    laid out as ``__init__`` lays it out (no memory more). Any other document (a field
    missing, an unknown key, a list where a string belongs) goes the general way; both
    give equal instances that share no list or dict with the document
    (``tests/domain/test_codec_direct.py``).
    """
    direct = _direct(cls)
    if doc.keys() == direct.names and _SCALARS.issuperset(map(type, direct.scalars(doc))):
        fields = dict(doc)
        for name in direct.containers:
            fields[name] = _copied(fields[name])
        for name in direct.dates:
            value = fields[name]
            if isinstance(value, str):
                fields[name] = date.fromisoformat(value) if value else None
        obj = object.__new__(cls)
        direct.assign(obj, fields)
        return obj
    return from_doc_generally(cls, doc)


def from_doc_generally(cls: type[T], doc: dict[str, Any]) -> T:
    """:func:`from_doc` the general way, for any document: field by field, through the
    dataclass's ``__init__`` (a required field missing is its ``TypeError``)."""
    kwargs: dict[str, Any] = {}
    for name, is_date in _plan(cls):
        if name not in doc:
            continue
        value = doc[name]
        if is_date and isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        else:
            value = _copied(value)
        kwargs[name] = value
    return cls(**kwargs)
