"""Pure rules of the activity record book: times, dates, note tags, folding, search.

Nothing here touches a file: :mod:`grouptui.store.records` and :mod:`grouptui.store.notes`
apply these rules to an open book, and the CLI and the screens share them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import ActivityRecord, Note
from grouptui.domain.vocab import ATTENDANCE, NOTE_TAGS

#: Attendance marks that count as having taken part (and so as a duty).
ATTENDED = ("present", "late")

#: The order a key press cycles a deputy's mark through.
MARK_CYCLE = ("present", "leave", "absent", "late")

_TIME = re.compile(r"^\s*(\d{1,2})\s*[:：点时.]\s*(\d{2})\s*分?\s*$")
# A tag prefix: the word, then a colon (either width) or whitespace, then the note.
_TAG_PREFIX = re.compile(
    r"^\s*(问题|意见|建议|待办|issue|opinion|suggestion|todo)(?:\s*[:：]\s*|\s+)(.*)$",
    re.IGNORECASE | re.DOTALL,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class RecordError(UserFacingError):
    """Bad input for an activity record, a note or a follow-up."""


def parse_time(text: str) -> str:
    """A time of day as ``HH:MM`` ("9:00", "09：30", "9点30" are fine); "" stays ""."""
    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    match = _TIME.match(value)
    if match is None:
        raise RecordError("record_bad_time", value=text.strip())
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise RecordError("record_bad_time", value=text.strip())
    return f"{hour:02d}:{minute:02d}"


def check_span(start: str, end: str) -> None:
    """An activity's time span must end after it starts (either end may be unknown)."""
    if start and end and end <= start:
        raise RecordError("record_span_backwards", start=start, end=end)


def check_in_year(day: date, year: int) -> None:
    """A record of this book must be dated inside the book's year."""
    if day.year != year:
        raise RecordError("date_outside_year", value=day.isoformat(), year=year)


def span_hours(start: str, end: str) -> float | None:
    """The length of ``start``-``end`` in hours (to the quarter hour), or None if unknown."""
    if not start or not end:
        return None
    sh, sm = (int(x) for x in start.split(":"))
    eh, em = (int(x) for x in end.split(":"))
    minutes = (eh * 60 + em) - (sh * 60 + sm)
    if minutes <= 0:
        return None
    return round(minutes / 15) / 4


def clean_text(text: str) -> str:
    """User text as stored: NFC, control characters other than tab/newline dropped."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def one_line(text: str) -> str:
    """User text for a one-line field (a person's name): cleaned, runs of white space
    (line breaks, tabs) as one space, no space at either end."""
    return " ".join(clean_text(text).split())


def next_mark(current: str | None) -> str:
    """The mark after ``current`` in the cycle (an unmarked deputy becomes present)."""
    if current not in MARK_CYCLE:
        return MARK_CYCLE[0]
    return MARK_CYCLE[(MARK_CYCLE.index(current) + 1) % len(MARK_CYCLE)]


def parse_status(text: str) -> str:
    """An attendance mark from a key, its Chinese or its English name."""
    from grouptui.domain.vocab import parse_choice

    key = parse_choice(ATTENDANCE, text)
    if key is None:
        low = text.strip().lower()
        key = {"on leave": "leave", "出勤": "present", "到": "present"}.get(low)
    if key is None:
        raise RecordError("record_bad_status", value=text)
    return key


# Quick notes -------------------------------------------------------------------------


def parse_tag(text: str) -> tuple[str, str]:
    """``(tag, rest)`` of a note typed with a tag prefix (问题：…, todo …); else ``("", text)``."""
    match = _TAG_PREFIX.match(text)
    if match is None:
        return "", text.strip()
    word = match.group(1).lower()
    for key, (zh, _en) in NOTE_TAGS.items():
        if word in (key, zh):
            rest = match.group(2).strip()
            return (key, rest) if rest else ("", text.strip())
    return "", text.strip()  # pragma: no cover - the pattern only matches known words


def parse_tag_option(text: str | None) -> str:
    """A tag named by the user (key, Chinese or English); "" for none."""
    from grouptui.domain.vocab import parse_choice

    if not text or not text.strip():
        return ""
    key = parse_choice(NOTE_TAGS, text)
    if key is None:
        raise RecordError("note_bad_tag", value=text)
    return key


def note_lines(text: str) -> list[str]:
    """The notes a typed or pasted text makes: one per non-empty line."""
    lines = [clean_text(line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def tagged_notes(text: str, tag: str = "") -> list[tuple[str, str]]:
    """``(tag, text)`` of each note in ``text``; an explicit ``tag`` wins over a prefix."""
    out = []
    for line in note_lines(text):
        found, rest = parse_tag(line)
        if tag and found and found != tag:
            found, rest = tag, line
        out.append((tag or found, rest))
    return [(t, r) for t, r in out if r]


def note_clock(note: Note) -> str:
    """The ``HH:MM`` a note was taken."""
    at = note.at
    return at[11:16] if len(at) >= 16 else at


@dataclass
class Fold:
    """What folding a record's notes changes (see :func:`plan_fold`)."""

    minutes: str
    problems: str
    voter_opinions: str
    folded: list[Note] = field(default_factory=list)
    todos: list[Note] = field(default_factory=list)
    suggestions: list[Note] = field(default_factory=list)


def _append(block: str, lines: list[str]) -> str:
    if not lines:
        return block
    head = block.rstrip("\n")
    return (head + "\n" if head else "") + "\n".join(lines)


def plan_fold(record: ActivityRecord, notes: Iterable[Note]) -> Fold:
    """Fold the record's unfolded notes: "HH:MM text" lines appended to the minutes (in time
    order); issue notes also go to the problems found, opinion notes to the voters'
    opinions; todo and suggestion notes are returned to become follow-ups and drafts."""
    pending = [n for n in notes if not n.folded and not n.deleted and n.record_id == record.id]
    pending.sort(key=lambda n: n.at)  # stable: notes of the same second keep their order
    fold = Fold(record.minutes, record.problems, record.voter_opinions, folded=pending)
    fold.minutes = _append(record.minutes, [f"{note_clock(n)} {n.text}" for n in pending])
    fold.problems = _append(record.problems, [n.text for n in pending if n.tag == "issue"])
    fold.voter_opinions = _append(
        record.voter_opinions, [n.text for n in pending if n.tag == "opinion"]
    )
    fold.todos = [n for n in pending if n.tag == "todo"]
    fold.suggestions = [n for n in pending if n.tag == "suggestion"]
    return fold


def unfolded_counts(
    records: Iterable[ActivityRecord], notes: Iterable[Note]
) -> list[tuple[ActivityRecord, int]]:
    """The records (of ``records``, in their order) that have notes not folded into their
    minutes yet, with how many: the notes :func:`plan_fold` would fold."""
    counts: dict[str, int] = {}
    for note in notes:
        if not note.folded and not note.deleted:
            counts[note.record_id] = counts.get(note.record_id, 0) + 1
    return [(record, counts[record.id]) for record in records if counts.get(record.id)]


# Search ------------------------------------------------------------------------------


def matches(record: ActivityRecord, query: str, note_texts: Iterable[str] = ()) -> bool:
    """Whether ``query`` is a substring of a searched field (``record_fields``: theme,
    place, minutes, problems, summary) or of a note (case-folded; Chinese needs no word
    boundaries, so a plain substring is the right test)."""
    needle = unicodedata.normalize("NFC", query).strip().casefold()
    if not needle:
        return True
    from grouptui.domain.record_fields import searched_texts

    if any(needle in text.casefold() for text in searched_texts(record)):
        return True
    return any(needle in text.casefold() for text in note_texts)


def suggestion_title(text: str, limit: int = 40) -> str:
    """A suggestion's title made from a note: its first sentence, at most ``limit`` chars."""
    head = re.split(r"[。！？!?\n]", text, maxsplit=1)[0].strip() or text.strip()
    return head[:limit]
