"""Rules and enumerations in the reader's words (issue 16, items 1 and 2).

``rules list`` showed raw keys (``group_activities_per_quarter``,
``voter_reception,session``) in the Chinese UI, and English errors listed their choices
with the Chinese 、.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.data import file_digest

HAN = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def test_rules_list_shows_names_and_values_in_chinese(cli, book_path: Path) -> None:
    out = cli("--book", book_path, "rules", "list").out
    assert "每季度小组活动次数" in out and "接待选民、参加人代会" in out
    assert "每月 10 日" in out and "8月30日" in out and "称职、基本称职、不称职" in out
    assert "group_activities_per_quarter" not in out and "voter_reception" not in out
    assert re.findall(r"[A-Za-z]{2,}", out) == []


def test_rules_list_in_english_holds_no_chinese(cli, book_path: Path) -> None:
    out = cli("--lang", "en", "--book", book_path, "rules", "list").out
    assert "Voter reception day" in out and "day 10 of the month" in out
    assert "voter reception," in out and not HAN.search(out)


def test_rules_list_json_keeps_the_keys(cli, book_path: Path) -> None:
    data = json.loads(cli("--book", book_path, "rules", "list", "--json").out)
    assert data["rules"]["group_activity_excluded_forms"] == ["voter_reception", "session"]


def test_a_rule_is_set_and_reset_by_its_chinese_name(cli, book_path: Path) -> None:
    said = cli("--book", book_path, "rules", "set", "接待选民日", "12")
    assert said.code == 0 and said.out.strip() == "已设定 接待选民日 = 每月 12 日"
    data = json.loads(cli("--book", book_path, "rules", "list", "--json").out)
    assert data["rules"]["reception_day"] == 12
    assert cli("--book", book_path, "rules", "reset", "接待选民日").code == 0
    data = json.loads(cli("--book", book_path, "rules", "list", "--json").out)
    assert data["rules"]["reception_day"] == 10


def test_an_unknown_rule_lists_the_names(cli, book_path: Path) -> None:
    before = file_digest(book_path)
    zh = cli("--book", book_path, "rules", "set", "foo", "1")
    en = cli("--lang", "en", "--book", book_path, "rules", "set", "foo", "1")
    assert zh.code == en.code == 2
    assert "接待选民日、全年接待选民次数" in zh.err
    assert "Voter reception day, Voter receptions a year" in en.err and not HAN.search(en.err)
    assert file_digest(book_path) == before


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (
            ["plan", "add", "--quarter", "1", "--form", "bogus", "--title", "x"],
            "学习培训、视察、调研",
            "study / training, inspection, research",
        ),
        (
            ["duty", "add", "--deputy", "张三", "--date", "2026-03-01", "--category", "x",
             "--text", "y"],
            "、",
            ", ",
        ),
    ],
)  # fmt: skip
def test_choices_are_joined_the_way_each_language_joins(cli, book_path, args, zh, en) -> None:
    said_zh = cli("--book", book_path, *args)
    said_en = cli("--lang", "en", "--book", book_path, *args)
    assert said_zh.code == said_en.code == 2
    assert zh in said_zh.err
    assert en in said_en.err
    # The English sentence quotes only what was typed: no Chinese, no 、.
    assert not HAN.search(said_en.err.replace("张三", ""))
