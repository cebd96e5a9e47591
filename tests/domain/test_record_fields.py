"""Issue 13 case 9: the fields of an activity record are described once
(``grouptui/domain/record_fields.py``), and cleaning and search read that description."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from grouptui.domain import record_fields
from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import ENTITY_FIELDS, ActivityRecord
from grouptui.domain.record_fields import FIELDS, Kind, Part, RecordField, clean
from grouptui.domain.records import matches
from grouptui.i18n import catalog


def test_every_content_field_of_a_record_is_described_once() -> None:
    described = [f.name for f in FIELDS]
    assert len(described) == len(set(described))
    # ``quick`` is bookkeeping of the quick-notes screen, not something the book says.
    content = [
        f.name
        for f in dataclasses.fields(ActivityRecord)
        if f.name not in ENTITY_FIELDS and f.name != "quick"
    ]
    assert sorted(described) == sorted(content)


def test_every_word_the_table_names_is_in_the_catalog() -> None:
    known = catalog()
    for f in FIELDS:
        for key in (f.label, f.short, f.show_label, f.book_label, f.help, f.empty, f.bad_choice):
            assert not key or key in known, (f.name, key)


def test_one_key_per_label_of_a_field() -> None:
    """No two catalog keys the table names hold the same words."""
    words: dict[tuple[str, str], str] = {}
    for f in FIELDS:
        for key in {f.label, f.short, f.show_label, f.book_label} - {""}:
            pair = catalog()[key]
            assert words.setdefault(pair, key) == key, (pair, key, words[pair])


def test_clean_reads_the_kinds() -> None:
    rec = ActivityRecord(
        date=date(2026, 5, 10), theme="  视察\x07防汛  ", place=" 河口村 ", start="9:00",
        end="11点30", minutes="  第一行\n第二行  ",
    )  # fmt: skip
    cleaned = clean(rec)
    assert (cleaned.theme, cleaned.place) == ("视察防汛", "河口村")
    assert (cleaned.start, cleaned.end) == ("09:00", "11:30")
    assert cleaned.minutes == "  第一行\n第二行  "  # long text kept as typed


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"theme": "  "}, "record_theme_empty"),
        ({"form": "picnic"}, "record_bad_form"),
        ({"form": ""}, "record_bad_form"),
        ({"training_kind": "yoga"}, "record_bad_training_kind"),
        ({"start": "25:00"}, "record_bad_time"),
        ({"start": "11:00", "end": "10:00"}, "record_span_backwards"),
    ],
)
def test_clean_refuses_what_the_table_forbids(changes: dict, key: str) -> None:
    rec = dataclasses.replace(ActivityRecord(date=date(2026, 5, 10), theme="视察"), **changes)
    with pytest.raises(UserFacingError) as caught:
        clean(rec)
    assert caught.value.key == key


def test_search_looks_in_the_fields_the_table_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = ActivityRecord(date=date(2026, 5, 10), theme="视察", organiser="镇人大主席团")
    assert not matches(rec, "主席团")
    organiser = record_fields.field_named("organiser")
    searched = dataclasses.replace(organiser, search=True)
    table = tuple(searched if f is organiser else f for f in FIELDS)
    monkeypatch.setattr(record_fields, "FIELDS", table)
    assert matches(rec, "主席团")


def test_the_list_columns_come_in_their_order() -> None:
    assert [f.name for f in record_fields.columns()] == ["date", "form", "theme", "place"]


def test_training_belongs_to_study_records_only() -> None:
    days = record_fields.field_named("training_days")
    assert days.part is Part.TRAINING and days.kind is Kind.DAYS
    study = ActivityRecord(date=date(2026, 5, 10), theme="培训", form="study", training_days=1)
    other = dataclasses.replace(study, form="inspection")
    assert record_fields.has_value(days, study) and not record_fields.has_value(days, other)
    assert isinstance(days, RecordField)


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("theme", True),
        ("place", True),
        ("minutes", True),
        ("problems", True),
        ("summary", True),
        ("organiser", False),
        ("voter_opinions", False),
    ],
)
def test_the_list_searches_the_fields_it_always_searched(name: str, found: bool) -> None:
    rec = dataclasses.replace(
        ActivityRecord(date=date(2026, 5, 10), theme="视察"), **{name: "河口村堤段"}
    )
    assert matches(rec, "堤段") is found
