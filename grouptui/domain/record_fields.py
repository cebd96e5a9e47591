"""Every field of an activity record, described once.

:data:`FIELDS` says, for each field of :class:`~grouptui.domain.models.ActivityRecord`,
its label (a catalog key: the words are in ``grouptui/i18n``, in both languages), its
kind (one line, long text, a date, a time, a choice ...), which part of a shown record it
belongs to, whether the record list searches it or shows it as a column, and the option
that sets it on the command line. Cleaning (:func:`clean`), the search
(:func:`searched_texts`), ``record show``, the record list, the record form, the JSON
shapes and the record book read this table, so adding a field is one entry here, its
words in the catalog and its attribute on the dataclass (see docs/architecture.md,
"Adding a field to a record").

Pure: no i18n, no store, no Textual. The renderers turn a kind into words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from grouptui.domain.models import ActivityRecord
from grouptui.domain.records import RecordError, check_span, clean_text, parse_time
from grouptui.domain.vocab import FORMS, TRAINING_KINDS

if sys.version_info >= (3, 11):
    from enum import StrEnum
else:  # enum.StrEnum is 3.11; the package supports 3.10 (pyproject requires-python)
    from enum import Enum

    class StrEnum(str, Enum):
        """A str enum whose ``str()`` and ``format()`` are its value, as 3.11's."""

        def __str__(self) -> str:
            return str(self.value)


class Kind(StrEnum):
    """What a field holds, which says how it is cleaned, typed and shown."""

    #: the activity's day (shown together with its start and end).
    DATE = "date"
    #: a time of day, ``HH:MM``.
    TIME = "time"
    #: one line of text, stripped.
    LINE = "line"
    #: long text: several lines, kept as typed.
    TEXT = "text"
    #: a key of the field's vocabulary (``RecordField.vocab``).
    CHOICE = "choice"
    #: a deputy's id, or a name.
    PERSON = "person"
    #: a plan item's id.
    PLAN = "plan"
    #: yes or no.
    FLAG = "flag"
    #: a number of days.
    DAYS = "days"


class Part(StrEnum):
    """Where a field sits in a shown record; each renderer orders the parts its way
    (``record show``: head, plan, attendance, state, training, texts; the record book:
    head, attendance, texts, plan, state, training)."""

    #: the labelled lines saying when, where, what and who.
    HEAD = "head"
    #: the plan item the record carries out.
    PLAN = "plan"
    #: the long texts, in the record book's order.
    TEXT = "text"
    #: what happened after the activity (the briefing sent).
    STATE = "state"
    #: a study record's training.
    TRAINING = "training"
    #: shown inside the date's line (the start and end times).
    TIME = "time"


@dataclass(frozen=True)
class RecordField:
    """One field of an activity record, as every screen, command and file shows it."""

    #: the attribute of ``ActivityRecord`` and the key in every JSON shape.
    name: str
    kind: Kind
    part: Part
    #: catalog key of its label on the form and in the record book.
    label: str
    #: catalog key of its label in ``record show`` and as a list column ("" = ``label``).
    short: str = ""
    #: catalog keys where ``record show`` or the record book say it otherwise ("" = none).
    show_label: str = ""
    book_label: str = ""
    #: the catalog key of the message when it is left empty ("" = it may be empty).
    empty: str = ""
    #: the record list's text filter looks in it.
    search: bool = False
    #: its position among the record list's columns (0 = not a column).
    column: int = 0
    #: the record book shows it only when it has a value.
    book_if_set: bool = False
    #: only records of this form have it ("" = every record).
    only_form: str = ""
    #: the option of ``record add`` and ``record edit`` that sets it ("" = none) and
    #: the catalog key of its help.
    option: str = ""
    help: str = ""
    #: a choice's vocabulary: key -> (Chinese, English).
    vocab: Mapping[str, tuple[str, str]] | None = None
    #: the catalog key of the message for a value outside the vocabulary (``{value}``).
    bad_choice: str = ""
    #: a choice must be one of the vocabulary (an optional one may also be "").
    chosen: bool = False

    @property
    def short_label(self) -> str:
        """The catalog key of its label in ``record show`` lines and list columns."""
        return self.short or self.label

    @property
    def shown_label(self) -> str:
        """The catalog key of its label in ``record show``."""
        return self.show_label or self.short_label

    @property
    def book_row_label(self) -> str:
        """The catalog key of its label in the record book."""
        return self.book_label or self.label


#: Every field, in the order of the record book and of the JSON export.
FIELDS: tuple[RecordField, ...] = (
    RecordField(
        "date", Kind.DATE, Part.HEAD, "rec_field_date", show_label="field_date",
        book_label="export_f_time", column=1, option="--date",
        help="opt_record_date",
    ),
    RecordField(
        "start", Kind.TIME, Part.TIME, "rec_field_start", option="--start",
        help="opt_record_start",
    ),
    RecordField(
        "end", Kind.TIME, Part.TIME, "rec_field_end", option="--end", help="opt_record_end"
    ),
    RecordField(
        "place", Kind.LINE, Part.HEAD, "rec_field_place", "field_place", search=True,
        column=4, option="--place", help="opt_record_place",
    ),
    RecordField(
        "form", Kind.CHOICE, Part.HEAD, "rec_field_form", "field_form", column=2, option="--form", help="opt_record_form", vocab=FORMS,
        bad_choice="record_bad_form", chosen=True,
    ),
    RecordField(
        "theme", Kind.LINE, Part.HEAD, "rec_field_theme", "field_theme",
        empty="record_theme_empty", search=True, column=3, option="--theme", help="opt_record_theme",
    ),
    RecordField(
        "organiser", Kind.LINE, Part.HEAD, "rec_field_organiser", option="--organiser",
        help="opt_record_organiser",
    ),
    RecordField(
        "recorder", Kind.PERSON, Part.HEAD, "rec_field_recorder", option="--recorder",
        help="opt_record_recorder",
    ),
    RecordField(
        "plan_id", Kind.PLAN, Part.PLAN, "rec_field_plan", book_if_set=True, option="--plan",
        help="opt_record_plan",
    ),
    RecordField(
        "minutes", Kind.TEXT, Part.TEXT, "rec_field_minutes", book_label="export_f_minutes",
        search=True, option="--minutes", help="opt_record_minutes",
    ),
    RecordField(
        "voter_opinions", Kind.TEXT, Part.TEXT, "rec_field_voter_opinions",
        option="--opinions", help="opt_record_opinions",
    ),
    RecordField(
        "problems", Kind.TEXT, Part.TEXT, "rec_field_problems", search=True,
        option="--problems", help="opt_record_problems",
    ),
    RecordField(
        "summary", Kind.TEXT, Part.TEXT, "rec_field_summary", search=True,
        option="--summary", help="opt_record_summary",
    ),
    RecordField(
        "suggestions_formed", Kind.TEXT, Part.TEXT, "rec_field_suggestions_formed",
        book_if_set=True, option="--suggestions", help="opt_record_suggestions",
    ),
    RecordField(
        "briefing_sent", Kind.FLAG, Part.STATE, "rec_field_briefing",
        book_label="export_f_briefing", option="--briefing-sent", help="opt_briefing",
    ),
    RecordField(
        "training_kind", Kind.CHOICE, Part.TRAINING, "rec_field_training_kind",
        book_if_set=True, only_form="study", vocab=TRAINING_KINDS,
        bad_choice="record_bad_training_kind",
    ),
    RecordField(
        "training_days", Kind.DAYS, Part.TRAINING, "rec_field_training_days",
        book_if_set=True, only_form="study",
    ),
)  # fmt: skip


def fields(*parts: Part) -> Iterator[RecordField]:
    """The fields of ``parts`` (every field when none is named), in the table's order."""
    table = FIELDS  # read at call time, so a test can add a field to the table
    return (f for f in table if not parts or f.part in parts)


def field_named(name: str) -> RecordField:
    """The field called ``name``; KeyError if there is none."""
    for f in FIELDS:
        if f.name == name:
            return f
    raise KeyError(name)


def columns() -> list[RecordField]:
    """The fields the record list shows as columns, in their order."""
    return sorted((f for f in FIELDS if f.column), key=lambda f: f.column)


def is_set(value: object) -> bool:
    """Whether a field's value says something (not "", 0, False or None)."""
    return bool(value)


def applies(f: RecordField, record: ActivityRecord) -> bool:
    """Whether ``record`` has the field ``f`` (a study record's training; else every)."""
    return not f.only_form or record.form == f.only_form


def has_value(f: RecordField, record: ActivityRecord) -> bool:
    """Whether ``record`` has the field and it holds a value."""
    return applies(f, record) and is_set(getattr(record, f.name))


def searched_texts(record: ActivityRecord) -> list[str]:
    """The texts of ``record`` the record list's text filter looks in."""
    return [str(getattr(record, f.name)) for f in FIELDS if f.search]


def _clean_value(f: RecordField, value: object) -> object:
    if f.kind is Kind.LINE:
        return clean_text(str(value)).strip()
    if f.kind is Kind.TEXT:
        return clean_text(str(value))
    if f.kind is Kind.TIME:
        return parse_time(str(value))
    return value


def clean(record: ActivityRecord) -> ActivityRecord:
    """``record`` with each field cleaned by its kind (text NFC without control
    characters, lines stripped, times as ``HH:MM``); :class:`RecordError` for a field
    left empty that must not be, a value outside its vocabulary, a bad time or a span
    that ends before it starts. What the book must hold (the plan item, the year, the
    recorder) the store checks."""
    for f in FIELDS:
        value = getattr(record, f.name)
        if f.empty and not clean_text(str(value)).strip():
            raise RecordError(f.empty)
        if f.vocab is not None and (value or f.chosen) and value not in f.vocab:
            raise RecordError(f.bad_choice, value=value)
    # each value has its attribute's type: _clean_value keeps it (text stays text)
    values: dict[str, Any] = {f.name: _clean_value(f, getattr(record, f.name)) for f in FIELDS}
    check_span(str(values["start"]), str(values["end"]))
    return replace(record, **values)
