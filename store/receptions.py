"""Writing the voters received at a voter reception (接待选民): add, edit, delete, undo.

A contact in a wrong format is kept as typed and reported back as flagged; only the
record's form, the voter's name and the status are refused when wrong. Every check runs
before anything is written, so refused input leaves the book byte-for-byte unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from grouptui.domain.duty import DutyError
from grouptui.domain.models import VoterVisit
from grouptui.domain.receptions import contact_ok
from grouptui.domain.records import clean_text
from grouptui.domain.vocab import FOLLOWUP_STATUS, Labels, parse_choice
from grouptui.store.book import Book
from grouptui.store.errors import BookError


def _text(value: str | None) -> str:
    """Typed text as stored: NFC, no control characters, trimmed."""
    return clean_text(value or "").strip()


def _name(value: str | None) -> str:
    """A voter's name: one line, single spaces; refused when empty."""
    name = " ".join(clean_text(value or "").split())
    if not name:
        raise DutyError("voter_name_empty")
    return name


def parse_status(text: str) -> str:
    """A voter's status key (未办结 / 办理中 / 已办结)."""
    key = parse_choice(FOLLOWUP_STATUS, text or "")
    if key is None:
        raise DutyError("voter_bad_status", value=text, names=Labels.of(FOLLOWUP_STATUS))
    return key


def add_voter(
    book: Book,
    *,
    record: str,
    name: str,
    village: str = "",
    contact: str = "",
    raised: str = "",
    handling: str = "",
    status: str = "open",
) -> tuple[VoterVisit, bool]:
    """Add a voter received at ``record``; returns it and whether its contact looks right."""
    rec = book.records.find(record)
    if rec.form != "voter_reception":
        raise DutyError("voter_not_reception", theme=rec.theme)
    clean_name = _name(name)
    key = parse_status(status)
    visit = book.voters.save(
        VoterVisit(
            record_id=rec.id,
            name=clean_name,
            village=_text(village),
            contact=_text(contact),
            raised=_text(raised),
            handling=_text(handling),
            status=key,
        )
    )
    return visit, contact_ok(visit.contact)


def find_voter(book: Book, id_or_prefix: str) -> VoterVisit:
    """The live voter with this id (or unique id prefix of at least 4 characters)."""
    return book.voters.find(id_or_prefix)


def edit_voter(
    book: Book,
    voter_id: str,
    *,
    name: str | None = None,
    village: str | None = None,
    contact: str | None = None,
    raised: str | None = None,
    handling: str | None = None,
    status: str | None = None,
) -> tuple[VoterVisit, bool]:
    """Change what was recorded of a voter (``None`` leaves a field as it is); returns the
    voter and whether its contact looks right (a wrong one is kept and flagged)."""
    visit = find_voter(book, voter_id)
    changes: dict[str, str] = {}
    if name is not None:
        changes["name"] = _name(name)
    for field, value in (
        ("village", village),
        ("contact", contact),
        ("raised", raised),
        ("handling", handling),
    ):
        if value is not None:
            changes[field] = _text(value)
    if status is not None:
        changes["status"] = parse_status(status)
    saved = book.voters.save(replace(visit, **changes)) if changes else visit
    return saved, contact_ok(saved.contact)


def delete_voter(book: Book, voter_id: str) -> VoterVisit:
    """Delete a voter (a tombstone: :func:`restore_voter` brings it back)."""
    visit = find_voter(book, voter_id)
    return book.voters.delete(visit.id)


def restore_voter(book: Book, voter_id: str) -> VoterVisit:
    """Bring back a voter deleted by :func:`delete_voter` (full id or unique prefix)."""
    from grouptui.i18n import t

    text = voter_id.strip().lower()
    deleted = [d["id"] for d in book.voters.docs(include_deleted=True) if d.get("deleted")]
    hits = [i for i in deleted if i == text] or (
        [i for i in deleted if i.startswith(text)] if len(text) >= 4 else []
    )
    if len(hits) != 1:
        raise BookError("not_found_id", id=voter_id, what=t("what_voter_deleted"))
    return book.voters.restore(hits[0])


def voters(book: Book, record: str = "") -> list[VoterVisit]:
    """The voters received (at ``record`` when given), by the reception's date."""
    rec_id = book.records.find(record).id if record else ""
    dates = {r.id: r.date for r in book.records.all()}
    found = [v for v in book.voters.all() if not rec_id or v.record_id == rec_id]
    found.sort(key=lambda v: (str(dates.get(v.record_id, "")), v.created))
    return found
