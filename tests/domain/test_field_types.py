"""``codec.field_types`` gives what ``typing.get_type_hints`` gives, for every dataclass.

It evaluates each annotation once per declaring class (cheaper at start-up); the validator,
the direct way of ``from_doc`` and the conflicts screen read their field types from it.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import sys
import typing
from dataclasses import dataclass, field
from datetime import date

import grouptui
from grouptui.domain.codec import field_types
from grouptui.domain.models import Entity


@dataclass(kw_only=True)
class Shadowed(Entity):
    """A field named as the type it holds: the module's ``date`` is meant, not the
    default value the class namespace holds under that name."""

    date: date | None = None
    seen: list[date] = field(default_factory=list)
    note: None = None


def _program_dataclasses() -> set[type]:
    for info in pkgutil.walk_packages(grouptui.__path__, "grouptui."):
        importlib.import_module(info.name)
    return {
        obj
        for name, module in list(sys.modules.items())
        if name.startswith("grouptui")
        for obj in vars(module).values()
        if isinstance(obj, type) and obj.__module__ == name and dataclasses.is_dataclass(obj)
    }


def test_every_dataclass_of_the_program_has_the_types_get_type_hints_gives() -> None:
    classes = _program_dataclasses()
    assert len(classes) > 60
    for cls in classes | {Shadowed}:
        # (a class annotated with names imported for the type checker only is refused by
        # both, with the same error: export.view.BookView is; nothing reads its types)
        assert _outcome(lambda c=cls: dict(field_types(c))) == _outcome(
            lambda c=cls: typing.get_type_hints(c)
        ), cls.__qualname__


def _outcome(call: typing.Callable[[], object]) -> object:
    try:
        return call()
    except NameError as exc:
        return ("NameError", str(exc))


def test_a_field_named_as_its_type_is_that_type() -> None:
    types = field_types(Shadowed)
    assert types["date"] == date | None
    assert types["seen"] == list[date]
    assert types["note"] is type(None)
    assert types["revs"] == list[str]  # inherited from Entity, in models.py
