"""The activity briefing (活动简报): red 报头, 期号 kept in the book, units, facts of the record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor

from tests.support.data import NASTY, file_digest
from tests.support.exported import RECORD_DATES, docx_text, export, kept

#: The inspection on 20 May: minutes are LONG_MINUTES; the 12 August one is a reception.
INSPECTION = date(2026, 2, 3)
RECEPTION = date(2026, 8, 12)


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-06-01T10:00:00")


def record_id(book_path: Path, day: date) -> str:
    """The id of the record dated ``day`` (the nasty book has one a day)."""
    from grouptui.store.book import Book

    with Book.open(book_path) as book:
        return next(r.id for r in book.records.all() if r.date == day)


def written(result) -> Path:
    """The one file an export printed."""
    lines = result.out.strip().splitlines()
    assert result.code == 0, result.err
    assert len(lines) == 1, result.out
    return Path(lines[0])


def _settings(cli, book: Path) -> None:
    result = cli(
        "--book", book, "briefing", "settings",
        "--name", "新河镇人大代表活动简报",
        "--issuer", "新河镇人大主席团",
        "--to", "县人大常委会代表工委",
        "--cc", "镇党委",
        "--dist", "各代表小组",
        "--copies", "30",
    )  # fmt: skip
    assert result.code == 0, result.err


def test_masthead_is_red_with_the_number_issuer_date_and_colophon(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    _settings(cli, nasty_book)
    rid = record_id(nasty_book, INSPECTION)
    assert cli("--book", nasty_book, "briefing", "number", rid).code == 0
    path = written(export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid))
    assert path.name == "新河镇第一代表小组-2026-活动简报-第1期.docx"
    document = docx.Document(str(path))
    paras = document.paragraphs
    assert paras[0].text == "新河镇人大代表活动简报"
    assert {run.font.color.rgb for run in paras[0].runs if run.text} == {RGBColor(0xFF, 0, 0)}
    assert paras[0].runs[0].font.size.pt >= 26  # large type, above the 22 pt title
    assert paras[1].text == "第1期"
    assert paras[2].text == "新河镇人大主席团\t2026年6月1日"
    rule = paras[2]._p.find(".//{*}pBdr/{*}bottom")
    assert rule is not None and rule.get(rule.tag.replace("bottom", "color")) == "FF0000"
    texts = [p.text for p in paras]
    assert texts.index("报：县人大常委会代表工委") < texts.index("送：镇党委")
    assert texts.index("送：镇党委") < texts.index("发：各代表小组")
    assert texts[-1] == "（共印30份）"


def test_body_holds_the_facts_of_the_record(cli, nasty_book: Path, export_dir: Path) -> None:
    rid = record_id(nasty_book, INSPECTION)
    path = written(export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid))
    text = docx_text(path)
    theme = f"第1号主题{NASTY[1]}"
    assert kept(theme) in text.splitlines()  # the title
    opening = next(line for line in text.splitlines() if line.startswith("2026年2月3日"))
    assert "09:00至11:30" in opening and kept(f"镇政府会议室{NASTY[1]}") in opening
    assert "由镇人大主席团组织" in opening
    assert "应到代表3名" in opening and "实到1名（张三）" in opening
    assert "请假1名（李四）" in opening and "缺席1名（王五）" in opening
    for line in NASTY:  # the minutes, line by line
        assert kept(line) in text
    assert kept("小结" + NASTY[2]) in text
    assert kept("问题" + NASTY[0]) in text
    assert kept("群众意见" + NASTY[4]) in text
    follow = next(line for line in text.splitlines() if line.startswith("（1）督促整改"))
    assert "责任人：镇政府" in follow and "期限：2026年12月31日" in follow


def test_a_reception_briefing_says_what_voters_raised_without_their_names(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    rid = record_id(nasty_book, RECEPTION)
    path = written(export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid))
    text = docx_text(path)
    assert kept("东风村选民反映：反映道路积水" + NASTY[8]) in text
    assert "赵华" not in text and "13912345678" not in text


def test_an_empty_part_is_a_marked_place_not_an_invented_sentence(
    cli, book_path: Path, export_dir: Path
) -> None:
    added = cli(
        "--book", book_path, "record", "add", "--date", "2026-03-10", "--form", "视察",
        "--theme", "视察道路", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    rid = __import__("json").loads(added.out)["id"]
    path = written(export(cli, book_path, export_dir, "--what", "briefing", "--record", rid))
    text = docx_text(path)
    for part in ("活动情况", "活动小结", "发现的问题", "群众意见", "下一步工作"):
        assert f"【待填写：{part}】" in text
    assert "应到" not in text  # no attendance was marked: no count is made up


def test_numbers_go_up_per_book_and_stay_with_their_record(cli, nasty_book: Path) -> None:
    first, second = (record_id(nasty_book, d) for d in (INSPECTION, RECEPTION))
    assert "第1期" in cli("--book", nasty_book, "briefing", "number", second).out
    assert "第2期" in cli("--book", nasty_book, "briefing", "number", first).out
    again = cli("--book", nasty_book, "briefing", "number", second)
    assert again.code == 0 and "已是第1期" in again.out
    before = file_digest(nasty_book)
    taken = cli("--book", nasty_book, "briefing", "number", first, "--number", "1")
    assert taken.code == 2 and "第1期已编给" in taken.err and "Traceback" not in taken.err
    assert file_digest(nasty_book) == before
    moved = cli("--book", nasty_book, "briefing", "number", first, "--number", "5")
    assert moved.code == 0 and "第5期" in moved.out
    listing = cli("--book", nasty_book, "briefing", "list", "--json")
    numbers = {
        b["record_id"]: b["number"] for b in __import__("json").loads(listing.out)["briefings"]
    }
    assert numbers == {second: 1, first: 5}
    bad = cli("--book", nasty_book, "briefing", "number", first, "--number", "x")
    assert bad.code == 2 and "期号应是" in bad.err


def test_export_never_gives_a_number(cli, nasty_book: Path, export_dir: Path) -> None:
    rid = record_id(nasty_book, INSPECTION)
    before = file_digest(nasty_book)
    result = export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid)
    path = written(result)
    assert "还没有期号" in result.err
    assert docx.Document(str(path)).paragraphs[1].text == "第　　期"
    assert file_digest(nasty_book) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--what", "briefing"), "--record"),
        (("--what", "briefing", "--record", "ffffffff"), "ffffffff"),
        (("--what", "record-book", "--record", "abcd"), "只用于活动简报"),
        (("--what", "briefing", "--record", "abcd", "--format", "xlsx"), "xlsx"),
    ],
)
def test_bad_briefing_requests_say_why(
    cli, nasty_book: Path, export_dir: Path, args, message
) -> None:
    result = export(cli, nasty_book, export_dir, *args)
    assert result.code == 2 and message in result.err and "Traceback" not in result.err
    assert list(export_dir.iterdir()) == []


def test_export_all_writes_the_briefing_of_each_numbered_record(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    for day in (RECEPTION, INSPECTION):
        cli("--book", nasty_book, "briefing", "number", record_id(nasty_book, day))
    result = export(cli, nasty_book, export_dir)
    assert result.code == 0, result.err
    names = [Path(line).name for line in result.out.splitlines()]
    assert names[-2:] == [
        "新河镇第一代表小组-2026-活动简报-第1期.docx",
        "新河镇第一代表小组-2026-活动简报-第2期.docx",
    ]
    assert "新河镇第一代表小组-2026-年度工作总结.docx" in names
    assert len(names) == 5 + 1 + 2


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_nasty_text_stays_literal_in_md_and_html(
    cli, nasty_book: Path, export_dir: Path, fmt: str
) -> None:
    _settings(cli, nasty_book)
    rid = record_id(nasty_book, RECORD_DATES[1])
    path = written(
        export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid, "--format", fmt)
    )
    text = path.read_text(encoding="utf-8")
    assert "新河镇人大代表活动简报" in text and "（共印30份）" in text
    if fmt == "html":
        assert "<w:t>" not in text and "&lt;w:t&gt;&amp;amp;" in text
        assert "[@click=app.quit]x" in text
    else:
        assert "\\[@click\\=app\\.quit\\]x" in text
    assert "测" * 5000 in text


def test_english_briefing(cli, nasty_book: Path, export_dir: Path) -> None:
    rid = record_id(nasty_book, INSPECTION)
    cli("--book", nasty_book, "briefing", "number", rid)
    result = cli(
        "--book", nasty_book, "--lang", "en", "export", "--out", export_dir,
        "--what", "briefing", "--record", rid,
    )  # fmt: skip
    paras = [p.text for p in docx.Document(str(written(result))).paragraphs]
    assert paras[0] == "Deputies' Activity Briefing" and paras[1] == "No. 1"
    assert "3 deputies expected" in "\n".join(paras)


def test_nasty_settings_are_printed_as_typed(cli, nasty_book: Path, export_dir: Path) -> None:
    rid = record_id(nasty_book, INSPECTION)
    short = [s for s in NASTY if len(s) < 100]
    result = cli(
        "--book", nasty_book, "briefing", "settings", "--name", short[1], "--issuer", short[2],
        "--to", short[3], "--cc", short[7], "--dist", short[8],
    )  # fmt: skip
    assert result.code == 0, result.err
    paras = [p.text for p in docx.Document(str(written(
        export(cli, nasty_book, export_dir, "--what", "briefing", "--record", rid)
    ))).paragraphs]  # fmt: skip
    assert paras[0] == kept(short[1]) and paras[2].startswith(kept(short[2]) + "\t")
    for key, text in (("报", short[3]), ("送", short[7]), ("发", short[8])):
        assert f"{key}：{kept(text)}" in paras
    before = file_digest(nasty_book)
    long = cli("--book", nasty_book, "briefing", "settings", "--name", NASTY[9])
    assert long.code == 2 and "太长" in long.err and file_digest(nasty_book) == before
    copies = cli("--book", nasty_book, "briefing", "settings", "--copies", "三十")
    assert copies.code == 2 and "印数" in copies.err and file_digest(nasty_book) == before


def test_a_quarter_filter_does_not_thin_a_briefing(cli, nasty_book: Path, export_dir: Path) -> None:
    rid = record_id(nasty_book, INSPECTION)  # in the first quarter
    result = export(
        cli, nasty_book, export_dir, "--what", "briefing", "--record", rid, "--quarter", "2"
    )
    text = docx_text(written(result))
    assert "实到1名（张三）" in text and "（1）督促整改" in text
