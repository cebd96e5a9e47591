"""``grouptui plan``, ``check`` and ``rules`` from the shell: output, exit codes, the saved book."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, derived_id
from grouptui.store.book import Book
from tests.support.data import NASTY, NOW, file_digest


def plan_json(cli, book: Path) -> list[dict]:
    result = cli("--book", book, "plan", "list", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def add(cli, book: Path, *args: str):
    return cli("--book", book, "plan", "add", *args)


# Templates -------------------------------------------------------------------------------


def test_templates_listed(cli):
    result = cli("--lang", "en", "plan", "templates", "--json")
    assert result.code == 0
    rows = {r["name"]: r for r in json.loads(result.out)}
    assert set(rows) >= {"town_a", "dashahe", "xiaocaoe", "training_town"}
    assert rows["town_a"]["items"] == 23
    text = cli("plan", "templates")
    assert "town_a" in text.out and "某镇代表小组全年活动计划" in text.out


def test_init_with_template_saves_plan_and_rules(cli, tmp_path):
    path = tmp_path / "a.json"
    result = cli(
        "--book",
        path,
        "init",
        "--group",
        "新河镇第一代表小组",
        "--year",
        "2026",
        "--template",
        "town_a",
    )
    assert result.code == 0, result.err
    items = plan_json(cli, path)
    assert len(items) == 23
    reception = next(i for i in items if i["form"] == "voter_reception")
    assert reception["participants"] == ["all"]
    assert reception["participants_note"].startswith("轮值代表")
    assert reception["template"] == "town_a:0"
    rules = json.loads(cli("--book", path, "rules", "list", "--json").out)
    assert rules["rules"]["reception_place"] == "镇信访办（代表接待室）"
    assert rules["rules"]["receptions_per_year"] == 8
    assert "reception_place" in rules["changed"]


def test_init_with_missing_template_creates_nothing(cli, tmp_path):
    path = tmp_path / "a.json"
    result = cli("--book", path, "init", "--group", "组", "--year", "2026", "--template", "nope")
    assert result.code == 2
    assert "nope" in result.err and "town_a" in result.err
    assert not path.exists()


def _bad_templates(monkeypatch, tmp_path: Path, text: str) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "broken.json").write_text(text, encoding="utf-8")
    from grouptui.domain import plan_templates

    monkeypatch.setattr(plan_templates.resources, "files", lambda package: folder)


GOOD_ITEM = {"quarter": 1, "month": 3, "day": 10, "form": "study", "title": "学习", "content": "x"}


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        json.dumps({"name": "broken", "items": "no"}),
        json.dumps({"name": "broken", "items": [{**GOOD_ITEM, "quarter": 5}]}),
        json.dumps({"name": "broken", "items": [{**GOOD_ITEM, "form": "picnic"}]}),
        json.dumps({"name": "broken", "items": [{**GOOD_ITEM, "month": 7}]}),
        json.dumps({"name": "broken", "items": [GOOD_ITEM], "rules": {"receptions_per_year": 13}}),
        json.dumps({"name": "broken", "items": [GOOD_ITEM], "rules": {"reception_day": -1}}),
    ],
    ids=["json", "items", "quarter", "form", "month", "rule13", "rule_negative"],
)
def test_malformed_template_saves_nothing(cli, book_path, monkeypatch, tmp_path, text):
    _bad_templates(monkeypatch, tmp_path, text)
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "plan", "from-template", "broken")
    assert result.code == 2
    assert result.err.strip() == "The template 'broken' is malformed; nothing was changed."
    assert file_digest(book_path) == before
    fresh = tmp_path / "fresh.json"
    assert (
        cli("--book", fresh, "init", "--group", "组", "--year", "2026", "--template", "broken").code
        == 2
    )
    assert not fresh.exists()


def test_from_template_refuses_a_filled_plan_unless_replace(cli, book_path):
    assert cli("--book", book_path, "plan", "from-template", "dashahe").code == 0
    assert len(plan_json(cli, book_path)) == 11
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "plan", "from-template", "town_a")
    assert result.code == 2 and "--replace" in result.err
    assert file_digest(book_path) == before
    assert cli("--book", book_path, "plan", "from-template", "town_a", "--replace").code == 0
    items = plan_json(cli, book_path)
    assert len(items) == 23 and all(i["template"].startswith("town_a:") for i in items)
    with Book.open(book_path) as book:
        assert book.meta.template == "town_a"


# Adding, editing, moving ----------------------------------------------------------------


def test_add_and_list(cli, book_path):
    result = add(
        cli,
        book_path,
        "--quarter",
        "2",
        "--form",
        "视察",
        "--title",
        "视察防汛",
        "--date",
        "2026-05-15",
    )
    assert result.code == 0, result.err
    assert "视察防汛" in result.out
    [item] = plan_json(cli, book_path)
    assert item["quarter"] == 2 and item["month"] == 5 and item["day"] == 15
    assert item["date"] == "2026-05-15" and item["form"] == "inspection"
    assert item["status"] == "planned" and item["records"] == []
    assert item["musts"] == {
        "planned": True,
        "content": False,
        "record": False,
        "summary": False,
        "follow_up": False,
    }
    assert set(item) >= {
        "id",
        "title",
        "content",
        "organiser",
        "participants",
        "missing",
        "overdue",
    }
    text = cli("--book", book_path, "plan", "list")
    assert item["id"][:8] in text.out and "视察防汛" in text.out


def test_add_with_named_participants(cli, book_path):
    assert (
        add(
            cli,
            book_path,
            "--quarter",
            "1",
            "--form",
            "study",
            "--title",
            "学",
            "--participants",
            "张三，李四",
        ).code
        == 0
    )
    [item] = plan_json(cli, book_path)
    with Book.open(book_path) as book:
        names = {d.id: d.name for d in book.deputies.all()}
    assert [names[i] for i in item["participants"]] == ["张三", "李四"]


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["--quarter", "5", "--form", "study", "--title", "x"],
            "The quarter must be 1 to 4, not '5'.",
        ),
        (
            ["--quarter", "0", "--form", "study", "--title", "x"],
            "The quarter must be 1 to 4, not '0'.",
        ),
        (
            ["--quarter", "1", "--form", "study", "--title", "x", "--date", "2025-02-01"],
            "outside the book's year 2026",
        ),
        (
            ["--quarter", "1", "--form", "study", "--title", "x", "--date", "2026-05-01"],
            "not in Q1",
        ),
        (
            ["--quarter", "1", "--form", "study", "--title", "x", "--date", "2026-02-30"],
            "YYYY-MM-DD",
        ),
        (
            ["--quarter", "1", "--form", "study", "--title", "x", "--month", "4"],
            "Month 4 is not in Q1.",
        ),
        (["--quarter", "1", "--form", "study", "--title", "x", "--month", "13"], "1 to 12"),
        (["--quarter", "1", "--form", "picnic", "--title", "x"], "Unknown activity form 'picnic'"),
        (["--quarter", "1", "--form", "study", "--title", "  "], "needs a title"),
        (
            ["--quarter", "1", "--form", "study", "--title", "x", "--participants", "无名"],
            "No deputy named",
        ),
        (
            [
                "--quarter",
                "1",
                "--form",
                "study",
                "--title",
                "x",
                "--month",
                "3",
                "--date",
                "2026-02-01",
            ],
            "does not match",
        ),
    ],
)
def test_bad_plan_input_leaves_book_unchanged(cli, book_path, args, message):
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "plan", "add", *args)
    assert result.code == 2
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert file_digest(book_path) == before


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_titles_kept_exactly(cli, book_path, text):
    result = add(
        cli, book_path, "--quarter", "1", "--form", "other", "--title", text, "--content", text
    )
    if "\x07" in text:
        assert result.code == 2  # a control character cannot be in a one-line title
        return
    assert result.code == 0, result.err
    [item] = plan_json(cli, book_path)
    assert item["title"] == text.strip() and item["content"] == text.strip()
    assert cli("--book", book_path, "plan", "list").code == 0


def test_edit_move_status_remove(cli, book_path):
    add(
        cli,
        book_path,
        "--quarter",
        "1",
        "--form",
        "study",
        "--title",
        "学习代表法",
        "--date",
        "2026-03-15",
    )
    [item] = plan_json(cli, book_path)
    short = item["id"][:6]
    assert (
        cli(
            "--book", book_path, "plan", "edit", short, "--title", "学习组织法", "--content", "全文"
        ).code
        == 0
    )
    assert cli("--book", book_path, "plan", "move", short, "2").code == 0
    [item] = plan_json(cli, book_path)
    # a date in March cannot stay with an item moved to Q2
    assert (item["title"], item["content"], item["quarter"], item["month"], item["day"]) == (
        "学习组织法",
        "全文",
        2,
        None,
        None,
    )
    assert cli("--book", book_path, "plan", "edit", short, "--month", "6").code == 0
    assert plan_json(cli, book_path)[0]["month"] == 6
    result = cli("--lang", "en", "--book", book_path, "plan", "status", short, "已推迟")
    assert result.code == 0 and "postponed" in result.out
    assert plan_json(cli, book_path)[0]["status"] == "postponed"
    before = file_digest(book_path)
    assert cli("--book", book_path, "plan", "move", short, "7").code == 2
    assert cli("--book", book_path, "plan", "status", short, "finished").code == 2
    assert cli("--book", book_path, "plan", "edit", short, "--date", "2026-01-01").code == 2
    assert cli("--book", book_path, "plan", "edit", "zzzzzz", "--title", "x").code == 2
    assert file_digest(book_path) == before
    assert cli("--book", book_path, "plan", "remove", short).code == 0
    assert plan_json(cli, book_path) == []


def test_item_whose_record_was_deleted_is_shown_as_such(cli, book_path):
    add(
        cli,
        book_path,
        "--quarter",
        "2",
        "--form",
        "inspection",
        "--title",
        "视察",
        "--date",
        "2026-05-15",
    )
    [item] = plan_json(cli, book_path)
    with Book.open(book_path, write=True) as book:
        record = book.records.save(
            ActivityRecord(
                date=date(2026, 5, 15), form="inspection", theme="视察", plan_id=item["id"]
            )
        )
        assert len(plan_json(cli, book_path)[0]["records"]) == 1
        book.records.delete(record.id)
    [item] = plan_json(cli, book_path)
    assert item["records"] == [] and item["deleted_records"] == [record.id]
    text = cli("--lang", "en", "--book", book_path, "plan", "list")
    assert "deleted" in text.out


# check -----------------------------------------------------------------------------------


def test_check_exit_codes(cli, book_path):
    early = cli("--book", book_path, "check", "--as-of", "2026-01-05")
    assert early.code == 0, early.err
    assert "未到期" in early.out
    late = cli("--lang", "en", "--book", book_path, "check", "--as-of", "2026-04-01")
    assert late.code == 1  # Q1 passed without a group activity
    assert "missed" in late.out and "Q1 0" in late.out
    bad = cli("--lang", "en", "--book", book_path, "check", "--as-of", "2026-13-01")
    assert bad.code == 2 and "YYYY-MM-DD" in bad.err


def test_check_default_date_is_the_clock(cli, book_path, monkeypatch):
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())
    result = cli("--book", book_path, "check", "--json")
    assert json.loads(result.out)["as_of"] == "2026-05-20"


def test_check_json_shape(cli, book_path):
    with Book.open(book_path, write=True) as book:
        dep = book.deputies.all()[0]
        record = book.records.save(
            ActivityRecord(
                date=date(2026, 1, 10), form="voter_reception", theme="1月接待日", minutes="接待"
            )
        )
        book.attendance.save(
            Attendance(
                id=derived_id("attendance", record.id, dep.id),
                record_id=record.id,
                deputy_id=dep.id,
            )
        )
    result = cli("--book", book_path, "check", "--as-of", "2026-02-01", "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert set(data) == {
        "as_of",
        "group",
        "year",
        "missed",
        "counts",
        "rules",
        "activities",
        "overdue_plan_items",
        "plan_items",
    }
    assert data["as_of"] == "2026-02-01" and data["group"] == "新河镇第一代表小组"
    rules = {r["rule"]: r for r in data["rules"]}
    assert set(rules["receptions"]) == {"rule", "name", "status", "reason", "details"}
    assert rules["receptions"]["details"]["done"] == 1
    people = {
        d["name"]: d["status"] for d in rules["reception_every_deputy"]["details"]["deputies"]
    }
    assert people == {"张三": "met", "李四": "not_yet_due", "王五": "not_yet_due"}
    [gap] = data["activities"]
    assert gap["theme"] == "1月接待日" and gap["missing"] == ["planned", "summary"]
    assert '"1月接待日"' in result.out  # UTF-8, not \\u escaped


def test_check_counts_training_from_other_years_books(cli, book_path):
    with Book.open(book_path) as book:
        deputies = book.deputies.all()
    older = book_path.parent / "older.json"
    with Book.create(
        older, group="新河镇第一代表小组", year=2025, device="d", clock=lambda: NOW
    ) as book:
        book.deputies.save_many(deputies)
        study = book.records.save(
            ActivityRecord(date=date(2025, 6, 1), form="study", theme="学习", training_days=5)
        )
        book.attendance.save_many(Attendance(record_id=study.id, deputy_id=d.id) for d in deputies)
    other_group = book_path.parent / "other.json"
    with Book.create(
        other_group, group="别的小组", year=2025, device="d", clock=lambda: NOW
    ) as book:
        study = book.records.save(
            ActivityRecord(date=date(2025, 6, 1), form="study", theme="学习", training_days=9)
        )
        book.attendance.save_many(Attendance(record_id=study.id, deputy_id=d.id) for d in deputies)
    (book_path.parent / "junk.json").write_text("{not a book", encoding="utf-8")
    result = cli("--lang", "en", "--book", book_path, "check", "--as-of", "2026-06-01", "--json")
    rules = {r["rule"]: r for r in json.loads(result.out)["rules"]}
    training = rules["training_days"]
    assert training["status"] == "met"
    assert training["details"]["years"] == [2025, 2026]
    assert {d["days"] for d in training["details"]["deputies"]} == {5.0}


# rules -------------------------------------------------------------------------------------


def test_rules_set_and_reset(cli, book_path):
    assert cli("--book", book_path, "rules", "set", "receptions_per_year", "6").code == 0
    data = json.loads(cli("--book", book_path, "rules", "list", "--json").out)
    assert data["rules"]["receptions_per_year"] == 6 and data["changed"] == ["receptions_per_year"]
    assert cli("--book", book_path, "rules", "set", "disabled", "satisfaction_rating").code == 0
    result = cli("--book", book_path, "check", "--as-of", "2027-01-01", "--json")
    assert "satisfaction_rating" not in {r["rule"] for r in json.loads(result.out)["rules"]}
    assert cli("--book", book_path, "rules", "reset").code == 0
    assert json.loads(cli("--book", book_path, "rules", "list", "--json").out)["changed"] == []


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("receptions_per_year", "13", "from 0 to 12"),
        ("receptions_per_year", "-1", "from 0 to 12"),
        ("reception_day", "0", "from 1 to 31"),
        ("receptions_per_year", "eight", "takes a number"),
        ("term_training_days_min", "9", "above the maximum"),
        ("report_prep_deadline", "02-30", "MM-DD"),
        ("no_such_rule", "1", "No rule setting named"),
    ],
)
def test_impossible_rules_leave_book_unchanged(cli, book_path, key, value, message):
    before = file_digest(book_path)
    # "--" lets a negative number through as a value rather than an option
    result = cli("--lang", "en", "--book", book_path, "rules", "set", "--", key, value)
    assert result.code == 2
    assert message in result.err
    assert file_digest(book_path) == before


def test_rules_checked_against_stored_values(cli, book_path):
    assert cli("--book", book_path, "rules", "set", "receptions_per_deputy_per_year", "3").code == 0
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "rules", "set", "receptions_per_year", "2")
    assert result.code == 2 and "more than the 2 receptions" in result.err
    assert file_digest(book_path) == before


# new-year --------------------------------------------------------------------------------


def test_new_year_carries_plan_as_draft_and_rules(cli, tmp_path):
    path = tmp_path / "新河镇-2028.json"
    assert (
        cli(
            "--book", path, "init", "--group", "新河镇", "--year", "2028", "--template", "town_a"
        ).code
        == 0
    )
    items = plan_json(cli, path)
    first = items[0]["id"]
    assert cli("--book", path, "plan", "status", first, "done").code == 0
    assert cli("--book", path, "plan", "status", items[1]["id"], "cancelled").code == 0
    assert (
        cli(
            "--book",
            path,
            "plan",
            "add",
            "--quarter",
            "1",
            "--form",
            "other",
            "--title",
            "闰日",
            "--date",
            "2028-02-29",
        ).code
        == 0
    )
    assert cli("--book", path, "rules", "set", "receptions_per_year", "10").code == 0
    result = cli("--book", path, "new-year")
    assert result.code == 0, result.err
    nxt = tmp_path / "新河镇-2029.json"
    carried = plan_json(cli, nxt)
    assert len(carried) == len(items)  # one cancelled left behind, one added
    assert {i["status"] for i in carried} == {"planned"}
    leap = next(i for i in carried if i["title"] == "闰日")
    assert (leap["month"], leap["day"]) == (2, None)  # no 29 February in 2029
    rules = json.loads(cli("--book", nxt, "rules", "list", "--json").out)["rules"]
    assert rules["receptions_per_year"] == 10
    assert all(i["records"] == [] for i in carried)


def test_deputy_added_mid_year_through_the_book(cli, book_path):
    with Book.open(book_path, write=True) as book:
        book.deputies.save(Deputy(name="新人", joined_on=date(2026, 10, 1)))
    result = cli("--lang", "en", "--book", book_path, "check", "--as-of", "2026-12-01", "--json")
    rules = {r["rule"]: r for r in json.loads(result.out)["rules"]}
    rows = {d["name"]: d for d in rules["reception_every_deputy"]["details"]["deputies"]}
    assert rows["新人"]["needed"] == 0 and rows["新人"]["months_served"] == 3
    assert (
        "新人 served only 3 months this year, not required"
        in rules["reception_every_deputy"]["reason"]
    )


def test_plan_and_check_do_not_import_textual():
    """``check`` and ``plan`` are shell commands: they must start without the TUI."""
    import subprocess
    import sys

    code = (
        # the domain's and the store's modules are kept from Textual by the import contracts
        "import sys; import grouptui.cli.plan, grouptui.cli.check; print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
