"""``from_doc`` makes the same record the direct way as the general way, and shares nothing.

The direct way (every field present, lists and dicts only where the class declares them)
copies the document's dict and skips the dataclass's ``__init__``. It must give what the
general way gives, field for field, and hand over lists and dicts of its own: a screen that
edits a record's list must not edit the book's document in memory. Hypothesis writes the
documents: sound ones as the book writes them, and ones with a field missing, an unknown
key, a list or a dict where a string belongs, an empty or missing date.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grouptui.domain import lazy_dataclass, models
from grouptui.domain.codec import field_names, from_doc, from_doc_generally, to_doc

MODELS = [
    cls
    for cls in vars(models).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls is not models.Entity
]

TEXT = st.text(max_size=8)
SCALAR = st.one_of(TEXT, st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())
DATE = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)).map(date.isoformat)
CONTAINER = st.one_of(
    st.lists(st.one_of(TEXT, st.dictionaries(TEXT, SCALAR, max_size=2)), max_size=3),
    st.dictionaries(TEXT, st.one_of(SCALAR, st.lists(TEXT, max_size=2)), max_size=3),
)


def sound_doc(cls: type, draw: st.DrawFn) -> dict[str, Any]:
    """A document of ``cls`` as the book writes it (from an instance, through ``to_doc``)."""
    doc = to_doc(cls(**required(cls, draw)))
    for name in field_names(cls):
        value = doc[name]
        if isinstance(value, list):
            doc[name] = draw(st.lists(st.one_of(TEXT, st.dictionaries(TEXT, TEXT, max_size=2))))
        elif isinstance(value, str) and name not in ("id",):
            doc[name] = draw(st.one_of(TEXT, DATE) if "date" in name or name in DATED else TEXT)
    return doc


#: date fields whose name does not say so.
DATED = {"due", "joined_on", "retired_on", "born", "handled_on", "replied_on", "at"}


def required(cls: type, draw: st.DrawFn) -> dict[str, Any]:
    """Values for the fields ``cls`` cannot be made without."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            out[f.name] = date(2026, 5, 20) if "date" in str(f.type) else draw(TEXT)
    return out


@st.composite
def documents(draw: st.DrawFn) -> tuple[type, dict[str, Any]]:
    """A model class and a document for it, sound or bent in one of the ways above."""
    cls = draw(st.sampled_from(MODELS))
    doc = sound_doc(cls, draw)
    names = field_names(cls)
    bend = draw(st.sampled_from(["none", "missing", "unknown", "container", "empty date"]))
    if bend == "missing":
        optional = [
            f.name
            for f in dataclasses.fields(cls)
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            if f.name != "id"  # a fresh random id each way: not comparable
        ]
        if optional:
            del doc[draw(st.sampled_from(optional))]
    elif bend == "unknown":
        doc[draw(TEXT.filter(lambda k: k not in names))] = draw(st.one_of(SCALAR, CONTAINER))
    elif bend == "container":
        scalars = [n for n in names if not isinstance(doc[n], list | dict)]
        doc[draw(st.sampled_from(scalars))] = draw(CONTAINER)
    elif bend == "empty date":
        dated = [n for n in names if "date" in n or n in DATED]
        if dated:
            doc[draw(st.sampled_from(dated))] = draw(st.sampled_from(["", None]))
    return cls, doc


def fields_of(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in field_names(type(obj))}


def containers(value: Any) -> list[Any]:
    """Every list and dict in ``value``, nested ones included."""
    if isinstance(value, list):
        return [value, *[c for v in value for c in containers(v)]]
    if isinstance(value, dict):
        return [value, *[c for v in value.values() for c in containers(v)]]
    return []


@settings(max_examples=400, deadline=None)
@given(documents())
def test_the_direct_way_gives_the_general_ways_record(case: tuple[type, dict[str, Any]]) -> None:
    cls, doc = case
    try:
        expected = from_doc_generally(cls, doc)
    except (TypeError, ValueError) as refused:  # a required field missing, a bad date
        with pytest.raises(type(refused)):
            from_doc(cls, doc)
        return
    made = from_doc(cls, doc)
    assert type(made) is cls
    assert fields_of(made) == fields_of(expected)
    assert made == expected
    # What the record holds is its own: none of its lists or dicts is the document's
    # (the ones inside a list are copied one level down, as they always were).
    held = {id(c) for v in fields_of(made).values() for c in containers(v)[:1]}
    held |= {id(c) for v in fields_of(made).values() if isinstance(v, list) for c in v}
    in_doc = {id(c) for v in doc.values() for c in containers(v)[:1]}
    in_doc |= {id(c) for v in doc.values() if isinstance(v, list) for c in v if isinstance(c, dict)}
    assert not held & in_doc


def test_a_sound_document_goes_the_direct_way_and_an_edit_of_its_list_stays_in_the_record() -> None:
    entry = models.DutyEntry(
        deputy_id="d1", date=date(2026, 5, 20), category="meeting", revs=["1-a", "0-b"]
    )
    doc = to_doc(entry)
    made = from_doc(models.DutyEntry, doc)
    assert made == entry
    assert made.date == date(2026, 5, 20)
    made.revs.append("edited")
    assert doc["revs"] == ["1-a", "0-b"]


def test_every_model_is_made_by_assigning_its_fields_only() -> None:
    # The direct way skips __init__: it may only do so while no model does more there.
    for cls in MODELS:
        assert not hasattr(cls, "__post_init__"), cls.__name__
        # the dataclass's own __init__ (compiled from its generated source), or the lazy
        # dataclass's stand-in that compiles it on the first call; not one of ours
        made = cls.__init__.__code__.co_filename
        assert made in ("<string>", lazy_dataclass.__file__), cls.__name__
