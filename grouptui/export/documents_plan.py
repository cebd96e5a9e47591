"""Which briefings an export writes, and the drafted documents by name.

``--what briefing --record ID`` writes that record's briefing; an export of everything
writes the briefing of every record that has a number (the records marked for one), in
number order. A briefing without a number is written with a blank 期号 and a note saying
how to give one; a number given to two records (two laptops, merged) is pointed out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from grouptui.export.errors import ExportError
from grouptui.i18n import join_words, t

if TYPE_CHECKING:
    from grouptui.export.service import ExportRequest
    from grouptui.export.view import BookView
    from grouptui.store.book import Book


def briefing_targets(
    book: Book, request: ExportRequest, books: tuple[str, ...], every: bool
) -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    """(record id, file-name part) of each briefing to write, and notes for the user.

    ``every``: without ``--record``, the briefing of every numbered record.
    """
    from grouptui.store import office_docs as documents
    from grouptui.store.errors import BookError

    record = (request.record or "").strip()
    if record and "briefing" not in books:
        raise ExportError("export_record_not_applicable")
    if "briefing" in books and not every and not record:
        raise ExportError("export_briefing_needs_record")
    numbers = documents.briefing_numbers(book)
    notes = [
        t(
            "export_briefing_duplicates",
            number=number,
            themes=join_words(_theme(book, r) for r in ids),
        )
        for number, ids in sorted(documents.duplicate_numbers(numbers).items())
    ]
    if record:
        try:
            rec = book.records.find(record)
        except BookError as exc:
            raise ExportError(exc.key, **exc.params) from None
        number = numbers.get(rec.id)
        if number is None:
            notes.append(t("export_briefing_unnumbered", id=rec.id[:8]))
            return [(rec.id, f"{rec.date.isoformat()}-{rec.id[:8]}")], tuple(notes)
        return [(rec.id, t("briefing_number", n=number))], tuple(notes)
    if not every:
        return [], tuple(notes)
    ordered = sorted(numbers.items(), key=lambda item: (item[1], item[0]))
    twice = documents.duplicate_numbers(numbers)
    targets = []
    for record_id, number in ordered:
        part = t("briefing_number", n=number)
        if number in twice:
            part += f"-{record_id[:8]}"
        targets.append((record_id, part))
    return targets, tuple(notes)


def _theme(book: Book, record_id: str) -> str:
    record = book.records.get(record_id)
    return record.theme if record is not None else record_id


def document(view: BookView, name: str, record_id: str = ""):
    """The Doc of the drafted document ``name``."""
    if name == "briefing":
        from grouptui.export.briefing import briefing_doc

        return briefing_doc(view, view.all_records[record_id])
    if name == "duty-report":
        from grouptui.export.duty_report import duty_report_doc

        return duty_report_doc(view)
    from grouptui.export.year_summary import year_summary_doc

    return year_summary_doc(view)
