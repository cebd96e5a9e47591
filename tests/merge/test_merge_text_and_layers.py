"""Text survives the merge exactly; the merge's headless modules never import Textual."""

from __future__ import annotations

import json
import subprocess
import sys

from grouptui.domain.models import Note
from grouptui.store.book import Book
from tests.support.data import NASTY
from tests.support.laptops import copies, open_laptop


def test_nasty_text_and_lone_surrogates_survive(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    with open_laptop(a, "a") as book:
        book.notes.save_many([Note(record_id="r", at="2026-05-20T09:00:00", text=s) for s in NASTY])
    # a hand-edited copy holding a lone surrogate escape, which strict UTF-8 cannot encode
    data = json.loads(b.read_text("utf-8"))
    data["deputies"]["1"]["remarks"] = "\ud800"
    b.write_text(json.dumps(data, ensure_ascii=True), "utf-8")
    out = tmp_path / "m.json"
    result = cli("merge", a, b, "-o", out)
    assert result.code == 1, "a hand edit under an old revision is a conflict to review"
    with Book.open(out) as merged:
        assert sorted(n.text for n in merged.notes.all()) == sorted(NASTY)
        (doc,) = merged.deputies.conflicted()
        assert sorted(v["remarks"] for v in [doc, *doc["conflicts"]]) == ["", "\ud800"]


def test_merge_modules_do_not_import_textual() -> None:
    code = (
        # the domain's and the store's modules are kept from Textual by the import contracts
        "import sys, grouptui.merge_report, grouptui.words, grouptui.cli.merge; "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
