"""The text form of ``grouptui record show``: the record as the record book prints it."""

from __future__ import annotations

from typing import Any

from grouptui.cli.state import echo
from grouptui.i18n import fmt_date, get_language, join_words, t


def print_record(data: dict[str, Any]) -> None:
    """Print a record (the dict of ``records_query.full``) as labelled lines, plain text."""
    from grouptui.domain.vocab import ATTENDANCE, FOLLOWUP_STATUS, FORMS, NOTE_TAGS, label

    lang = get_language()
    span = "-".join(x for x in (data["start"], data["end"]) if x)
    rows = [
        (t("field_id"), data["id"]),
        (t("field_date"), f"{fmt_date(data['date'])} {span}".strip()),
        (t("field_place"), data["place"]),
        (t("field_form"), label(FORMS, data["form"], lang)),
        (t("field_theme"), data["theme"]),
        (t("field_organiser"), data["organiser"]),
        (t("field_recorder"), data["recorder"]),
        (t("field_plan"), data["plan_title"]),
        (t("field_expected"), str(data["expected"])),
    ]
    for status in ATTENDANCE:
        people = []
        for a in data["attendance"]:
            if a["status"] != status:
                continue
            extra = "/".join(x for x in (a["leave_reason"], a["approved_by"]) if x)
            people.append(f"{a['name']}（{extra}）" if extra else a["name"])
        rows.append((label(ATTENDANCE, status, lang), join_words(people)))
    rows.append((t("field_briefing"), t("yes") if data["briefing_sent"] else t("no")))
    if data.get("deleted"):
        rows.append((t("field_deleted"), t("yes")))
    for name, value in rows:
        echo(f"{name}：{value}" if lang == "zh" else f"{name}: {value}")
    for key in ("minutes", "voter_opinions", "problems", "summary", "suggestions_formed"):
        if data[key]:
            echo("")
            echo(f"【{t('field_' + key)}】")
            echo(data[key])
    if data["follow_ups"]:
        echo("")
        echo(f"【{t('field_follow_ups')}】")
        for f in data["follow_ups"]:
            due = fmt_date(f["due"]) if f["due"] else ""
            parts = [f["what"], f["responsible"], due, label(FOLLOWUP_STATUS, f["status"], lang)]
            parts.append(f["result"])
            echo(f"- {f['id'][:8]} " + " | ".join(p for p in parts if p))
    if data["notes"]:
        echo("")
        echo(f"【{t('field_notes')}】")
        for n in data["notes"]:
            tag = f"[{label(NOTE_TAGS, n['tag'], lang)}] " if n["tag"] else ""
            echo(f"{n['time']} {tag}{n['text']}")
