"""The Word parts of the documents beyond the books: 报头, 报尾, contents, bookmarks.

Built on :mod:`grouptui.export.docx_layout` (same fonts, same text handling) for a
document made by its ``new_document``:

- the 报头 of a briefing (GB/T 9704's 版头, as 简报 use it): the briefing's name in red
  large type, 第N期, the issuer on the left and the date on the right, a red rule;
- the 报尾 (版记): the 报/送/发 lines between two rules, and the copies printed;
- a contents page as Word writes one: a ``TOC`` field whose result lists each entry with a
  nested ``PAGEREF`` to a bookmark on its heading, so Word/WPS update it and LibreOffice
  computes the page of each reference when it lays the document out (the PDF);
- :func:`add_bookmark` puts such a bookmark around a heading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart

from grouptui.export import docx_layout as layout

#: GB/T 9704's red for the 版头 (发文机关标志 and the rule under it).
RED = "FF0000"
#: The briefing's name: large type, as township 简报 print it (小初 36 pt).
MASTHEAD_PT = 36.0
#: Thickness of the rules in eighths of a point (red rule 2.25 pt, black rules 0.75 pt).
RED_RULE = 18
BLACK_RULE = 6


def _text_width_mm() -> float:
    return layout.PAGE_WIDTH_MM - layout.MARGIN_LEFT_MM - layout.MARGIN_RIGHT_MM


def _paragraph(doc: DocxDocument, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
    paragraph = layout._new_paragraph(doc, "Normal")
    if align is not None:
        paragraph.paragraph_format.alignment = align
    return paragraph


def _run(paragraph: Paragraph, text: str, role: layout.FontRole, size: float, colour: str = ""):
    doc_font = layout._font_of(cast("DocumentPart", paragraph.part).document, role)
    run = layout._add_text_run(paragraph, layout.sanitize_text(text), doc_font, size)
    if colour:
        rPr = run._r.get_or_add_rPr()
        color = OxmlElement("w:color")
        color.set(qn("w:val"), colour)
        rPr.insert_element_before(color, "w:spacing", "w:w", "w:kern", "w:position", "w:sz")
    return run


def _rule(paragraph: Paragraph, edge: str, colour: str, size: int) -> None:
    """A line along the ``edge`` (top/bottom) of ``paragraph``."""
    pPr = paragraph._p.get_or_add_pPr()
    borders = pPr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        pPr.insert_element_before(
            borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"
        )
    line = OxmlElement(f"w:{edge}")
    for attr, value in (("w:val", "single"), ("w:sz", str(size)), ("w:space", "1")):
        line.set(qn(attr), value)
    line.set(qn("w:color"), colour)
    borders.append(line)


def _right_tab(paragraph: Paragraph, leader: WD_TAB_LEADER | None = None) -> None:
    stops = paragraph.paragraph_format.tab_stops
    if leader is None:
        stops.add_tab_stop(Mm(_text_width_mm()), WD_TAB_ALIGNMENT.RIGHT)
    else:
        stops.add_tab_stop(Mm(_text_width_mm()), WD_TAB_ALIGNMENT.RIGHT, leader)


def add_masthead(doc: DocxDocument, name: str, number: str, issuer: str, date: str) -> None:
    """The briefing's 报头: red name, 第N期, issuer left and date right over a red rule."""
    head = _paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER)
    head.paragraph_format.line_spacing = Pt(MASTHEAD_PT * 1.3)
    _run(head, name, "title", MASTHEAD_PT, RED)
    _run(_paragraph(doc, WD_ALIGN_PARAGRAPH.CENTER), number, "body", layout.BODY_PT)
    line = _paragraph(doc)
    _right_tab(line)
    _run(line, f"{issuer}\t{date}", "body", layout.BODY_PT)
    _rule(line, "bottom", RED, RED_RULE)
    _paragraph(doc)  # one empty line between the rule and the title


def add_colophon(doc: DocxDocument, lines: list[str], copies: str) -> None:
    """The 报尾: a rule, each 报/送/发 line, a rule, then the copies printed on the right."""
    if not lines and not copies:
        return
    first = True
    for text in lines or [""]:
        paragraph = _paragraph(doc)
        paragraph.paragraph_format.left_indent = Pt(layout.BODY_PT)
        if first:
            _rule(paragraph, "top", "000000", BLACK_RULE)
            first = False
        _run(paragraph, text, "body", 14.0)
    last = _paragraph(doc, WD_ALIGN_PARAGRAPH.RIGHT)
    last.paragraph_format.right_indent = Pt(layout.BODY_PT)
    _rule(last, "top", "000000", BLACK_RULE)
    _rule(last, "bottom", "000000", BLACK_RULE)
    _run(last, copies, "body", 14.0)


def _field_char(paragraph: Paragraph, kind: str) -> None:
    run = _run(paragraph, "", "body", layout.BODY_PT)
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run._r.append(fld)


def _instruction(paragraph: Paragraph, text: str) -> None:
    run = _run(paragraph, "", "body", layout.BODY_PT)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = text
    run._r.append(instr)


def add_contents(doc: DocxDocument, title: str, entries: list[tuple[str, str, int]]) -> None:
    """A contents page: ``title``, then a TOC field listing (text, bookmark, page) entries.

    Each page number is a ``PAGEREF`` to the entry's bookmark, holding ``page`` until the
    fields are updated. Word asks to update the fields when the file is opened.
    """
    layout.add_title(doc, title)
    lines = entries or [("", "", 0)]
    for n, (text, anchor, page) in enumerate(lines):
        paragraph = _paragraph(doc)
        _right_tab(paragraph, WD_TAB_LEADER.DOTS)
        if n == 0:
            _field_char(paragraph, "begin")
            _instruction(paragraph, ' TOC \\o "1-2" \\h \\z \\u ')
            _field_char(paragraph, "separate")
        if text:
            _run(paragraph, text + "\t", "body", layout.BODY_PT)
            _field_char(paragraph, "begin")
            _instruction(paragraph, f" PAGEREF {anchor} \\h ")
            _field_char(paragraph, "separate")
            _run(paragraph, str(page), "body", layout.BODY_PT)
            _field_char(paragraph, "end")
        if n == len(lines) - 1:
            _field_char(paragraph, "end")
    settings = doc.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def add_bookmark(paragraph: Paragraph, name: str, mark: int) -> None:
    """Put a bookmark called ``name`` (unique number ``mark``) around ``paragraph``."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(mark))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(mark))
    p = paragraph._p
    pPr = p.find(qn("w:pPr"))
    p.insert(0 if pPr is None else 1, start)
    p.append(end)
