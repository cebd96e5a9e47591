"""Refuse a book whose documents do not fit their field types, with one sentence.

The pure check is :func:`grouptui.domain.validate.find_problem`; this module turns its
finding into a :class:`BookError` that names the file, the table, the record and the
field. :meth:`grouptui.store.book.Book.open` reads every book it opens through
:func:`read_checked`, so every command, the TUI and ``merge`` (which opens each laptop
copy read-only) refuse such a book before anything reads a record from it.

:func:`read_checked` is also where a big book is read fast: parsed by msgspec, and checked
once per content (:mod:`grouptui.store.memo`). Every refusal stays the one the plain way
(``json`` and a check of every document) gives, word for word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grouptui.domain.errors import Message
from grouptui.store import memo
from grouptui.store.errors import BookError
from grouptui.store.storage import (
    FAST_PARSE_DEPTH,
    Data,
    parse_book_bytes,
    read_book_bytes,
)

if TYPE_CHECKING:
    from grouptui.domain.validate import Problem

#: Books of this size or more are parsed by msgspec. Below it ``json`` is as fast:
#: importing msgspec (~4 ms) would cost what it saves on a one-year book (1 MB: ~2 ms of
#: parse). Every book, whatever its size, is checked once per content (the memo).
FAST_FROM_BYTES = 2 * 2**20


class BadDocumentError(BookError):
    """A book holds a value of the wrong type; the sentence says where."""

    def __init__(self, problem: Problem, path: Path | str) -> None:
        said = _sentence(problem, path)
        super().__init__(said.key, **said.params)
        self.problem = problem
        self.path = path


def _sentence(p: Problem, path: Path | str) -> Message:
    """The one sentence naming file, table, record and field (words said by the caller)."""
    table = Message("bad_doc_table_meta") if p.table == "meta" else Message(f"table_{p.table}")
    if p.kind == "not_a_record":
        found = Message(f"bad_doc_json_{p.params.get('found', 'list')}")
        return Message(
            "bad_doc_not_a_record", {"path": path, "table": table, "n": p.key, "found": found}
        )
    if p.kind == "bad_key":
        return Message("bad_doc_bad_key", {"path": path, "table": table, "n": p.key})
    if p.table == "meta" and p.kind != "too_deep":
        problem = _problem_words(p)
        return Message("bad_doc_meta_field", {"path": path, "field": p.field, "problem": problem})
    ident: dict[str, object]
    if p.record_id:
        key, ident = "bad_doc_record", {"id": p.record_id}
    else:
        key, ident = "bad_doc_entry", {"n": p.key}
    record = (
        Message(key + "_label", {"label": p.label, **ident}) if p.label else Message(key, ident)
    )
    where = {"path": path, "table": table, "record": record}
    if p.kind == "too_deep":
        from grouptui.domain.validate import MAX_DEPTH

        return Message("bad_doc_record_deep", {**where, "limit": MAX_DEPTH})
    return Message("bad_doc_field", {**where, "field": p.field, "problem": _problem_words(p)})


def _problem_words(p: Problem) -> Message:
    """What is wrong with the value (\"must be text\" ...)."""
    if p.kind == "int" and "low" in p.params:
        return Message("bad_doc_expect_int_range", p.params)
    return Message(f"bad_doc_expect_{p.kind}")


def find_problem(data: dict[str, dict[str, Any]]) -> Problem | None:
    """:func:`grouptui.domain.validate.find_problem`, imported when a book is checked: a
    book whose bytes passed before (the memo) opens without the validator's modules."""
    from grouptui.domain.validate import find_problem as first_problem

    return first_problem(data)


def check_documents(data: dict[str, dict[str, Any]], path: Path | str) -> None:
    """Raise :class:`BadDocumentError` if any document of ``data`` breaks its field types."""
    problem = find_problem(data)
    if problem is not None:
        raise BadDocumentError(problem, path)


def read_checked(path: Path, upgrade: Callable[[Data, Path], bool]) -> tuple[Data, bool]:
    """The book at ``path`` read, upgraded to the current schema by ``upgrade`` (which
    says whether it migrated anything) and checked: (data, migrated). :class:`BookError`
    with the usual sentence if it cannot be read or is not a valid book.

    A book whose bytes the memo knows is not checked again: those very bytes passed. A
    small one is parsed by ``json``, as then; a big one (:data:`FAST_FROM_BYTES`) by
    msgspec: ``json`` took those bytes then, so msgspec's parse, where it takes them, is
    the one that passed (and where it does not, ``json`` parses). Other big books are
    parsed by msgspec and checked; the check bounds the depth of every document it looks
    at (``MAX_DEPTH``), the rest is measured here, so the parse is known to be
    ``json``'s (see :func:`parse_book_bytes`). If anything refuses that parse (or a
    migration changed it), the book is read again the plain way, and a refusal is that
    way's own.
    """
    raw = read_book_bytes(path)
    fast = len(raw) >= FAST_FROM_BYTES
    entry_of = memo.key_soon(raw, "msgspec" if fast else "json")  # hashed while we parse
    parsed: Data | None
    if fast:
        try:
            parsed = parse_book_bytes(raw, path, fast=True)
        except BookError:
            parsed = None  # refused: the plain way below says why in its own words
    else:
        parsed = parse_book_bytes(raw, path)  # json: a refusal is the plain way's own
    entry = entry_of()
    if parsed is not None and entry is not None and memo.known(entry):
        return parsed, upgrade(parsed, path)
    if fast and parsed is not None and entry is not None:
        from grouptui.domain.validate import too_deep, unchecked

        try:
            shallow = not too_deep(unchecked(parsed), FAST_PARSE_DEPTH)
            migrated = upgrade(parsed, path)
            check_documents(parsed, path)
        except BookError:
            shallow = False
        # A migration may drop what the check would have measured: such a book (once
        # per schema change) is read the plain way.
        if shallow and not migrated:
            memo.remember(entry)
            return parsed, migrated
        parsed = None  # upgraded in place, or refused: parsed again below
    # The plain way: json's parse (a small book's is already that), upgraded and checked.
    data = parsed if parsed is not None else parse_book_bytes(raw, path)
    migrated = upgrade(data, path)
    check_documents(data, path)
    if entry is not None:
        memo.remember(entry)
    return data, migrated
