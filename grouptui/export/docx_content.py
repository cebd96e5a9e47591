"""What goes on a GB/T 9704 page: title, headings, paragraphs, tables, signature lines.

The content half of :mod:`grouptui.export.docx_layout` (import them from there). Every
helper takes plain user text and expects a document made by ``new_document``.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from grouptui.export.docx_xml import (
    _BORDER_ATTRS,
    _FULLWIDTH_SPACE,
    _HEADING_ROLE,
    BODY_PT,
    BODY_STYLE,
    FIRST_LINE_CHARS,
    HEADING_PT,
    LINE_PT,
    TITLE_PT,
    TITLE_STYLE,
    _add_text_run,
    _font_of,
    _indent_first_line,
    _new_paragraph,
    _put_text,
    _run_prototype,
    sanitize_text,
)

# -- content helpers ----------------------------------------------------------------------


def add_title(doc: DocxDocument, text: str) -> Paragraph:
    """Add the centred 22 pt title; newlines in ``text`` become line breaks."""
    paragraph = _new_paragraph(doc, TITLE_STYLE)
    clean = sanitize_text(text)
    if clean:
        _add_text_run(paragraph, clean, _font_of(doc, "title"), TITLE_PT)
    return paragraph


def add_heading(
    doc: DocxDocument, text: str, level: int = 1, *, indent_first_line: bool = True
) -> Paragraph:
    """Add a 16 pt heading using Word's built-in "Heading N" style (navigation pane, TOC).

    Fonts follow GB/T 9704: level 1 黑体, level 2 楷体, levels 3-4 仿宋.  Like body text the
    heading is indented two characters unless ``indent_first_line`` is false.  Newlines in
    ``text`` become line breaks.
    """
    if level not in _HEADING_ROLE:
        raise ValueError(f"heading level must be 1-4, got {level!r}")
    paragraph = _new_paragraph(doc, f"Heading {level}")
    if indent_first_line:
        _indent_first_line(paragraph._p.get_or_add_pPr())
    clean = sanitize_text(text)
    if clean:
        _add_text_run(paragraph, clean, _font_of(doc, _HEADING_ROLE[level]), HEADING_PT)
    return paragraph


def add_paragraph(
    doc: DocxDocument, text: str, *, indent_first_line: bool = True
) -> list[Paragraph]:
    """Add 16 pt body text with a two-character first-line indent.

    Each line of ``text`` becomes its own paragraph (so every line gets the indent, as
    typed paragraphs should); the new paragraphs are returned in order.  An empty string
    adds one empty paragraph.
    """
    style = BODY_STYLE if indent_first_line else "Normal"
    font = _font_of(doc, "body")
    added = []
    for line in sanitize_text(text).split("\n"):
        paragraph = _new_paragraph(doc, style)
        if line:
            _add_text_run(paragraph, line, font, BODY_PT)
        added.append(paragraph)
    return added


def _text_width_mm(doc: DocxDocument) -> float:
    section = doc.sections[-1]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    # new_document (docx_layout._build_document) sets the page size and margins
    assert page is not None and left is not None and right is not None
    return (page - left - right) / Mm(1)


def _set_table_borders(table: Table) -> None:
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        for attr, val in _BORDER_ATTRS:
            line.set(qn(attr), val)
        borders.append(line)
    successors = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
    tblPr.insert_element_before(borders, *successors, "w:tblDescription", "w:tblPrChange")


def _new_table(doc: DocxDocument, widths_mm: Sequence[float]) -> Table:
    """A bordered fixed-layout table with the given column widths and no rows yet."""
    table = doc.add_table(rows=0, cols=len(widths_mm))
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    tblW = table._tbl.tblPr.find(qn("w:tblW"))
    if tblW is not None:
        tblW.set(qn("w:type"), "dxa")
        tblW.set(qn("w:w"), str(sum(Mm(w).twips for w in widths_mm)))
    _set_table_borders(table)
    return table


def _fill_cell(
    cell: _Cell,
    text: str,
    font: str,
    size_pt: float,
    *,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    """Write sanitized ``text`` into ``cell``, one paragraph per line.

    Works on the elements directly (see :func:`_run_prototype` for why): a fresh cell
    holds one empty ``w:p``; further lines append paragraphs after it.
    """
    tc = cell._tc
    p_tag = qn("w:p")
    run = _run_prototype(font, size_pt, False, False)
    for i, line in enumerate(sanitize_text(text).split("\n")):
        p = tc.find(p_tag) if i == 0 else None
        if p is None:
            p = tc.makeelement(p_tag, {})
            tc.append(p)
        if align is not None:
            _align(p, align)
        if line:
            r = copy.deepcopy(run)
            p.append(r)
            _put_text(r, line)


def _align(p: BaseOxmlElement, align: WD_ALIGN_PARAGRAPH) -> None:
    if p.find(qn("w:pPr")) is not None:
        # a proxy only to set the alignment, which needs no parent story part
        Paragraph(p, None).alignment = align  # type: ignore[arg-type]
        return
    pPr = p.makeelement(qn("w:pPr"), {})
    pPr.append(pPr.makeelement(qn("w:jc"), {qn("w:val"): _JC[align]}))
    p.insert(0, pPr)


_JC = {
    WD_ALIGN_PARAGRAPH.LEFT: "left",
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.JUSTIFY: "both",
}


def _row_maker(table: Table, vcenter: Sequence[int] = ()):
    """A function adding a row to ``table`` and returning its cells, fast.

    ``Table.add_row().cells`` re-reads the whole table for every row (quadratic in its
    length); here one row is built through the API as a prototype and the others are copies
    of it.  Cells whose index is in ``vcenter`` are vertically centred.
    """
    proto = table.add_row()
    cells = proto.cells
    for i in vcenter:
        cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    tbl = table._tbl
    tbl.remove(proto._tr)
    template = proto._tr

    def add_row() -> list[_Cell]:
        tr = copy.deepcopy(template)
        tbl.append(tr)
        return [_Cell(tc, table) for tc in tr.iterchildren(qn("w:tc"))]

    return add_row


def _mark_header_row(row_tr: CT_Row) -> None:
    trPr = row_tr.get_or_add_trPr()
    for tag in ("w:cantSplit", "w:tblHeader"):
        if trPr.find(qn(tag)) is None:
            successors = ("w:tblHeader",) if tag == "w:cantSplit" else ()
            trPr.insert_element_before(
                OxmlElement(tag),
                *successors,
                "w:tblCellSpacing",
                "w:jc",
                "w:hidden",
                "w:ins",
                "w:del",
                "w:trPrChange",
            )


def add_form_table(
    doc: DocxDocument,
    rows: list[tuple[str, str]],
    *,
    label_width_mm: float = 30,
    size_pt: float = BODY_PT,
) -> Table:
    """Add a bordered two-column form, label | value, spanning the text block.

    Labels are set in the heading font and centred; values in the body font, one paragraph
    per line.  An empty ``rows`` list yields one blank row (Word rejects row-less tables).
    Word joins two tables that touch: add a paragraph between consecutive tables.
    """
    text_width = _text_width_mm(doc)
    if not 0 < label_width_mm < text_width:
        raise ValueError(f"label_width_mm must be between 0 and {text_width:.1f}")
    table = _new_table(doc, (label_width_mm, text_width - label_width_mm))
    label_font = _font_of(doc, "heading")
    value_font = _font_of(doc, "body")
    add_row = _row_maker(table, vcenter=(0,))
    for label, value in rows or [("", "")]:
        label_cell, value_cell = add_row()
        _fill_cell(label_cell, label, label_font, size_pt, align=WD_ALIGN_PARAGRAPH.CENTER)
        _fill_cell(value_cell, value, value_font, size_pt)
    return table


def add_grid_table(
    doc: DocxDocument,
    header: list[str],
    rows: list[list[str]],
    *,
    col_widths_mm: Sequence[float] | None = None,
    size_pt: float = BODY_PT,
) -> Table:
    """Add a bordered table whose header row repeats at the top of every page.

    Columns share the text block width equally unless ``col_widths_mm`` is given.  Short
    rows are padded with empty cells; a row longer than ``header`` raises ``ValueError``.
    Word joins two tables that touch: add a paragraph between consecutive tables.
    """
    ncols = len(header)
    if ncols == 0:
        raise ValueError("header must name at least one column")
    if col_widths_mm is None:
        col_widths_mm = [_text_width_mm(doc) / ncols] * ncols
    elif len(col_widths_mm) != ncols:
        raise ValueError("col_widths_mm must have one width per header column")
    for number, row in enumerate(rows, 1):
        if len(row) > ncols:
            raise ValueError(f"row {number} has {len(row)} cells, header has {ncols}")

    table = _new_table(doc, col_widths_mm)
    head_font = _font_of(doc, "heading")
    body_font = _font_of(doc, "body")
    head_row = table.add_row()
    _mark_header_row(head_row._tr)
    for cell, text in zip(head_row.cells, header, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _fill_cell(cell, text, head_font, size_pt, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_row = _row_maker(table)
    for row in rows:
        cells = add_row()
        for cell, text in zip(cells, row, strict=False):  # short rows are padded
            _fill_cell(cell, text, body_font, size_pt)
    return table


def add_signature_line(
    doc: DocxDocument, label: str = "组长签字：", date_label: str = "日期："
) -> Paragraph:
    """Add a right-aligned line "组长签字：＿＿＿＿＿ 日期：   年  月  日" to sign by hand.

    An empty ``label`` or ``date_label`` leaves that part out.
    """
    font = _font_of(doc, "body")
    paragraph = _new_paragraph(doc, "Normal")
    fmt = paragraph.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt.space_before = Pt(LINE_PT)
    fmt.right_indent = Pt(FIRST_LINE_CHARS * BODY_PT)
    fmt.keep_together = True
    label, date_label = sanitize_text(label), sanitize_text(date_label)
    if label:
        _add_text_run(paragraph, label, font, BODY_PT)
        _add_text_run(paragraph, _FULLWIDTH_SPACE * 5, font, BODY_PT, underline=True)
    if date_label:
        # Sized so "组长签字：" with the date fits one 28-character line with its indent.
        if label:
            _add_text_run(paragraph, _FULLWIDTH_SPACE, font, BODY_PT)
        blanks = _FULLWIDTH_SPACE * 2
        year = _FULLWIDTH_SPACE * 3
        _add_text_run(paragraph, f"{date_label}{year}年{blanks}月{blanks}日", font, BODY_PT)
    return paragraph


def add_page_break(doc: DocxDocument) -> Paragraph:
    """Add a paragraph holding a page break; following content starts on a new page."""
    paragraph = _new_paragraph(doc, "Normal")
    run = _add_text_run(paragraph, "", _font_of(doc, "body"), BODY_PT)
    run.add_break(WD_BREAK.PAGE)
    return paragraph


def save(doc: DocxDocument, path: str | os.PathLike[str]) -> Path:
    """Write ``doc`` to ``path`` atomically and return the path (see :mod:`.files`).

    On Windows the final rename raises ``PermissionError`` while the target is open in Word.
    """
    from grouptui.export.files import atomic_write

    return atomic_write(Path(path), doc.save)
