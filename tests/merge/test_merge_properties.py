"""Property tests of the year-end merge over generated histories of 2 to 5 laptops.

Each history: laptop 0 starts a book that every laptop copies, then creates, edits,
deletes, attendance-like marks (ids derived from their subject), resolutions and merges
between laptops happen in any order; finally every laptop's book is merged. The model in
:mod:`tests.merge.sim` says which versions must survive.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grouptui.domain.merge import merge_data
from tests.support.merge_sim import TABLE, World, as_data, canon, from_data, leaves_of, merge_tables

laptop = st.integers(0, 4)
OPS = st.one_of(
    st.tuples(st.just("create"), laptop),
    st.tuples(st.just("mark"), laptop, st.integers(0, 2), st.integers(0, 1)),
    st.tuples(st.just("edit"), laptop, st.integers(0, 9), st.integers(0, 2)),
    st.tuples(st.just("delete"), laptop, st.integers(0, 9)),
    st.tuples(st.just("resolve"), laptop, st.integers(0, 9), st.integers(0, 3)),
    st.tuples(st.just("sync"), laptop, laptop),
)
HISTORIES = st.tuples(st.integers(2, 5), st.integers(1, 3), st.lists(OPS, min_size=6, max_size=40))


def play(n: int, base: int, ops: list[tuple], ahead: int | None = None) -> World:
    """Run one history; ``ahead`` is the laptop whose clock is ten years fast."""
    world = World(n, ahead=ahead)
    for _ in range(base):
        world.create(0)
    for i in range(1, n):
        world.laptops[i] = dict(world.laptops[0])  # copies of the leader's book
    for op in ops:
        world.apply(op)
    return world


def tables_of(result) -> dict:
    return {k: v for k, v in result.data.items() if k != "meta"}


def check_history(n: int, base: int, ops: list[tuple]) -> None:
    world = play(n, base, ops)
    laptops = world.laptops
    merged = merge_tables(laptops)

    # nothing lost: every revision any laptop held is a leaf or an ancestor of one
    kept = {rid: {v["rev"] for v in leaves_of(d)} for rid, d in merged.items()}
    ancestry = {
        rid: kept[rid] | {r for v in leaves_of(d) for r in v.get("revs", [])}
        for rid, d in merged.items()
    }
    for table in laptops:
        for rid, doc in table.items():
            for version in leaves_of(doc):
                assert version["rev"] in ancestry[rid]
                assert set(version.get("revs", [])) <= ancestry[rid]

    # the model: the same leaves, so conflicts are exactly the concurrently edited records
    expected = world.expected_leaves(laptops)
    assert set(merged) == set(expected)
    for rid, doc in merged.items():
        assert {world.hist[v["rev"]] for v in leaves_of(doc)} == expected[rid]
    concurrent = sum(1 for hs in expected.values() if len(hs) > 1)
    result = merge_data([as_data(t) for t in laptops])
    assert result.conflicts == concurrent
    assert result.tables[TABLE].conflicts == concurrent

    # idempotent: with itself, and merging the result again
    assert merge_tables([merged, merged]) == merged
    assert merge_tables([merged]) == merged
    for table in laptops:
        assert merge_tables([table, table]) == merge_tables([table])
        assert merge_tables([merged, table]) == merged

    # commutative and associative: exactly the same documents whatever the order
    whole = tables_of(result)
    for perm in itertools.islice(itertools.permutations(range(n)), 6):
        assert tables_of(merge_data([as_data(laptops[i]) for i in perm])) == whole
    left = laptops[0]
    for table in laptops[1:]:
        left = merge_tables([left, table])
    right = laptops[-1]
    for table in reversed(laptops[:-1]):
        right = merge_tables([table, right])
    assert left == right == from_data(result.data)
    assert canon(left) == canon(merged)

    # clocks do not decide: the same history with any laptop ten years fast gives the same
    # winners and kept versions
    for ahead in (0, n - 1):
        skewed = play(n, base, ops, ahead=ahead)
        assert canon(merge_tables(skewed.laptops)) == canon(merged)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HISTORIES)
def test_merge_properties_over_generated_histories(history) -> None:
    n, base, ops = history
    check_history(n, base, ops)


def test_two_laptops_edit_the_same_record_is_one_conflict() -> None:
    world = play(2, 1, [("edit", 0, 0, 1), ("edit", 1, 0, 2)])
    merged = merge_tables(world.laptops)
    (doc,) = merged.values()
    assert len(doc["conflicts"]) == 1
    assert {doc["text"], doc["conflicts"][0]["text"]} == {"e1", "e2"}


def test_the_same_edit_on_two_laptops_is_no_conflict() -> None:
    world = play(2, 1, [("edit", 0, 0, 1), ("edit", 1, 0, 1)])
    (doc,) = merge_tables(world.laptops).values()
    assert doc["conflicts"] == []
    assert doc["text"] == "e1"


def test_a_clock_ten_years_ahead_does_not_win_silently() -> None:
    ops = [("edit", 0, 0, 1), ("edit", 1, 0, 2)]
    for ahead in (0, 1):
        world = play(2, 1, ops, ahead=ahead)
        (doc,) = merge_tables(world.laptops).values()
        assert len(doc["conflicts"]) == 1, "the fast clock's edit must stay a conflict"
        winners = {doc["text"]}
        assert winners <= {"e1", "e2"}
    # and whichever laptop is fast, the shown version is the same one
    texts = {
        next(iter(merge_tables(play(2, 1, ops, ahead=a).laptops).values()))["text"]
        for a in (None, 0, 1)
    }
    assert len(texts) == 1


def test_deletion_propagates_and_delete_against_edit_conflicts() -> None:
    untouched = play(2, 1, [("delete", 0, 0)])
    (doc,) = merge_tables(untouched.laptops).values()
    assert doc["deleted"] and doc["conflicts"] == []

    both = play(2, 1, [("delete", 0, 0), ("edit", 1, 0, 2)])
    (doc,) = merge_tables(both.laptops).values()
    assert not doc["deleted"], "the edit is shown"
    assert [c["deleted"] for c in doc["conflicts"]] == [True], "the deletion is kept for review"


def test_a_resolution_does_not_bring_the_conflict_back() -> None:
    world = play(3, 1, [("edit", 0, 0, 1), ("edit", 1, 0, 2), ("sync", 2, 0), ("sync", 2, 1)])
    (doc,) = world.laptops[2].values()
    assert doc["conflicts"]
    world.resolve(2, 0, 1)
    # laptops 0 and 1 still hold the losing sides; merging again keeps the resolution
    merged = merge_tables(world.laptops)
    (doc,) = merged.values()
    assert doc["conflicts"] == []
    assert doc["rev"] == world.laptops[2][doc["id"]]["rev"]
