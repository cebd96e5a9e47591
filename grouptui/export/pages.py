"""Where a block of a :class:`~grouptui.export.model.Doc` will fall in Word: an estimate.

The contents page of the record book and the 分类记录 index of a duty log show page
numbers. In Word they are ``PAGEREF`` fields that Word/WPS and LibreOffice fill in from
the real layout; the numbers written into the file until then are estimated here from the
GB/T 9704 grid (22 lines of 28 characters a page, tables on the same 28 pt pitch), with
each character counted by its width (a Han character is one, an ASCII one half).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from grouptui.export import docx_layout as layout
from grouptui.export.model import (
    Block,
    Colophon,
    Contents,
    Form,
    Grid,
    Heading,
    Masthead,
    PageBreak,
    Para,
    Signature,
    Title,
)

LINES_PER_PAGE = 22
_TEXT_MM = layout.PAGE_WIDTH_MM - layout.MARGIN_LEFT_MM - layout.MARGIN_RIGHT_MM
_MM_PER_PT = 25.4 / 72


def width(text: str) -> float:
    """The width of ``text`` in Han characters (ASCII counts half; fast on long minutes)."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def lines(text: str, chars: float) -> int:
    """How many lines ``text`` takes in a column ``chars`` Han characters wide."""
    chars = max(chars, 1.0)
    return sum(max(1, math.ceil(width(part) / chars)) for part in text.split("\n"))


def _chars(mm: float, size_pt: float) -> float:
    return max(1.0, mm / (size_pt * _MM_PER_PT) - 1)  # a little less for the cell margins


def block_lines(block: Block) -> int:
    """The lines ``block`` takes on the page (0 for a page break)."""
    body = _chars(_TEXT_MM, layout.BODY_PT)
    if isinstance(block, Title):
        return 2 * lines(block.text, _chars(_TEXT_MM, layout.TITLE_PT))
    if isinstance(block, Heading | Para):
        return lines(block.text, body)
    if isinstance(block, Form):
        value = _chars(_TEXT_MM - 34, layout.BODY_PT)
        return sum(max(lines(v, value), lines(k, 5)) for k, v in block.rows) or 1
    if isinstance(block, Grid):
        weights = block.weights or [1.0] * len(block.header)
        cols = [_chars(_TEXT_MM * w / sum(weights), 14.0) for w in weights]
        rows = [block.header, *block.rows]
        total = sum(max(lines(str(c), w) for c, w in zip(r, cols, strict=False)) for r in rows)
        return total + (1 if block.caption else 0)
    if isinstance(block, Signature):
        return 2
    if isinstance(block, Masthead):
        return 5
    if isinstance(block, Colophon):
        return len(block.lines) + 1
    if isinstance(block, Contents):
        return 2 + sum(lines(e.text, body - 4) for e in block.entries)
    return 0


def _advance(page: int, used: int, more: int) -> tuple[int, int]:
    used += more
    while used > LINES_PER_PAGE:
        page, used = page + 1, used - LINES_PER_PAGE
    return page, used


def positions(blocks: Iterable[Block]) -> list[tuple[int, int]]:
    """(page from 1, lines already used on it) where each block starts, in order."""
    page, used, out = 1, 0, []
    for block in blocks:
        out.append((page, used))
        if isinstance(block, PageBreak):
            page, used = page + 1, 0
        else:
            page, used = _advance(page, used, block_lines(block))
    return out


def start_pages(blocks: Iterable[Block]) -> list[int]:
    """The page (from 1) each block starts on, in order."""
    return [page for page, _used in positions(blocks)]


def row_pages(grid: Grid, page: int, used: int) -> list[int]:
    """The page each body row of ``grid`` starts on, the grid starting at (page, used)."""
    weights = grid.weights or [1.0] * len(grid.header)
    cols = [_chars(_TEXT_MM * w / sum(weights), 14.0) for w in weights]

    def height(row: list[str]) -> int:
        return max(lines(str(c), w) for c, w in zip(row, cols, strict=False))

    page, used = _advance(page, used, height(grid.header) + (1 if grid.caption else 0))
    out = []
    for row in grid.rows:
        h = height(row)
        if used + h > LINES_PER_PAGE:  # a row is not split across pages
            page, used = page + 1, 0
        out.append(page)
        page, used = _advance(page, used, h)
    return out
