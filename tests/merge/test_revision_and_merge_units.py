"""Revisions (the fixes made for the merge) and the pure merge's report and identity rules."""

from __future__ import annotations

import pytest

from grouptui.domain.merge import MergeError, merge_data
from grouptui.domain.revision import compute_rev, generation, stamp, winner_key
from tests.support.data import NOW_ISO as NOW


def test_generation_of_foreign_revisions_is_zero_not_a_crash() -> None:
    assert generation("12-abc") == 12
    assert generation("²-abc") == 0  # isdigit() but not int(): used to raise ValueError
    assert generation("١٢-abc") == 0
    assert generation("") == 0 and generation("x-1") == 0


def test_lone_surrogates_hash_instead_of_crashing() -> None:
    # What Python makes of bytes a non-UTF-8 terminal sent (surrogateescape).
    rev = compute_rev([], {"id": "x", "text": "a\udcff"})
    assert rev.startswith("1-")
    assert rev != compute_rev([], {"id": "x", "text": "a\udcfe"})
    # valid text hashes exactly as before the fix
    assert compute_rev(["1-a"], {"id": "x", "text": "张"}) == compute_rev(
        ["1-a"], {"id": "x", "text": "张", "updated": "2099-01-01"}
    )


def test_winner_ignores_clocks() -> None:
    base = stamp({"id": "r", "text": "a"}, None, now=NOW, device="a")
    early = stamp({**base, "text": "b"}, base, now="2000-01-01T00:00:00", device="a")
    late = stamp({**base, "text": "c"}, base, now="2099-01-01T00:00:00", device="b")
    assert winner_key(early) != winner_key(late)
    swapped_early = {**early, "updated": late["updated"]}
    swapped_late = {**late, "updated": early["updated"]}
    assert (winner_key(early) > winner_key(late)) == (
        winner_key(swapped_early) > winner_key(swapped_late)
    )


def _book(*docs, group="甲组", year=2026, book_id="b1", devices=("a",)) -> dict:
    meta = {"schema": 1, "book_id": book_id, "group": group, "year": year, "township": ""}
    meta["devices"] = list(devices)
    return {
        "_default": {},
        "meta": {"1": meta},
        "notes": {str(n): d for n, d in enumerate(docs, 1)},
    }


def test_report_counts_against_the_first_input() -> None:
    kept = stamp({"id": "k", "text": "k"}, None, now=NOW, device="a")
    gone = stamp({"id": "g", "text": "g"}, None, now=NOW, device="a")
    changed = stamp({"id": "c", "text": "c"}, None, now=NOW, device="a")
    tomb = stamp({**gone, "deleted": True}, gone, now=NOW, device="b")
    edited = stamp({**changed, "text": "c2"}, changed, now=NOW, device="b")
    new = stamp({"id": "n", "text": "n"}, None, now=NOW, device="b")
    result = merge_data(
        [_book(kept, gone, changed), _book(kept, tomb, edited, new, devices=("b", "a"))]
    )
    report = result.tables["notes"]
    assert (report.added, report.updated, report.deleted, report.conflicts) == (1, 1, 1, 0)
    assert report.total == 3
    assert report.from_inputs == [1, 3]  # input 1 held only "kept" as merged
    assert result.data["meta"]["1"]["devices"] == ["a", "b"]


def test_identity_mismatch_refused_or_noted() -> None:
    with pytest.raises(MergeError) as caught:
        merge_data([_book(), _book(year=2027)], labels=["a.json", "b.json"])
    assert caught.value.params["path"] == "b.json"
    with pytest.raises(MergeError):
        merge_data([_book(), _book(group="乙组")])
    result = merge_data([_book(), _book(group="乙组", book_id="b2")], force=True)
    assert [key for key, _ in result.notes] == ["merge_note_mismatch", "merge_note_book_id"]
    assert result.data["meta"]["1"]["group"] == "甲组"


def test_documents_without_revision_still_merge() -> None:
    hand = {"id": "h", "text": "typed by hand"}
    result = merge_data([_book(hand), _book()])
    (doc,) = result.data["notes"].values()
    assert doc["rev"].startswith("1-") and doc["conflicts"] == []


def test_hand_edit_under_an_old_revision_is_a_conflict_in_any_order() -> None:
    doc = stamp({"id": "h", "text": "原文"}, None, now=NOW, device="a")
    hand = {**doc, "text": "手改"}  # same rev, other content
    one = merge_data([_book(doc), _book(hand)])
    two = merge_data([_book(hand), _book(doc)])
    assert one.data["notes"] == two.data["notes"]
    (merged,) = one.data["notes"].values()
    assert sorted([merged["text"], *(c["text"] for c in merged["conflicts"])]) == ["原文", "手改"]
    again = merge_data([one.data, _book(doc), _book(hand)])
    assert again.data["notes"] == one.data["notes"]
