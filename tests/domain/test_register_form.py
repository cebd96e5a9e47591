"""The registration form: counts computed by hand, term training across yearly books,
a deputy who left mid-year, scoring rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord, Deputy
from grouptui.store.book import Book
from tests.support.data import NOW
from tests.support.duty_seed import attend


def _form(path: Path):
    from grouptui.store.register import build

    with Book.open(path) as book:
        return build(book)


def _row(form, name):
    return next(r for r in form.rows if r.name == name)


@pytest.mark.usefixtures("duty_ids")
def test_counts_of_a_seeded_book_match_a_hand_count(book_path: Path) -> None:
    form = _form(book_path)
    assert [r.name for r in form.rows] == ["张三", "李四", "王五"]
    assert not form.scored

    zhang = _row(form, "张三")
    nonzero = {k: v for k, v in zhang.counts.items() if v}
    # study attended, reception attended, research and inspection typed, one suggestion
    assert nonzero == {
        "training": 1,
        "voter_reception": 1,
        "research": 1,
        "inspection": 1,
        "suggestion": 1,
    }
    assert zhang.hours == 2 + 3 + 4
    assert zhang.receptions == 1
    assert (zhang.suggestions, zhang.proposed) == (1, 1)
    assert {k: v for k, v in zhang.handling.items() if v} == {"answered": 1}
    assert zhang.training_days == 1.5
    assert zhang.reported is False
    assert {k: v for k, v in zhang.satisfaction.items() if v} == {"satisfied": 1}
    assert zhang.score is None

    li = _row(form, "李四")
    assert {k: v for k, v in li.counts.items() if v} == {
        "training": 1,  # late still counts as having attended
        "report_to_voters": 1,
        "suggestion": 2,  # co-signed one, proposed the other
    }
    assert li.hours == 4
    assert (li.suggestions, li.proposed) == (2, 1)
    assert {k: v for k, v in li.handling.items() if v} == {"answered": 1, "assigned": 1}
    assert li.training_days == 1.5
    assert li.reported is True
    assert li.receptions == 0

    wang = _row(form, "王五")
    assert {k: v for k, v in wang.counts.items() if v} == {"voter_contact": 1}
    assert wang.hours == 1.5
    assert wang.training_days == 0  # absent from the study
    assert wang.suggestions == 0 and not any(wang.satisfaction.values())


@pytest.mark.usefixtures("duty_ids")
def test_register_cli_prints_the_same_numbers(book_path: Path, cli) -> None:
    res = cli("--book", book_path, "register", "--json")
    assert res.code == 0, res.err
    import json

    doc = json.loads(res.out)
    assert set(doc) == {
        "group",
        "year",
        "term_start",
        "years_found",
        "years_missing",
        "scored",
        "rows",
    }
    row = doc["rows"][0]
    assert set(row) == {
        "deputy_id",
        "name",
        "active",
        "retired_on",
        "joined_on",
        "gender",
        "born",
        "ethnicity",
        "party",
        "unit",
        "post",
        "counts",
        "hours",
        "receptions",
        "suggestions",
        "proposed",
        "handling",
        "training_days",
        "term_training_days",
        "reported_to_voters",
        "satisfaction",
        "score",
        "remarks",
        "evaluation",
    }
    assert row["name"] == "张三" and row["counts"]["research"] == 1 and row["score"] is None
    text = cli("--book", book_path, "register")
    assert text.code == 0
    assert "张三" in text.out and "调研1" in text.out and "述职：是" in text.out
    en = cli("--book", book_path, "--lang", "en", "register")
    assert "Research 1" in en.out and "reported to voters: yes" in en.out


def _year_book(
    folder: Path, year: int, deputies: list[Deputy], days: float, group="新河镇第一代表小组"
):
    path = folder / f"{group}-{year}.json"
    with Book.create(path, group=group, year=year, device="d", clock=lambda: NOW) as book:
        book.deputies.save_many(deputies)
        rec = book.records.save(
            ActivityRecord(date=date(year, 6, 1), form="study", theme="培训", training_days=days)
        )
        for d in deputies:
            attend(book, rec, d.id)
    return path


def test_term_training_sums_three_yearly_books_and_reports_the_missing_year(
    tmp_path: Path, cli
) -> None:
    zhang = Deputy(name="张三", id="zhang-id")
    li_2024 = Deputy(name="李四", id="li-old-id")  # re-entered by hand: matched by name
    li = Deputy(name="李四", id="li-id")
    _year_book(tmp_path, 2024, [zhang, li_2024], 2.0)
    _year_book(tmp_path, 2025, [zhang, li], 1.5)
    _year_book(tmp_path, 2025, [zhang], 9.0, group="别的代表小组")  # another group: ignored
    (tmp_path / "notes.json").write_text('{"not": "a book"}', encoding="utf-8")
    this = _year_book(tmp_path, 2026, [zhang, li], 1.0)

    form = _form(this)
    assert form.years_found == [2024, 2025] and form.years_missing == []
    assert _row(form, "张三").term_training_days == 2.0 + 1.5 + 1.0
    assert _row(form, "李四").term_training_days == 2.0 + 1.5 + 1.0
    assert _row(form, "张三").training_days == 1.0

    # The term began in 2023: that year's book is not in the folder, and the form says so.
    assert cli("--book", this, "register", "term", "2023").code == 0
    form = _form(this)
    assert form.term_start == 2023 and form.years_missing == [2023]
    res = cli("--book", this, "register")
    assert "缺少 2023 年的账册" in res.out
    res = cli("--book", this, "--lang", "en", "register", "--json")
    assert '"years_missing": [\n    2023\n  ]' in res.out


@pytest.mark.usefixtures("duty_ids")
def test_a_deputy_who_left_mid_year(book_path: Path, cli) -> None:
    from tests.support.data import file_digest

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        wang = next(d for d in book.deputies.all() if d.name == "王五")
        wang.active = False
        wang.retired_on = date(2026, 7, 1)
        book.deputies.save(wang)
    ok = cli(
        "--book", book_path, "duty", "add", "--deputy", "王五", "--date", "2026-06-30",
        "--category", "调研", "--text", "离任前调研", "--hours", "2",
    )  # fmt: skip
    assert ok.code == 0, ok.err
    before = file_digest(book_path)
    late = cli(
        "--book", book_path, "duty", "add", "--deputy", "王五", "--date", "2026-07-02",
        "--category", "调研", "--text", "离任后",
    )  # fmt: skip
    assert late.code == 2 and "离任" in late.err
    assert file_digest(book_path) == before

    form = _form(book_path)
    row = form.rows[-1]  # those who left come last
    assert row.name == "王五" and not row.active and row.retired_on == date(2026, 7, 1)
    assert row.counts["research"] == 1 and row.counts["voter_contact"] == 1
    text = cli("--book", book_path, "register").out
    assert "王五（2026年7月1日离任）" in text


@pytest.mark.usefixtures("duty_ids")
def test_scoring_rules_add_a_score_and_none_by_default(book_path: Path, cli) -> None:
    assert cli("--book", book_path, "scoring", "show").out.strip().startswith("本账册没有积分规则")
    assert (
        cli(
            "--book",
            book_path,
            "scoring",
            "set",
            "suggestion",
            "--base",
            "3",
            "--repeat",
            "2",
            "--cap",
            "4",
        ).code
        == 0
    )
    assert cli("--book", book_path, "scoring", "set", "学习培训", "--base", "1").code == 0
    form = _form(book_path)
    assert form.scored
    # 张三: one suggestion (3) + one training (1); 李四: two suggestions 3+2 capped at 4, + 1
    assert _row(form, "张三").score == 4
    assert _row(form, "李四").score == 5
    assert _row(form, "王五").score == 0
    assert cli("--book", book_path, "scoring", "cap", "4.5").code == 0
    assert _row(_form(book_path), "李四").score == 4.5
    import json

    shown = json.loads(cli("--book", book_path, "scoring", "show", "--json").out)
    assert shown["rules"]["suggestion"] == {"base": 3.0, "repeat": 2.0, "cap": 4.0}
    assert shown["total_cap"] == 4.5
    assert cli("--book", book_path, "scoring", "clear").code == 0
    assert not _form(book_path).scored


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_remarks_are_kept_per_year(book_path: Path, cli, lang: str) -> None:
    from tests.support.data import NASTY

    for text in NASTY:
        res = cli("--book", book_path, "--lang", lang, "register", "remark", "张三", text)
        if len(text) > 500:
            assert res.code == 2
            continue
        assert res.code == 0, res.err
        assert _row(_form(book_path), "张三").remarks == " ".join(text.split())
