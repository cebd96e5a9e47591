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

from grouptui.domain.validate import MAX_DEPTH, Problem, find_problem
from grouptui.store.errors import BookError


class BadDocumentError(BookError):
    """A book holds a value of the wrong type; the sentence says where."""

    def __init__(self, problem: Problem, path: Path | str) -> None:
        super().__init__(f"bad_doc_{problem.kind}", path=path)
        self.problem = problem
        self.path = path

    def message(self) -> str:
        from grouptui.i18n import t

        p = self.problem
        table = t("bad_doc_table_meta") if p.table == "meta" else t(f"table_{p.table}")
        if p.kind == "not_a_record":
            found = t(f"bad_doc_json_{p.params.get('found', 'list')}")
            return t("bad_doc_not_a_record", path=self.path, table=table, n=p.key, found=found)
        if p.kind == "bad_key":
            return t("bad_doc_bad_key", path=self.path, table=table, n=p.key)
        if p.table == "meta" and p.kind != "too_deep":
            words = self._problem_words()
            return t("bad_doc_meta_field", path=self.path, field=p.field, problem=words)
        if p.record_id:
            key, ident = "bad_doc_record", {"id": p.record_id}
        else:
            key, ident = "bad_doc_entry", {"n": p.key}
        record = t(key + "_label", label=p.label, **ident) if p.label else t(key, **ident)
        if p.kind == "too_deep":
            return t(
                "bad_doc_record_deep", path=self.path, table=table, record=record, limit=MAX_DEPTH
            )
        return t(
            "bad_doc_field",
            path=self.path,
            table=table,
            record=record,
            field=p.field,
            problem=self._problem_words(),
        )

    def _problem_words(self) -> str:
        """What is wrong with the value (\"must be text\" ...)."""
        from grouptui.i18n import t

        p = self.problem
        if p.kind == "int" and "low" in p.params:
            return t("bad_doc_expect_int_range", **p.params)
        return t(f"bad_doc_expect_{p.kind}")


def check_documents(data: dict[str, dict[str, Any]], path: Path | str) -> None:
    """Raise :class:`BadDocumentError` if any document of ``data`` breaks its field types."""
    problem = find_problem(data)
    if problem is not None:
        raise BadDocumentError(problem, path)
