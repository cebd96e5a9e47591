"""The command line behind the record form's new parts: voters received (edit, delete,
restore), clearing a training's kind or length, and deleting a record a plan item links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.domain.records import clean_text
from grouptui.store.book import Book
from tests.support.data import NASTY, file_digest


def _refused(cli, book_path: Path, *args: str, says: str) -> None:
    before = file_digest(book_path)
    res = cli("--book", book_path, *args)
    assert res.code == 2, (res.out, res.err)
    assert says in res.err
    assert len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err
    assert file_digest(book_path) == before


def _voters(cli, book_path: Path, *extra: str) -> list[dict]:
    res = cli("--book", book_path, "voter", "list", "--json", *extra)
    assert res.code == 0, res.err
    return json.loads(res.out)


def _add_voter(cli, book_path: Path, record: str, *args: str) -> str:
    res = cli("--book", book_path, "voter", "add", "--record", record, *args)
    assert res.code == 0, res.err
    return _voters(cli, book_path)[-1]["id"]


# voter edit / delete / restore -------------------------------------------------------


def test_voter_edit_changes_only_what_is_named_and_flags_a_bad_phone(
    book_path, duty_ids: dict[str, str], cli
):
    vid = _add_voter(
        cli, book_path, duty_ids["reception"], "--name", "赵大爷", "--village", "东风村",
        "--contact", "13800138000", "--raised", "路灯不亮",
    )  # fmt: skip
    res = cli(
        "--book", book_path, "voter", "edit", vid[:8], "--contact", "1380013",
        "--status", "办理中", "--handling", "转城建办",
    )  # fmt: skip
    assert res.code == 0, res.err
    assert "赵大爷" in res.out and "格式不对" in res.err  # kept, and said so
    [row] = _voters(cli, book_path, "--include-contacts")
    assert (row["name"], row["village"], row["raised"]) == ("赵大爷", "东风村", "路灯不亮")
    assert (row["contact"], row["contact_ok"]) == ("1380013", False)
    assert (row["status"], row["handling"]) == ("in_progress", "转城建办")
    listing = cli("--book", book_path, "voter", "list")
    assert vid[:8] in listing.out and "1380013" not in listing.out and "待核实" in listing.out
    ok = cli("--book", book_path, "--lang", "en", "voter", "edit", vid, "--contact", "")
    assert ok.code == 0 and ok.err == "" and "changed" in ok.out


def test_voter_delete_and_restore(book_path, duty_ids: dict[str, str], cli):
    vid = _add_voter(cli, book_path, duty_ids["reception"], "--name", "钱大妈")
    res = cli("--book", book_path, "voter", "delete", vid[:6])
    assert res.code == 0 and f"grouptui voter restore {vid}" in res.out
    assert _voters(cli, book_path) == []
    with Book.open(book_path) as book:
        assert book.voters.get(vid, include_deleted=True).deleted  # a tombstone, for merges
    res = cli("--book", book_path, "voter", "restore", vid[:6])
    assert res.code == 0, res.err
    assert [v["name"] for v in _voters(cli, book_path)] == ["钱大妈"]


def test_bad_voter_edits_leave_the_book_unchanged(book_path, duty_ids: dict[str, str], cli):
    vid = _add_voter(cli, book_path, duty_ids["reception"], "--name", "孙大哥")
    _refused(cli, book_path, "voter", "edit", vid, "--name", "  ", says="请填写选民姓名")
    _refused(cli, book_path, "voter", "edit", vid, "--status", "飞了", says="办理状态")
    _refused(cli, book_path, "voter", "edit", "ffffffff", "--name", "x", says="来访选民")
    _refused(cli, book_path, "voter", "delete", "ffffffff", says="找不到编号为 ffffffff")
    _refused(cli, book_path, "voter", "restore", vid, says="已删除的来访选民")  # not deleted
    _refused(cli, book_path, "voter", "restore", "ab", says="已删除的来访选民")
    res = cli("--book", book_path, "--lang", "en", "voter", "edit", vid, "--name", "")
    assert res.code == 2 and res.err.strip() == "Give the voter's name."


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_text_through_every_voter_field(book_path, duty_ids: dict[str, str], cli, text):
    vid = _add_voter(cli, book_path, duty_ids["reception"], "--name", "甲")
    fields = ("--name", "--village", "--contact", "--raised", "--handling")
    args = [x for f in fields for x in (f, text)]
    res = cli("--book", book_path, "voter", "edit", vid, *args)
    assert res.code == 0, res.err
    [row] = _voters(cli, book_path, "--include-contacts")
    stored = clean_text(text).strip()
    assert row["name"] == " ".join(clean_text(text).split())
    assert row["village"] == row["contact"] == row["raised"] == row["handling"] == stored
    assert cli("--book", book_path, "voter", "list").code == 0


# training ---------------------------------------------------------------------------


def test_training_kind_and_days_can_be_cleared(book_path, duty_ids: dict[str, str], cli):
    res = cli("--book", book_path, "training", "set", duty_ids["study"], "--kind", "", "--days", "")
    assert res.code == 0, res.err
    with Book.open(book_path) as book:
        rec = book.records.get(duty_ids["study"])
    assert (rec.training_kind, rec.training_days) == ("", 0.0)
    _refused(cli, book_path, "training", "set", duty_ids["study"], "--days", "0", says="培训天数")


# a record a plan item links ---------------------------------------------------------


def test_deleting_a_planned_record_says_so_and_the_checklist_shows_it(book_path, cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal: no cell is cut
    res = cli(
        "--book", book_path, "plan", "add", "--quarter", "2", "--form", "视察",
        "--title", "视察防汛准备", "--date", "2026-05-15",
    )  # fmt: skip
    assert res.code == 0, res.err
    [item] = json.loads(cli("--book", book_path, "plan", "list", "--json").out)
    res = cli(
        "--book", book_path, "record", "add", "--date", "2026-05-15", "--form", "视察",
        "--theme", "视察防汛准备", "--plan", item["id"][:8], "--present", "张三", "--json",
    )  # fmt: skip
    assert res.code == 0, res.err
    rid = json.loads(res.out)["id"]
    [item] = json.loads(cli("--book", book_path, "plan", "list", "--json").out)
    assert item["records"] == [rid] and item["deleted_records"] == []

    res = cli("--book", book_path, "record", "delete", rid)
    assert res.code == 0, res.err
    assert "注意：计划事项“视察防汛准备”现在没有对应的活动记录了。" in res.out
    [item] = json.loads(cli("--book", book_path, "plan", "list", "--json").out)
    assert item["records"] == [] and item["deleted_records"] == [rid]
    assert "（记录已删除）" in cli("--book", book_path, "plan", "list").out
    english = cli("--book", book_path, "--lang", "en", "plan", "list").out
    assert "(its record was deleted)" in english
    # the deputy's duty from attending went with it
    assert json.loads(cli("--book", book_path, "duty", "list", "--json").out) == []

    assert cli("--book", book_path, "record", "restore", rid).code == 0
    [item] = json.loads(cli("--book", book_path, "plan", "list", "--json").out)
    assert item["records"] == [rid] and item["deleted_records"] == []
    assert "记录已删除" not in cli("--book", book_path, "plan", "list").out


def test_deleting_an_unplanned_record_says_nothing_about_plans(book_path, cli):
    res = cli(
        "--book", book_path, "record", "add", "--date", "2026-05-15", "--form", "视察",
        "--theme", "临时视察", "--json",
    )  # fmt: skip
    rid = json.loads(res.out)["id"]
    res = cli("--book", book_path, "record", "delete", rid)
    assert res.code == 0 and "计划事项" not in res.out
