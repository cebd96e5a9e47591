"""GB/T 9704-2012 measurements, the fonts of each role, and the XML under the Word layout.

The lowest layer of :mod:`grouptui.export.docx_layout` (which says why each of these is
needed): text made safe for XML, run and paragraph properties written through lxml, and
the per-document caches that keep a long book fast. Content helpers are in
:mod:`grouptui.export.docx_content`.
"""

from __future__ import annotations

import copy
import functools
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Literal

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.oxml.text.parfmt import CT_PPr
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run

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
    # a detached run: no story part, which only its pictures and hyperlinks would need
    run = Run(OxmlElement("w:r"), None)  # type: ignore[arg-type]
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
    assert font is not None  # a "font" entry is only ever _lookup_font's str
    return font


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
