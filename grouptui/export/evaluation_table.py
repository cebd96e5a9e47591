"""A 述职 meeting's evaluation as rows of plain text: shared by the CLI and the record form."""

from __future__ import annotations

from grouptui.domain.evaluation import Thresholds, Votes, grade_word, result, share
from grouptui.i18n import get_language, t


def columns(rules: Thresholds) -> list[str]:
    """Deputy, the three grades' ballots, total, the first grade's share, result."""
    lang = get_language()
    words = [grade_word(g, rules.scale, lang) for g in ("good", "basic", "poor")]
    return [
        t("col_deputy"),
        *words,
        t("col_ballots"),
        t("col_share", grade=words[0]),
        t("col_result"),
    ]


def row(name: str, votes: Votes, rules: Thresholds) -> list[str]:
    """One deputy's cells, in the order of :func:`columns`."""
    grade = result(votes, rules)
    word = grade_word(grade, rules.scale, get_language()) if grade else t("eval_no_grade")
    return [
        name,
        str(votes.good),
        str(votes.basic),
        str(votes.poor),
        str(votes.total),
        share(votes.good, votes.total),
        word,
    ]


def rules_line(rules: Thresholds) -> str:
    """The thresholds in one sentence, in the book's words."""
    lang = get_language()
    good, basic, poor = (grade_word(g, rules.scale, lang) for g in ("good", "basic", "poor"))
    return t(
        "eval_rules_line",
        good=good,
        basic=basic,
        poor=poor,
        gp=rules.good_min_pct,
        bp=rules.basic_min_pct,
    )


def json_row(deputy_id: str, name: str, votes: Votes, rules: Thresholds) -> dict:
    """One deputy's votes and result for ``--json``."""
    return {
        "deputy_id": deputy_id,
        "name": name,
        "votes": votes.as_dict(),
        "total": votes.total,
        "result": result(votes, rules) or None,
    }
