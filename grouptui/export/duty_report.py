"""A deputy's report to voters (述职报告) draft, as a :class:`~grouptui.export.model.Doc`.

The outline township deputies use when they report to their voters: 基本情况; 学习培训;
会议期间审议和提出建议; 闭会期间参加的活动 (by category, with dates, from the duty log);
联系选民 (receptions attended, voters received, what they raised and how it was handled);
提出的建议及办理结果; then 存在的不足和今后打算, left as a marked place for the deputy.

Every count is the duty log's: the entries are the export's read of the log for this
deputy (the same entries the duty log export lists), and the receptions and training days
are the registration form's.
"""

from __future__ import annotations

from collections import Counter

from grouptui.domain.models import Deputy, DutyEntry
from grouptui.domain.vocab import (
    DUTY_CATEGORIES,
    FOLLOWUP_STATUS,
    SATISFACTION,
    SUGGESTION_STATUS,
    label,
)
from grouptui.export.briefing import heading, to_write
from grouptui.export.duty_logs import deputy_line, number
from grouptui.export.model import Doc, Para, Title
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, t

#: Categories told in their own part of the report, not among the activities between sessions.
OWN_PARTS = ("training", "session", "suggestion", "voter_reception", "voter_contact")


def _entry_line(entry: DutyEntry) -> str:
    hours = t("report_hours", hours=number(entry.hours)) if entry.hours else ""
    return t("report_entry", date=fmt_date(entry.date), text=entry.text or "", hours=hours)


def _entries(entries: list[DutyEntry], categories: tuple[str, ...]) -> list[Para]:
    return [Para(_entry_line(e)) for e in entries if e.category in categories]


def basics(view: BookView, deputy: Deputy, entries: list[DutyEntry]) -> list:
    """Who the deputy is, and the year's duty log in figures."""
    lang = get_language()
    counts = Counter(e.category for e in entries)
    by_category = t("summary_list_sep").join(
        t("report_pair", name=label(DUTY_CATEGORIES, c, lang), n=counts[c])
        for c in DUTY_CATEGORIES
        if counts[c]
    )
    hours = sum(e.hours for e in entries)
    blocks = [Para(line) for line in (deputy_line(view, deputy),) if line]
    blocks.append(
        Para(
            t(
                "report_totals",
                year=view.meta.year,
                n=len(entries),
                hours=number(hours),
                categories=by_category or t("none"),
            )
        )
    )
    return blocks


def studies(view: BookView, deputy_id: str, entries: list[DutyEntry]) -> list:
    """Training entries, and the training days the registration form counts."""
    row = _register_row(view, deputy_id)
    blocks: list = []
    if row is not None:
        blocks.append(
            Para(
                t(
                    "report_training_days",
                    year=number(row.training_days),
                    term=number(row.term_training_days),
                )
            )
        )
    return blocks + (_entries(entries, ("training",)) or [to_write(t("report_h_study"))])


def _register_row(view: BookView, deputy_id: str):
    if view.register is None:
        return None
    return next((r for r in view.register.rows if r.deputy_id == deputy_id), None)


def session(view: BookView, deputy_id: str, entries: list[DutyEntry]) -> list:
    """Attending the session, and the suggestions made during it."""
    made = [s for s in view.suggestions if deputy_id in s.proposers and s.during_session]
    lines = _entries(entries, ("session",))
    lines += [Para(t("report_session_suggestion", title=s.title)) for s in made]
    return lines or [to_write(t("report_h_session"))]


def between_sessions(entries: list[DutyEntry]) -> list:
    """The other duty entries, grouped by category in the log's order, with dates."""
    lang = get_language()
    blocks: list = []
    for category in DUTY_CATEGORIES:
        if category in OWN_PARTS:
            continue
        mine = [e for e in entries if e.category == category]
        if mine:
            name = label(DUTY_CATEGORIES, category, lang)
            blocks.append(Para(t("report_category", name=name, n=len(mine))))
            blocks += [Para(_entry_line(e)) for e in mine]
    return blocks or [to_write(t("report_h_between"))]


def voters(view: BookView, deputy_id: str, entries: list[DutyEntry]) -> list:
    """Receptions attended, voters received there, what they raised and how it went."""
    lang = get_language()
    attended = {
        m.record_id
        for marks in view.attendance.values()
        for m in marks
        if m.deputy_id == deputy_id and m.status in ("present", "late")
    }
    held = [r for r in view.records if r.form == "voter_reception" and r.id in attended]
    visits = [v for r in held for v in view.voters.get(r.id, [])]
    row = _register_row(view, deputy_id)
    receptions = row.receptions if row is not None else len(held)
    contacts = [e for e in entries if e.category == "voter_contact"]
    blocks: list = [
        Para(t("report_voters", receptions=receptions, voters=len(visits), contacts=len(contacts)))
    ]
    for visit in visits:
        if visit.raised:
            status = label(FOLLOWUP_STATUS, visit.status, lang)
            handling = visit.handling or status
            blocks.append(Para(t("report_raised", raised=visit.raised, handling=handling)))
    blocks += _entries(entries, ("voter_contact",))
    return blocks


def suggestions(view: BookView, deputy_id: str) -> list:
    """The deputy's suggestions, their handling unit, status, reply and satisfaction."""
    lang = get_language()
    mine = [s for s in view.suggestions if deputy_id in s.proposers]
    if not mine:
        return [Para(t("report_no_suggestions"))]
    blocks: list = [Para(t("report_suggestions", n=len(mine)))]
    for n, s in enumerate(mine, 1):
        parts = [label(SUGGESTION_STATUS, s.status, lang)]
        if s.unit:
            parts.insert(0, t("report_unit", unit=s.unit))
        if s.reply:
            parts.append(t("report_reply", reply=s.reply))
        if s.satisfaction:
            parts.append(label(SATISFACTION, s.satisfaction, lang))
        details = t("briefing_list_sep").join(parts)
        blocks.append(Para(t("briefing_followup", n=n, what=s.title, details=details)))
    return blocks


def duty_report_doc(view: BookView) -> Doc:
    """The report draft of the deputy ``view`` is narrowed to."""
    deputies = view.shown_deputies()
    deputy = deputies[0]
    entries = [e for e in view.duty if e.deputy_id == deputy.id]
    title = t("report_title", name=deputy.name, year=view.meta.year)
    doc = Doc(title)
    doc.add(Title(title))
    parts = [
        (t("report_h_basics"), basics(view, deputy, entries)),
        (t("report_h_study"), studies(view, deputy.id, entries)),
        (t("report_h_session"), session(view, deputy.id, entries)),
        (t("report_h_between"), between_sessions(entries)),
        (t("report_h_voters"), voters(view, deputy.id, entries)),
        (t("report_h_suggestions"), suggestions(view, deputy.id)),
        (t("report_h_next"), [to_write(t("report_h_next"))]),
    ]
    for n, (text, blocks) in enumerate(parts, 1):
        doc.add(heading(n, text), *blocks)
    return doc
