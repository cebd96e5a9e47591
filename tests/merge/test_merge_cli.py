"""``grouptui merge`` and ``grouptui conflicts`` end to end: real books, real files."""

from __future__ import annotations

import json

from tinydb import TinyDB

from grouptui.domain.models import Deputy, Note
from grouptui.store.book import Book
from tests.support.data import NASTY, file_digest
from tests.support.laptops import copies, deputy_id, edit_deputy, load, open_laptop


def test_independent_work_arrives_and_inputs_are_untouched(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "leader", "recorder")
    with open_laptop(a, "leader") as book:
        book.deputies.save(Deputy(name="赵六"))
    with open_laptop(b, "recorder") as book:
        book.deputies.save(Deputy(name="钱七"))
        zhang = next(d for d in book.deputies.all() if d.name == "张三")
        book.deputies.delete(zhang.id)
    before = (file_digest(a), file_digest(b))
    out = tmp_path / "merged.json"

    result = cli("--lang", "en", "merge", a, b, "-o", out)

    assert result.code == 0, result.err
    assert (file_digest(a), file_digest(b)) == before
    assert "No conflicts." in result.out
    with Book.open(out) as merged:
        names = sorted(d.name for d in merged.deputies.all())
        assert names == ["李四", "王五", "赵六", "钱七"]  # 张三 deleted on one side stays deleted
        assert set(merged.meta.devices) >= {"leader", "recorder", "dev-test"}
    # the output is a valid TinyDB file, compact UTF-8 like the store writes
    raw = out.read_bytes()
    assert "赵六".encode() in raw and b"\\u" not in raw and b"\n" not in raw
    db = TinyDB(out, encoding="utf-8")
    assert len(db.table("deputies")) == 5  # four live, one tombstone
    db.close()


def test_report_json_counts_per_table_and_input(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    with open_laptop(b, "b") as book:
        book.deputies.save(Deputy(name="赵六"))
    edit_deputy(b, "李四", "b", phone="13911112222")
    result = cli("merge", a, b, "-o", tmp_path / "m.json", "--json", "--dry-run")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    deputies = report["tables"]["deputies"]
    assert deputies == {
        "from_inputs": [2, 4],
        "added": 1,
        "updated": 1,
        "deleted": 0,
        "conflicts": 0,
        "total": 4,
    }
    assert report["written"] is False
    assert not (tmp_path / "m.json").exists()


def test_concurrent_edits_conflict_and_resolution_sticks(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    edit_deputy(a, "张三", "a", phone="13900000001")
    edit_deputy(b, "张三", "b", ahead_years=10, phone="13900000002")  # its clock is 10y fast
    out = tmp_path / "m.json"

    result = cli("--lang", "en", "merge", a, b, "-o", out)
    assert result.code == 1
    assert "1 records are in conflict" in result.out

    listing = cli("--book", out, "conflicts", "--json")
    assert listing.code == 1
    (conflict,) = json.loads(listing.out)
    assert conflict["table"] == "deputies" and conflict["differing_fields"] == ["phone"]
    phones = [side["phone"] for side in conflict["sides"]]
    assert sorted(phones) == ["13900000001", "13900000002"]

    text = cli("--lang", "en", "--book", out, "conflicts")
    assert "13900000001" in text.out and "13900000002" in text.out

    _shown, other = phones
    done = cli(
        "--lang", "en", "--book", out, "conflicts", "resolve", conflict["id"][:8], "--keep", "other"
    )
    assert done.code == 0, done.err
    assert "0 left" in done.out
    assert cli("--book", out, "conflicts").code == 0
    with Book.open(out) as book:
        assert book.deputies.get(conflict["id"]).phone == other

    # the laptops still hold both sides: merging them again with the resolved book
    again = tmp_path / "m2.json"
    result = cli("merge", out, a, b, "-o", again, "--json")
    assert result.code == 0, result.out
    with Book.open(again) as book:
        assert book.deputies.get(conflict["id"]).phone == other


def test_resolve_with_set_combines_and_checks_values(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    edit_deputy(a, "李四", "a", phone="1", unit="镇政府")
    edit_deputy(b, "李四", "b", phone="2", unit="卫生院")
    out = tmp_path / "m.json"
    assert cli("merge", a, b, "-o", out).code == 1
    rid = deputy_id(out, "李四")
    before = file_digest(out)

    bad = cli("--lang", "en", "--book", out, "conflicts", "resolve", rid, "--set", "is_new=maybe")
    assert bad.code == 2 and "yes or no" in bad.err and bad.err.count("\n") == 1
    bad = cli("--lang", "en", "--book", out, "conflicts", "resolve", rid, "--set", "nosuch=1")
    assert bad.code == 2 and "nosuch" in bad.err
    bad = cli("--book", out, "conflicts", "resolve", rid, "--keep", "other:5")
    assert bad.code == 2
    bad = cli("--book", out, "conflicts", "resolve", "ffff0000")
    assert bad.code == 2
    assert file_digest(out) == before

    nasty = NASTY[0] + NASTY[2]
    ok = cli(
        "--book", out, "conflicts", "resolve", rid, "--keep", "winner",
        "--set", "电话=3", "--set", f"remarks={nasty}",
    )  # fmt: skip
    assert ok.code == 0, ok.err
    with Book.open(out) as book:
        dep = book.deputies.get(rid)
        assert dep.phone == "3" and dep.remarks == nasty
        assert dep.unit in ("镇政府", "卫生院")
        assert not book.deputies.conflicted()


def test_round_trip_next_quarter(cli, book_path, tmp_path) -> None:
    """Everyone keeps working on the merged book; the next merge works the same."""
    a, b = copies(book_path, "a", "b")
    with open_laptop(a, "a") as book:
        book.notes.save(Note(record_id="r1", at="2026-03-01T09:00:00", text="一季度"))
    q1 = tmp_path / "q1.json"
    assert cli("merge", a, b, "-o", q1).code == 0
    a2, b2 = copies(q1, "a2", "b2")
    with open_laptop(a2, "a") as book:
        note = book.notes.all()[0]
        book.notes.delete(note.id)
    with open_laptop(b2, "b") as book:
        book.notes.save(Note(record_id="r2", at="2026-06-01T09:00:00", text="二季度"))
    edit_deputy(b2, "王五", "b", unit="农业服务中心")
    q2 = tmp_path / "q2.json"
    result = cli("merge", q1, a2, b2, "-o", q2, "--json")  # counted against q1
    assert result.code == 0, result.out
    report = json.loads(result.out)
    assert report["tables"]["notes"]["deleted"] == 1
    assert report["tables"]["notes"]["added"] == 1
    assert report["tables"]["deputies"]["updated"] == 1
    with Book.open(q2) as book:
        assert [n.text for n in book.notes.all()] == ["二季度"]
        assert next(d for d in book.deputies.all() if d.name == "王五").unit == "农业服务中心"
    # merging the merged book with itself changes nothing
    q3 = tmp_path / "q3.json"
    assert cli("merge", q2, q2, "-o", q3).code == 0
    strip = lambda d: {k: v for k, v in d.items() if k != "meta"}  # noqa: E731
    assert strip(load(q3)) == strip(load(q2))


def test_same_name_deputies_are_flagged_not_merged(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    for path, device in ((a, "a"), (b, "b")):
        with open_laptop(path, device) as book:
            book.deputies.save(Deputy(name="孙八"))
    out = tmp_path / "m.json"
    result = cli("--lang", "en", "merge", a, b, "-o", out)
    assert result.code == 0
    assert "Possible duplicate deputy: '孙八' appears 2 times" in result.out
    with Book.open(out) as book:
        assert [d.name for d in book.deputies.all()].count("孙八") == 2


def test_other_group_or_year_refused_unless_force(cli, book_path, tmp_path) -> None:
    other = tmp_path / "other.json"
    Book.create(other, group="别的小组", year=2026, device="x").close()
    out = tmp_path / "m.json"
    result = cli("--lang", "en", "merge", book_path, other, "-o", out)
    assert result.code == 2
    assert str(other) in result.err and "--force" in result.err
    assert not out.exists()

    result = cli("--lang", "en", "merge", book_path, other, "-o", out, "--force")
    assert result.code == 0, result.err
    assert "Merged because of --force" in result.out
    assert "another book id" in result.out
    with Book.open(out) as book:
        assert book.meta.group == "新河镇第一代表小组"


def test_merge_report_in_chinese(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    result = cli("--lang", "zh", "merge", a, b, "-o", tmp_path / "m.json")
    assert result.code == 0
    assert "合并报告" in result.out and "代表" in result.out and "没有冲突" in result.out
