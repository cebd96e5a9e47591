"""One export, as both the CLI and the TUI run it: check everything, then write the files.

:func:`plan_export` validates the request against the book (folder, quarter, deputy,
format, existing files, LibreOffice for PDF) and names every file it will write, before a
single byte is written: bad input ends in one :class:`ExportError` and an untouched disk.
:func:`run_export` then reads the book once (:func:`~grouptui.export.view.read_view`) and
writes each file atomically, reporting progress. The book is only ever read.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from grouptui.domain.numbers import int_in
from grouptui.export.errors import ExportError
from grouptui.export.view import Filters, read_view
from grouptui.i18n import t

if TYPE_CHECKING:
    from grouptui.store.book import Book

#: The books, in the order an export of everything writes them.
BOOKS = ("record-book", "duty-logs", "register", "plan", "suggestions")
#: The documents drafted from the books: one activity's briefing, one deputy's report to
#: voters, the group's year summary. An export of everything adds the year summary and
#: the briefing of every record that has a number.
DOCUMENTS = ("briefing", "duty-report", "year-summary")
WHATS = (*BOOKS, *DOCUMENTS)
FORMATS = ("docx", "xlsx", "md", "html", "json", "pdf")
#: The format each book is handed in as.
NATURAL = {
    "record-book": "docx",
    "duty-logs": "docx",
    "register": "xlsx",
    "plan": "docx",
    "suggestions": "xlsx",
    "briefing": "docx",
    "duty-report": "docx",
    "year-summary": "docx",
}
SUPPORTED = {
    "record-book": ("docx", "md", "html", "json", "pdf"),
    "duty-logs": ("docx", "md", "html", "json", "pdf"),
    "register": ("xlsx", "md", "html", "json"),
    "plan": ("docx", "xlsx", "md", "html", "json", "pdf"),
    "suggestions": ("xlsx", "md", "html", "json"),
    "briefing": ("docx", "md", "html", "pdf"),
    "duty-report": ("docx", "md", "html", "pdf"),
    "year-summary": ("docx", "md", "html", "pdf"),
}
#: The books ``--deputy`` narrows.
PER_DEPUTY = ("duty-logs", "register", "duty-report")
#: The JSON sections of each book.
JSON_SECTIONS = {
    "record-book": ("records",),
    "duty-logs": ("duty",),
    "register": ("register",),
    "plan": ("plan",),
    "suggestions": ("suggestions",),
}

Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for (already parsed: see the ``parse_*`` functions)."""

    what: str = "all"
    #: None: each book in its natural format.
    format: str | None = None
    out: Path = Path(".")
    quarter: int | None = None
    #: a deputy's name as typed.
    deputy: str | None = None
    include_contacts: bool = False
    force: bool = False
    #: the record (id or prefix) of a briefing.
    record: str | None = None


@dataclass(frozen=True)
class Job:
    """One file to write: which book, in which format, where."""

    books: tuple[str, ...]
    format: str
    path: Path
    #: the record of a briefing.
    record_id: str = ""


@dataclass(frozen=True)
class ExportPlan:
    """Every file an export will write, and the filters that apply."""

    jobs: list[Job]
    filters: Filters
    #: books left out because they have no such format (an export of everything).
    skipped: tuple[str, ...] = ()
    soffice: str | None = None
    #: sentences to tell the user (a briefing without a number, a number given twice).
    notes: tuple[str, ...] = ()


# -- parsing what the user typed ------------------------------------------------------------


def book_label(book: str) -> str:
    """The book's name in the user's language."""
    return t("export_book_" + book.replace("-", "_"))


def file_label(book: str) -> str:
    """The book's part of a file name, in the user's language."""
    return t("export_file_" + book.replace("-", "_"))


def parse_what(text: str) -> str:
    """``all`` or one of WHATS."""
    value = text.strip().lower().replace("_", "-")
    if value == "all" or value in WHATS:
        return value
    raise ExportError("export_bad_what", value=text, choices=("all", *WHATS))


def parse_format(text: str | None) -> str | None:
    """One of FORMATS (a leading dot is forgiven), or None for the natural formats."""
    if text is None or not text.strip():
        return None
    value = text.strip().lower().lstrip(".")
    if value in FORMATS:
        return value
    raise ExportError("export_bad_format", value=text, choices=tuple(FORMATS))


def parse_quarter(text: str | int | None) -> int | None:
    """1-4, or None for the whole year."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    value = str(text).strip().upper().removeprefix("Q")
    quarter = int_in(value, 1, 4)
    if quarter is not None:
        return quarter
    raise ExportError("export_bad_quarter", value=text)


# -- planning -------------------------------------------------------------------------------


def _file_stem(book: Book, parts: list[str]) -> str:
    from grouptui.store.book import safe_file_stem

    meta = book.meta
    return safe_file_stem("-".join([meta.group, str(meta.year), *parts]))


def _check_folder(out: Path) -> None:
    """The output folder (or the folder it will be made in) must be a writable folder."""
    probe = out
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        raise ExportError("export_out_is_file", path=probe)
    try:
        fd, name = tempfile.mkstemp(prefix=".grouptui-probe-", dir=probe)
    except OSError:
        raise ExportError("export_out_read_only", path=probe) from None
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)


def plan_export(
    book: Book, request: ExportRequest, books: tuple[str, ...] | None = None
) -> ExportPlan:
    """Check ``request`` against ``book`` and name the files; raises :class:`ExportError`.

    ``books`` (the export screen's choice of several books) overrides ``request.what``;
    like ``all``, it leaves out a book that has no file of the asked-for format, where a
    single ``--what`` book refuses the impossible combination.
    """
    from grouptui.domain.roster import find_by_name

    what, fmt = request.what, request.format
    chosen = books
    everything = (*BOOKS, "year-summary")
    if books is None:
        books = everything if what == "all" else (what,)
    else:
        books = tuple(b for b in WHATS if b in books)
        what = "all" if books == everything else books[0] if len(books) == 1 else "some"
    if not books:
        raise ExportError("export_screen_nothing")
    single = what in WHATS
    if single and fmt is not None and fmt not in SUPPORTED[what]:
        raise ExportError(
            "export_impossible",
            book=book_label(what),
            format=fmt,
            formats=", ".join(SUPPORTED[what]),
        )
    deputy_id = None
    if request.deputy is not None and request.deputy.strip():
        if not any(b in PER_DEPUTY for b in books):
            raise ExportError("export_deputy_not_applicable", book=book_label(books[0]))
        deputy = find_by_name(book.deputies.all(), request.deputy)
        if deputy is None:
            raise ExportError("deputy_not_found", name=request.deputy.strip())
        deputy_id = deputy.id
    elif "duty-report" in books:
        raise ExportError("export_report_needs_deputy")
    from grouptui.export.documents_plan import briefing_targets

    # An export of everything, and the screen's "briefings", mean every numbered one.
    every = "briefing" in books if chosen is not None else what == "all"
    targets, notes = briefing_targets(book, request, books, every)
    filters = Filters(
        quarter=request.quarter, deputy_id=deputy_id, include_contacts=request.include_contacts
    )

    def suffix(names: tuple[str, ...]) -> list[str]:
        # A file is named after the filters that narrowed it, and only those.
        parts = [f"Q{request.quarter}"] if request.quarter is not None else []
        # deputy_id is set only from a named request.deputy
        per_deputy = any(n in PER_DEPUTY for n in names)
        if deputy_id is not None and request.deputy is not None and per_deputy:
            parts.append(request.deputy.strip())
        return parts

    out = request.out.expanduser()
    jobs: list[Job] = []
    skipped: list[str] = []
    if fmt == "json":
        books = tuple(b for b in books if b in BOOKS)
        if not books:
            raise ExportError("export_none_in_format", format=fmt)
        label = file_label(books[0]) if len(books) == 1 else t("export_file_all")
        jobs.append(Job(books, "json", out / f"{_file_stem(book, [label, *suffix(books)])}.json"))
    else:
        for name in books:
            if name == "briefing":
                continue
            book_fmt = fmt or NATURAL[name]
            if book_fmt not in SUPPORTED[name]:
                skipped.append(name)
                continue
            stem = _file_stem(book, [file_label(name), *suffix((name,))])
            jobs.append(Job((name,), book_fmt, out / f"{stem}.{book_fmt}"))
        for record_id, part in targets:
            book_fmt = fmt or NATURAL["briefing"]
            if book_fmt not in SUPPORTED["briefing"]:
                skipped.append("briefing")
                continue
            stem = _file_stem(book, [file_label("briefing"), part])
            jobs.append(Job(("briefing",), book_fmt, out / f"{stem}.{book_fmt}", record_id))

    if not jobs:
        raise ExportError("export_none_in_format", format=fmt)
    soffice = None
    if any(job.format == "pdf" for job in jobs):
        from grouptui.export.pdf import find_soffice

        soffice = find_soffice()
        if soffice is None:
            raise ExportError("export_no_soffice")
    _check_folder(out)
    if not request.force:
        existing = [job.path for job in jobs if job.path.exists() or job.path.is_symlink()]
        if len(existing) == 1:
            raise ExportError("export_exists", path=existing[0])
        if existing:
            raise ExportError("export_exists_many", path=existing[0], n=len(existing))
    notes += _unfolded_notes(book, jobs, request.quarter)
    return ExportPlan(jobs, filters, tuple(dict.fromkeys(skipped)), soffice, notes)


def _unfolded_notes(book: Book, jobs: list[Job], quarter: int | None) -> tuple[str, ...]:
    """The sentence naming the exported records whose quick notes are not folded into their
    minutes yet: the record book and a briefing are written from the minutes, so those
    notes are not in them (a JSON file holds the notes themselves)."""
    from grouptui.domain.quarters import quarter_of
    from grouptui.i18n import fmt_date, join_words
    from grouptui.store.notes import unfolded_records

    written = [job for job in jobs if job.format != "json"]
    briefed = {job.record_id for job in written if job.books == ("briefing",)}
    whole_book = any("record-book" in job.books for job in written)
    if not whole_book and not briefed:
        return ()
    counts = unfolded_records(
        book,
        lambda r: (
            r.id in briefed or (whole_book and (quarter is None or quarter_of(r.date) == quarter))
        ),
    )
    if not counts:
        return ()
    named = join_words(
        t("export_unfolded_record", date=fmt_date(r.date), theme=r.theme, n=n, id=r.id[:8])
        for r, n in counts
    )
    return (t("export_unfolded_notes", n=sum(n for _, n in counts), records=named),)


# -- running (each file is written by grouptui.export.writing) -----------------------------


def run_export(
    book: Book,
    request: ExportRequest,
    progress: Progress | None = None,
    *,
    plan: ExportPlan | None = None,
) -> list[Path]:
    """Check, then write every file of ``request``; returns the paths written, in order."""
    from grouptui.export import files
    from grouptui.export.writing import write_job
    from grouptui.store.atomic import is_disk_full

    plan = plan or plan_export(book, request)
    # The registration form reads the earlier years' books: only when it is needed.
    names = {name for job in plan.jobs for name in job.books}
    wanted = bool(names & {"register", "duty-report", "year-summary"})
    view = read_view(book, plan.filters, register=wanted)
    if "year-summary" in names:
        from grouptui.store.checks import check_book

        view.check = check_book(book, view.now.date())
    # A briefing tells its whole record, whichever quarter the other books are narrowed to.
    whole = view
    if "briefing" in names and plan.filters.quarter is not None:
        whole = read_view(book, replace(plan.filters, quarter=None))
    written: list[Path] = []
    out = request.out.expanduser()
    existed = next(p for p in (out, *out.parents) if p.exists())
    try:
        out.mkdir(parents=True, exist_ok=True)
        with files.private(plan.filters.include_contacts):
            for n, job in enumerate(plan.jobs, 1):
                written.append(write_job(whole if job.record_id else view, job, plan.soffice))
                if progress is not None:
                    progress(n, len(plan.jobs), job.path)
    except OSError as exc:
        if not written:
            files.remove_if_made(out, existed)
        if is_disk_full(exc):
            raise ExportError("export_disk_full") from None
        raise ExportError(
            "export_write_failed", path=exc.filename or request.out, reason=exc.strerror or exc
        ) from None
    return written
