"""``lazy_dataclass`` makes the standard library's dataclass, compiling nothing at definition.

Each class made here is compared with :func:`dataclasses.dataclass` of the same fields:
what it shows, how it compares and hashes, what its constructor accepts and refuses
(with the same words), what ``fields``, ``replace`` and ``asdict`` see. The last test
pins why it exists: nothing on the way to home compiles a dataclass method at import.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grouptui.domain.lazy_dataclass import lazy_dataclass

Decorate = Callable[..., Any]


def _lazy(**params: Any) -> Decorate:
    return lazy_dataclass(**params)


def _stock(**params: Any) -> Decorate:
    return dataclass(**params)


def records(make: Callable[..., Decorate]) -> tuple[type, type, type]:
    """A base with bookkeeping, a record on it, and a plain subclass (models.py's shape)."""

    @make(kw_only=True)
    class Base:
        """Bookkeeping."""

        id: str = "x"
        revs: list[str] = field(default_factory=list)
        deleted: bool = False

    @make(kw_only=True)
    class Record(Base):
        """A record."""

        date: str
        theme: str
        hours: float = 0.0
        tags: list[str] = field(default_factory=list)

    class Plain(Record):
        """Not decorated: the record's methods, by inheritance."""

    return Base, Record, Plain


def values(make: Callable[..., Decorate]) -> tuple[type, type]:
    """Frozen value classes, positional (errors.py's and dashboard.py's shape)."""

    @make(frozen=True)
    class Message:
        """Words."""

        key: str
        params: dict[str, object] = field(default_factory=dict)

    @make(frozen=True)
    class Line:
        """A line."""

        name: str
        done: int
        note: str = field(default="", compare=False)
        cached: tuple[int, ...] = field(default=(), repr=False, hash=False)

    return Message, Line


LAZY_RECORDS, STOCK_RECORDS = records(_lazy), records(_stock)
LAZY_VALUES, STOCK_VALUES = values(_lazy), values(_stock)

texts = st.text(max_size=8)
record_args = st.fixed_dictionaries(
    {"date": texts, "theme": texts},
    optional={
        "id": texts,
        "revs": st.lists(texts, max_size=3),
        "deleted": st.booleans(),
        "hours": st.floats(allow_nan=False),
        "tags": st.lists(texts, max_size=3),
    },
)
line_args = st.tuples(texts, st.integers(), texts, st.tuples(st.integers()))


def outcome(call: Callable[[], Any]) -> tuple[str, str]:
    """What a call gives: its result's repr, or its error's type and words."""
    try:
        return ("ok", repr(call()))
    except Exception as exc:  # the comparison is the point: any error, both sides
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize("index", [0, 1, 2])
@given(one=record_args, other=record_args)
def test_records_show_and_compare_as_the_standard_librarys(
    index: int, one: dict[str, Any], other: dict[str, Any]
) -> None:
    lazy, stock = LAZY_RECORDS[index], STOCK_RECORDS[index]
    if index == 0:  # the base takes only the bookkeeping
        one = {k: v for k, v in one.items() if k in ("id", "revs", "deleted")}
        other = {k: v for k, v in other.items() if k in ("id", "revs", "deleted")}
    a, b = lazy(**one), lazy(**other)
    sa, sb = stock(**one), stock(**other)
    assert repr(a) == repr(sa)
    assert (a == b) == (sa == sb)
    assert (a != b) == (sa != sb)
    assert a == lazy(**one) and a == copy.deepcopy(a)
    assert dataclasses.asdict(a) == dataclasses.asdict(sa)
    assert dataclasses.astuple(a) == dataclasses.astuple(sa)
    assert outcome(lambda: hash(a)) == outcome(lambda: hash(sa))  # unhashable, both
    changed = dataclasses.replace(a, deleted=True)
    assert (
        type(changed) is lazy
        and changed.deleted
        and repr(changed) == repr(dataclasses.replace(sa, deleted=True))
    )


@given(one=line_args, other=line_args)
def test_frozen_values_show_compare_and_hash_as_the_standard_librarys(
    one: tuple[Any, ...], other: tuple[Any, ...]
) -> None:
    for lazy, stock in zip(LAZY_VALUES, STOCK_VALUES, strict=True):
        arity = len(dataclasses.fields(lazy))
        a, b = lazy(*one[:arity]), lazy(*other[:arity])
        sa, sb = stock(*one[:arity]), stock(*other[:arity])
        assert repr(a) == repr(sa)
        assert (a == b) == (sa == sb)
        if lazy.__name__ == "Line":  # a dict param is unhashable, as in the stock class
            assert hash(a) == hash(sa) and hash(b) == hash(sb)
            assert {a, b} == {lazy(*one[:arity]), lazy(*other[:arity])}


@pytest.mark.parametrize(
    "call",
    [
        lambda cls: cls(),
        lambda cls: cls(date="d"),
        lambda cls: cls("d", "t"),
        lambda cls: cls(date="d", theme="t", colour="red"),
        lambda cls: cls(date="d", theme="t", hours=2),
    ],
    ids=["nothing", "no theme", "positional", "unknown", "fine"],
)
def test_the_constructor_accepts_and_refuses_with_the_same_words(call: Callable) -> None:
    for lazy, stock in zip(LAZY_RECORDS[1:], STOCK_RECORDS[1:], strict=True):
        assert outcome(lambda lazy=lazy: call(lazy)) == outcome(lambda stock=stock: call(stock))
        # and again, once __init__ has been written
        assert outcome(lambda lazy=lazy: call(lazy)) == outcome(lambda stock=stock: call(stock))


def test_frozen_fields_refuse_to_change_with_the_same_words() -> None:
    lazy, stock = LAZY_VALUES[1]("a", 1), STOCK_VALUES[1]("a", 1)
    for change in (
        lambda o: setattr(o, "done", 2),
        lambda o: delattr(o, "name"),
        lambda o: setattr(o, "other", 2),
    ):
        assert outcome(lambda c=change: c(lazy)) == outcome(lambda c=change: c(stock))
        assert outcome(lambda c=change: c(lazy))[0] == "FrozenInstanceError"
    assert dataclasses.replace(lazy, done=3) == LAZY_VALUES[1]("a", 3)


def test_defaults_are_fresh_for_every_instance_and_fields_are_the_same() -> None:
    _base, record, plain = LAZY_RECORDS
    one, two = record(date="d", theme="t"), plain(date="d", theme="t")
    one.tags.append("x")
    assert two.tags == [] and record(date="d", theme="t").tags == []
    assert type(two) is plain and repr(two).startswith("records.<locals>.Plain(")
    for lazy, stock in zip(LAZY_RECORDS + LAZY_VALUES, STOCK_RECORDS + STOCK_VALUES, strict=True):
        assert [
            (f.name, f.type, f.default, f.default_factory, f.kw_only, f.compare, f.repr)
            for f in dataclasses.fields(lazy)
        ] == [
            (f.name, f.type, f.default, f.default_factory, f.kw_only, f.compare, f.repr)
            for f in dataclasses.fields(stock)
        ]
        assert lazy.__match_args__ == stock.__match_args__
        assert dataclasses.is_dataclass(lazy)


def odd_fields(make: Callable[..., Decorate], frozen: bool) -> type:
    """What the program's classes do not all do, in one class: a field named ``self``,
    fields left out of ``__init__`` (with a default, with a factory, with neither),
    factories before and after keyword-only fields."""

    @make(frozen=frozen)
    class Odd:
        """Odd."""

        self: str
        count: int = 0
        items: list[int] = field(default_factory=list)
        fixed: str = field(default="fixed", init=False)
        made: list[str] = field(default_factory=lambda: ["made"], init=False)
        bare: int = field(init=False)
        tail: dict[str, int] = field(default_factory=dict, kw_only=True)
        last: str = field(kw_only=True, default="last")
        must: int = field(kw_only=True)

    return Odd


@pytest.mark.parametrize("frozen", [False, True])
@given(
    args=st.lists(st.integers(), max_size=4),
    kwargs=st.dictionaries(
        st.sampled_from(
            ["self", "count", "items", "fixed", "made", "bare", "tail", "last", "must"]
        ),
        st.integers(),
        max_size=5,
    ),
)
def test_the_written_init_is_the_standard_librarys(
    frozen: bool, args: list[int], kwargs: dict[str, int]
) -> None:
    """The ``__init__`` written on the first call: the same signature, annotations and
    name as the standard library's, and the same instance or error for any arguments."""
    lazy, stock = odd_fields(_lazy, frozen), odd_fields(_stock, frozen)
    for _ in range(2):  # the stand-in, then the written one
        assert outcome(lambda: lazy(*args, **kwargs)) == outcome(lambda: stock(*args, **kwargs))
    assert str(inspect.signature(lazy)) == str(inspect.signature(stock))
    for name in ("__annotations__", "__qualname__", "__name__", "__module__", "__kwdefaults__"):
        assert repr(getattr(lazy.__init__, name)) == repr(getattr(stock.__init__, name)), name
    assert lazy.__init__.__globals__ is stock.__init__.__globals__  # the module's
    made = lazy("me", 1, [2], must=3)
    assert (made.self, made.count, made.items, made.fixed, made.made, made.must) == (
        "me", 1, [2], "fixed", ["made"], 3,
    )  # fmt: skip
    assert not hasattr(made, "bare") and made.tail == {} and made.last == "last"


def test_a_required_field_after_a_default_is_refused_at_definition_with_the_same_words() -> None:
    words = []
    for make in (_lazy, _stock):
        with pytest.raises(TypeError) as refused:

            @make()
            class Late:
                early: int = 0
                late: int  # type: ignore[misc]

        words.append(str(refused.value))
    assert words[0] == words[1]
    assert words[0].startswith("non-default argument 'late' follows default argument")


def test_what_it_does_not_take_is_refused_at_definition() -> None:
    with pytest.raises(TypeError, match="__post_init__"):

        @lazy_dataclass
        class Posted:
            a: int

            def __post_init__(self) -> None: ...

    with pytest.raises(TypeError, match="__eq__"):

        @lazy_dataclass
        class Compared:
            a: int

            def __eq__(self, other: object) -> bool:
                return True

    with pytest.raises(TypeError, match="InitVar"):

        @lazy_dataclass
        class Initvar:
            a: dataclasses.InitVar[int]

    with pytest.raises(TypeError, match="mixed"):

        @lazy_dataclass(frozen=True)
        class Frozen(LAZY_RECORDS[0]):
            b: int = 0


def test_every_lazy_class_of_the_program_is_its_standard_twin() -> None:
    """Each class the program makes lazily, against the stock dataclass of its fields."""
    import importlib
    import pkgutil

    import grouptui

    for info in pkgutil.walk_packages(grouptui.__path__, "grouptui."):
        importlib.import_module(info.name)
    found = {
        obj
        for name, module in list(sys.modules.items())
        if name.startswith("grouptui.")
        for obj in vars(module).values()
        if isinstance(obj, type) and "__lazy_frozen__" in obj.__dict__
    }
    assert len(found) >= 20  # the models, the dashboard, the errors, the config...
    for cls in found:
        fields = dataclasses.fields(cls)
        twin = dataclasses.make_dataclass(
            cls.__name__,
            [
                (f.name, f.type, field(**_field_options(f)))  # type: ignore[call-overload]
                for f in fields
            ],
            frozen=cls.__lazy_frozen__,
        )
        twin.__qualname__ = cls.__qualname__
        samples = {f.name: object() for f in fields if f.init}
        kwargs = {f.name: samples[f.name] for f in fields if f.init and f.kw_only}
        args = [samples[f.name] for f in fields if f.init and not f.kw_only]
        one, other = cls(*args, **kwargs), twin(*args, **kwargs)
        assert repr(one) == repr(other), cls
        assert str(inspect.signature(cls)) == str(inspect.signature(twin)), cls
        assert cls.__init__.__annotations__ == twin.__init__.__annotations__, cls
        assert one == cls(*args, **kwargs)
        assert outcome(partial(_hashed, cls, args, kwargs)) == outcome(
            partial(_hashed, twin, args, kwargs)
        ), cls
        assert outcome(partial(cls, *args, nonsense=1, **kwargs))[0] == "TypeError"


def _hashed(kind: type, args: list[object], kwargs: dict[str, object]) -> int:
    return hash(kind(*args, **kwargs))


def _field_options(f: dataclasses.Field[Any]) -> dict[str, Any]:
    return {
        "default": f.default,
        "default_factory": f.default_factory,
        "init": f.init,
        "repr": f.repr,
        "hash": f.hash,
        "compare": f.compare,
        "kw_only": f.kw_only,
    }


def test_instances_of_the_programs_records_pickle_and_copy() -> None:
    from grouptui.domain.models import ActivityRecord

    record = ActivityRecord(date=__import__("datetime").date(2026, 5, 1), theme="视察")
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.copy(record) == record and copy.deepcopy(record) == record


# What the program loads before home is on screen (grouptui.launch's fast path).
_STARTUP = """
import dataclasses, sys
from grouptui.console import fixed_clock, report_bug, say
from grouptui.domain.errors import UserFacingError
from grouptui.i18n import detect_language, set_language
from grouptui.store.config import load_config, device_id, remember_book
from grouptui.app import make_app
from grouptui.store.errors import BookError
from grouptui.store.path_limits import check_book_path
import grouptui.screens.home
compiled = sorted(
    f"{name}.{obj.__qualname__}.{method}"
    for name, module in list(sys.modules.items())
    if name.startswith("grouptui")
    for obj in vars(module).values()
    if isinstance(obj, type) and obj.__module__ == name and dataclasses.is_dataclass(obj)
    for method in ("__repr__", "__eq__", "__hash__", "__setattr__")
    if getattr(getattr(obj, method, None), "__code__", None) is not None
    and getattr(obj, method).__code__.co_filename == "<string>"
)
print("\\n".join(compiled))
"""


def test_nothing_on_the_way_to_home_compiles_a_dataclass_method() -> None:
    """Defining a stock dataclass compiles its methods (1-2 ms a class on Python 3.11):
    the classes loaded before home is painted are lazy (issue 15, startup). A lazy class
    compiles its ``__init__`` when first called, as some are at import: not counted."""
    done = subprocess.run(
        [sys.executable, "-c", _STARTUP], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []
