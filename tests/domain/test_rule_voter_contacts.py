"""The rule "contact voters twice a year" (一年两次联系选民): what counts, quarter boundaries,
deputies who joined or retired mid-year, the setting, and the command and screen showing it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord, Attendance, Deputy, DutyEntry
from grouptui.domain.rule_settings import (
    DEFAULT_RULES,
    RULE_IDS,
    RulesError,
    effective_rules,
    validate_rules,
)
from grouptui.domain.rules import BookFacts, evaluate
from grouptui.i18n import set_language
from grouptui.words import reason_text


@pytest.fixture(autouse=True)
def english():
    set_language("en")
    yield
    set_language("zh")


ZHANG = Deputy(id="d-zhang", name="张三")


def contact(day: date, form: str = "voter_contact", rid: str = "") -> ActivityRecord:
    return ActivityRecord(id=rid or f"r-{form}-{day}", date=day, form=form, theme=form)


def mark(rec: ActivityRecord, deputy: Deputy = ZHANG, status: str = "present") -> Attendance:
    return Attendance(
        id=f"a-{rec.id}-{deputy.id}", record_id=rec.id, deputy_id=deputy.id, status=status
    )


def typed(day: date, deputy: Deputy = ZHANG, **kw) -> DutyEntry:
    return DutyEntry(
        id=kw.pop("id", f"e-{day}-{deputy.id}"),
        deputy_id=deputy.id,
        date=day,
        category=kw.pop("category", "voter_contact"),
        **kw,
    )


def result(as_of: date, deputies=(ZHANG,), records=(), attendance=(), duty=(), **rules):
    facts = BookFacts(
        year=2026,
        records=list(records),
        attendance=list(attendance),
        deputies=list(deputies),
        plan=[],
        duty=list(duty),
    )
    found = {r.rule: r for r in evaluate(effective_rules(rules), facts, as_of)}
    return found["voter_contacts"]


def row(res, name: str = "张三") -> dict:
    return next(r for r in res.details["deputies"] if r["name"] == name)


def test_default_is_twice_a_year_and_listed_after_receptions():
    assert DEFAULT_RULES["voter_contacts_per_deputy_per_year"] == 2
    assert RULE_IDS.index("voter_contacts") == RULE_IDS.index("reception_every_deputy") + 1


# A deputy serving the whole year, as of the quarter boundaries -----------------------


@pytest.mark.parametrize(
    "as_of, status",
    [
        (date(2026, 1, 1), "not_yet_due"),
        (date(2026, 3, 31), "not_yet_due"),
        (date(2026, 4, 1), "not_yet_due"),
        (date(2026, 6, 30), "not_yet_due"),
        (date(2026, 9, 30), "not_yet_due"),
        (date(2026, 10, 1), "not_yet_due"),  # 92 days left for 2 contacts
        (date(2026, 11, 1), "not_yet_due"),  # 61 days left
        (date(2026, 11, 2), "at_risk"),  # 60 days left: 30 per contact still needed
        (date(2026, 12, 31), "at_risk"),  # the last day: still possible
    ],
)
def test_none_yet_at_quarter_boundaries(as_of, status):
    res = result(as_of)
    assert res.status == status
    assert row(res) == {
        "id": "d-zhang",
        "name": "张三",
        "status": status,
        "done": 0,
        "needed": 2,
        "months_served": 12,
    }


def test_one_of_two_is_at_risk_in_the_last_thirty_days_then_met():
    duty = [typed(date(2026, 3, 31))]
    assert result(date(2026, 12, 1), duty=duty).status == "not_yet_due"  # 31 days left
    assert result(date(2026, 12, 2), duty=duty).status == "at_risk"
    both = [*duty, typed(date(2026, 12, 31), id="e-2")]
    assert result(date(2026, 12, 30), duty=both).status == "at_risk"  # the second is later
    res = result(date(2026, 12, 31), duty=both)
    assert res.status == "met"
    assert reason_text(res) == (
        "1 of 1 deputies have contacted voters, 1 as often as required (at least 2 a year)"
    )


def test_the_reason_names_who_is_short_in_both_languages():
    li = Deputy(id="d-li", name="李四")
    res = result(date(2026, 7, 1), deputies=(ZHANG, li), duty=[typed(date(2026, 2, 1))])
    # 张三 has one contact of two: he has contacted voters, not yet as often as required
    assert reason_text(res) == (
        "1 of 2 deputies have contacted voters, 0 as often as required (at least 2 a year); "
        "not enough yet: 张三, 李四"
    )
    set_language("zh")
    assert reason_text(res) == (
        "2 名代表中 1 名已联系选民，0 名已达要求次数（每年至少 2 次）；次数未满：张三、李四"
    )
    assert row(res)["done"] == 1 and row(res, "李四")["done"] == 0


# What counts as a contact ---------------------------------------------------------------


def test_contact_and_visit_activities_attended_count_once_with_their_auto_entry():
    talk = contact(date(2026, 3, 2))
    walk = contact(date(2026, 6, 5), form="visit")
    # attending writes an automatic entry naming the record: the same contact
    auto = typed(date(2026, 3, 2), id="auto-1", record_id=talk.id, auto=True)
    res = result(
        date(2026, 6, 30),
        records=[talk, walk],
        attendance=[mark(talk), mark(walk, status="late")],
        duty=[auto],
    )
    assert row(res)["done"] == 2 and res.status == "met"


def test_absence_other_forms_deleted_entries_and_other_categories_do_not_count():
    talk = contact(date(2026, 3, 2))
    inspect = contact(date(2026, 3, 3), form="inspection")
    res = result(
        date(2026, 12, 31),
        records=[talk, inspect],
        attendance=[mark(talk, status="absent"), mark(inspect)],
        duty=[
            typed(date(2026, 4, 1), deleted=True),
            typed(date(2026, 4, 2), category="voter_reception", id="e-rec"),
        ],
    )
    assert row(res)["done"] == 0 and res.status == "at_risk"


def test_contacts_after_the_as_of_date_do_not_count_yet():
    duty = [typed(date(2026, 4, 1)), typed(date(2026, 7, 1), id="e-2")]
    assert row(result(date(2026, 6, 30), duty=duty))["done"] == 1
    assert row(result(date(2026, 7, 1), duty=duty))["done"] == 2


def test_a_typed_entry_and_an_activity_on_the_same_day_are_two_contacts():
    talk = contact(date(2026, 5, 5))
    res = result(
        date(2026, 5, 5), records=[talk], attendance=[mark(talk)], duty=[typed(date(2026, 5, 5))]
    )
    assert row(res)["done"] == 2


# Deputies who joined or retired during the year -----------------------------------------


def test_retired_at_the_end_of_q1_is_held_to_one_contact():
    gone = Deputy(id="d-gone", name="王五", active=False, retired_on=date(2026, 3, 31))
    res = result(date(2026, 3, 31), deputies=[gone])
    assert row(res, "王五")["needed"] == 1 and row(res, "王五")["months_served"] == 3
    assert res.status == "at_risk"  # one day left for one contact
    assert result(date(2026, 4, 1), deputies=[gone]).status == "missed"
    # a contact after leaving does not count, one before does
    late = typed(date(2026, 4, 2), deputy=gone)
    assert result(date(2026, 12, 31), deputies=[gone], duty=[late]).status == "missed"
    early = typed(date(2026, 3, 31), deputy=gone, id="e-early")
    res = result(date(2026, 12, 31), deputies=[gone], duty=[early])
    assert res.status == "met"
    assert "王五 served 3 months this year, held to 1" in reason_text(res)


def test_joined_at_the_start_of_q3_is_held_to_one_and_not_due_before():
    new = Deputy(id="d-new", name="赵六", joined_on=date(2026, 7, 1))
    assert result(date(2026, 6, 30), deputies=[new]).status == "not_yet_due"
    res = result(date(2026, 7, 1), deputies=[new])
    assert row(res, "赵六")["needed"] == 1 and res.status == "not_yet_due"
    # a contact before joining is not theirs to count
    before = typed(date(2026, 6, 30), deputy=new)
    assert row(result(date(2026, 12, 31), deputies=[new], duty=[before]), "赵六")["done"] == 0
    assert result(date(2026, 12, 2), deputies=[new]).status == "at_risk"


def test_joined_at_the_start_of_q4_is_held_to_one():
    new = Deputy(id="d-q4", name="钱七", joined_on=date(2026, 10, 1))
    assert row(result(date(2026, 10, 1), deputies=[new]), "钱七")["needed"] == 1
    assert result(date(2026, 10, 1), deputies=[new]).status == "not_yet_due"
    assert result(date(2026, 12, 1), deputies=[new]).status == "not_yet_due"  # 31 days
    assert result(date(2026, 12, 2), deputies=[new]).status == "at_risk"
    assert result(date(2027, 1, 1), deputies=[new]).status == "missed"


def test_two_months_of_service_are_not_required_to_contact():
    new = Deputy(id="d-nov", name="孙八", joined_on=date(2026, 11, 15))
    res = result(date(2026, 12, 31), deputies=[new])
    assert res.status == "met" and row(res, "孙八")["needed"] == 0
    assert "孙八 served only 2 months this year, not required" in reason_text(res)


def test_no_deputies_is_not_yet_due():
    res = result(date(2026, 12, 31), deputies=[])
    assert res.status == "not_yet_due" and res.details == {"deputies": []}


# The setting ------------------------------------------------------------------------------


def test_the_count_is_editable_and_checked():
    assert validate_rules({"voter_contacts_per_deputy_per_year": 4}) == {
        "voter_contacts_per_deputy_per_year": 4
    }
    for bad in (-1, 1.5, 367, "two"):
        with pytest.raises(RulesError):
            validate_rules({"voter_contacts_per_deputy_per_year": bad})
    duty = [typed(date(2026, 2, 1)), typed(date(2026, 3, 1), id="e-2")]
    assert result(date(2026, 6, 1), duty=duty, voter_contacts_per_deputy_per_year=3).status == (
        "not_yet_due"
    )
    assert (
        row(result(date(2026, 6, 1), duty=duty, voter_contacts_per_deputy_per_year=3))["needed"]
        == 3
    )
    assert result(date(2026, 12, 31), voter_contacts_per_deputy_per_year=0).status == "met"


# The book: check, rules set, disabled, the checklist's rules tab ------------------------------


def _seed_contacts(book_path: Path) -> None:
    from grouptui.store.book import Book
    from grouptui.store.duty import add_entry
    from tests.support.data import NOW

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        add_entry(book, deputy="张三", day=date(2026, 3, 1), category="联系选民", text="电话回访")
        add_entry(book, deputy="张三", day=date(2026, 4, 1), category="联系选民", text="入户走访")
        add_entry(book, deputy="李四", day=date(2026, 4, 1), category="联系选民", text="x")


def _rule(cli, book_path: Path, *args: str) -> tuple[int, dict]:
    res = cli("--book", book_path, "check", "--json", *args)
    data = json.loads(res.out)
    return res.code, next(r for r in data["rules"] if r["rule"] == "voter_contacts")


def test_check_json_and_exit_code(book_path: Path, cli) -> None:
    _seed_contacts(book_path)
    code, rule = _rule(cli, book_path, "--as-of", "2026-06-30")
    assert rule["status"] == "not_yet_due" and rule["name"] == "每名代表联系选民"
    done = {r["name"]: r["done"] for r in rule["details"]["deputies"]}
    assert done == {"张三": 2, "李四": 1, "王五": 0}
    assert "次数未满：李四、王五" in rule["reason"]
    # the year is over: 李四 and 王五 missed it, and check says so with exit code 1
    code, rule = _rule(cli, book_path, "--as-of", "2026-12-31")
    assert rule["status"] == "at_risk"
    res = cli("--book", book_path, "check", "--as-of", "2027-01-01", "--json")
    assert res.code == 1
    res = cli("--book", book_path, "--lang", "en", "check", "--as-of", "2026-06-30")
    assert "Every deputy contacts voters" in res.out


def test_rules_set_count_and_switch_off(book_path: Path, cli) -> None:
    from tests.support.data import file_digest

    _seed_contacts(book_path)
    assert (
        cli("--book", book_path, "rules", "set", "voter_contacts_per_deputy_per_year", "1").code
        == 0
    )
    _code, rule = _rule(cli, book_path, "--as-of", "2026-06-30")
    assert rule["status"] == "not_yet_due"
    assert {r["name"]: r["status"] for r in rule["details"]["deputies"]} == {
        "张三": "met",
        "李四": "met",
        "王五": "not_yet_due",
    }
    before = file_digest(book_path)
    res = cli("--book", book_path, "rules", "set", "voter_contacts_per_deputy_per_year", "400")
    assert res.code == 2 and "每名代表每年联系选民" in res.err
    assert file_digest(book_path) == before
    listed = json.loads(cli("--book", book_path, "rules", "list", "--json").out)
    assert listed["rules"]["voter_contacts_per_deputy_per_year"] == 1
    assert cli("--book", book_path, "rules", "set", "disabled", "voter_contacts").code == 0
    data = json.loads(cli("--book", book_path, "check", "--json").out)
    assert "voter_contacts" not in [r["rule"] for r in data["rules"]]


async def test_checklist_rules_tab_shows_the_rule(book_path: Path) -> None:
    from textual.widgets import DataTable

    from grouptui.app import make_app
    from tests.support.data import NOW

    _seed_contacts(book_path)
    app = make_app(book_path, lang="zh", clock=lambda: NOW, start="checklist")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("5")
        await pilot.pause()
        table = app.screen.query_one("#table-rules", DataTable)
        rows = {str(table.get_row(k)[0]): [str(c) for c in table.get_row(k)] for k in table.rows}
        assert "每名代表联系选民" in rows
        assert rows["每名代表联系选民"][1] == "未到期"
