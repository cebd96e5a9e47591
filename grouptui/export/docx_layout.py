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
"""

from __future__ import annotations

import copy
import functools
import io
import os
import re
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Literal

import docx
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.text.font import CT_RPr
from docx.oxml.text.parfmt import CT_PPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

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

# -- GB/T 9704-2012 measurements ------------------------------------------------------------

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 37.0
MARGIN_BOTTOM_MM = 35.0
MARGIN_LEFT_MM = 28.0
MARGIN_RIGHT_MM = 26.0
#: Distance from the bottom of the text block to the top of the page number (GB/T 9704 §7.5).
PAGE_NUMBER_GAP_MM = 7.0

TITLE_PT = 22.0  # 2号
HEADING_PT = 16.0  # 3号
BODY_PT = 16.0  # 3号
LINE_PT = 28.0  # fixed line pitch: 22 lines in the 225 mm text block
PAGE_NUMBER_PT = 14.0  # 4号
FIRST_LINE_CHARS = 2

TITLE_STYLE = "GB Title"
BODY_STYLE = "GB Body"

FontRole = Literal["title", "heading", "heading2", "body", "page_number"]

_ROLES: tuple[FontRole, ...] = ("title", "heading", "heading2", "body", "page_number")
# Which style carries the primary font of each role in a document from new_document().
_ROLE_STYLE: dict[FontRole, str] = {
    "title": TITLE_STYLE,
    "heading": "Heading 1",
    "heading2": "Heading 2",
    "body": "Normal",
    "page_number": "Footer",
}
_HEADING_ROLE: dict[int, FontRole] = {1: "heading", 2: "heading2", 3: "body", 4: "body"}

_THEME_ATTRS = tuple(qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))
_FONT_ATTRS = tuple(qn(f"w:{a}") for a in ("ascii", "hAnsi", "eastAsia", "cs"))
_XML_SPACE = qn("xml:space")

# Everything lxml refuses in text: C0 controls except \t \n \r, surrogates, U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_FULLWIDTH_SPACE = "\u3000"
# A single 1/2 pt black line, as Word's own "Table Grid" draws it.
_BORDER_ATTRS = (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "auto"))


@dataclass(frozen=True)
class Fonts:
    """Font families per role, each a tuple: the primary name first, then fallbacks.

    Defaults follow GB/T 9704-2012.  A plain string is accepted for any role and becomes a
    one-element tuple.  Runs are written with the primary name only; the first fallback of
    each name is recorded in the document's font table (``w:altName``) where Word looks
    when the primary font is not installed.
    """

    title: tuple[str, ...] = ("方正小标宋简体", "华文中宋", "宋体")
    heading: tuple[str, ...] = ("黑体", "宋体")
    heading2: tuple[str, ...] = ("楷体_GB2312", "楷体", "宋体")
    body: tuple[str, ...] = ("仿宋_GB2312", "仿宋", "宋体")
    page_number: tuple[str, ...] = ("宋体",)

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            chain = (value,) if isinstance(value, str) else tuple(value)
            if not chain or not all(isinstance(n, str) and n.strip() for n in chain):
                raise ValueError(f"Fonts.{field.name} needs at least one non-empty font name")
            object.__setattr__(self, field.name, chain)

    def chain(self, role: FontRole) -> tuple[str, ...]:
        """Return the primary font of ``role`` followed by its fallbacks."""
        if role not in _ROLES:
            raise ValueError(f"unknown font role {role!r}; expected one of {_ROLES}")
        return getattr(self, role)

    def primary(self, role: FontRole) -> str:
        """Return the font name written into runs for ``role``."""
        return self.chain(role)[0]

    def fallbacks(self, role: FontRole) -> tuple[str, ...]:
        """Return the fallback names of ``role`` (possibly empty)."""
        return self.chain(role)[1:]


_DEFAULT_FONTS = Fonts()


# -- text ---------------------------------------------------------------------------------


def sanitize_text(text: str) -> str:
    """Return ``text`` as it will be stored: XML-illegal characters removed, newlines as ``\\n``.

    Tabs, newlines, emoji, characters outside the BMP and every kind of bracket are kept.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", text)


# -- low-level XML helpers ----------------------------------------------------------------


def _set_rfonts(rPr: CT_RPr, name: str) -> None:
    """Write ``name`` into all four ``w:rFonts`` slots of ``rPr``; drop theme attributes."""
    rFonts = rPr.get_or_add_rFonts()
    for attr in _THEME_ATTRS:
        rFonts.attrib.pop(attr, None)
    for attr in _FONT_ATTRS:
        rFonts.set(attr, name)


def _set_size(rPr: CT_RPr, size_pt: float) -> None:
    """Set ``w:sz`` (and ``w:szCs`` where present) to ``size_pt``."""
    rPr.get_or_add_sz().val = Pt(size_pt)
    szCs = rPr.find(qn("w:szCs"))
    if szCs is not None:
        szCs.set(qn("w:val"), str(round(size_pt * 2)))


def _strip_theme_fonts(root: BaseOxmlElement) -> None:
    """Remove theme font attributes from every ``w:rFonts`` below ``root``."""
    for rFonts in list(root.iter(qn("w:rFonts"))):
        for attr in _THEME_ATTRS:
            rFonts.attrib.pop(attr, None)
        if not rFonts.attrib:
            rFonts.getparent().remove(rFonts)


def _set_run_font(run: Run, name: str, size_pt: float, bold: bool = False) -> None:
    """Give ``run`` an explicit font in all four slots, a size and an explicit bold state."""
    rPr = run._r.get_or_add_rPr()
    _set_rfonts(rPr, name)
    _set_size(rPr, size_pt)
    run.font.bold = bold


# Building a run's properties through python-docx's element API costs far more than the
# text itself (every child is placed by searching its successors); a book of 60 entries
# makes thousands of identical runs.  So each distinct (font, size, bold, underline) is
# built once through the API and later runs are copies of it.
@functools.lru_cache(maxsize=256)
def _run_prototype(font: str, size_pt: float, bold: bool, underline: bool) -> BaseOxmlElement:
    # A run outside any document: only its XML is kept (copied into paragraphs later).
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]  # no story part needed
    _set_run_font(run, font, size_pt, bold)
    if underline:
        run.font.underline = True
    return run._r


_TEXT_PARTS = re.compile(r"([\t\n])")


def _put_text(r: BaseOxmlElement, text: str) -> None:
    """Append already-sanitized ``text`` to the run element ``r``.

    ``\\t`` becomes ``w:tab`` and ``\\n`` a line break ``w:br``, as python-docx's
    ``Run.text`` does; every ``w:t`` keeps its spaces (``xml:space="preserve"``).
    """
    t_tag, tab_tag, br_tag = qn("w:t"), qn("w:tab"), qn("w:br")
    for part in _TEXT_PARTS.split(text) if ("\t" in text or "\n" in text) else (text,):
        if part == "\t":
            r.append(r.makeelement(tab_tag, {}))
        elif part == "\n":
            r.append(r.makeelement(br_tag, {}))
        elif part:
            t = r.makeelement(t_tag, {_XML_SPACE: "preserve"})
            t.text = part
            r.append(t)


def _add_text_run(
    paragraph: Paragraph,
    text: str,
    font: str,
    size_pt: float,
    *,
    bold: bool = False,
    underline: bool = False,
) -> Run:
    """Append a formatted run holding already-sanitized ``text`` to ``paragraph``."""
    r = copy.deepcopy(_run_prototype(font, size_pt, bold, underline))
    paragraph._p.append(r)
    if text:
        _put_text(r, text)
    return Run(r, paragraph)


def _indent_first_line(pPr: CT_PPr, chars: int = FIRST_LINE_CHARS) -> None:
    """Indent the first line by ``chars`` characters of body text (twips and character units)."""
    ind = pPr.get_or_add_ind()
    for attr in ("w:hanging", "w:hangingChars"):
        ind.attrib.pop(qn(attr), None)
    ind.set(qn("w:firstLine"), str(round(chars * BODY_PT * 20)))
    ind.set(qn("w:firstLineChars"), str(chars * 100))


def _fixed_line_pitch(style_or_paragraph: ParagraphStyle | Paragraph) -> None:
    fmt = style_or_paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = Pt(LINE_PT)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY


# Per-document lookups that python-docx makes slow (a style by name scans the whole style
# sheet); a document's styles are fixed once new_document() has returned.
# Keyed by the document part: python-docx's Document proxy is not hashable.
_DOC_CACHE: weakref.WeakKeyDictionary[object, dict[tuple[str, str], str | None]] = (
    weakref.WeakKeyDictionary()
)


def _cached(
    doc: DocxDocument, kind: str, name: str, compute: Callable[[], str | None]
) -> str | None:
    cache = _DOC_CACHE.setdefault(doc.part, {})
    key = (kind, name)
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _font_of(doc: DocxDocument, role: FontRole) -> str:
    """Primary font of ``role`` as recorded in the styles made by :func:`new_document`."""
    font = _cached(doc, "font", role, lambda: _lookup_font(doc, role))
    return font or _DEFAULT_FONTS.primary(role)  # never None: _lookup_font has a default


def _new_paragraph(doc: DocxDocument, style: str) -> Paragraph:
    """``doc.add_paragraph(style=style)``, with the style's id looked up once per document."""
    style_id = _cached(
        doc, "style", style, lambda: doc.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
    )
    paragraph = doc.add_paragraph()
    if style_id is not None:
        paragraph._p.style = style_id
    return paragraph


def _lookup_font(doc: DocxDocument, role: FontRole) -> str:
    try:
        style = doc.styles[_ROLE_STYLE[role]]
    except KeyError:
        return _DEFAULT_FONTS.primary(role)
    rPr = style.element.rPr
    rFonts = None if rPr is None else rPr.rFonts
    name = None if rFonts is None else rFonts.get(qn("w:eastAsia"))
    return name or _DEFAULT_FONTS.primary(role)


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
    assert page is not None and left is not None and right is not None  # set by new_document
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
        # The proxy only edits p's XML; it needs no story part (the API types one).
        Paragraph(p, None).alignment = align  # type: ignore[arg-type]  # no story part needed
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
