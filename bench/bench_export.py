"""Export benchmark: a realistic year's record book to .docx, against bare python-docx.

Ours is the whole export of the record book from an open book: read the records
(``read_view``), build the entries (``record_book``), lay them out per GB/T 9704
(``render_docx``) and save. The baseline writes the *same* paragraphs and tables (same text,
same rows, same page breaks) with plain python-docx calls (``add_paragraph``,
``add_heading``, ``add_table``, ``cell.text``) and saves: python-docx's own cost for this
document, without our fonts, borders, widths or reading of the book.

Targets (issue #8): under 1 s, and at most 1.5x the baseline. The drafted documents
(issue #17) are timed the same way, from an open book: one activity's briefing (read the
book, draft, lay out, save) under 0.3 s and the year summary (with the check and the
registration form it quotes) under 1 s, each at most 1.5x bare python-docx writing the
same paragraphs and tables.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.books import synthetic_book
from bench.harness import Report, interleaved


def _baseline_writer(doc_model):
    """A function writing ``doc_model``'s paragraphs and tables with bare python-docx."""
    import docx
    from docx.enum.text import WD_BREAK

    from grouptui.export.model import (
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

    def write(path: Path) -> None:
        out = docx.Document()
        for block in doc_model.blocks:
            if isinstance(block, Masthead):
                for line in (block.name, block.number, f"{block.issuer}\t{block.date}"):
                    out.add_paragraph(line)
            elif isinstance(block, Colophon):
                for line in (*block.lines, block.copies):
                    out.add_paragraph(line)
            elif isinstance(block, Contents):
                out.add_paragraph(block.title)
                for entry in block.entries:
                    out.add_paragraph(f"{entry.text}\t{entry.page}")
            elif isinstance(block, Title):
                out.add_paragraph(block.text)
            elif isinstance(block, Heading):
                out.add_heading(block.text, block.level)
            elif isinstance(block, Para):
                for line in block.text.split("\n"):
                    out.add_paragraph(line)
            elif isinstance(block, Form):
                table = out.add_table(rows=0, cols=2)
                for label, value in block.rows:
                    cells = table.add_row().cells
                    cells[0].text = label
                    cells[1].text = value
            elif isinstance(block, Grid):
                if block.caption:
                    out.add_paragraph(block.caption)
                table = out.add_table(rows=0, cols=len(block.header))
                for row in [block.header, *block.rows]:
                    for cell, text in zip(table.add_row().cells, row, strict=False):
                        cell.text = text
            elif isinstance(block, Signature):
                out.add_paragraph(f"{block.label}______{block.date_label}")
            elif isinstance(block, PageBreak):
                out.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        out.save(str(path))

    return write


def run(report: Report, quick: bool) -> None:
    """Time the record book export of the one-year synthetic book."""
    from grouptui.export.record_book import record_book
    from grouptui.export.render_docx import write_docx
    from grouptui.export.view import Filters, read_view
    from grouptui.i18n import set_language
    from grouptui.store.book import Book

    set_language("zh")
    book = Book.open(synthetic_book("1y"))  # read-only, as the export opens it
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        view = read_view(book, Filters())
        model = record_book(view)
        records = len(view.records)
        deputies = len(view.deputies)
        baseline = _baseline_writer(model)

        def ours() -> None:
            write_docx(record_book(read_view(book, Filters())), folder / "ours.docx")

        def bare() -> None:
            baseline(folder / "bare.docx")

        ours()  # warm caches and imports, as a second export in one session would be
        bare()
        t_ours, t_bare = interleaved(ours, bare, repeat=3 if quick else 9)
        report.ratio(
            f"record book .docx ({records} records, {deputies} deputies) vs python-docx",
            t_ours,
            t_bare,
            max_ratio=1.5,
            max_abs=1.0,
        )
        size = (folder / "ours.docx").stat().st_size / 1024
        report.absolute("record book .docx size", size, "KiB")
        _drafted_documents(report, book, folder, quick)
        _other_books(report, book, folder, quick)
    finally:
        book.close()
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def _drafted_documents(report: Report, book, folder: Path, quick: bool) -> None:
    """A briefing and the year summary, each against bare python-docx (issue #17)."""
    from grouptui.export.briefing import briefing_doc
    from grouptui.export.render_docx import write_docx
    from grouptui.export.view import Filters, read_view
    from grouptui.export.year_summary import year_summary_doc
    from grouptui.store.checks import check_book

    record = max(read_view(book, Filters()).records, key=lambda r: len(r.minutes))

    def briefing() -> None:
        view = read_view(book, Filters())
        write_docx(briefing_doc(view, view.all_records[record.id]), folder / "briefing.docx")

    def summary_view():
        view = read_view(book, Filters(), register=True)
        view.check = check_book(book, view.now.date())
        return view

    def summary() -> None:
        write_docx(year_summary_doc(summary_view()), folder / "summary.docx")

    view = read_view(book, Filters())
    cases = [
        ("activity briefing .docx (longest minutes)", briefing, briefing_doc(view, record), 0.3),
        ("year summary .docx", summary, year_summary_doc(summary_view()), 1.0),
    ]
    for name, ours, model, limit in cases:
        baseline = _baseline_writer(model)

        def bare(baseline=baseline) -> None:
            baseline(folder / "bare.docx")

        ours()
        bare()
        t_ours, t_bare = interleaved(ours, bare, repeat=3 if quick else 9)
        report.ratio(f"{name} vs python-docx", t_ours, t_bare, max_ratio=1.5, max_abs=limit)


def _other_books(report: Report, book, folder: Path, quick: bool) -> None:
    """Every book of the year in its natural format, for the record (no targets)."""
    from bench.harness import median_time
    from grouptui.export.service import BOOKS, ExportRequest, plan_export, run_export

    for name in BOOKS:
        out = folder / name

        def once(name: str = name, out: Path = out) -> None:
            request = ExportRequest(what=name, out=out, force=True)
            run_export(book, request, plan=plan_export(book, request))

        seconds = median_time(once, repeat=3 if quick else 5)
        report.absolute(f"export {name} (natural format), 1 year", seconds * 1000, "ms")
        for child in out.iterdir():
            child.unlink()
        out.rmdir()
