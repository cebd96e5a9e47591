"""Suggestions, criticisms and opinions (建议、批评和意见) as a :class:`Sheet`.

One row per suggestion: title, content, proposer and co-signers, date, whether it was made
during a session, handling unit, status, reply, the deputy's satisfaction, follow-up.
"""

from __future__ import annotations

from grouptui.domain.vocab import SATISFACTION, SUGGESTION_STATUS, label
from grouptui.export.model import Sheet
from grouptui.export.register_form import subtitle
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, join_words, t
from grouptui.suggestion_words import history_text


def suggestions_sheet(view: BookView) -> Sheet:
    """Every suggestion shown by ``view`` (quarter filter applied), in date order."""
    lang = get_language()
    rows: list[list[str | int | float]] = []
    for n, s in enumerate(view.suggestions, 1):
        names = view.names(s.proposers)
        rows.append(
            [
                n,
                s.title,
                s.content,
                names[0] if names else "",
                join_words(names[1:]),
                fmt_date(s.date),
                t("export_during_session") if s.during_session else t("export_between_sessions"),
                s.unit,
                label(SUGGESTION_STATUS, s.status, lang),
                history_text(s),
                s.reply,
                label(SATISFACTION, s.satisfaction, lang) if s.satisfaction else "",
                s.follow_up,
            ]
        )
    return Sheet(
        title=t("export_title_suggestions"),
        subtitle=subtitle(view),
        header=[
            t("export_h_no"),
            t("export_h_title"),
            t("export_h_content"),
            t("export_h_proposer"),
            t("export_h_cosigners"),
            t("export_h_date"),
            t("export_h_when_made"),
            t("export_h_unit"),
            t("export_h_status"),
            t("export_h_history"),
            t("export_h_reply"),
            t("export_h_satisfaction"),
            t("export_h_follow_up"),
        ],
        rows=rows,
        numeric={0},
        name=t("export_sheet_suggestions"),
        frozen_cols=2,
        note="" if rows else t("export_empty_suggestions"),
    )
