"""What the documents beyond the books keep in the book: briefing settings and numbers, votes.

All of it lives in the ``settings`` table as small documents with derived ids (as the
registration form's remarks do), so it merges like every other record:

- the briefing's settings (报头 name, 编印单位, 报/送/发 units, 印数): one document,
  ``derived_id("settings", "briefing")``;
- a briefing's number (期号): one document per record, ``derived_id("settings",
  "briefing_no", record_id)``. A number once given stays with its record: giving another
  is an explicit act (:func:`number_briefing` with ``number``), never a side effect;
- the votes on a deputy at a 述职 meeting: one document per (record, deputy),
  ``derived_id("settings", "evaluation", record_id, deputy_id)``.

The briefing numbers are per book, and a book is one group's year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grouptui.domain.duty import resolve_deputy
from grouptui.domain.evaluation import EvaluationError, Votes
from grouptui.domain.models import ActivityRecord, Setting, derived_id
from grouptui.domain.records import clean_text

if TYPE_CHECKING:
    from grouptui.store.book import Book

BRIEFING_SETTINGS_ID = derived_id("settings", "briefing")
#: The settings a briefing is printed with, and their defaults ("" = from the book).
BRIEFING_DEFAULTS: dict[str, str | int] = {
    "name": "",
    "issuer": "",
    "to": "",
    "cc": "",
    "dist": "",
    "copies": 0,
}
#: The longest text of one briefing setting.
MAX_SETTING = 200
#: The highest briefing number a year can reach.
MAX_NUMBER = 999


def briefing_no_id(record_id: str) -> str:
    """The id of the document holding the briefing number of ``record_id``."""
    return derived_id("settings", "briefing_no", record_id)


def evaluation_id(record_id: str, deputy_id: str) -> str:
    """The id of the document holding the votes on ``deputy_id`` at ``record_id``."""
    return derived_id("settings", "evaluation", record_id, deputy_id)


# -- briefing settings ----------------------------------------------------------------------


def briefing_settings(book: Book) -> dict[str, str | int]:
    """The briefing settings of the book (defaults where none was set)."""
    doc = book.settings.get(BRIEFING_SETTINGS_ID)
    values = dict(BRIEFING_DEFAULTS)
    if doc is not None:
        for key in BRIEFING_DEFAULTS:
            if key in doc.values:
                values[key] = doc.values[key]
    return values


def set_briefing_settings(book: Book, changes: dict[str, str | None]) -> dict[str, str | int]:
    """Change some briefing settings (None leaves one as it is); returns them all."""
    values = briefing_settings(book)
    for key, text in changes.items():
        if text is None:
            continue
        if key == "copies":
            value = str(text).strip()
            if not value.isdigit() or int(value) > 100_000:
                raise EvaluationError("briefing_bad_copies", value=text)
            values[key] = int(value)
            continue
        clean = " ".join(clean_text(str(text)).split())
        if len(clean) > MAX_SETTING:
            raise EvaluationError("briefing_setting_long", limit=MAX_SETTING)
        values[key] = clean
    book.settings.save(Setting(id=BRIEFING_SETTINGS_ID, values={"kind": "briefing", **values}))
    return values


# -- briefing numbers -----------------------------------------------------------------------


def briefing_numbers(book: Book) -> dict[str, int]:
    """Record id -> its briefing number, for every live record that has one."""
    out: dict[str, int] = {}
    for doc in book.settings.docs():
        values = doc.get("values", {})
        if values.get("kind") != "briefing_no":
            continue
        number = values.get("number")
        record_id = str(values.get("record_id", ""))
        if isinstance(number, int) and number > 0 and book.records.get(record_id) is not None:
            out[record_id] = number
    return out


def duplicate_numbers(numbers: dict[str, int]) -> dict[int, list[str]]:
    """Numbers given to more than one record (two laptops, merged): number -> record ids."""
    by_number: dict[int, list[str]] = {}
    for record_id, number in numbers.items():
        by_number.setdefault(number, []).append(record_id)
    return {n: sorted(ids) for n, ids in by_number.items() if len(ids) > 1}


def number_briefing(book: Book, record: str, number: str | int | None = None) -> tuple[int, bool]:
    """Give the record's briefing its number; returns (number, newly given).

    Without ``number``: the number it has, else the next after the highest in the book.
    With ``number``: that one, refused when another record holds it.
    """
    rec = book.records.find(record)
    numbers = briefing_numbers(book)
    current = numbers.get(rec.id)
    if number is None:
        if current is not None:
            return current, False
        wanted = max(numbers.values(), default=0) + 1
    else:
        text = str(number).strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_NUMBER:
            raise EvaluationError("briefing_bad_number", value=number, high=MAX_NUMBER)
        wanted = int(text)
        holder = next((r for r, n in numbers.items() if n == wanted and r != rec.id), None)
        if holder is not None:
            other = book.records.get(holder)
            theme = other.theme if other is not None else holder
            raise EvaluationError("briefing_number_taken", number=wanted, theme=theme)
        if current == wanted:
            return wanted, False
    book.settings.save(
        Setting(
            id=briefing_no_id(rec.id),
            values={"kind": "briefing_no", "record_id": rec.id, "number": wanted},
        )
    )
    return wanted, True


# -- 述职 votes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeputyVotes:
    """The votes on one deputy at one 述职 meeting."""

    deputy_id: str
    votes: Votes


def _check_report(rec: ActivityRecord) -> None:
    if rec.form != "report_to_voters":
        raise EvaluationError("eval_not_report", theme=rec.theme)


def votes_of(book: Book, record_id: str) -> dict[str, Votes]:
    """Deputy id -> the votes on that deputy at ``record_id``."""
    out: dict[str, Votes] = {}
    for doc in book.settings.docs():
        values = doc.get("values", {})
        if values.get("kind") != "evaluation" or values.get("record_id") != record_id:
            continue
        out[str(values.get("deputy_id", ""))] = _votes(values)
    return out


def all_votes(book: Book) -> dict[str, dict[str, Votes]]:
    """Record id -> deputy id -> votes, for every live 述职 record of the book."""
    out: dict[str, dict[str, Votes]] = {}
    for doc in book.settings.docs():
        values = doc.get("values", {})
        if values.get("kind") != "evaluation":
            continue
        record_id = str(values.get("record_id", ""))
        out.setdefault(record_id, {})[str(values.get("deputy_id", ""))] = _votes(values)
    return {r: v for r, v in out.items() if book.records.get(r) is not None}


def _votes(values: dict[str, Any]) -> Votes:
    def count(key: str) -> int:
        value = values.get(key, 0)
        return value if isinstance(value, int) and value >= 0 else 0

    return Votes(good=count("good"), basic=count("basic"), poor=count("poor"))


def set_votes(book: Book, record: str, deputy: str, votes: Votes) -> DeputyVotes:
    """Store the votes on ``deputy`` at the 述职 record ``record`` (all zero clears them)."""
    rec = book.records.find(record)
    _check_report(rec)
    who = resolve_deputy(book.deputies.all(), deputy)
    book.settings.save(
        Setting(
            id=evaluation_id(rec.id, who.id),
            values={
                "kind": "evaluation",
                "record_id": rec.id,
                "deputy_id": who.id,
                **votes.as_dict(),
            },
        )
    )
    return DeputyVotes(who.id, votes)


def report_record(book: Book, record: str) -> ActivityRecord:
    """The 述职 record ``record`` (refused when it is another form)."""
    rec = book.records.find(record)
    _check_report(rec)
    return rec
