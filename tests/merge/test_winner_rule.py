"""Which of two concurrent versions a merge shows: the rule itself, not only its symmetry.

The property tests prove every input order gives the same winner; these pin which one it is
(live over tombstone, then the longer edit history, then the larger hash).
"""

from __future__ import annotations

from itertools import count

from grouptui.domain.merge import merge_record
from grouptui.domain.revision import generation, stamp
from tests.support.data import NOW_ISO as NOW

BASE = stamp({"id": "r", "text": "原稿"}, None, now=NOW, device="a")


def _hash(doc: dict) -> str:
    return doc["rev"].partition("-")[2]


def _edit(parent: dict, device: str, **changes) -> dict:
    edited = stamp({**parent, **changes}, parent, now=NOW, device=device)
    assert edited is not None
    return edited


def _first_with_larger_hash(than: dict, make) -> dict:
    """The first of ``make(0)``, ``make(1)``... whose hash is larger than ``than``'s."""
    return next(doc for n in count() if _hash(doc := make(n)) > _hash(than))


def _winner_and_loser(a: dict, b: dict) -> list[tuple[str, list[str]]]:
    """(winner's rev, losers' revs) of merging ``a`` and ``b``, in both input orders."""
    out = []
    for docs in ([a, b], [b, a]):
        merged = merge_record(docs)
        out.append((merged["rev"], [c["rev"] for c in merged["conflicts"]]))
    return out


def test_higher_generation_beats_a_larger_hash_in_both_orders() -> None:
    three = _edit(_edit(BASE, "b", text="乙改一"), "b", text="乙改二")
    two = _first_with_larger_hash(three, lambda n: _edit(BASE, "a", text=f"甲改{n}"))
    assert (generation(two["rev"]), generation(three["rev"])) == (2, 3)
    assert _hash(two) > _hash(three)
    assert _winner_and_loser(two, three) == [(three["rev"], [two["rev"]])] * 2


def test_live_beats_tombstone_at_equal_generation_in_both_orders() -> None:
    live = _edit(BASE, "a", text="甲改")
    tomb = _first_with_larger_hash(
        live, lambda n: _edit(BASE, "b", deleted=True, text=f"删{n}" if n else BASE["text"])
    )
    assert generation(live["rev"]) == generation(tomb["rev"]) == 2
    assert _hash(tomb) > _hash(live)
    assert _winner_and_loser(live, tomb) == [(live["rev"], [tomb["rev"]])] * 2


def test_at_equal_generation_and_liveness_the_larger_hash_wins() -> None:
    one = _edit(BASE, "a", text="甲改")
    other = _first_with_larger_hash(one, lambda n: _edit(BASE, "b", text=f"乙改{n}"))
    assert _winner_and_loser(one, other) == [(other["rev"], [one["rev"]])] * 2
