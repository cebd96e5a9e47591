"""Issue 13 case 6: a study record's training (kind, days, each deputy's assessment) is
shown by ``record show``, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")


def test_record_show_prints_training_and_assessments(
    cli, book_path: Path, study_record_id: str
) -> None:
    rid = study_record_id
    shown = cli("--book", book_path, "record", "show", rid[:8])
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert "培训类别：履职学习" in lines
    assert "培训天数：1.5天" in lines
    assert "【培训考核】" in lines
    assert "张三：试卷答题，已交，合格" in lines
    assert "李四：撰写心得体会，未交" in lines


def test_record_show_in_english_prints_training(cli, book_path: Path, study_record_id: str) -> None:
    rid = study_record_id
    shown = cli("--lang", "en", "--book", book_path, "record", "show", rid[:8])
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert "Training kind: duty" in lines
    assert "Training days: 1.5 days" in lines
    assert "张三: test paper, handed in, 合格" in lines


def test_record_show_json_has_training_and_assessments(
    cli, book_path: Path, study_record_id: str
) -> None:
    rid = study_record_id
    shown = cli("--book", book_path, "record", "show", rid, "--json")
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert (data["training_kind"], data["training_days"]) == ("duty", 1.5)
    marks = {a["name"]: a for a in data["attendance"]}
    assert (
        marks["张三"]["assessment"],
        marks["张三"]["assessment_done"],
        marks["张三"]["assessment_result"],
    ) == ("paper", True, "合格")
    assert (marks["李四"]["assessment"], marks["李四"]["assessment_done"]) == ("reflection", False)
    assert marks["王五"]["assessment"] == ""


def test_a_record_without_training_shows_no_training_lines(cli, book_path: Path) -> None:
    added = cli(
        "--book", book_path, "record", "add", "--date", "2026-05-10", "--form", "视察",
        "--theme", "视察防汛准备", "--present", "张三", "--json",
    )  # fmt: skip
    rid = json.loads(added.out)["id"]
    shown = cli("--book", book_path, "record", "show", rid[:8])
    assert "培训" not in shown.out
