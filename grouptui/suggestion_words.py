"""A suggestion's handling in words: each status it took, and the day it took it.

Shared by ``suggestion list``, the suggestions screen and the suggestions sheet, so that
the three say the same thing the same way.
"""

from __future__ import annotations

from grouptui.domain.models import Suggestion
from grouptui.domain.suggestions import status_changes
from grouptui.domain.vocab import SUGGESTION_STATUS, label
from grouptui.i18n import fmt_date, get_language, join_words, t


def history_text(sug: Suggestion) -> str:
    """Every status change with its day, oldest first: 2026年3月1日提出、2026年4月2日已答复."""
    lang = get_language()
    return join_words(
        t("sug_change", date=fmt_date(day), status=label(SUGGESTION_STATUS, status, lang))
        if day
        else label(SUGGESTION_STATUS, status, lang)
        for status, day in status_changes(sug)
    )
