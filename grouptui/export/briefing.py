"""The activity briefing (活动简报) of one record, as a :class:`~grouptui.export.model.Doc`.

Layout of a township 简报: the 报头 (the briefing's name in red, 第N期, issuer and date, a
red rule), the activity's theme as title, a body drafted from the record, and the 报尾 (报/
送/发 units, copies printed) from the book's briefing settings.

The body says only what the record holds: when and where, who took part (with counts),
what was done (minutes), the summary, problems found, voters' opinions and what voters
raised at a reception, the suggestions formed and what follows (the follow-ups, with who
is responsible and by when). Where the record holds nothing, the draft leaves a marked
place (【……】) for the officer to write, rather than a sentence nobody said.
"""

from __future__ import annotations

from grouptui.domain.models import ActivityRecord
from grouptui.domain.vocab import FOLLOWUP_STATUS, FORMS, label
from grouptui.export.model import Colophon, Doc, Heading, Masthead, Para, Title
from grouptui.export.record_book import time_text
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, join_words, t

#: Chinese ordinals of the first-level headings (一、二、...).
ORDINALS = "一二三四五六七八九十"


def heading(n: int, text: str) -> Heading:
    """A first-level heading numbered 一、 二、 (1. 2. in English)."""
    number = ORDINALS[n - 1] if n <= len(ORDINALS) else str(n)
    if get_language() != "zh":
        number = str(n)
    return Heading(t("doc_heading", n=number, text=text), level=1)


def to_write(what: str) -> Para:
    """A marked place for the officer or the deputy to write ``what``."""
    return Para(t("doc_to_write", what=what))


def number_text(number: int | None) -> str:
    """第N期, or a blank to fill in when the record has no number yet."""
    return t("briefing_number", n=number) if number else t("briefing_number_blank")


def masthead(view: BookView, number: int | None) -> Masthead:
    """The 报头 from the book's briefing settings."""
    settings = view.briefing
    return Masthead(
        name=str(settings.get("name") or t("briefing_default_name")),
        number=number_text(number),
        issuer=str(settings.get("issuer") or view.meta.group),
        date=fmt_date(view.now.date()),
    )


def colophon(view: BookView) -> Colophon:
    """The 报尾: 报/送/发 lines set in the book, and the copies printed."""
    settings = view.briefing
    lines = [
        t(f"briefing_{key}_line", units=settings[key])
        for key in ("to", "cc", "dist")
        if settings.get(key)
    ]
    copies = settings.get("copies") or 0
    return Colophon(lines, t("briefing_copies", n=copies) if copies else "")


def _attendance(view: BookView, record: ActivityRecord) -> str:
    """应到 N 名，实到 M 名（names），请假 K 名（names），缺席 J 名（names）."""
    marks = view.attendance.get(record.id, [])
    if not marks:
        return ""
    groups: dict[str, list[str]] = {"present": [], "leave": [], "absent": []}
    for mark in sorted(marks, key=lambda m: view.deputy_name(m.deputy_id)):
        status = "present" if mark.status == "late" else mark.status
        groups.setdefault(status, []).append(view.deputy_name(mark.deputy_id))
    parts = [t("briefing_expected", n=view.turnout(record).expected_count)]
    for status, names in groups.items():
        if names:
            parts.append(t(f"briefing_{status}", n=len(names), names=join_words(names)))
    return t("briefing_list_sep").join(parts)


def opening(view: BookView, record: ActivityRecord) -> str:
    """The first paragraph: when, where, who organised, which form and theme, who came."""
    lang = get_language()
    parts = [time_text(record)]
    if record.organiser:
        parts.append(t("briefing_organiser", name=record.organiser))
    if record.place:
        parts.append(t("briefing_place", place=record.place))
    parts.append(t("briefing_held", form=label(FORMS, record.form, lang), theme=record.theme))
    text = t("comma").join(p for p in parts if p)
    people = _attendance(view, record)
    return t("briefing_sentence", text=text) + (
        t("briefing_sentence", text=people) if people else ""
    )


def _followups(view: BookView, record: ActivityRecord) -> list[str]:
    lang = get_language()
    lines = []
    for n, item in enumerate(view.followups.get(record.id, []), 1):
        details = [
            t("briefing_responsible", name=item.responsible) if item.responsible else "",
            t("briefing_due", date=fmt_date(item.due)) if item.due else "",
            label(FOLLOWUP_STATUS, item.status, lang),
            item.result,
        ]
        extra = t("briefing_list_sep").join(d for d in details if d)
        lines.append(t("briefing_followup", n=n, what=item.what, details=extra))
    return lines


def _voters_raised(view: BookView, record: ActivityRecord) -> list[str]:
    """What voters raised at a reception (without their names: a briefing is circulated)."""
    lines = []
    for visit in view.voters.get(record.id, []):
        if visit.raised:
            where = t("briefing_voter_from", village=visit.village) if visit.village else ""
            lines.append(f"{where}{visit.raised}")
    return lines


def sections(view: BookView, record: ActivityRecord) -> list[tuple[str, list[str]]]:
    """The body's parts in order: (heading, lines), lines empty when the record has none."""
    opinions = [record.voter_opinions] if record.voter_opinions else []
    opinions += _voters_raised(view, record)
    follow = _followups(view, record)
    if record.suggestions_formed:
        follow.insert(0, t("briefing_suggestions", text=record.suggestions_formed))
    return [
        (t("briefing_h_done"), [record.minutes] if record.minutes else []),
        (t("rec_field_summary"), [record.summary] if record.summary else []),
        (t("rec_field_problems"), [record.problems] if record.problems else []),
        (t("rec_field_voter_opinions"), opinions),
        (t("briefing_h_next"), follow),
    ]


def briefing_doc(view: BookView, record: ActivityRecord) -> Doc:
    """The briefing of ``record``."""
    number = view.briefing_numbers.get(record.id)
    doc = Doc(t("briefing_doc_title", theme=record.theme))
    doc.add(masthead(view, number), Title(record.theme), Para(opening(view, record)))
    for n, (title, lines) in enumerate(sections(view, record), 1):
        doc.add(heading(n, title))
        if lines:
            doc.add(*(Para(line) for line in lines))
        else:
            doc.add(to_write(title))
    doc.add(colophon(view))
    return doc
