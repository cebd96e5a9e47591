"""GB/T 9704-2012 page layout for Word documents built with python-docx.

Why this module exists
----------------------
The books of a township People's Congress deputy group are read by people who know
GB/T 9704-2012 《党政机关公文格式》 by eye: A4 paper, a 156 x 225 mm text block (top margin
37 mm, bottom 35 mm, left 28 mm, right 26 mm), a 2号 (22 pt) 方正小标宋简体 title, 3号 (16 pt)
仿宋_GB2312 body text on a fixed 28 pt line pitch (22 lines a page), 3号 黑体 / 楷体 headings
and 4号 (14 pt) 宋体 page numbers written "— N —", right-aligned on odd pages and
left-aligned on even pages, each one character in from the edge.

python-docx gets two things wrong for Chinese text, and this module works around both:

1. ``Font.name`` only writes ``w:rFonts/@w:ascii`` and ``@w:hAnsi``.  Word picks the font of
   Han characters from ``@w:eastAsia``, so setting "仿宋_GB2312" through the public API
   changes the Latin letters and leaves every Chinese character in the default font.
2. Its default template declares *theme* fonts (``w:asciiTheme``, ``w:hAnsiTheme``,
   ``w:eastAsiaTheme``, ``w:cstheme``) in the document defaults and in the heading styles.
   A theme attribute wins over an explicit font name in the same ``w:rFonts``, so even a
   correct ``w:eastAsia`` is ignored while ``w:eastAsiaTheme`` is present.

Every style and every run created here therefore writes all four font slots (ascii, hAnsi,
eastAsia, cs) and deletes the theme attributes; ``new_document`` also scrubs them from the
whole style sheet, switches the East Asian language to zh-CN and records fallbacks in the
font table (``w:altName``, GB2312 charset) so Word substitutes 仿宋 for a missing
仿宋_GB2312 instead of a Latin font.

All helpers take *plain user text*.  Nothing is interpreted as markup (Rich/Textual brackets,
XML, HTML all stay literal).  Characters that XML 1.0 cannot carry (C0 controls other than
tab/newline/carriage return, lone surrogates, U+FFFE, U+FFFF) are removed because lxml
refuses them; ``\\r\\n`` and ``\\r`` are normalised to ``\\n``; tabs become ``w:tab``.  How a
newline is rendered is documented on each helper (line break or new paragraph).

Helpers other than ``new_document`` and ``save`` expect a document made by ``new_document``:
they look their fonts up in the styles it creates.

This module sets up the document; the measurements, fonts and XML helpers are in
:mod:`~grouptui.export.docx_xml`, the content helpers in :mod:`~grouptui.export.docx_content`.
Import all of them from here, the layout's one public path.
"""

from __future__ import annotations

import functools
import io

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.section import Section
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from grouptui.export.docx_content import (
    add_form_table,
    add_grid_table,
    add_heading,
    add_page_break,
    add_paragraph,
    add_signature_line,
    add_title,
    save,
)
from grouptui.export.docx_xml import (
    _DEFAULT_FONTS,
    _DOC_CACHE,
    _HEADING_ROLE,
    _ROLES,
    _XML_SPACE,
    BODY_PT,
    BODY_STYLE,
    HEADING_PT,
    LINE_PT,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    PAGE_HEIGHT_MM,
    PAGE_NUMBER_GAP_MM,
    PAGE_NUMBER_PT,
    PAGE_WIDTH_MM,
    TITLE_PT,
    TITLE_STYLE,
    FontRole,
    Fonts,
    _add_text_run,
    _cached,
    _fixed_line_pitch,
    _font_of,
    _indent_first_line,
    _set_rfonts,
    _set_size,
    _strip_theme_fonts,
    sanitize_text,
)
from grouptui.export.docx_xml import (  # re-exported: the layout's one import path
    _new_paragraph as _new_paragraph,
)

__all__ = [
    "BODY_PT",
    "BODY_STYLE",
    "HEADING_PT",
    "LINE_PT",
    "PAGE_NUMBER_PT",
    "TITLE_PT",
    "TITLE_STYLE",
    "FontRole",
    "Fonts",
    "add_form_table",
    "add_grid_table",
    "add_heading",
    "add_page_break",
    "add_paragraph",
    "add_signature_line",
    "add_title",
    "new_document",
    "sanitize_text",
    "save",
]

# -- document set-up ----------------------------------------------------------------------


def _drop_styles_with_effects(doc: DocxDocument) -> None:
    """Drop the Word 2010 ``stylesWithEffects`` copy of the styles (theme fonts inside)."""
    rels = doc.part.rels
    for rId, rel in list(rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rId)


def _configure_doc_defaults(doc: DocxDocument, body_font: str) -> None:
    styles_el = doc.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_el.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rPr = rpr_default.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        rpr_default.append(rPr)
    _set_rfonts(rPr, body_font)
    _set_size(rPr, BODY_PT)
    lang = rPr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rPr.insert_element_before(lang, "w:eastAsianLayout", "w:specVanish", "w:oMath")
    lang.set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    if spacing is not None:
        spacing.set(qn("w:after"), "0")


def _reset_character_format(style: ParagraphStyle) -> CT_RPr:
    """Remove the template's bold/italic/colour/size from ``style``; return its ``w:rPr``."""
    rPr = style.element.get_or_add_rPr()
    for tag in ("w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz", "w:szCs", "w:rFonts"):
        for child in rPr.findall(qn(tag)):
            rPr.remove(child)
    return rPr


def _get_or_add_paragraph_style(doc: DocxDocument, name: str) -> ParagraphStyle:
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if not isinstance(style, ParagraphStyle):
        raise TypeError(f"style {name!r} exists but is not a paragraph style")
    return style


def _configure_styles(doc: DocxDocument, fonts: Fonts) -> None:
    _strip_theme_fonts(doc.styles.element)
    _configure_doc_defaults(doc, fonts.primary("body"))

    normal = doc.styles["Normal"]
    rPr = _reset_character_format(normal)
    _set_rfonts(rPr, fonts.primary("body"))
    _set_size(rPr, BODY_PT)
    _fixed_line_pitch(normal)

    for level, role in _HEADING_ROLE.items():
        style = _get_or_add_paragraph_style(doc, f"Heading {level}")
        rPr = _reset_character_format(style)
        _set_rfonts(rPr, fonts.primary(role))
        _set_size(rPr, HEADING_PT)
        _fixed_line_pitch(style)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True

    title = _get_or_add_paragraph_style(doc, TITLE_STYLE)
    title.base_style = normal
    title.next_paragraph_style = normal
    title.quick_style = True
    rPr = title.element.get_or_add_rPr()
    _set_rfonts(rPr, fonts.primary("title"))
    _set_size(rPr, TITLE_PT)
    _fixed_line_pitch(title)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(LINE_PT)  # one empty line below the title
    title.paragraph_format.keep_with_next = True

    body = _get_or_add_paragraph_style(doc, BODY_STYLE)
    body.base_style = normal
    body.next_paragraph_style = body
    body.quick_style = True
    rPr = body.element.get_or_add_rPr()
    _set_rfonts(rPr, fonts.primary("body"))
    _set_size(rPr, BODY_PT)
    _indent_first_line(body.element.get_or_add_pPr())

    footer = _get_or_add_paragraph_style(doc, "Footer")
    rPr = _reset_character_format(footer)
    _set_rfonts(rPr, fonts.primary("page_number"))
    _set_size(rPr, PAGE_NUMBER_PT)


def _append_field_char(run: Run, kind: str) -> None:
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), kind)
    run._r.append(fld)


def _add_page_field(paragraph: Paragraph, font: str, size_pt: float) -> None:
    """Append a ``PAGE`` field (begin / instrText / separate / cached "1" / end)."""
    _append_field_char(_add_text_run(paragraph, "", font, size_pt), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(_XML_SPACE, "preserve")
    instr.text = " PAGE "
    _add_text_run(paragraph, "", font, size_pt)._r.append(instr)
    _append_field_char(_add_text_run(paragraph, "", font, size_pt), "separate")
    _add_text_run(paragraph, "1", font, size_pt)
    _append_field_char(_add_text_run(paragraph, "", font, size_pt), "end")


def _add_page_numbers(doc: DocxDocument, section: Section, font: str) -> None:
    """Page numbers "— N —", 4号 宋体; odd pages right, even pages left, one char in."""
    doc.settings.odd_and_even_pages_header_footer = True
    section.footer_distance = Mm(MARGIN_BOTTOM_MM - PAGE_NUMBER_GAP_MM) - Pt(PAGE_NUMBER_PT)
    one_char = Pt(PAGE_NUMBER_PT)
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        fmt = paragraph.paragraph_format
        fmt.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = one_char
        else:
            fmt.left_indent = one_char
        _add_text_run(paragraph, "— ", font, PAGE_NUMBER_PT)
        _add_page_field(paragraph, font, PAGE_NUMBER_PT)
        _add_text_run(paragraph, " —", font, PAGE_NUMBER_PT)


def _set_east_asian_language(doc: DocxDocument) -> None:
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:eastAsia"), "zh-CN")


def _record_fonts_in_font_table(doc: DocxDocument, fonts: Fonts) -> None:
    """Add ``w:font`` entries with ``w:altName`` = next fallback and the GB2312 charset."""
    try:
        part = doc.part.part_related_by(RT.FONT_TABLE)
    except KeyError:
        return
    root = part.element if isinstance(part, XmlPart) else parse_xml(part.blob)
    known = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for role in _ROLES:
        chain = fonts.chain(role)
        for i, name in enumerate(chain):
            if name in known:
                continue
            known.add(name)
            font = OxmlElement("w:font")
            font.set(qn("w:name"), name)
            if i + 1 < len(chain):
                alt = OxmlElement("w:altName")
                alt.set(qn("w:val"), chain[i + 1])
                font.append(alt)
            for tag, val in (("w:charset", "86"), ("w:family", "auto"), ("w:pitch", "variable")):
                child = OxmlElement(tag)
                child.set(qn("w:val"), val)
                font.append(child)
            root.append(font)
    if not isinstance(part, XmlPart):
        # A plain Part only has its bytes; python-docx keeps them in ``_blob``.
        part._blob = serialize_part_xml(root)


def new_document(fonts: Fonts = _DEFAULT_FONTS) -> DocxDocument:
    """Return an empty A4 document laid out per GB/T 9704-2012.

    Margins 37/35/28/26 mm (top/bottom/left/right); Normal, heading, title and body styles
    with explicit East Asian fonts and no theme fonts; fixed 28 pt line pitch; "— N —" page
    numbers in the odd (right-aligned) and even (left-aligned) footers.

    Setting the styles up costs more than a one-page briefing's text, so the empty document
    is built once per ``fonts`` and later ones are read from its bytes, with the style and
    font lookups already made.
    """
    data, lookups = _template(fonts)
    doc = docx.Document(io.BytesIO(data))
    _DOC_CACHE[doc.part] = dict(lookups)
    return doc


@functools.lru_cache(maxsize=8)
def _template(fonts: Fonts) -> tuple[bytes, dict[tuple[str, str], str | None]]:
    """The saved bytes of an empty document for ``fonts``, and its style and font lookups."""
    doc = _build_document(fonts)
    for name in (TITLE_STYLE, BODY_STYLE, "Normal", *(f"Heading {n}" for n in _HEADING_ROLE)):
        style_id = functools.partial(doc.part.get_style_id, name, WD_STYLE_TYPE.PARAGRAPH)
        _cached(doc, "style", name, style_id)
    for role in _ROLES:
        _font_of(doc, role)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue(), dict(_DOC_CACHE[doc.part])


def _build_document(fonts: Fonts) -> DocxDocument:
    """The empty GB/T 9704 document of :func:`new_document`, built step by step."""
    doc = docx.Document()
    _drop_styles_with_effects(doc)

    section = doc.sections[0]
    section.page_width = Mm(PAGE_WIDTH_MM)
    section.page_height = Mm(PAGE_HEIGHT_MM)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.gutter = Mm(0)

    _configure_styles(doc, fonts)
    _set_east_asian_language(doc)
    _add_page_numbers(doc, section, fonts.primary("page_number"))
    _record_fonts_in_font_table(doc, fonts)
    return doc
