"""What the user typed for a record, as the values the store takes.

Shared by the ``record`` commands (:mod:`grouptui.cli.record`): a form in either
language, names of deputies, a plan id, attendance marks, minutes from a file. Each
function raises a :class:`~grouptui.domain.errors.UserFacingError` for input it cannot
take, and imports the store only when called (``grouptui --help`` stays light).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from grouptui.cli.state import UserError, parse_date
from grouptui.domain.record_fields import Kind, RecordField, fields
from grouptui.domain.roster import parse_names
from grouptui.i18n import t

if TYPE_CHECKING:
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book
    from grouptui.store.records import Mark

#: The attendance options of ``record add`` and ``record edit``, in the order they are read.
MARK_OPTIONS = ("present", "leave", "absent", "late")


def _needed(f: RecordField) -> bool:
    """Whether ``record add`` cannot do without the field (the date, the form, the theme)."""
    return f.kind is Kind.DATE or bool(f.empty) or f.chosen


def _option(f: RecordField, edit: bool) -> inspect.Parameter:
    """The Typer option of the field ``f`` on ``record add`` (or ``record edit``, where
    every option is optional and None means "not given")."""
    if f.kind is Kind.FLAG:
        name = f"{f.option}/--no-{f.option[2:]}" if edit else f.option
        default = typer.Option(None if edit else False, name, help=f.help)
        kind: Any = bool | None if edit else bool
    else:
        value: Any = None if edit else (... if _needed(f) else "")
        default = typer.Option(value, f.option, help=f.help)
        kind = str | None if edit else str
    return inspect.Parameter(
        f.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind
    )


def field_options(edit: bool) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command one option per field of ``record_fields`` that has one; the command
    takes them as ``**typed`` (field name -> what was typed), after its own parameters."""

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(command, eval_str=True).parameters.values()
        head = [p for p in own if p.kind is not inspect.Parameter.VAR_KEYWORD]
        keyword = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in head[1:]]
        options = [_option(f, edit) for f in fields() if f.option]
        # Typer reads the options from __signature__, which Callable does not declare
        command.__signature__ = inspect.Signature([head[0], *options, *keyword])  # type: ignore[attr-defined]
        return command

    return decorate


def field_values(book: Book, typed: dict[str, Any]) -> dict[str, Any]:
    """What was typed for each field (None = not given) as the values the record holds."""
    out = {}
    for f in fields():
        value = typed.get(f.name)
        if value is not None:
            out[f.name] = field_value(book, f, value)
    return out


def field_value(book: Book, f: RecordField, value: Any) -> Any:
    """One field's typed value as the record holds it (a form's key, a deputy's id...)."""
    if f.kind is Kind.DATE:
        return record_date(value)
    if f.kind is Kind.CHOICE and f.vocab is not None:
        return choice(f, value)
    if f.kind is Kind.PERSON:
        return recorder(book, value)
    if f.kind is Kind.PLAN:
        return plan_id(book, value)
    return value


def choice(f: RecordField, text: str) -> str:
    """The key of the field's vocabulary typed in either language ("" for an optional one
    left blank)."""
    from grouptui.domain.records import RecordError
    from grouptui.domain.vocab import parse_choice

    if not text.strip() and not f.chosen:
        return ""
    key = parse_choice(f.vocab or {}, text)
    if key is None:
        raise RecordError(f.bad_choice, value=text)
    return key


def record_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    return parse_date(text)


def record_form(text: str) -> str:
    """The key of an activity form typed in either language."""
    from grouptui.domain.record_fields import field_named

    return choice(field_named("form"), text)


def deputy(book: Book, name: str) -> Deputy:
    """The deputy of the roster called ``name``."""
    from grouptui.store.records import deputy_named

    return deputy_named(book, name)


def recorder(book: Book, name: str) -> str:
    """Who took the minutes, as stored: a deputy's id, or anyone's name as typed (the
    liaison officer, township staff); blank for nobody."""
    from grouptui.store.records import person_ref

    return person_ref(book, name) if name.strip() else ""


def plan_id(book: Book, typed: str) -> str:
    """The full id of the plan entry ``typed`` (a prefix will do); blank for none."""
    from grouptui.domain.records import RecordError

    if not typed.strip():
        return ""
    try:
        return book.plan.find(typed).id
    except Exception:
        raise RecordError("record_plan_not_found", id=typed) from None


def marks(
    book: Book, names: Sequence[str], leave_reason: str, approved_by: str
) -> dict[str, Mark | None]:
    """Attendance marks by deputy id from the name lists of :data:`MARK_OPTIONS`."""
    from grouptui.domain.records import RecordError
    from grouptui.store.records import Mark

    found: dict[str, Mark | None] = {}
    for status, typed in zip(MARK_OPTIONS, names, strict=True):
        for name in parse_names(typed):
            who = deputy(book, name)
            if who.id in found:
                raise RecordError("record_marked_twice", name=who.name)
            if status == "leave":
                found[who.id] = Mark(status, leave_reason, approved_by)
            else:
                found[who.id] = Mark(status)
    return found


def minutes_text(minutes: str | None, path: Path | None) -> str:
    """The minutes typed with --minutes, or read (UTF-8) from --minutes-file."""
    if path is None:
        return minutes or ""
    from grouptui.store.inputs import MAX_MINUTES_BYTES, read_input

    try:
        return read_input(path, MAX_MINUTES_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("record_minutes_not_utf8", path=path) from None


def status_label(mark: Mark | None) -> str:
    """An attendance mark as the user reads it."""
    from grouptui.domain.vocab import ATTENDANCE, label
    from grouptui.i18n import get_language

    return t("record_unmarked") if mark is None else label(ATTENDANCE, mark.status, get_language())
