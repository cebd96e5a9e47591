"""Editing, deleting and restoring suggestions: the service and ``grouptui suggestion``.

The "suggestion submitted" duty entries follow the suggestion: proposers added get one,
proposers taken off lose it, a new title or date reaches them, deleting the suggestion
deletes them and restoring brings them back.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from grouptui.store.book import Book
from grouptui.store.suggestions import duty_entry_id
from tests.support.data import NASTY, NOW, file_digest


def _sug(book_path: Path, sug_id: str, deleted: bool = False):
    with Book.open(book_path) as book:
        return book.suggestions.get(sug_id, include_deleted=deleted)


def _entries(book_path: Path, sug_id: str) -> dict[str, tuple[str, str, bool]]:
    """Deputy name -> (date, text, deleted) of the suggestion's duty entries."""
    with Book.open(book_path) as book:
        names = {d.id: d.name for d in book.deputies.all()}
        return {
            names[e.deputy_id]: (e.date.isoformat(), e.text, e.deleted)
            for e in book.duty.all(include_deleted=True)
            if e.suggestion_id == sug_id
        }


def _live(book_path: Path, sug_id: str) -> set[str]:
    return {name for name, (_d, _t, gone) in _entries(book_path, sug_id).items() if not gone}


def _refused(cli, book_path: Path, *args: str, says: str) -> None:
    before = file_digest(book_path)
    res = cli("--book", book_path, *args)
    assert res.code == 2, (res.out, res.err)
    assert says in res.err, res.err
    assert len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err
    assert file_digest(book_path) == before


def test_edit_every_field_from_the_cli(book_path: Path, duty_ids: dict[str, str], cli) -> None:
    sid = duty_ids["second"]
    res = cli(
        "--book", book_path, "suggestion", "edit", sid[:8],
        "--title", "关于增设村口路灯的建议", "--content", "村口到学校一段没有路灯",
        "--unit", "镇建设办", "--during-session", "--record", duty_ids["reception"][:8],
        "--date", "2026-04-11",
    )  # fmt: skip
    assert res.code == 0, res.err
    assert res.out.strip() == f"已修改建议 {sid[:8]}（关于增设村口路灯的建议）。"
    sug = _sug(book_path, sid)
    assert (sug.title, sug.content, sug.unit, sug.during_session) == (
        "关于增设村口路灯的建议",
        "村口到学校一段没有路灯",
        "镇建设办",
        True,
    )
    assert sug.record_id == duty_ids["reception"] and sug.date == date(2026, 4, 11)
    assert sug.status == "assigned"  # the status and its history are not touched
    # the title and date reach 李四's duty entry
    assert _entries(book_path, sid) == {"李四": ("2026-04-11", "关于增设村口路灯的建议", False)}
    # clear what may be cleared
    res = cli(
        "--book", book_path, "suggestion", "edit", sid,
        "--content", "", "--unit", "", "--record", "", "--between-sessions",
    )  # fmt: skip
    assert res.code == 0, res.err
    sug = _sug(book_path, sid)
    assert (sug.content, sug.unit, sug.record_id, sug.during_session) == ("", "", "", False)
    listed = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)
    shown = next(s for s in listed if s["id"] == sid)
    assert shown["title"] == "关于增设村口路灯的建议" and shown["deleted"] is False


def test_editing_proposers_adds_and_tombstones_their_entries(
    book_path: Path, duty_ids: dict[str, str], cli
) -> None:
    fid = duty_ids["first"]  # 张三 proposes, 李四 co-signs
    assert _live(book_path, fid) == {"张三", "李四"}
    # co-signers replaced: 李四 off, 王五 on
    assert cli("--book", book_path, "suggestion", "edit", fid, "--co-signers", "王五").code == 0
    assert _sug(book_path, fid).proposers == [duty_ids["张三"], duty_ids["王五"]]
    assert _live(book_path, fid) == {"张三", "王五"}
    assert _entries(book_path, fid)["李四"][2] is True  # a tombstone, so merges see it
    # the proposer changes, co-signers kept; naming the proposer among them counts once
    assert cli("--book", book_path, "suggestion", "edit", fid, "--proposer", "王五").code == 0
    assert _sug(book_path, fid).proposers == [duty_ids["王五"]]
    assert _live(book_path, fid) == {"王五"}
    # --by replaces all, in order; 李四's entry comes back (same derived id)
    assert cli("--book", book_path, "suggestion", "edit", fid, "--by", "李四、张三").code == 0
    assert _sug(book_path, fid).proposers == [duty_ids["李四"], duty_ids["张三"]]
    assert _live(book_path, fid) == {"李四", "张三"}
    with Book.open(book_path) as book:
        back = book.duty.get(duty_entry_id(fid, duty_ids["李四"]))
        assert back is not None and back.auto and back.category == "suggestion"
    # nobody
    assert cli("--book", book_path, "suggestion", "edit", fid, "--by", "").code == 0
    assert _sug(book_path, fid).proposers == [] and _live(book_path, fid) == set()
    # the registration form counts what the duty log holds
    reg = json.loads(cli("--book", book_path, "register", "--json").out)
    counts = {r["name"]: r["counts"]["suggestion"] for r in reg["rows"]}
    assert counts == {"张三": 0, "李四": 1, "王五": 0}


def test_one_edit_is_one_atomic_write(book_path: Path, duty_ids: dict[str, str]) -> None:
    from grouptui.store.suggestion_edit import edit_suggestion

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        before = book.storage.writes
        edit_suggestion(book, duty_ids["first"], title="新标题", by=["王五", "李四"])
        writes = book.storage.writes - before
    assert writes == 1
    assert _live(book_path, duty_ids["first"]) == {"王五", "李四"}
    assert {t for _d, t, _g in _entries(book_path, duty_ids["first"]).values()} == {
        "新标题",
        "关于修缮东风村道路的建议",  # 张三's tombstone keeps the old title
    }


def test_delete_and_restore_take_the_entries_along(
    book_path: Path, duty_ids: dict[str, str], cli
) -> None:
    fid = duty_ids["first"]
    res = cli("--book", book_path, "suggestion", "delete", fid[:8])
    assert res.code == 0
    assert f"grouptui suggestion restore {fid[:8]}" in res.out
    assert _sug(book_path, fid) is None and _live(book_path, fid) == set()
    listed = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)
    assert [s["id"] for s in listed] == [duty_ids["second"]]
    gone = json.loads(cli("--book", book_path, "suggestion", "list", "--deleted", "--json").out)
    assert [(s["id"], s["deleted"]) for s in gone] == [(fid, True)]
    duty = json.loads(cli("--book", book_path, "duty", "list", "--json").out)
    assert not any(e.get("suggestion_id") == fid for e in duty)

    res = cli("--book", book_path, "--lang", "en", "suggestion", "restore", fid[:8])
    assert res.code == 0 and res.out.strip() == (
        f"Suggestion {fid[:8]} (关于修缮东风村道路的建议) restored."
    )
    sug = _sug(book_path, fid)
    assert sug is not None and sug.status == "answered" and sug.satisfaction == "satisfied"
    assert _live(book_path, fid) == {"张三", "李四"}


def test_restore_after_an_edit_brings_back_only_the_current_proposers(
    book_path: Path, duty_ids: dict[str, str], cli
):
    fid = duty_ids["first"]
    assert cli("--book", book_path, "suggestion", "edit", fid, "--co-signers", "").code == 0
    assert cli("--book", book_path, "suggestion", "delete", fid).code == 0
    assert cli("--book", book_path, "suggestion", "restore", fid).code == 0
    assert _live(book_path, fid) == {"张三"}


def test_refused_edits_leave_the_book_unchanged(
    book_path: Path, duty_ids: dict[str, str], cli
) -> None:
    fid, edit = duty_ids["first"], ("suggestion", "edit", duty_ids["first"])
    _refused(cli, book_path, *edit, "--title", "   ", says="建议的标题不能为空")
    _refused(cli, book_path, *edit, "--title", "长" * 201, says="标题太长")
    _refused(cli, book_path, *edit, "--by", "张三,赵六", says="名册里没有代表“赵六”")
    _refused(cli, book_path, *edit, "--co-signers", "赵六", says="赵六")
    _refused(cli, book_path, *edit, "--by", "张三", "--proposer", "李四", says="--by")
    _refused(cli, book_path, *edit, "--proposer", " ", says="请写明提出人")
    _refused(cli, book_path, *edit, "--record", "ffffffff", says="ffffffff")
    _refused(cli, book_path, *edit, "--date", "2025-12-31", says="不在本账册的年份 2026 内")
    _refused(cli, book_path, *edit, "--date", "2026-02-30", says="2026-02-30")
    _refused(cli, book_path, *edit, "--content", "长" * 20001, says="建议内容太长")
    _refused(cli, book_path, *edit, says="没有要修改的内容")
    _refused(cli, book_path, "suggestion", "edit", "ffffffff", "--title", "x", says="ffffffff")
    _refused(cli, book_path, "suggestion", "delete", "ffffffff", says="ffffffff")
    _refused(cli, book_path, "suggestion", "restore", fid, says="没有被删除")
    res = cli("--book", book_path, "--lang", "en", *edit, "--by", "Nobody")
    assert res.code == 2 and "Nobody" in res.err
    assert _sug(book_path, fid).title == "关于修缮东风村道路的建议"


def test_a_co_signer_without_a_proposer_is_refused(book_path: Path, cli) -> None:
    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        from grouptui.store.suggestions import add_suggestion

        sid = add_suggestion(book, title="无人署名的建议").id
    _refused(cli, book_path, "suggestion", "edit", sid, "--co-signers", "张三", says="还没有提出人")


def test_a_deputy_who_left_can_stay_but_not_be_added(
    book_path: Path, duty_ids: dict[str, str], cli
) -> None:
    assert cli("--book", book_path, "roster", "retire", "李四").code == 0
    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        # 李四 left on 2026-05-20 (NOW); move the retirement back before the suggestion
        li = book.deputies.get(duty_ids["李四"])
        li.retired_on = date(2026, 5, 1)
        book.deputies.save(li)
    # the first suggestion (dated 2026-05-20) keeps 李四 through an edit of its title
    assert (
        cli("--book", book_path, "suggestion", "edit", duty_ids["first"], "--title", "新").code == 0
    )
    assert _live(book_path, duty_ids["first"]) == {"张三", "李四"}
    # but 李四 cannot be added to another one, nor kept when the date moves past May 1
    _refused(cli, book_path, "suggestion", "edit", duty_ids["first"][:8], "--date", "2026-05-19",
             says="离任")  # fmt: skip
    assert (
        cli("--book", book_path, "suggestion", "edit", duty_ids["second"], "--by", "王五").code == 0
    )
    _refused(cli, book_path, "suggestion", "edit", duty_ids["second"], "--co-signers", "李四",
             says="离任")  # fmt: skip


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_through_every_new_field(
    book_path: Path, duty_ids: dict[str, str], cli, text: str
) -> None:
    sid = duty_ids["second"]
    title = " ".join(text.split())[:200]
    res = cli(
        "--book", book_path, "suggestion", "edit", sid,
        "--title", title, "--content", text, "--unit", text,
    )  # fmt: skip
    assert res.code == 0, res.err
    listed = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)
    shown = next(s for s in listed if s["id"] == sid)
    assert shown["title"] == title
    assert shown["content"] == text.strip()
    assert shown["unit"] == " ".join(text.split())
    assert _entries(book_path, sid)["李四"][1] == title
    assert cli("--book", book_path, "suggestion", "list").code == 0
