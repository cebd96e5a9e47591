"""An export from the screen, left at its defaults, hands in no phone number.

Voters' contacts and deputies' phones leave the book only when the user ticks the box; the
screenshots showed the box unticked, but no test read the files an export from the screen
writes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from textual.widgets import Static

from grouptui.app import make_app
from grouptui.store.config import Config
from tests.support.data import NOW
from tests.support.duty_seed import seed
from tests.support.exported import DEPUTY_PHONE, VOTER_CONTACT


def _add_a_reception(book_path: Path) -> None:
    """The duty seed (张三, with his phone, at the April reception) and voter 赵华, with hers,
    received there."""
    from grouptui.domain.models import VoterVisit
    from grouptui.store.book import Book

    reception = seed(book_path)["reception"]
    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        assert next(d for d in book.deputies.all() if d.name == "张三").phone == DEPUTY_PHONE
        book.voters.save(
            VoterVisit(record_id=reception, name="赵华", village="东风村", contact=VOTER_CONTACT)
        )


def _text_of(path: Path) -> str:
    """Every piece of text in a written file; for .docx and .xlsx, of every XML part,
    joined so that a number split over several runs still reads whole."""
    if not zipfile.is_zipfile(path):
        return path.read_text(encoding="utf-8")
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n) for n in z.namelist() if n.endswith((".xml", ".rels"))]
    return "\n".join("".join(etree.fromstring(part).itertext()) for part in parts)


async def test_defaults_leave_contacts_and_phones_out_of_every_file(book_path: Path) -> None:
    _add_a_reception(book_path)
    folder = book_path.parent
    before = set(folder.iterdir())
    config = Config(export_folder=str(folder))  # the folder the officer chose last time
    app = make_app(book_path, lang="zh", clock=lambda: NOW, start="export", config=config)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+e")  # nothing changed on the form: the defaults
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#export-status", Static).render())
        # what the export wrote (the app's lock and backups beside the book are hidden files)
        written = sorted(p for p in set(folder.iterdir()) - before if not p.name.startswith("."))
        assert status.startswith(f"已导出 {len(written)} 个文件"), status
    # the record book, duty logs, registration form, plan, suggestions and year summary
    assert len(written) == 6, written
    texts = {path.name: _text_of(path) for path in written}
    # what is read is the content: the voter and the deputy are there, their numbers not
    assert any("赵华" in text for text in texts.values())
    assert any("张三" in text for text in texts.values())
    leaked = sorted(
        (name, number)
        for name, text in texts.items()
        for number in (VOTER_CONTACT, DEPUTY_PHONE)
        if number in text
    )
    assert leaked == []
