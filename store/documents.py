"""Refuse a book whose documents do not fit their field types, with one sentence.

The pure check is :func:`grouptui.domain.validate.find_problem`; this module turns its
finding into a :class:`BookError` that names the file, the table, the record and the
field. :meth:`grouptui.store.book.Book.open` calls :func:`check_documents` on every book
it opens, so every command, the TUI and ``merge`` (which opens each laptop copy
read-only) refuse such a book before anything reads a record from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grouptui.domain.errors import Message
from grouptui.domain.validate import MAX_DEPTH, Problem, find_problem
from grouptui.store.errors import BookError


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
        return Message("bad_doc_record_deep", {**where, "limit": MAX_DEPTH})
    return Message("bad_doc_field", {**where, "field": p.field, "problem": _problem_words(p)})


def _problem_words(p: Problem) -> Message:
    """What is wrong with the value (\"must be text\" ...)."""
    if p.kind == "int" and "low" in p.params:
        return Message("bad_doc_expect_int_range", p.params)
    return Message(f"bad_doc_expect_{p.kind}")


def check_documents(data: dict[str, dict[str, Any]], path: Path | str) -> None:
    """Raise :class:`BadDocumentError` if any document of ``data`` breaks its field types."""
    problem = find_problem(data)
    if problem is not None:
        raise BadDocumentError(problem, path)
