"""Read-back tests of the GB/T 9704 Word layout in grouptui.export.docx_layout.

Every test saves a real .docx to disk and opens it again, with python-docx for what Word
shows and with lxml for the raw XML, so a clerk's complaints ("the Chinese is in the wrong
font", "page numbers on the wrong side") show up here first.

Timing, measured on the development machine (Python 3.11, python-docx 1.2.0), not
asserted: a 60-entry book (a 60-row grid table, then per entry a level-2 heading, a
5-row form table with a 200-character multi-line value, a body paragraph and a page
break) builds in about 0.4 s and saves in about 0.02 s.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from grouptui.export import docx_layout as layout

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}
THEME_ATTRS = {f"{{{W_NS}}}{a}" for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")}

TITLE = "某某镇人大代表小组履职档案"
HEADING_1 = "一、基本情况"
HEADING_2 = "（一）代表名册"
BODY = "本小组共有代表七名。\n第二段落。"
FORM_ROWS = [("姓名", "张三"), ("履职情况", "第一行\n第二行"), ("备注", "")]
GRID_HEADER = ["序号", "日期", "内容"]
GRID_ROWS = [["1", "2025-03-01", "视察"], ["2", "2025-04-01"]]


def _build_full_document(path: Path) -> Path:
    doc = layout.new_document()
    layout.add_title(doc, TITLE)
    layout.add_heading(doc, HEADING_1)
    layout.add_heading(doc, HEADING_2, level=2)
    layout.add_paragraph(doc, BODY)
    layout.add_paragraph(doc, "不缩进的一段", indent_first_line=False)
    layout.add_form_table(doc, FORM_ROWS)
    layout.add_paragraph(doc, "")
    layout.add_grid_table(doc, GRID_HEADER, GRID_ROWS)
    layout.add_signature_line(doc)
    layout.add_page_break(doc)
    layout.add_paragraph(doc, "第二页")
    return layout.save(doc, path)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build_full_document(tmp_path_factory.mktemp("docx") / "档案.docx")


@pytest.fixture(scope="module")
def reread(saved: Path) -> docx.document.Document:
    return docx.Document(str(saved))


@pytest.fixture(scope="module")
def parts(saved: Path) -> dict[str, etree._Element]:
    """Every XML part of the saved package, parsed."""
    with zipfile.ZipFile(saved) as zf:
        return {
            name: etree.fromstring(zf.read(name))
            for name in zf.namelist()
            if name.endswith(".xml") or name.endswith(".rels")
        }


def _footer_parts(parts: dict[str, etree._Element]) -> dict[str, etree._Element]:
    return {name: root for name, root in parts.items() if root.tag == qn("w:ftr")}


def _east_asia(run_el: etree._Element) -> str | None:
    rfonts = run_el.find("w:rPr/w:rFonts", NS)
    return None if rfonts is None else rfonts.get(qn("w:eastAsia"))


def _effective(paragraph, attr: str):
    """Value of a paragraph_format attribute, following the style inheritance chain."""
    value = getattr(paragraph.paragraph_format, attr)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, attr)
        style = style.base_style
    return value


# -- page ---------------------------------------------------------------------------------


def test_page_is_a4_with_gbt9704_margins(reread) -> None:
    section = reread.sections[0]
    expected = {
        "page_width": 210,
        "page_height": 297,
        "top_margin": 37,
        "bottom_margin": 35,
        "left_margin": 28,
        "right_margin": 26,
    }
    for attr, mm in expected.items():
        assert getattr(section, attr) / Mm(1) == pytest.approx(mm, abs=0.1), attr


def test_page_numbers_are_a_page_field_between_em_dashes(parts) -> None:
    footers = _footer_parts(parts)
    assert len(footers) == 2  # odd (default) and even
    for name, root in footers.items():
        paragraphs = root.findall("w:p", NS)
        assert len(paragraphs) == 1, name
        runs = paragraphs[0].findall("w:r", NS)
        kinds = []
        for run in runs:
            fld = run.find("w:fldChar", NS)
            instr = run.find("w:instrText", NS)
            if fld is not None:
                kinds.append(fld.get(qn("w:fldCharType")))
            elif instr is not None:
                kinds.append(f"instr:{instr.text.strip()}")
            else:
                kinds.append("".join(t.text for t in run.findall("w:t", NS)))
        begin, end = kinds.index("begin"), kinds.index("end")
        assert "instr:PAGE" in kinds[begin:end], name
        before, after = "".join(kinds[:begin]), "".join(kinds[end + 1 :])
        assert before.strip() == "—" and after.strip() == "—", kinds
        for run in runs:
            assert _east_asia(run) == "宋体", name
            assert run.find("w:rPr/w:sz", NS).get(qn("w:val")) == "28"  # 14 pt


def test_odd_footer_right_even_footer_left(reread, parts) -> None:
    assert reread.settings.odd_and_even_pages_header_footer is True
    flag = parts["word/settings.xml"].find("w:evenAndOddHeaders", NS)
    assert flag is not None and flag.get(qn("w:val"), "true") in ("1", "true", "on")
    section = reread.sections[0]
    odd = section.footer.paragraphs[0]
    even = section.even_page_footer.paragraphs[0]
    assert odd.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert even.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert "PAGE" in odd._p.xml and "PAGE" in even._p.xml
    # GB/T 9704: one character in from the edge.
    assert odd.paragraph_format.right_indent == Pt(14)
    assert even.paragraph_format.left_indent == Pt(14)


# -- fonts --------------------------------------------------------------------------------


def test_normal_style_and_defaults_use_east_asian_body_font(reread, parts) -> None:
    normal = reread.styles["Normal"]
    rfonts = normal.element.rPr.rFonts
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert rfonts.get(qn(f"w:{slot}")) == "仿宋_GB2312", slot
    assert normal.font.size == Pt(16)
    default = parts["word/styles.xml"].find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert default.find("w:rFonts", NS).get(qn("w:eastAsia")) == "仿宋_GB2312"
    assert default.find("w:lang", NS).get(qn("w:eastAsia")) == "zh-CN"


def test_no_theme_fonts_anywhere(parts) -> None:
    checked = 0
    for name, root in parts.items():
        for rfonts in root.iter(qn("w:rFonts")):
            checked += 1
            assert not THEME_ATTRS & set(rfonts.attrib), (name, dict(rfonts.attrib))
    assert checked > 20
    assert "word/styles.xml" in parts and "word/document.xml" in parts
    assert not any("stylesWithEffects" in name for name in parts)


def test_every_run_carries_an_east_asian_font(parts) -> None:
    for name in ["word/document.xml", *_footer_parts(parts)]:
        for run in parts[name].iter(qn("w:r")):
            assert _east_asia(run), (name, etree.tostring(run, encoding="unicode"))


def test_fonts_and_sizes_per_role(reread) -> None:
    paragraphs = reread.paragraphs
    title, heading1, heading2, body = paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3]
    expectations = [
        (title, "方正小标宋简体", 22),
        (heading1, "黑体", 16),
        (heading2, "楷体_GB2312", 16),
        (body, "仿宋_GB2312", 16),
    ]
    for paragraph, font, size in expectations:
        assert paragraph.runs, paragraph.text
        for run in paragraph.runs:
            assert _east_asia(run._r) == font
            assert run.font.name == font  # ascii / hAnsi too
            assert run.font.size == Pt(size)
            assert not run.font.bold
    assert title.style.name == layout.TITLE_STYLE
    assert _effective(title, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    assert heading1.style.name == "Heading 1" and heading2.style.name == "Heading 2"


def test_font_table_records_fallbacks(parts) -> None:
    fonts = {f.get(qn("w:name")): f for f in parts["word/fontTable.xml"].findall("w:font", NS)}
    alt = fonts["仿宋_GB2312"].find("w:altName", NS)
    assert alt is not None and alt.get(qn("w:val")) == "仿宋"
    assert fonts["仿宋_GB2312"].find("w:charset", NS).get(qn("w:val")) == "86"


def test_custom_fonts_reach_the_runs(tmp_path: Path) -> None:
    fonts = layout.Fonts(body="楷体", title=("华文中宋", "宋体"))
    assert fonts.body == ("楷体",) and fonts.primary("title") == "华文中宋"
    assert fonts.fallbacks("title") == ("宋体",)
    doc = layout.new_document(fonts)
    layout.add_title(doc, "标题")
    layout.add_paragraph(doc, "正文")
    reread = docx.Document(str(layout.save(doc, tmp_path / "c.docx")))
    assert _east_asia(reread.paragraphs[0].runs[0]._r) == "华文中宋"
    assert _east_asia(reread.paragraphs[1].runs[0]._r) == "楷体"
    assert reread.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia")) == "楷体"


def test_fonts_rejects_bad_input() -> None:
    assert layout.Fonts().primary("body") == "仿宋_GB2312"
    assert layout.Fonts().fallbacks("body") == ("仿宋", "宋体")
    with pytest.raises(ValueError):
        layout.Fonts(body=())
    with pytest.raises(ValueError):
        layout.Fonts().primary("footer")  # type: ignore[arg-type]


# -- paragraphs ---------------------------------------------------------------------------


def test_body_paragraphs_have_exact_28pt_lines_and_two_char_indent(reread) -> None:
    body = [p for p in reread.paragraphs if p.style.name == layout.BODY_STYLE]
    # The empty one separates the two tables (Word joins tables that touch).
    assert [p.text for p in body] == ["本小组共有代表七名。", "第二段落。", "", "第二页"]
    for paragraph in body:
        assert _effective(paragraph, "line_spacing_rule") == WD_LINE_SPACING.EXACTLY
        assert _effective(paragraph, "line_spacing") == Pt(28)
        assert _effective(paragraph, "first_line_indent") == Pt(32)
        assert _effective(paragraph, "space_after") == 0
    plain = next(p for p in reread.paragraphs if p.text == "不缩进的一段")
    assert not _effective(plain, "first_line_indent")
    assert _effective(plain, "line_spacing") == Pt(28)


def test_signature_line_and_page_break(reread, parts) -> None:
    signature = next(p for p in reread.paragraphs if p.text.startswith("组长签字："))
    assert "日期：" in signature.text
    assert _effective(signature, "alignment") == WD_ALIGN_PARAGRAPH.RIGHT
    breaks = parts["word/document.xml"].findall(".//w:br[@w:type='page']", NS)
    assert len(breaks) == 1
    assert reread.paragraphs[-1].text == "第二页"


# -- tables -------------------------------------------------------------------------------


def test_form_table(reread) -> None:
    form = reread.tables[0]
    assert [(r.cells[0].text, r.cells[1].text) for r in form.rows] == FORM_ROWS
    borders = form._tbl.tblPr.find(qn("w:tblBorders"))
    edges = {child.tag.split("}")[1]: child.get(qn("w:val")) for child in borders}
    assert edges == dict.fromkeys(
        ("top", "left", "bottom", "right", "insideH", "insideV"), "single"
    )
    assert form.columns[0].width / Mm(1) == pytest.approx(30, abs=0.1)
    assert (form.columns[0].width + form.columns[1].width) / Mm(1) == pytest.approx(156, abs=0.1)
    for row in form.rows:
        for run in row.cells[0].paragraphs[0].runs:
            assert _east_asia(run._r) == "黑体"
        for paragraph in row.cells[1].paragraphs:
            for run in paragraph.runs:
                assert _east_asia(run._r) == "仿宋_GB2312"


def test_grid_table_header_row_repeats(reread) -> None:
    grid = reread.tables[1]
    rows = grid.rows
    assert [c.text for c in rows[0].cells] == GRID_HEADER
    assert [c.text for c in rows[2].cells] == ["2", "2025-04-01", ""]  # padded
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    for row in list(rows)[1:]:
        tr_pr = row._tr.trPr
        assert tr_pr is None or tr_pr.find(qn("w:tblHeader")) is None
    assert grid._tbl.tblPr.find(qn("w:tblBorders")) is not None


def test_grid_table_rejects_overlong_rows() -> None:
    doc = layout.new_document()
    with pytest.raises(ValueError):
        layout.add_grid_table(doc, ["a"], [["1", "2"]])
    with pytest.raises(ValueError):
        layout.add_grid_table(doc, [], [])


# -- user text ----------------------------------------------------------------------------

NASTY = [
    pytest.param("[/]", "[/]", id="rich-close"),
    pytest.param("[bold]x[/bold]", "[bold]x[/bold]", id="rich-markup"),
    pytest.param("[@click=app.quit]x", "[@click=app.quit]x", id="textual-action"),
    pytest.param("价格[1]", "价格[1]", id="footnote-brackets"),
    pytest.param("a\tb", "a\tb", id="tab"),
    pytest.param("😀👍🏽", "😀👍🏽", id="emoji-modifier"),
    pytest.param("𠮷䶮", "𠮷䶮", id="cjk-ext-b"),
    pytest.param("<w:t>&amp;", "<w:t>&amp;", id="xml-lookalike"),
    pytest.param("测试" * 25000, "测试" * 25000, id="50k-chinese"),
    pytest.param("\x00\x07bell", "bell", id="control-chars"),
    pytest.param("  两端空格  a  b", "  两端空格  a  b", id="spaces"),
    pytest.param("\x0b\x0c\ufffe\ud800ok\x7f", "ok\x7f", id="more-xml-illegal"),
]


@pytest.mark.parametrize(("text", "stored"), NASTY)
def test_user_text_survives_round_trip(tmp_path: Path, text: str, stored: str) -> None:
    assert layout.sanitize_text(text) == stored
    doc = layout.new_document()
    layout.add_title(doc, text)
    layout.add_heading(doc, text)
    layout.add_heading(doc, text, level=3)
    layout.add_paragraph(doc, text)
    layout.add_form_table(doc, [(text, text)])
    layout.add_paragraph(doc, "分隔")
    layout.add_grid_table(doc, [text], [[text]])
    layout.add_signature_line(doc, label=text, date_label="")
    reread = docx.Document(str(layout.save(doc, tmp_path / "nasty.docx")))

    paragraphs = [p.text for p in reread.paragraphs]
    assert paragraphs[:4] == [stored] * 4
    assert paragraphs[-1].startswith(stored)  # followed by the blank to sign on
    form, grid = reread.tables
    assert form.cell(0, 0).text == stored and form.cell(0, 1).text == stored
    assert grid.cell(0, 0).text == stored and grid.cell(1, 0).text == stored


def test_newlines_become_paragraphs_or_line_breaks(tmp_path: Path) -> None:
    doc = layout.new_document()
    layout.add_title(doc, "上行\r\n下行")
    added = layout.add_paragraph(doc, "一\r二\n\n三")
    assert len(added) == 4
    reread = docx.Document(str(layout.save(doc, tmp_path / "nl.docx")))
    texts = [p.text for p in reread.paragraphs]
    assert texts == ["上行\n下行", "一", "二", "", "三"]
    assert reread.paragraphs[0]._p.find(f".//{qn('w:br')}") is not None


# -- saving -------------------------------------------------------------------------------


def test_save_replaces_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "book.docx"
    target.write_bytes(b"old")
    if os.name == "posix":
        target.chmod(0o640)
    doc = layout.new_document()
    layout.add_paragraph(doc, "新内容")
    assert layout.save(doc, str(target)) == target
    assert zipfile.is_zipfile(target)
    assert docx.Document(str(target)).paragraphs[0].text == "新内容"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.docx"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "book.docx"
    target.write_bytes(b"old")
    doc = layout.new_document()

    def boom(_stream) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(doc, "save", boom)
    with pytest.raises(OSError, match="disk full"):
        layout.save(doc, target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.docx"]
