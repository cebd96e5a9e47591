"""The text form of ``grouptui record show``: the record as the record book prints it.

The fields come from ``domain/record_fields.py`` by part: what, when, where and who; the
plan item; attendance; the briefing; a study record's training; then the long texts, the
assessments, the follow-ups and the quick notes.
"""

from __future__ import annotations

from typing import Any

from grouptui.cli.state import echo
from grouptui.domain.record_fields import Kind, Part, RecordField, fields, is_set
from grouptui.i18n import fmt_date, get_language, join_words, t


def field_text(f: RecordField, data: dict[str, Any]) -> str:
    """One field of the record ``data`` as ``record show`` prints it."""
    from grouptui.record_words import value_words, when_words

    value = data[f.name]
    if f.kind is Kind.DATE:
        return when_words(value, data["start"], data["end"])
    if f.kind is Kind.PLAN:
        return str(data["plan_title"])
    return value_words(f, value)


def _lines(data: dict[str, Any], *parts: Part) -> list[tuple[str, str]]:
    """The labelled lines of the fields of ``parts`` the record has (a study record's
    training only when it is set)."""
    out = []
    for f in fields(*parts):
        if f.only_form and (data["form"] != f.only_form or not is_set(data[f.name])):
            continue
        out.append((t(f.shown_label), field_text(f, data)))
    return out


def print_record(data: dict[str, Any]) -> None:
    """Print a record (the dict of ``records_query.full``) as labelled lines, plain text."""
    from grouptui.domain.vocab import ATTENDANCE, label

    lang = get_language()
    rows = [(t("field_id"), data["id"]), *_lines(data, Part.HEAD, Part.PLAN)]
    rows.append((t("field_expected"), str(data["expected"])))
    for status in ATTENDANCE:
        people = []
        for a in data["attendance"]:
            if a["status"] != status:
                continue
            extra = "/".join(x for x in (a["leave_reason"], a["approved_by"]) if x)
            people.append(f"{a['name']}（{extra}）" if extra else a["name"])
        rows.append((label(ATTENDANCE, status, lang), join_words(people)))
    rows += _lines(data, Part.STATE, Part.TRAINING)
    if data.get("deleted"):
        rows.append((t("field_deleted"), t("yes")))
    for name, value in rows:
        echo(f"{name}：{value}" if lang == "zh" else f"{name}: {value}")
    for f in fields(Part.TEXT):
        if data[f.name]:
            _block(t(f.shown_label), [data[f.name]])
    _print_parts(data)


def _block(title: str, lines: list[str]) -> None:
    echo("")
    echo(f"【{title}】")
    for line in lines:
        echo(line)


def _print_parts(data: dict[str, Any]) -> None:
    """The assessments, follow-ups and quick notes of a record."""
    from grouptui.domain.models import Attendance
    from grouptui.domain.vocab import FOLLOWUP_STATUS, NOTE_TAGS, label
    from grouptui.record_words import assessed, assessment_words

    lang = get_language()
    if data["form"] == "study":
        marks = [
            (a["name"], Attendance(record_id="", deputy_id="", **_assessment(a)))
            for a in data["attendance"]
        ]
        lines = [assessment_words(name, m) for name, m in marks if assessed(m)]
        if lines:
            _block(t("rec_field_assessments"), lines)
    if data["follow_ups"]:
        lines = []
        for f in data["follow_ups"]:
            due = fmt_date(f["due"]) if f["due"] else ""
            parts = [f["what"], f["responsible"], due, label(FOLLOWUP_STATUS, f["status"], lang)]
            parts.append(f["result"])
            lines.append(f"- {f['id'][:8]} " + " | ".join(p for p in parts if p))
        _block(t("rec_section_followups"), lines)
    if data["notes"]:
        lines = []
        for n in data["notes"]:
            tag = f"[{label(NOTE_TAGS, n['tag'], lang)}] " if n["tag"] else ""
            lines.append(f"{n['time']} {tag}{n['text']}")
        _block(t("field_notes"), lines)


def _assessment(mark: dict[str, Any]) -> dict[str, Any]:
    keys = ("assessment", "assessment_done", "assessment_result")
    return {k: mark[k] for k in keys}
