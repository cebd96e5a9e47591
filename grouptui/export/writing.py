"""Writing one file of an export: the content of a book or document in a format, on disk.

The second half of :mod:`grouptui.export.service` (which checks a request and runs it):
:func:`write_job` turns one planned :class:`~grouptui.export.service.Job` into its file,
atomically; a PDF goes through LibreOffice and gets its contents' real page numbers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from grouptui.export.errors import ExportError
from grouptui.export.service import DOCUMENTS, JSON_SECTIONS, Job
from grouptui.export.view import BookView


def _content(view: BookView, name: str, fmt: str, record_id: str = ""):
    """The Doc or Sheet of book ``name`` for format ``fmt``."""
    if name in DOCUMENTS:
        from grouptui.export.documents_plan import document

        return document(view, name, record_id)
    if name == "record-book":
        from grouptui.export.record_book import record_book

        return record_book(view)
    if name == "duty-logs":
        from grouptui.export.duty_logs import duty_logs

        return duty_logs(view)
    if name == "register":
        from grouptui.export.register_form import register_sheet

        return register_sheet(view)
    if name == "plan":
        from grouptui.export.plan import plan_doc, plan_sheets

        return plan_sheets(view) if fmt == "xlsx" else plan_doc(view)
    from grouptui.export.suggestions import suggestions_sheet

    return suggestions_sheet(view)


def write_job(view: BookView, job: Job, soffice: str | None = None) -> Path:
    """Write the file of ``job`` from ``view``; returns its path."""
    from grouptui.export import files
    from grouptui.export.model import Doc

    if job.format == "json":
        from grouptui.export.render_json import book_data, to_json

        sections = tuple(s for b in job.books for s in JSON_SECTIONS[b])
        text = to_json(book_data(view, sections))
        data = text.encode("utf-8", errors="backslashreplace")  # a lone surrogate stays \udxxx
        return files.atomic_write(job.path, lambda fh: fh.write(data))
    content = _content(view, job.books[0], job.format, job.record_id)
    if job.format == "docx":
        from grouptui.export.render_docx import write_docx

        return write_docx(content, job.path)
    if job.format == "xlsx":
        from grouptui.export.render_xlsx import write_xlsx

        return write_xlsx(content, job.path)
    if job.format in ("md", "html"):
        from grouptui.export import render_text

        is_doc = isinstance(content, Doc)
        if job.format == "md":
            text = render_text.doc_to_md(content) if is_doc else render_text.sheet_to_md(content)
        else:
            text = (
                render_text.doc_to_html(content) if is_doc else render_text.sheet_to_html(content)
            )
        return files.write_text(job.path, text)
    return _write_pdf(content, job.path, soffice)


def _write_pdf(content, path: Path, soffice: str | None) -> Path:
    from grouptui.export import files
    from grouptui.export.pdf import convert_to_pdf, find_soffice
    from grouptui.export.render_docx import write_docx

    soffice = soffice or find_soffice()
    if soffice is None:
        raise ExportError("export_no_soffice")
    work = Path(tempfile.mkdtemp(prefix=".grouptui-pdf-", dir=path.parent))
    try:
        docx_path = write_docx(content, work / "book.docx")
        pdf = convert_to_pdf(docx_path, soffice)
        counted = _with_real_pages(content, pdf)
        if counted is not None:
            # LibreOffice shows the contents' numbers as written, not as it lays them out:
            # write them again from the pages the first conversion put the entries on.
            docx_path = write_docx(counted, work / "book.docx")
            pdf = convert_to_pdf(docx_path, soffice)
        os.chmod(pdf, files.mode_for(path))
        os.replace(pdf, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path


def _with_real_pages(content, pdf: Path):
    """``content`` with its contents page numbered from where the entries fell in
    ``pdf``; None if it has no contents page or the numbers were right already."""
    from grouptui.export.model import Contents, Doc, Heading
    from grouptui.export.pdf import heading_pages

    if not isinstance(content, Doc):
        return None
    page = next(((i, b) for i, b in enumerate(content.blocks) if isinstance(b, Contents)), None)
    if page is None:
        return None
    at, old = page
    found = heading_pages(pdf)
    titles = {b.anchor: b.text for b in content.blocks if isinstance(b, Heading) and b.anchor}
    entries = [replace(e, page=found.get(titles.get(e.anchor, ""), e.page)) for e in old.entries]
    if entries == old.entries:
        return None
    blocks = list(content.blocks)
    blocks[at] = replace(old, entries=entries)
    return replace(content, blocks=blocks)
