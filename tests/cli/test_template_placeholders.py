"""No seed placeholder reaches the plan handed in (issue 13, case 7).

The seed plans were written for 2024 with "***" where a township's name goes. A plan
made from a template names the book's township and year, or marks plainly what is still
to fill (【待填：…】); the template picker shows plain titles, not "（种子第二篇）".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.data import NOW


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())


def plan_text(cli, book: Path) -> str:
    items = json.loads(cli("--book", book, "plan", "list", "--json").out)
    return "\n".join(f"{i['title']} {i['content']} {i['participants_note']}" for i in items)


def test_from_template_names_the_township_and_the_year(cli, book_path: Path) -> None:
    result = cli("--book", book_path, "plan", "from-template", "town_a")
    assert result.code == 0, result.err
    text = plan_text(cli, book_path)
    assert "***" not in text and "2024" not in text
    assert "对2026年新河镇救灾物资发放情况" in text
    assert "对“新河镇基层信访”工作" in text


def test_init_takes_the_township_from_the_group_name(cli, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    result = cli(
        "--book", path, "init", "--group", "大河乡第二代表小组", "--year", "2027",
        "--template", "town_a",
    )  # fmt: skip
    assert result.code == 0, result.err
    text = plan_text(cli, path)
    assert "对2027年大河乡救灾物资发放情况" in text and "***" not in text


def test_what_cannot_be_known_is_marked_to_fill(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    result = cli(
        "--book", path, "init", "--group", "第一代表小组", "--year", "2026", "--template", "town_a"
    )
    assert result.code == 0, result.err
    text = plan_text(cli, path)
    assert "***" not in text
    assert "对“【待填：乡镇名称】基层信访”工作" in text


def test_exported_plan_has_no_placeholder(cli, book_path: Path, tmp_path: Path) -> None:
    cli("--book", book_path, "plan", "from-template", "town_a")
    out = tmp_path / "out"
    out.mkdir()
    result = cli("--book", book_path, "export", "--out", out, "--what", "plan", "--format", "md")
    assert result.code == 0, result.err
    text = Path(result.out.strip()).read_text(encoding="utf-8")
    assert "***" not in text and "\\*\\*\\*" not in text and "2024" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_template_titles_are_plain(cli, lang: str) -> None:
    rows = json.loads(cli("--lang", lang, "plan", "templates", "--json").out)
    for row in rows:
        assert "种子" not in row["title"] and "seed" not in row["title"].lower(), row["title"]
    listed = cli("--lang", lang, "plan", "templates").out
    assert "种子" not in listed and "seed" not in listed.lower()
