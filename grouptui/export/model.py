"""The shape of an exported book, independent of the file format.

A book is built once as a :class:`Doc` (a list of blocks: title, headings, paragraphs,
bordered forms, grids, signature lines, page breaks) or as a :class:`Sheet` (a titled
table), then rendered to .docx, .md, .html or .xlsx by the renderers. So the record book in
Word and in HTML cannot disagree about what an entry holds, and every renderer sees the
user's text as plain text: escaping is the renderer's job, done in one place each.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    """The centred title of a document (or of its cover)."""

    text: str


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 for a part, level 2 for one entry."""

    text: str
    level: int = 1
    #: a bookmark name the contents point to ("" = none).
    anchor: str = ""


@dataclass(frozen=True)
class Para:
    """Body text; each line becomes its own paragraph."""

    text: str
    #: centred lines without indent (the cover), instead of indented body text.
    centred: bool = False


@dataclass(frozen=True)
class Form:
    """A bordered two-column form: label | value."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Grid:
    """A bordered table with a header row (repeated on each page in Word)."""

    header: list[str]
    rows: list[list[str]]
    #: relative column widths (any unit); equal when empty.
    weights: list[float] = field(default_factory=list)
    #: a caption shown just above the table.
    caption: str = ""


@dataclass(frozen=True)
class Signature:
    """A line to sign by hand: label, blank, date."""

    label: str
    date_label: str


@dataclass(frozen=True)
class PageBreak:
    """Start a new page (a horizontal rule in md/html)."""


@dataclass(frozen=True)
class Masthead:
    """A briefing's 报头: its name in red large type, 第N期, issuer left and date right,
    then a red rule."""

    name: str
    number: str
    issuer: str
    date: str


@dataclass(frozen=True)
class Colophon:
    """A briefing's 报尾 between two rules: the 报/送/发 lines, then the copies printed."""

    lines: list[str]
    copies: str = ""


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents page: its text, the heading anchor it points to, and the
    page number to show until Word or LibreOffice counts the pages itself."""

    text: str
    anchor: str
    page: int


@dataclass(frozen=True)
class Contents:
    """A contents page (目录); in Word a TOC field the office's Word or WPS can update."""

    title: str
    entries: list[ContentsEntry]


Block = (
    Title | Heading | Para | Form | Grid | Signature | PageBreak | Masthead | Colophon | Contents
)


@dataclass
class Doc:
    """A document: its title (for html/md metadata) and its blocks in order."""

    title: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        """Append ``blocks``."""
        self.blocks.extend(blocks)


@dataclass
class Sheet:
    """A titled table: what the registration form, suggestions and plan look like in Excel.

    ``groups`` is an optional first header row of ``(label, span)`` pairs over ``header``
    (merged cells); ``numeric`` marks columns holding numbers.
    """

    title: str
    subtitle: str
    header: list[str]
    rows: list[list[str | int | float]]
    groups: list[tuple[str, int]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)
    #: the sheet's tab name (Excel allows 31 characters).
    name: str = "Sheet1"
    #: a line under the table (the empty-book sentence, a truncation notice).
    note: str = ""
    #: columns kept in view when scrolling right (number and name).
    frozen_cols: int = 0
