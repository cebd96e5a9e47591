"""Rules of a suggestion's handling (建议、批评和意见): the order of statuses, satisfaction.

提出 → 交办 → 办理中 → 已答复 → 已解决 / 列入计划 / 留作参考. Moving forward (also skipping
steps) is free; going back needs a reason, which the history keeps. Satisfaction can only
be rated once the suggestion has been answered.
"""

from __future__ import annotations

from datetime import date

from grouptui.domain.duty import DutyError
from grouptui.domain.errors import Choices, Label
from grouptui.domain.models import Suggestion
from grouptui.domain.vocab import SATISFACTION, SUGGESTION_STATUS, parse_choice

#: how far along each status is; the three outcomes share the last step.
STEP: dict[str, int] = {
    "submitted": 0,
    "assigned": 1,
    "in_progress": 2,
    "answered": 3,
    "solved": 4,
    "planned": 4,
    "for_reference": 4,
}

#: statuses in which the suggestion has had its answer.
ANSWERED = ("answered", "solved", "planned", "for_reference")

#: the most characters a title may have (it is one line in lists and exports).
MAX_TITLE = 200


def parse_status(text: str) -> str:
    """The status key ``text`` names; :class:`DutyError` listing the choices if none."""
    key = parse_choice(SUGGESTION_STATUS, text or "")
    if key is None:
        raise DutyError("sug_bad_status", value=text, names=Choices(SUGGESTION_STATUS))
    return key


def parse_satisfaction(text: str) -> str:
    """The satisfaction key ``text`` names; :class:`DutyError` if none."""
    key = parse_choice(SATISFACTION, text or "")
    if key is None:
        raise DutyError("sug_bad_satisfaction", value=text, names=Choices(SATISFACTION))
    return key


def clean_title(title: str) -> str:
    """A suggestion's title, stripped; refused when empty, multi-line or too long."""
    text = " ".join((title or "").split())
    if not text:
        raise DutyError("sug_title_empty")
    if len(text) > MAX_TITLE:
        raise DutyError("sug_title_long", limit=MAX_TITLE)
    return text


def is_backwards(old: str, new: str) -> bool:
    """Whether going from ``old`` to ``new`` goes back a step."""
    return STEP.get(new, 0) < STEP.get(old, 0)


def change_status(
    sug: Suggestion,
    new: str | None,
    *,
    on: date,
    reason: str = "",
    reply: str | None = None,
    satisfaction: str | None = None,
) -> Suggestion:
    """``sug`` with its status, reply and satisfaction changed (a history line per change).

    Raises :class:`DutyError` when going back without a reason, or when a satisfaction is
    given to a suggestion that has not been answered.
    """
    reason = " ".join(reason.split())
    status = sug.status if new is None else new
    if new is not None and new != sug.status:
        if is_backwards(sug.status, new) and not reason:
            raise DutyError(
                "sug_backwards_no_reason",
                old=Label(SUGGESTION_STATUS, sug.status),
                new=Label(SUGGESTION_STATUS, new),
            )
    if satisfaction and status not in ANSWERED:
        raise DutyError("sug_satisfaction_unanswered", status=Label(SUGGESTION_STATUS, status))
    if new is not None and new != sug.status:
        line: dict[str, str] = {"from": sug.status, "to": new, "date": on.isoformat()}
        if reason:
            line["reason"] = reason
        if sug.satisfaction and new not in ANSWERED:
            # The rating was of an answer that no longer stands: keep it in the history.
            line["satisfaction"] = sug.satisfaction
            sug.satisfaction = ""
        sug.history = [*sug.history, line]
        sug.status = new
    if reply is not None:
        sug.reply = reply.strip()
    if satisfaction:
        sug.satisfaction = satisfaction
    return sug


def status_changes(sug: Suggestion) -> list[tuple[str, date | None]]:
    """Each status the suggestion has had, with the day it took it, oldest first.

    The first is the status it was made with (on its own date); each line of the history
    adds the status it went to, on the day of the change.
    """
    first = str(sug.history[0].get("from", sug.status)) if sug.history else sug.status
    changes: list[tuple[str, date | None]] = [(first, sug.date)]
    for line in sug.history:
        try:
            day: date | None = date.fromisoformat(str(line.get("date", "")))
        except ValueError:
            day = None
        changes.append((str(line.get("to", "")), day))
    return changes


def status_since(sug: Suggestion) -> date | None:
    """The day the suggestion took its current status (its own date if it never changed)."""
    return status_changes(sug)[-1][1]
