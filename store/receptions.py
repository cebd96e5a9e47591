"""Writing the voters received at a voter reception (接待选民).

A contact in a wrong format is kept as typed and reported back as flagged; only the
record's form and the voter's name are refused when wrong.
"""

from __future__ import annotations

from grouptui.domain.duty import DutyError
from grouptui.domain.models import VoterVisit
from grouptui.domain.receptions import contact_ok
from grouptui.domain.vocab import FOLLOWUP_STATUS, label, parse_choice
from grouptui.store.book import Book


def parse_status(text: str) -> str:
    """A voter's status key (未办结 / 办理中 / 已办结)."""
    key = parse_choice(FOLLOWUP_STATUS, text or "")
    if key is None:
        from grouptui.i18n import get_language

        names = "、".join(label(FOLLOWUP_STATUS, k, get_language()) for k in FOLLOWUP_STATUS)
        raise DutyError("voter_bad_status", value=text, names=names)
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
    clean_name = " ".join((name or "").split())
    if not clean_name:
        raise DutyError("voter_name_empty")
    key = parse_status(status)
    visit = book.voters.save(
        VoterVisit(
            record_id=rec.id,
            name=clean_name,
            village=(village or "").strip(),
            contact=(contact or "").strip(),
            raised=(raised or "").strip(),
            handling=(handling or "").strip(),
            status=key,
        )
    )
    return visit, contact_ok(visit.contact)


def voters(book: Book, record: str = "") -> list[VoterVisit]:
    """The voters received (at ``record`` when given), by the reception's date."""
    rec_id = book.records.find(record).id if record else ""
    dates = {r.id: r.date for r in book.records.all()}
    found = [v for v in book.voters.all() if not rec_id or v.record_id == rec_id]
    found.sort(key=lambda v: (str(dates.get(v.record_id, "")), v.created))
    return found
