"""Dataclasses that cost nothing to define: ``__init__`` is written when first called.

Python's :func:`dataclasses.dataclass` writes the source of ``__init__``, ``__repr__``,
``__eq__`` (and, when frozen, ``__hash__``, ``__setattr__``, ``__delattr__``) and compiles
each with ``exec`` as the class is defined. On Python 3.11 that is 1-2 ms a class: the
twelve record classes of :mod:`grouptui.domain.models` alone took 17-20 ms to import, and
about 35 ms of the app's start-up went to defining the dataclasses on the way to home
(issue 15), most of whose methods are never called before home is on screen.

:func:`lazy_dataclass` makes the same dataclass without compiling anything at definition:

- ``__init__`` is compiled on the first call, from the class's own fields: the source
  the standard library would have written, compiled as it compiles it;
- ``__repr__``, ``__eq__`` and (frozen) ``__hash__``, ``__setattr__`` and ``__delattr__``
  are shared functions that read the fields through an :func:`operator.attrgetter` made
  for each class: same results, same errors, no compilation.

The class is a real dataclass (:func:`dataclasses.fields`, :func:`dataclasses.replace`,
:func:`dataclasses.asdict` and ``__match_args__`` work), and the type checker sees it as
one (PEP 681, ``dataclass_transform``). What it does not take (``order``, ``slots``,
``__post_init__``, ``InitVar``) it refuses at definition: use :func:`dataclasses.dataclass`
for those. ``tests/domain/test_lazy_dataclass.py`` compares every class made here with the
standard library's dataclass of the same fields.
"""

from __future__ import annotations

import dataclasses
import reprlib
import sys
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, overload

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

_T = TypeVar("_T", bound=type)

#: What a class's own attributes read: a tuple of the named fields' values.
Values = Callable[[object], tuple[Any, ...]]


def _values(names: tuple[str, ...]) -> Values:
    """A function giving ``(obj.a, obj.b, ...)`` for ``names``, always a tuple."""
    if not names:
        return lambda _obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)  # a tuple for two names or more


def _owner(cls: type, name: str, value: object) -> type:
    """The class of ``cls``'s lineage whose own ``name`` attribute is ``value``."""
    for klass in cls.__mro__:
        if klass.__dict__.get(name) is value:
            return klass
    raise AssertionError(f"{name} of {cls.__qualname__} is not lazy_dataclass's")


class _Factory:
    """The default of a parameter whose field has a ``default_factory``: ``<factory>`` in
    a signature, as the standard library's."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def _check_defaults(fields: tuple[dataclasses.Field[Any], ...]) -> None:
    """The standard library's refusal, at definition and in its words, of an ``__init__``
    whose positional parameter without a default follows one with a default."""
    seen: dataclasses.Field[Any] | None = None
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            seen = f
        elif seen is not None:
            words = f"non-default argument {f.name!r} follows default argument"
            if sys.version_info >= (3, 13):  # it names the default's field since 3.13
                words += f" {seen.name!r}"
            raise TypeError(words)


def _write_init(cls: type) -> Callable[..., None]:
    """The ``__init__`` the standard library writes for ``cls`` (frozen or not).

    The same source as :mod:`dataclasses` writes (the parameters in the same order with
    the same defaults, ``<factory>`` where a factory makes the value, a frozen class's
    fields set through ``object.__setattr__``), compiled in the class's module as the
    standard library compiles it, with the same annotations and names. Its own writing
    runs :func:`dataclasses.make_dataclass` first, a whole class made and thrown away:
    1-2.5 ms a class against 0.1-0.5 ms here (issue 15: six classes are first made on
    the way to home).
    """
    fields = dataclasses.fields(cls)
    frozen = vars(cls)["__lazy_frozen__"]
    names = {f.name for f in fields}
    self_name = "__dataclass_self__" if "self" in names else "self"
    helpers: dict[str, object] = {
        "__dataclass_builtins_object__": object,
        "__dataclass_HAS_DEFAULT_FACTORY__": _FACTORY,
    }
    positional: list[str] = []
    keyword: list[str] = []
    annotations: dict[str, object] = {}
    body: list[str] = []
    for f in fields:
        default = f"__dataclass_dflt_{f.name}__"
        if f.init:
            if f.default is not dataclasses.MISSING:
                param = f"{f.name}={default}"
            elif f.default_factory is not dataclasses.MISSING:
                param = f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
            else:
                param = f.name
            (keyword if f.kw_only else positional).append(param)
            annotations[f.name] = f.type
        if f.default_factory is not dataclasses.MISSING:
            helpers[default] = f.default_factory
            value = f"{default}()"
            if f.init:
                value += f" if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
        elif f.init:
            if f.default is not dataclasses.MISSING:
                helpers[default] = f.default
            value = f.name
        else:
            continue  # init=False without a factory: the class attribute is the value
        if frozen:
            body.append(
                f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})"
            )
        else:
            body.append(f"{self_name}.{f.name}={value}")
    params = [self_name, *positional, *(["*", *keyword] if keyword else [])]
    lines = "\n".join(f"  {line}" for line in body or ["pass"])
    source = (
        f"def __create_fn__({', '.join(helpers)}):\n"
        f" def __init__({', '.join(params)}):\n{lines}\n"
        " return __init__"
    )
    made: dict[str, Any] = {}
    exec(source, sys.modules[cls.__module__].__dict__, made)  # noqa: S102  # field names only
    init: Callable[..., None] = made["__create_fn__"](**helpers)
    init.__annotations__ = {**annotations, "return": None}
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _first_init(self: Any, /, *args: Any, **kwargs: Any) -> None:
    """Write the class's ``__init__`` (the standard library's), put it in place, call it."""
    cls = _owner(type(self), "__init__", _first_init)
    init = _write_init(cls)
    cls.__init__ = init  # type: ignore[misc]  # the class's own, from now on
    init(self, *args, **kwargs)


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = type(self).__lazy_repr__
    values = shown.get(self)
    inner = ", ".join(f"{name}={value!r}" for name, value in zip(shown.names, values, strict=True))
    return f"{type(self).__qualname__}({inner})"


# A subclass that is not itself decorated compares, hashes and shows the fields of the
# nearest decorated class, as it would with the standard library's inherited methods: the
# attributes below are looked up on type(self), so they come from that class.


def _eq(self: Any, other: object) -> object:
    if other.__class__ is self.__class__:
        cls: Any = type(self)
        return cls.__lazy_compare__(self) == cls.__lazy_compare__(other)
    return NotImplemented


def _hash(self: Any) -> int:
    cls: Any = type(self)
    return hash(cls.__lazy_hash__(self))


class _Shown:
    """The fields ``__repr__`` shows, with their getter."""

    __slots__ = ("names", "get")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.get = _values(names)


def _frozen(cls: Any, names: frozenset[str]) -> None:
    """Give ``cls`` the frozen dataclass's ``__setattr__`` and ``__delattr__``."""

    def __setattr__(self: Any, name: str, value: object) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in names:
            raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    for method in (__setattr__, __delattr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        if method.__name__ in cls.__dict__:
            raise TypeError(f"Cannot overwrite attribute {method.__name__} in class {cls.__name__}")
        setattr(cls, method.__name__, method)


def _make(cls: _T, *, kw_only: bool, frozen: bool) -> _T:
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__qualname__}: use dataclasses.dataclass (__post_init__, slots)")
    own = {"__init__", "__repr__", "__eq__", "__hash__"} & set(cls.__dict__)
    if own - {"__hash__"} or (own and frozen):
        raise TypeError(f"{cls.__qualname__}: use dataclasses.dataclass ({', '.join(own)})")
    for base in cls.__mro__[1:]:
        if dataclasses.is_dataclass(base) and getattr(base, "__lazy_frozen__", None) is None:
            raise TypeError(f"{cls.__qualname__}: its base {base.__qualname__} is not lazy")
        if getattr(base, "__lazy_frozen__", frozen) != frozen:
            raise TypeError(f"{cls.__qualname__}: frozen and not frozen dataclasses mixed")
    # The standard library collects the fields and writes nothing: init, repr and eq off,
    # and frozen is done here (its __setattr__ would be compiled). So its
    # __dataclass_params__ say init=False, eq=False, frozen=False: read __lazy_frozen__.
    dataclasses.dataclass(cls, init=False, repr=False, eq=False, kw_only=kw_only)
    if any(
        isinstance(note, dataclasses.InitVar) or "InitVar" in str(note)
        for note in cls.__dict__.get("__annotations__", {}).values()
    ):
        raise TypeError(f"{cls.__qualname__}: use dataclasses.dataclass (InitVar)")
    fields = dataclasses.fields(cls)
    _check_defaults(fields)
    cls.__lazy_frozen__ = frozen  # type: ignore[attr-defined]
    cls.__init__ = _first_init  # type: ignore[misc]
    cls.__repr__ = _repr  # type: ignore[assignment]
    cls.__lazy_repr__ = _Shown(tuple(f.name for f in fields if f.repr))  # type: ignore[attr-defined]
    cls.__eq__ = _eq  # type: ignore[assignment]
    cls.__lazy_compare__ = _values(tuple(f.name for f in fields if f.compare))  # type: ignore[attr-defined]
    if frozen:
        hashed = tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash))
        cls.__lazy_hash__ = _values(hashed)  # type: ignore[attr-defined]
        cls.__hash__ = _hash  # type: ignore[assignment]
        _frozen(cls, frozenset(f.name for f in fields))
    elif "__hash__" not in cls.__dict__:
        cls.__hash__ = None  # type: ignore[assignment]  # eq without frozen: unhashable
    return cls


@overload
def lazy_dataclass(cls: _T, /) -> _T: ...


@overload
def lazy_dataclass(*, kw_only: bool = False, frozen: bool = False) -> Callable[[_T], _T]: ...


@dataclass_transform(field_specifiers=(dataclasses.field, dataclasses.Field))
def lazy_dataclass(
    cls: _T | None = None, /, *, kw_only: bool = False, frozen: bool = False
) -> _T | Callable[[_T], _T]:
    """:func:`dataclasses.dataclass` with ``kw_only`` and ``frozen``, compiled lazily."""
    if cls is not None:
        return _make(cls, kw_only=kw_only, frozen=frozen)
    return lambda klass: _make(klass, kw_only=kw_only, frozen=frozen)


__all__ = ["lazy_dataclass"]
