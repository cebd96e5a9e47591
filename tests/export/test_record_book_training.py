"""Issue 13 case 6: the record book shows a study record's training kind, days and each
attending deputy's assessment, in every format (md, html, docx, json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.export.render_text import md_escape
from tests.support.exported import docx_text


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")


def exported(cli, book: Path, out: Path, fmt: str) -> Path:
    out.mkdir(exist_ok=True)
    result = cli(
        "--book", book, "export", "--out", out, "--what", "record-book", "--format", fmt
    )  # fmt: skip
    assert result.code == 0, result.err
    return Path(result.out.strip().splitlines()[0])


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
@pytest.mark.usefixtures("study_record_id")
def test_record_book_shows_training(cli, book_path: Path, tmp_path: Path, fmt: str) -> None:
    path = exported(cli, book_path, tmp_path / "out", fmt)
    text = docx_text(path) if fmt == "docx" else path.read_text(encoding="utf-8")
    for words in (
        "培训类别",
        "履职学习",
        "培训天数",
        "1.5天",
        "培训考核",
        "张三：试卷答题，已交，合格",
        "李四：撰写心得体会，未交",
    ):
        assert (md_escape(words) if fmt == "md" else words) in text, (fmt, words)


@pytest.mark.usefixtures("study_record_id")
def test_record_book_json_has_assessments(cli, book_path: Path, tmp_path: Path) -> None:
    path = exported(cli, book_path, tmp_path / "out", "json")
    (record,) = json.loads(path.read_text(encoding="utf-8"))["records"]
    assert (record["training_kind"], record["training_days"]) == ("duty", 1.5)
    marks = {a["deputy"]: a for a in record["attendance"]}
    assert marks["张三"]["assessment"] == "paper"
    assert marks["张三"]["assessment_done"] is True
    assert marks["张三"]["assessment_result"] == "合格"
    assert marks["李四"]["assessment"] == "reflection"


def test_record_book_without_training_has_no_training_rows(
    cli, book_path: Path, tmp_path: Path
) -> None:
    added = cli(
        "--book", book_path, "record", "add", "--date", "2026-05-10", "--form", "视察",
        "--theme", "视察防汛准备", "--present", "张三",
    )  # fmt: skip
    assert added.code == 0
    path = exported(cli, book_path, tmp_path / "out", "md")
    assert "培训" not in path.read_text(encoding="utf-8")
