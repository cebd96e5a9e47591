"""Render a Doc or a Sheet as Markdown or HTML, for a quick look in a browser or an editor.

User text is never interpreted: in HTML every character that means something is escaped
(``html.escape``) and line breaks and tabs are kept by ``white-space: pre-wrap``; in
Markdown every ASCII punctuation character that Markdown (CommonMark / GFM) reads as syntax
is backslash-escaped, leading blanks are written as character references so a line never
becomes a code block, and a table cell's line breaks become ``<br>``. Characters XML and
HTML cannot carry (control characters) are dropped, as in the Word export.
"""

from __future__ import annotations

import html
import re

from grouptui.export.docx_layout import sanitize_text
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
    Sheet,
    Signature,
    Title,
)
from grouptui.i18n import get_language

# Every ASCII punctuation character CommonMark or GFM gives a meaning somewhere.
_MD_SYNTAX = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~&$^=:\"'])")
_LEADING_BLANKS = re.compile(r"^[ \t]+")


def md_escape(text: str) -> str:
    """One line of user text as literal Markdown."""
    escaped = _MD_SYNTAX.sub(r"\\\1", text)
    return _LEADING_BLANKS.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), escaped)


def _md_lines(text: str) -> list[str]:
    return [md_escape(line) for line in sanitize_text(text).split("\n")]


def _md_paragraphs(text: str) -> str:
    """Each non-empty line of user text as its own Markdown paragraph."""
    return "\n\n".join(line for line in _md_lines(text) if line)


def _md_cell(value: object) -> str:
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return "<br>".join(_md_lines(text))


def _md_table(header: list[str], rows: list[list]) -> str:
    lines = [
        "| " + " | ".join(_md_cell(h) for h in header) + " |",
        "|" + "---|" * len(header),
    ]
    for row in rows:
        cells = [_md_cell(row[i]) if i < len(row) else "" for i in range(len(header))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def doc_to_md(doc: Doc) -> str:
    """The Markdown text of ``doc``."""
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            out.append("# " + " ".join(_md_lines(block.text)))
        elif isinstance(block, Heading):
            out.append("#" * (block.level + 1) + " " + " ".join(_md_lines(block.text)))
        elif isinstance(block, Para):
            if block.centred:
                out.append("  \n".join(_md_lines(block.text)))
            else:
                out.append(_md_paragraphs(block.text))
        elif isinstance(block, Form):
            for label, value in block.rows:
                lines = [line for line in _md_lines(value) if line]
                head = f"**{md_escape(label)}**"
                if len(lines) <= 1:
                    out.append(f"{head} {lines[0] if lines else ''}".rstrip())
                else:
                    out.append(head + "\n\n" + "\n\n".join(lines))
        elif isinstance(block, Grid):
            if block.caption:
                out.append(f"**{md_escape(block.caption)}**")
            out.append(_md_table(block.header, block.rows))
        elif isinstance(block, Signature):
            out.append(md_escape(f"{block.label}______　{block.date_label}"))
        elif isinstance(block, PageBreak):
            out.append("---")
        elif isinstance(block, Masthead):
            out.append("# " + md_escape(block.name))
            out.append(md_escape(block.number))
            out.append(md_escape(f"{block.issuer}　{block.date}") + "\n\n---")
        elif isinstance(block, Colophon):
            lines = [md_escape(line) for line in (*block.lines, block.copies) if line]
            out.append("---\n\n" + "  \n".join(lines))
        elif isinstance(block, Contents):
            out.append("## " + md_escape(block.title))
            out.append("\n".join(f"- {md_escape(e.text)}" for e in block.entries))
    return "\n\n".join(part for part in out if part) + "\n"


def sheet_to_md(sheet: Sheet) -> str:
    """The Markdown text of ``sheet``: title, subtitle, one table, the note."""
    parts = ["# " + md_escape(sheet.title), _md_paragraphs(sheet.subtitle)]
    parts.append(_md_table(sheet.header, sheet.rows))
    if sheet.note:
        parts.append(_md_paragraphs(sheet.note))
    return "\n\n".join(p for p in parts if p) + "\n"


# -- HTML -----------------------------------------------------------------------------------

_CSS = """
body { font-family: "FangSong", "仿宋", "STFangsong", serif; max-width: 60em; margin: 2em auto;
       line-height: 1.6; padding: 0 1em; }
h1 { font-family: "SimSun", "宋体", serif; text-align: center; }
h2, h3 { font-family: "SimHei", "黑体", sans-serif; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: top; }
th { font-family: "SimHei", "黑体", sans-serif; white-space: nowrap; }
.v, td, p { white-space: pre-wrap; overflow-wrap: anywhere; }
.centred { text-align: center; }
.signature { text-align: right; margin-top: 2em; }
hr { page-break-after: always; border: 0; border-top: 1px dashed #999; }
.masthead { text-align: center; color: #f00; font-size: 2.4em; margin: 0; }
.masthead-line { display: flex; justify-content: space-between; border-bottom: 3px solid #f00; }
.colophon { border-top: 1px solid #000; border-bottom: 1px solid #000; margin-top: 2em; }
"""


def _h(text: object) -> str:
    value = f"{text:g}" if isinstance(text, float) else str(text)
    return html.escape(sanitize_text(value), quote=True)


def _html_page(title: str, body: list[str]) -> str:
    lang = "zh-CN" if get_language() == "zh" else "en"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="generator" content="grouptui">\n'
        f"<title>{_h(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _html_table(header: list[str], rows: list[list], caption: str = "", head_rows: str = "") -> str:
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{_h(caption)}</caption>")
    out.append("<thead>")
    out.append(head_rows or "<tr>" + "".join(f"<th>{_h(h)}</th>" for h in header) + "</tr>")
    out.append("</thead>\n<tbody>")
    for row in rows:
        cells = [row[i] if i < len(row) else "" for i in range(len(header))]
        out.append("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody>\n</table>")
    return "\n".join(out)


def doc_to_html(doc: Doc) -> str:
    """A standalone HTML page of ``doc``."""
    body: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            body.append(f"<h1>{_h(block.text)}</h1>")
        elif isinstance(block, Heading):
            level = min(6, block.level + 1)
            anchor = f' id="{_h(block.anchor)}"' if block.anchor else ""
            body.append(f"<h{level}{anchor}>{_h(block.text)}</h{level}>")
        elif isinstance(block, Para):
            css = ' class="centred"' if block.centred else ""
            body.append(f"<p{css}>{_h(block.text)}</p>")
        elif isinstance(block, Form):
            rows = "".join(
                f'<tr><th scope="row">{_h(k)}</th><td class="v">{_h(v)}</td></tr>'
                for k, v in block.rows
            )
            body.append(f'<table class="form">{rows}</table>')
        elif isinstance(block, Grid):
            body.append(_html_table(block.header, block.rows, block.caption))
        elif isinstance(block, Signature):
            body.append(
                f'<p class="signature">{_h(block.label)}＿＿＿＿＿＿　{_h(block.date_label)}</p>'
            )
        elif isinstance(block, PageBreak):
            body.append("<hr>")
        else:
            body.append(_html_document_part(block))
    return _html_page(doc.title, body)


def _html_document_part(block: Masthead | Colophon | Contents) -> str:
    """The 报头, 报尾 or contents of a document in HTML."""
    if isinstance(block, Masthead):
        return (
            f'<p class="masthead">{_h(block.name)}</p>\n'
            f'<p class="centred">{_h(block.number)}</p>\n'
            f'<p class="masthead-line"><span>{_h(block.issuer)}</span>'
            f"<span>{_h(block.date)}</span></p>"
        )
    if isinstance(block, Colophon):
        lines = "<br>".join(_h(line) for line in (*block.lines, block.copies) if line)
        return f'<p class="colophon">{lines}</p>'
    items = "".join(f'<li><a href="#{_h(e.anchor)}">{_h(e.text)}</a></li>' for e in block.entries)
    return f"<h2>{_h(block.title)}</h2>\n<ul>{items}</ul>"


def sheet_to_html(sheet: Sheet) -> str:
    """A standalone HTML page of ``sheet``; header groups become colspan/rowspan cells."""
    head_rows = ""
    if sheet.groups:
        top, bottom = [], []
        col = 0
        for label, span in sheet.groups:
            if label == "" and span == 1:
                top.append(f'<th rowspan="2">{_h(sheet.header[col])}</th>')
            else:
                top.append(f'<th colspan="{span}">{_h(label)}</th>')
                bottom += [f"<th>{_h(h)}</th>" for h in sheet.header[col : col + span]]
            col += span
        head_rows = f"<tr>{''.join(top)}</tr>\n<tr>{''.join(bottom)}</tr>"
    body = [
        f"<h1>{_h(sheet.title)}</h1>",
        f"<p>{_h(sheet.subtitle)}</p>",
        _html_table(sheet.header, sheet.rows, head_rows=head_rows),
    ]
    if sheet.note:
        body.append(f"<p>{_h(sheet.note)}</p>")
    return _html_page(sheet.title, body)
