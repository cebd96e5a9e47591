"""What the user typed for a record, as the values the store takes.

Shared by the ``record`` commands (:mod:`grouptui.cli.record`): a form in either
language, names of deputies, a plan id, attendance marks, minutes from a file. Each
function raises a :class:`~grouptui.domain.errors.UserFacingError` for input it cannot
take, and imports the store only when called (``grouptui --help`` stays light).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from grouptui.cli.state import UserError, parse_date, parse_names
from grouptui.i18n import t

if TYPE_CHECKING:
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book
    from grouptui.store.records import Mark

#: The attendance options of ``record add`` and ``record edit``, in the order they are read.
MARK_OPTIONS = ("present", "leave", "absent", "late")


def record_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    return parse_date(text)


def record_form(text: str) -> str:
    """The key of an activity form typed in either language."""
    from grouptui.domain.records import RecordError
    from grouptui.domain.vocab import FORMS, parse_choice

    key = parse_choice(FORMS, text)
    if key is None:
        raise RecordError("record_bad_form", value=text)
    return key


def deputy(book: Book, name: str) -> Deputy:
    """The deputy of the roster called ``name``."""
    from grouptui.store.records import deputy_named

    return deputy_named(book, name)


def recorder(book: Book, name: str) -> str:
    """The id of the deputy who took the minutes; blank for nobody."""
    return deputy(book, name).id if name.strip() else ""


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
