"""PDF through LibreOffice: the .docx we write, converted by ``soffice --headless``.

LibreOffice is large and optional; when it is missing the export says how to get it
(``export_no_soffice``) instead of failing half-way. Each conversion runs with its own
throw-away LibreOffice profile, so it works while the user has LibreOffice open and two
conversions never fight over one profile.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from grouptui.export.errors import ExportError

#: Seconds one conversion may take (a first start of LibreOffice builds its profile).
TIMEOUT = 300

_KNOWN_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice executable: ``soffice`` or ``libreoffice`` on PATH, or a usual place."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _KNOWN_PLACES:
        if os.path.isfile(place):
            return place
    return None


def convert_to_pdf(docx_path: Path, soffice: str) -> Path:
    """Convert ``docx_path`` to a PDF next to it; returns the PDF's path."""
    outdir = docx_path.parent
    profile = Path(tempfile.mkdtemp(prefix="grouptui-lo-"))
    try:
        command = [
            soffice,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        kwargs: dict[str, Any] = {}
        if sys.platform == "win32":  # pragma: no cover - no console window pops up
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        try:
            result = subprocess.run(
                command,
                capture_output=True,
                text=True,
                errors="replace",
                timeout=TIMEOUT,
                stdin=subprocess.DEVNULL,
                check=False,
                **kwargs,
            )
        except subprocess.TimeoutExpired:
            raise ExportError("export_pdf_failed", reason=f"timeout {TIMEOUT}s") from None
        except OSError as exc:
            raise ExportError("export_pdf_failed", reason=exc.strerror or str(exc)) from None
        pdf = docx_path.with_suffix(".pdf")
        if result.returncode != 0 or not pdf.exists():
            lines = (result.stderr or result.stdout or "").strip().splitlines()
            reason = lines[-1] if lines else f"exit {result.returncode}"
            raise ExportError("export_pdf_failed", reason=reason)
        return pdf
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def heading_pages(pdf: Path) -> dict[str, int]:
    """The page of every heading of ``pdf``, by its text: LibreOffice writes the headings
    as the PDF's outline, each pointing to the page it lies on (1 = the first page)."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    pages: dict[str, int] = {}
    pending: list[Any] = list(reader.outline)  # nested lists of Destinations
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(item)
            continue
        page = reader.get_destination_page_number(item)
        if page is not None and page >= 0 and item.title is not None:
            pages[item.title] = page + 1
    return pages
