"""Reading exported files back: the text of a .docx, its XML parts, a command that exports.

Shared by the export tests (imported as ``tests.support.exported``).
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}

#: Minutes far longer than any real record, to prove nothing truncates them.
LONG_MINUTES = ("会议要求逐条研究，限期答复。\t" * 3400)[:50_000]


#: What the Word export keeps of a NASTY string: XML cannot carry control characters.
def kept(text: str) -> str:
    """``text`` as every export stores it (control characters dropped)."""
    from grouptui.export.docx_layout import sanitize_text

    return sanitize_text(text)


# Records deliberately saved out of date order, one per quarter and two in Q2.
RECORD_DATES = [
    date(2026, 8, 12),
    date(2026, 2, 3),
    date(2026, 5, 20),
    date(2026, 11, 5),
    date(2026, 4, 10),
]
VOTER_CONTACT = "13912345678"
DEPUTY_PHONE = "13800001111"


def docx_parts(path: Path) -> dict[str, etree._Element]:
    """The XML parts of a .docx, parsed."""
    with zipfile.ZipFile(path) as z:
        return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def docx_text(path: Path) -> str:
    """Every paragraph's text, body and tables, one per line (python-docx's reading)."""
    import docx

    document = docx.Document(str(path))
    lines = []
    body = document.element.body
    for p in body.iter(f"{{{W_NS}}}p"):
        from docx.text.paragraph import Paragraph

        lines.append(Paragraph(p, document).text)
    return "\n".join(lines)


def export(cli, book: Path, out: Path, *args: str):
    """Run ``grouptui export`` on ``book`` into ``out``; returns the CliResult."""
    return cli("--book", book, "export", "--out", out, *args)
