"""HTML through html.parser, Markdown through a CommonMark parser, JSON round trip."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from grouptui.export.render_text import md_escape
from tests.support.data import NASTY
from tests.support.exported import LONG_MINUTES, RECORD_DATES, VOTER_CONTACT, export, kept

# Every tag our HTML uses; a tag from user text ([bold], <w:t>) would show up outside it.
OUR_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table",
    "caption", "thead", "tbody", "tr", "th", "td", "hr", "ul", "li", "a", "span", "br",
}  # fmt: skip


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("td", "th", "p", "h1", "h2", "h3"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th", "p", "h1", "h2", "h3") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _read_html(text: str) -> _Reader:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader


@pytest.fixture
def record_book_html(cli, nasty_book: Path, export_dir: Path) -> _Reader:
    result = export(cli, nasty_book, export_dir, "--what", "record-book", "--format", "html")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.suffix == ".html"
    return _read_html(path.read_text(encoding="utf-8"))


def test_html_keeps_user_text_as_text(record_book_html: _Reader) -> None:
    assert set(record_book_html.tags) <= OUR_TAGS
    cells = record_book_html.cells
    assert "\n".join(kept(s) for s in NASTY) in cells  # minutes, tabs and newlines kept
    assert LONG_MINUTES in cells
    for n in range(len(RECORD_DATES)):
        assert kept(f"第{n}号主题{NASTY[n % len(NASTY)]}") in cells
    assert VOTER_CONTACT not in "".join(record_book_html.text)


def test_html_entries_in_date_order(record_book_html: _Reader) -> None:
    cells = record_book_html.cells
    times = [cells[i + 1] for i, c in enumerate(cells) if c == "活动时间"]
    assert [t.split(" ")[0] for t in times] == [
        f"{d.year}年{d.month}月{d.day}日" for d in sorted(RECORD_DATES)
    ]


def test_html_register_has_grouped_header(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "register", "--format", "html")
    text = Path(result.out.strip()).read_text(encoding="utf-8")
    assert '<th colspan="11">履职记录（条）</th>' in text
    assert '<th rowspan="2">姓名</th>' in text
    reader = _read_html(text)
    assert set(reader.tags) <= OUR_TAGS
    assert "张三" in reader.cells


def test_html_contacts_with_the_flag(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(
        cli,
        nasty_book,
        export_dir,
        "--what",
        "record-book",
        "--format",
        "html",
        "--include-contacts",
    )
    assert VOTER_CONTACT in Path(result.out.strip()).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        *NASTY,
        "# 标题",
        "1. 列表",
        "- 项",
        "> 引用",
        "**粗**",
        "`代码`",
        "<b>x</b>",
        "a|b",
        "&amp;",
        "[链接](http://x)",
        "![图](x.png)",
        "    缩进",
        "===",
        "$x$",
    ],
)
def test_md_escape_is_literal_under_commonmark(text: str) -> None:
    line = kept(text).split("\n")[0]
    rendered = MarkdownIt("commonmark").render(md_escape(line))
    reader = _read_html(rendered)
    assert set(reader.tags) <= {"p"}, (line, rendered)
    assert "".join(reader.text).rstrip("\n") == line


def test_md_record_book_parses_to_plain_text(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "record-book", "--format", "md")
    assert result.code == 0, result.err
    source = Path(result.out.strip()).read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(source)
    reader = _read_html(html)
    assert set(reader.tags) <= {
        "h1",
        "h2",  # the contents
        "ul",
        "li",
        "h3",
        "p",
        "strong",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "br",
    }
    text = "".join(reader.text)
    for nasty in NASTY:
        assert kept(nasty) in text, nasty[:20]
    assert LONG_MINUTES.replace("\t", "") in text.replace("\t", "")


def test_md_sheet_is_a_table(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "suggestions", "--format", "md")
    source = Path(result.out.strip()).read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(source)
    reader = _read_html(html)
    assert "table" in reader.tags
    assert kept("建议2[@click=app.quit]x") in reader.cells


def test_json_round_trip_and_shape(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--format", "json")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name == "新河镇第一代表小组-2026-账册数据.json"
    raw = path.read_text(encoding="utf-8")
    assert "\\u6d4b" not in raw  # Chinese written as itself
    data = json.loads(raw)
    assert data["format"] == "grouptui-export" and data["version"] == 1
    assert data["book"]["group"] == "新河镇第一代表小组" and data["book"]["year"] == 2026
    assert set(data) >= {"deputies", "records", "duty", "register", "plan", "suggestions"}
    records = data["records"]
    assert [r["date"] for r in records] == [d.isoformat() for d in sorted(RECORD_DATES)]
    assert records[0]["minutes"] == "\n".join(NASTY)  # exactly as typed, control character too
    assert any(r["minutes"] == LONG_MINUTES for r in records)
    assert records[0]["form"] == "inspection"
    assert {a["deputy"]: a["status"] for a in records[0]["attendance"]} == {
        "张三": "present",
        "李四": "leave",
        "王五": "absent",
    }
    reception = next(r for r in records if r["form"] == "voter_reception")
    assert reception["voters"][0]["name"] == "赵华"
    assert "contact" not in reception["voters"][0]
    assert all("phone" not in d for d in data["deputies"])
    assert {row["deputy"]: row["total"] for row in data["register"]} == {
        "张三": 5,
        "李四": 2,
        "王五": 0,
    }
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_json_contacts_and_one_book(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(
        cli,
        nasty_book,
        export_dir,
        "--what",
        "record-book",
        "--format",
        "json",
        "--include-contacts",
    )
    data = json.loads(Path(result.out.strip()).read_text(encoding="utf-8"))
    assert "records" in data and "suggestions" not in data and "duty" not in data
    reception = next(r for r in data["records"] if r["form"] == "voter_reception")
    assert reception["voters"][0]["contact"] == VOTER_CONTACT
    assert {d["name"]: d["phone"] for d in data["deputies"]}["张三"] == "13800001111"
    assert data["filters"]["include_contacts"] is True
