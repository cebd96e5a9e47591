"""Render a :class:`~grouptui.export.model.Doc` to Word with the GB/T 9704 layout.

All the typography lives in :mod:`grouptui.export.docx_layout`; this module only walks
the blocks. Word joins two tables that touch, so an empty paragraph is put between a table
and a table that follows it directly.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from grouptui.export import docx_layout as layout
from grouptui.export import docx_parts as parts
from grouptui.export.model import (
    Colophon,
    Contents,
    Doc,
    Form,
    Grid,
    Heading,
    Masthead,
    PageBreak,
    Para,
    Signature,
    Title,
)

#: Wide enough for a five-character label (发现的问题) in 16 pt with the cell margins.
FORM_LABEL_MM = 34.0
#: Grids (follow-ups, duty entries, plan) in 4号 14 pt: five columns of 16 pt wrap too much.
GRID_PT = 14.0


def build(doc: Doc, fonts: layout.Fonts | None = None):
    """The python-docx document of ``doc`` (not saved)."""
    out = layout.new_document(fonts or layout.Fonts())
    text_width = layout.PAGE_WIDTH_MM - layout.MARGIN_LEFT_MM - layout.MARGIN_RIGHT_MM
    after_table = False
    marks = 0
    for block in doc.blocks:
        table = isinstance(block, Form | Grid)
        if isinstance(block, Title):
            layout.add_title(out, block.text)
        elif isinstance(block, Heading):
            heading = layout.add_heading(out, block.text, level=block.level)
            if block.anchor:
                marks += 1
                parts.add_bookmark(heading, block.anchor, marks)
        elif isinstance(block, Para):
            paragraphs = layout.add_paragraph(out, block.text, indent_first_line=not block.centred)
            if block.centred:
                for paragraph in paragraphs:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Form):
            if after_table:
                layout.add_paragraph(out, "", indent_first_line=False)
            layout.add_form_table(out, block.rows, label_width_mm=FORM_LABEL_MM)
        elif isinstance(block, Grid):
            if block.caption:
                layout.add_paragraph(out, block.caption, indent_first_line=False)
            elif after_table:
                layout.add_paragraph(out, "", indent_first_line=False)
            weights = block.weights or [1.0] * len(block.header)
            total = sum(weights)
            widths = [text_width * w / total for w in weights]
            layout.add_grid_table(
                out, block.header, block.rows, col_widths_mm=widths, size_pt=GRID_PT
            )
        elif isinstance(block, Signature):
            layout.add_signature_line(out, block.label, block.date_label)
        elif isinstance(block, PageBreak):
            layout.add_page_break(out)
        elif isinstance(block, Masthead):
            parts.add_masthead(out, block.name, block.number, block.issuer, block.date)
        elif isinstance(block, Colophon):
            parts.add_colophon(out, block.lines, block.copies)
        elif isinstance(block, Contents):
            entries = [(e.text, e.anchor, e.page) for e in block.entries]
            parts.add_contents(out, block.title, entries)
        after_table = table
    return out


def write_docx(doc: Doc, path: Path, fonts: layout.Fonts | None = None) -> Path:
    """Write ``doc`` to ``path`` atomically."""
    return layout.save(build(doc, fonts), path)
