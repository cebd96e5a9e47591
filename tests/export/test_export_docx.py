"""The Word exports read back with python-docx: fields, order, filters, fonts, page setup."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from tests.support.data import NASTY, file_digest
from tests.support.exported import (
    LONG_MINUTES,
    NS,
    RECORD_DATES,
    W_NS,
    docx_parts,
    docx_text,
    export,
    kept,
)

THEME_ATTRS = {f"{{{W_NS}}}{a}" for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")}


def _only(folder: Path, suffix: str) -> Path:
    found = sorted(folder.glob(f"*{suffix}"))
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def record_book(cli, nasty_book: Path, export_dir: Path) -> Path:
    result = export(cli, nasty_book, export_dir, "--what", "record-book")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.exists() and path.suffix == ".docx"
    return path


def _forms(path: Path) -> list[dict[str, str]]:
    """Each two-column form of the document as label -> value."""
    document = docx.Document(str(path))
    forms = []
    for table in document.tables:
        if len(table.columns) == 2:
            forms.append({row.cells[0].text: row.cells[1].text for row in table.rows})
    return forms


def test_file_name_from_group_year_and_book(record_book: Path) -> None:
    assert record_book.name == "新河镇第一代表小组-2026-闭会期间代表活动记录本.docx"


def test_cover_names_group_township_year_and_recorder(record_book: Path) -> None:
    document = docx.Document(str(record_book))
    texts = [p.text for p in document.paragraphs[:8]]
    assert texts[0] == "闭会期间代表活动记录本"
    cover = "\n".join(texts)
    for expected in ("代表小组：新河镇第一代表小组", "乡镇：新河镇", "年度：2026", "记录人：李四"):
        assert expected in cover


def test_one_form_per_record_in_date_order_with_every_field(record_book: Path) -> None:
    forms = _forms(record_book)
    assert len(forms) == len(RECORD_DATES)
    dates = [f["活动时间"].split(" ")[0] for f in forms]
    expected = [f"{d.year}年{d.month}月{d.day}日" for d in sorted(RECORD_DATES)]
    assert dates == expected
    first = forms[0]
    for label in (
        "活动时间",
        "活动地点",
        "活动形式",
        "活动主题",
        "组织者",
        "记录人",
        "应到人数",
        "实到代表",
        "请假代表",
        "缺席代表",
        "活动内容",
        "群众意见",
        "发现的问题",
        "活动小结",
    ):
        assert label in first, label
    assert first["活动时间"] == "2026年2月3日 09:00至11:30"
    assert first["应到人数"] == "3人"
    assert first["实到代表"] == "1人：张三"
    assert first["请假代表"] == "1人：李四（外出务工[1]，镇人大主席批准）"
    assert first["缺席代表"] == "1人：王五"
    assert first["记录人"] == "李四"
    assert first["组织者"] == "镇人大主席团"


def test_follow_up_table_and_signature_line(record_book: Path) -> None:
    document = docx.Document(str(record_book))
    grids = [t for t in document.tables if len(t.columns) == 5]
    followups = [g for g in grids if g.rows[0].cells[0].text == "事项"]
    assert len(followups) == len(RECORD_DATES)
    assert [c.text for c in followups[0].rows[0].cells] == [
        "事项",
        "责任人",
        "期限",
        "状态",
        "结果",
    ]
    assert [c.text for c in followups[0].rows[1].cells] == [
        kept("督促整改" + NASTY[3]),
        "镇政府",
        "2026年12月31日",
        "未办结",
        kept(NASTY[7]),
    ]
    signatures = [p for p in document.paragraphs if p.text.startswith("组长签字：")]
    assert len(signatures) == len(RECORD_DATES)


def test_nasty_strings_survive_verbatim(record_book: Path) -> None:
    forms = _forms(record_book)
    minutes = forms[0]["活动内容"]
    assert minutes == "\n".join(kept(s) for s in NASTY)  # one paragraph per line, tabs kept
    themes = [f["活动主题"] for f in forms]
    for n, day in enumerate(RECORD_DATES):
        position = sorted(RECORD_DATES).index(day)
        assert themes[position] == kept(f"第{n}号主题{NASTY[n % len(NASTY)]}")
    assert "ctl\x07bell" not in minutes and "ctlbell" in minutes  # XML cannot hold BEL


def test_fifty_thousand_characters_of_minutes_survive(record_book: Path) -> None:
    forms = _forms(record_book)
    may = next(f for f in forms if f["活动时间"].startswith("2026年5月20日"))
    assert may["活动内容"] == LONG_MINUTES
    assert len(may["活动内容"]) == 50_000


def test_quarter_filter_keeps_only_that_quarter(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "record-book", "--quarter", "2")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name.endswith("-Q2.docx")
    forms = _forms(path)
    assert [f["活动时间"].split(" ")[0] for f in forms] == ["2026年4月10日", "2026年5月20日"]
    assert "第二季度" in docx_text(path)


def test_east_asian_fonts_margins_page_numbers(record_book: Path) -> None:
    document = docx.Document(str(record_book))
    section = document.sections[0]
    assert section.page_width / Mm(1) == pytest.approx(210, abs=0.1)
    assert section.page_height / Mm(1) == pytest.approx(297, abs=0.1)
    for attr, mm in (
        ("top_margin", 37),
        ("bottom_margin", 35),
        ("left_margin", 28),
        ("right_margin", 26),
    ):
        assert getattr(section, attr) / Mm(1) == pytest.approx(mm, abs=0.1), attr
    parts = docx_parts(record_book)
    body = parts["word/document.xml"]
    fonts = set()
    for run in body.iter(f"{{{W_NS}}}r"):
        rfonts = run.find("w:rPr/w:rFonts", NS)
        assert rfonts is not None
        assert not THEME_ATTRS & set(rfonts.attrib)
        fonts.add(rfonts.get(qn("w:eastAsia")))
    assert fonts == {"方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"}
    footers = [root for name, root in parts.items() if name.startswith("word/footer")]
    assert len(footers) == 2
    for footer in footers:
        instr = "".join(i.text for i in footer.iter(f"{{{W_NS}}}instrText"))
        assert instr.strip() == "PAGE"
        text = "".join(t.text for t in footer.iter(f"{{{W_NS}}}t"))
        assert text.startswith("— ") and text.endswith(" —")
    settings = parts["word/settings.xml"]
    assert settings.find("w:evenAndOddHeaders", NS) is not None


def test_empty_book_exports_a_valid_document_saying_so(
    cli, book_path: Path, export_dir: Path
) -> None:
    result = export(cli, book_path, export_dir, "--what", "record-book")
    assert result.code == 0, result.err
    text = docx_text(Path(result.out.strip()))
    assert "本记录本尚无活动记录。" in text


def test_english_labels(cli, nasty_book: Path, export_dir: Path) -> None:
    result = cli(
        "--lang", "en", "--book", nasty_book, "export", "--out", export_dir, "--what", "record-book"
    )
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name == "新河镇第一代表小组-2026-record-book.docx"
    forms = _forms(path)
    assert forms[0]["Time"] == "2026-02-03 09:00-11:30"
    assert forms[0]["On leave"] == "1: 李四 (外出务工[1]; approved by 镇人大主席)"


def test_duty_logs_one_section_per_deputy(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "duty-logs")
    assert result.code == 0, result.err
    document = docx.Document(str(Path(result.out.strip())))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["张三", "李四", "王五"]
    grids = document.tables
    index, zhang = grids[0], grids[1]
    # the log starts with its 分类记录 index: category, entries, pages
    assert [[c.text for c in row.cells][:2] for row in index.rows] == [
        ["类别", "条数"],
        ["视察", "4"],
        ["接待选民", "1"],
    ]
    pages = [row.cells[2].text.split("、") for row in list(index.rows)[1:]]
    assert all(p.isdigit() and int(p) >= 2 for cell in pages for p in cell)  # after the cover
    assert [c.text for c in zhang.rows[0].cells] == [
        "日期",
        "类别",
        "履职内容",
        "时长（小时）",
        "来源活动",
    ]
    dates = [row.cells[0].text for row in list(zhang.rows)[1:]]
    assert dates == [f"{d.year}年{d.month}月{d.day}日" for d in sorted(RECORD_DATES)]
    assert zhang.rows[1].cells[1].text == "视察"
    assert zhang.rows[1].cells[3].text == "2.5"
    assert zhang.rows[1].cells[4].text.startswith("2026年2月3日 第1号主题")
    text = docx_text(Path(result.out.strip()))
    assert "共5条，合计12.5小时。" in text
    assert "尚无履职记录。" in text  # 王五
    assert "13800001111" not in text


def test_duty_logs_for_one_deputy(cli, nasty_book: Path, export_dir: Path) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "duty-logs", "--deputy", "李四")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    assert path.name == "新河镇第一代表小组-2026-代表履职记录本-李四.docx"
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == ["李四"]
    index = [[c.text for c in row.cells][:2] for row in document.tables[0].rows]
    assert index == [["类别", "条数"], ["学习培训", "1"], ["提出建议", "1"]]
    rows = list(document.tables[1].rows)[1:]
    assert [r.cells[1].text for r in rows] == ["学习培训", "提出建议"]
    assert rows[0].cells[2].text == kept("初任培训" + NASTY[5])


def test_contacts_only_with_the_flag(
    cli, nasty_book: Path, export_dir: Path, tmp_path: Path
) -> None:
    plain = export(cli, nasty_book, export_dir, "--what", "record-book")
    assert "13912345678" not in docx_text(Path(plain.out.strip()))
    logs = export(cli, nasty_book, export_dir, "--what", "duty-logs")
    assert "13800001111" not in docx_text(Path(logs.out.strip()))
    with_flag = tmp_path / "with"
    result = export(cli, nasty_book, with_flag, "--what", "record-book", "--include-contacts")
    assert result.code == 0, result.err
    assert "13912345678" in docx_text(Path(result.out.strip()))
    result = export(cli, nasty_book, with_flag, "--what", "duty-logs", "--include-contacts")
    assert "电话：13800001111" in docx_text(Path(result.out.strip()))


def test_plan_docx_lists_items_by_quarter_with_their_records(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    result = export(cli, nasty_book, export_dir, "--what", "plan")
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["第一季度", "第二季度", "第三季度", "第四季度"]
    plan_table = next(t for t in document.tables if t.rows[0].cells[0].text == "时间")
    row = plan_table.rows[1]
    assert row.cells[0].text == "5月"
    assert row.cells[2].text == kept("视察农村饮水安全" + NASTY[1])
    assert row.cells[4].text == "已完成"  # its record is dated today (issue 13)
    assert row.cells[5].text.startswith("2026年5月20日 第2号主题")
    assert "计划外开展的活动" in docx_text(path)


def test_export_never_changes_the_book(cli, nasty_book: Path, export_dir: Path) -> None:
    before = file_digest(nasty_book)
    mtime = nasty_book.stat().st_mtime_ns
    for fmt in ("docx", "md", "html", "json"):
        assert export(cli, nasty_book, export_dir / fmt, "--format", fmt).code == 0
    assert export(cli, nasty_book, export_dir / "xlsx", "--format", "xlsx").code == 0
    assert file_digest(nasty_book) == before
    assert nasty_book.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in nasty_book.parent.iterdir() if p.name.startswith("book")) == [
        "book.json"
    ]
