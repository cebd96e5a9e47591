"""``grouptui record``, ``note`` and the fast note path: output, JSON shape, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from grouptui.fastnote import parse_note_argv
from tests.support.data import NASTY, file_digest


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")


def _add(cli, book_path, *extra):
    result = cli(
        "--book",
        book_path,
        "record",
        "add",
        "--date",
        "2026-05-10",
        "--form",
        "视察",
        "--theme",
        "视察防汛准备",
        *extra,
    )
    assert result.code == 0, result.err
    return result


def _only_id(cli, book_path) -> str:
    data = json.loads(cli("--book", book_path, "record", "list", "--json").out)
    return data[0]["id"]


def test_record_add_and_show_json_shape(cli, book_path):
    _add(
        cli,
        book_path,
        "--place",
        "河口村防汛堤段",
        "--start",
        "9:00",
        "--end",
        "11:30",
        "--recorder",
        "张三",
        "--present",
        "张三，李四",
        "--leave",
        "王五",
        "--leave-reason",
        "外出",
        "--approved-by",
        "镇人大主席",
        "--minutes",
        "代表们实地查看了堤段。",
        "--follow-up",
        "督促加固堤段",
        "--briefing-sent",
    )
    rid = _only_id(cli, book_path)
    shown = cli("--book", book_path, "record", "show", rid[:8], "--json")
    assert shown.code == 0
    assert "\\u" not in shown.out  # UTF-8, not escaped
    data = json.loads(shown.out)
    assert data["id"] == rid and data["date"] == "2026-05-10"
    assert (data["start"], data["end"], data["form"]) == ("09:00", "11:30", "inspection")
    assert data["recorder"] == "张三"
    assert sorted(data["present"]) == ["张三", "李四"] and data["leave"] == ["王五"]
    assert data["expected"] == 3 and data["briefing_sent"] is True
    assert data["minutes"] == "代表们实地查看了堤段。"
    leave = [a for a in data["attendance"] if a["status"] == "leave"][0]
    assert (leave["name"], leave["leave_reason"], leave["approved_by"]) == (
        "王五",
        "外出",
        "镇人大主席",
    )
    assert [f["what"] for f in data["follow_ups"]] == ["督促加固堤段"]
    assert set(data) >= {
        "id", "date", "start", "end", "place", "form", "theme", "organiser", "recorder",
        "recorder_id", "plan_id", "plan_title", "minutes", "voter_opinions", "problems",
        "summary", "suggestions_formed", "briefing_sent", "attendance", "follow_ups", "notes",
    }  # fmt: skip
    from grouptui.store.book import Book

    with Book.open(book_path) as book:
        duty = sorted(
            (d["deputy_id"], d["category"], d["auto"])
            for d in book.duty.docs()
            if d["record_id"] == rid
        )
    assert [(c, a) for _, c, a in duty] == [("inspection", True)] * 2  # present, not on leave


def test_record_list_filters(cli, book_path):
    _add(cli, book_path, "--minutes", "群众反映河口村路灯不亮", "--present", "张三")
    cli(
        "--book",
        book_path,
        "record",
        "add",
        "--date",
        "2026-02-01",
        "--form",
        "study",
        "--theme",
        "学习代表法",
    )
    listing = lambda *a: json.loads(cli("--book", book_path, "record", "list", "--json", *a).out)  # noqa: E731
    assert [r["theme"] for r in listing()] == ["学习代表法", "视察防汛准备"]
    assert [r["theme"] for r in listing("--quarter", "1")] == ["学习代表法"]
    assert [r["theme"] for r in listing("--form", "inspection")] == ["视察防汛准备"]
    assert [r["theme"] for r in listing("--search", "路灯")] == ["视察防汛准备"]
    assert [r["theme"] for r in listing("--deputy", "张三")] == ["视察防汛准备"]
    table = cli("--book", book_path, "record", "list")
    assert "学习代表法" in table.out and table.code == 0


def test_edit_attend_delete_restore(cli, book_path):
    _add(cli, book_path, "--present", "张三")
    rid = _only_id(cli, book_path)
    assert (
        cli("--book", book_path, "record", "edit", rid, "--theme", "新主题", "--late", "李四").code
        == 0
    )
    data = json.loads(cli("--book", book_path, "record", "show", rid, "--json").out)
    assert data["theme"] == "新主题" and data["late"] == ["李四"]
    assert cli("--book", book_path, "record", "attend", rid, "李四", "缺席").code == 0
    data = json.loads(cli("--book", book_path, "record", "show", rid, "--json").out)
    assert data["absent"] == ["李四"]
    out = cli("--book", book_path, "record", "delete", rid)
    assert out.code == 0 and "restore" in out.out
    assert json.loads(cli("--book", book_path, "record", "list", "--json").out) == []
    assert cli("--book", book_path, "record", "restore", rid[:8]).code == 0
    assert len(json.loads(cli("--book", book_path, "record", "list", "--json").out)) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--date", "2026-05-10", "--form", "视察", "--theme", "x", "--start", "10:00", "--end", "09:00"], "09:00"),
        (["--date", "2027-01-01", "--form", "视察", "--theme", "x"], "2027-01-01"),
        (["--date", "2026-13-01", "--form", "视察", "--theme", "x"], "2026-13-01"),
        (["--date", "2026-05-10", "--form", "开会", "--theme", "x"], "开会"),
        (["--date", "2026-05-10", "--form", "视察", "--theme", "x", "--present", "赵六"], "赵六"),
        (["--date", "2026-05-10", "--form", "视察", "--theme", "x", "--present", "张三", "--absent", "张三"], "张三"),
        (["--date", "2026-05-10", "--form", "视察", "--theme", "x", "--plan", "nope"], "nope"),
        (["--date", "2026-05-10", "--form", "视察", "--theme", "  "], "主题"),
    ],
)  # fmt: skip
def test_bad_record_input_exits_2_and_leaves_the_book_unchanged(cli, book_path, args, words):
    before = file_digest(book_path)
    result = cli("--book", book_path, "record", "add", *args)
    assert result.code == 2
    assert words in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert file_digest(book_path) == before


def test_unknown_deputy_message_in_english(cli, book_path):
    result = cli("--lang", "en", "--book", book_path, "record", "add", "--date", "2026-05-10",
                 "--form", "inspection", "--theme", "x", "--present", "赵六")  # fmt: skip
    assert result.code == 2
    assert result.err.strip() == (
        "No deputy named '赵六' in the roster. Add them first with grouptui roster add 赵六."
    )


def test_note_prints_the_record_id_and_appends(cli, book_path):
    first = cli("--book", book_path, "note", "问题：路面破损")
    assert first.code == 0
    rid = first.out.strip()
    second = cli("--book", book_path, "note", "待办", "联系交通局", "--tag", "todo")
    assert second.out.strip() == rid
    data = json.loads(cli("--book", book_path, "record", "show", rid, "--json").out)
    assert [(n["time"], n["tag"], n["text"]) for n in data["notes"]] == [
        ("09:30", "issue", "路面破损"),
        ("09:30", "todo", "联系交通局"),
    ]
    assert data["quick"] is True and data["form"] == "inspection"


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_note_is_ignored_with_a_message(cli, book_path, text):
    before = file_digest(book_path)
    result = cli("--book", book_path, "note", text)
    assert result.code == 2 and "空" in result.err
    assert file_digest(book_path) == before


def test_note_to_unknown_record_or_bad_tag(cli, book_path):
    before = file_digest(book_path)
    assert cli("--book", book_path, "note", "x", "--record", "ffffffff").code == 2
    assert cli("--book", book_path, "note", "x", "--tag", "bogus").code == 2
    assert file_digest(book_path) == before


@pytest.mark.parametrize("value", NASTY)
def test_nasty_strings_round_trip_through_the_cli(cli, book_path, value):
    from grouptui.domain.records import clean_text

    assert cli("--book", book_path, "record", "add", "--date", "2026-05-10", "--form", "视察",
               "--theme", value, "--place", value, "--minutes", value, "--summary", value).code == 0  # fmt: skip
    data = json.loads(
        cli("--book", book_path, "record", "show", _only_id(cli, book_path), "--json").out
    )
    expected = clean_text(value)
    assert data["theme"] == expected.strip() and data["minutes"] == expected
    shown = cli("--book", book_path, "record", "show", data["id"])
    assert shown.code == 0 and expected.strip() in shown.out
    assert cli("--book", book_path, "note", value).code == 0


# The fast path ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words", "record", "tag", "book"),
    [
        (["note", "路面"], ["路面"], None, None, None),
        (["--book", "b.json", "note", "a", "b"], ["a", "b"], None, None, "b.json"),
        (["--book=b.json", "--lang", "en", "note", "x", "--tag", "todo"], ["x"], None, "todo", "b.json"),
        (["note", "--record", "abcd", "x"], ["x"], "abcd", None, None),
        (["note", "--", "-5度"], ["-5度"], None, None, None),
        (["note", "-"], ["-"], None, None, None),
    ],
)  # fmt: skip
def test_fast_path_parses_plain_note_lines(argv, words, record, tag, book):
    args = parse_note_argv(argv)
    assert args is not None
    assert (args.words, args.record, args.tag, args.book) == (words, record, tag, book)


@pytest.mark.parametrize(
    "argv",
    [
        ["note"],
        ["note", "--help"],
        ["note", "-x"],
        ["record", "list"],
        [],
        ["--version"],
        ["note", "--tag"],
    ],
)
def test_fast_path_leaves_everything_else_to_typer(argv):
    assert parse_note_argv(argv) is None


def _script() -> str:
    return str(Path(sys.executable).with_name("grouptui"))


def test_grouptui_note_never_imports_textual_or_typer(book_path, tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import sys, runpy\n"
        f"sys.argv = ['grouptui', '--book', {str(book_path)!r}, 'note', '路面破损']\n"
        "try:\n"
        f"    runpy.run_path({_script()!r}, run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'typer', 'rich', 'click'))\n"
        "print('BAD', bad)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "GROUPTUI_NOW": "2026-05-20T09:30:00"}
    result = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "BAD []"


def test_typer_note_command_does_not_import_textual(book_path):
    code = (
        "import sys\n"
        "from grouptui.cli import run\n"
        f"rc = run(['--book', {str(book_path)!r}, 'note', '--tag=issue', '路面'])\n"
        "print(rc, any(m.split('.')[0] == 'textual' for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stderr


def test_note_subprocess_exit_codes(book_path):
    env = {**os.environ, "GROUPTUI_NOW": "2026-05-20T09:30:00"}
    ok = subprocess.run(
        [_script(), "--book", str(book_path), "note", "路面"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0 and len(ok.stdout.strip()) == 36
    before = file_digest(book_path)
    empty = subprocess.run(
        [_script(), "--book", str(book_path), "note", " "], capture_output=True, text=True, env=env
    )
    assert empty.returncode == 2 and empty.stderr.strip() and file_digest(book_path) == before
    missing = subprocess.run([_script(), "--book", str(book_path.with_name("nope.json")), "note", "x"],
                             capture_output=True, text=True, env=env)  # fmt: skip
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
