"""The group's year summary draft (年度工作总结) as a :class:`~grouptui.export.model.Doc`.

Every figure comes from the computations the screens use: the records are the export's
read of the book (the same records ``record list`` lists), the rules are ``check`` as of
the export's date (:func:`grouptui.store.checks.check_book`), the deputies' receptions and
training days are the registration form's (:func:`grouptui.store.register.build`). What a
figure cannot say (the year's achievements in words, the reasons for a shortfall, next
year's priorities) is left as a marked place for the officer to write.
"""

from __future__ import annotations

from collections import Counter

from grouptui.domain.vocab import (
    FOLLOWUP_STATUS,
    FORMS,
    PLAN_STATUS,
    SATISFACTION,
    SUGGESTION_STATUS,
    label,
)
from grouptui.export.briefing import heading, to_write
from grouptui.export.duty_logs import number
from grouptui.export.model import Doc, Grid, Para, Title
from grouptui.export.record_book import quarter_name
from grouptui.export.view import BookView, quarter_of
from grouptui.i18n import fmt_date, get_language, t
from grouptui.words import reason_text

QUARTERS = (1, 2, 3, 4)


def _counts_text(vocab: dict[str, tuple[str, str]], counts: Counter) -> str:
    lang = get_language()
    parts = [t("summary_pair", name=label(vocab, k, lang), n=counts[k]) for k in vocab if counts[k]]
    return t("summary_list_sep").join(parts) or t("none")


def activities(view: BookView) -> list:
    """Activities by form and quarter, and the plan carried out per quarter."""
    lang = get_language()
    by_form: dict[str, list[int]] = {}
    for record in view.records:
        by_form.setdefault(record.form, [0, 0, 0, 0])[quarter_of(record.date) - 1] += 1
    rows = [
        [label(FORMS, form, lang), *map(str, per), str(sum(per))]
        for form in FORMS
        if (per := by_form.get(form))
    ]
    totals = [sum(per[q - 1] for per in by_form.values()) for q in QUARTERS]
    rows.append([t("summary_total"), *map(str, totals), str(sum(totals))])
    header = [t("export_h_form"), *(quarter_name(q) for q in QUARTERS), t("summary_h_total")]
    blocks: list = [
        Para(t("summary_activities", n=len(view.records))),
        Grid(header, rows, [3, 2, 2, 2, 2, 2]),
    ]
    if view.check is not None:
        plan_rows = []
        for q in QUARTERS:
            items = [s for s in view.check.items if s.item.quarter == q]
            done = sum(1 for s in items if s.status == "done")
            plan_rows.append([quarter_name(q), str(len(items)), str(done), str(len(items) - done)])
        blocks.append(
            Grid(
                [
                    t("export_h_quarter"),
                    t("summary_h_planned"),
                    t("summary_h_carried"),
                    t("summary_h_not_carried"),
                ],
                plan_rows,
                caption=t("summary_plan_caption"),
            )
        )
    return blocks


def receptions(view: BookView) -> list:
    """Receptions held, voters received, and each deputy's receptions (the register's)."""
    held = [r for r in view.records if r.form == "voter_reception"]
    voters = sum(len(view.voters.get(r.id, [])) for r in held)
    blocks: list = [Para(t("summary_receptions", n=len(held), voters=voters))]
    if view.register is not None and view.register.rows:
        rows = [
            [row.name, str(row.receptions), number(row.training_days)] for row in view.register.rows
        ]
        header = [t("col_deputy"), t("summary_h_receptions"), t("summary_h_training")]
        blocks.append(Grid(header, rows, caption=t("summary_deputies_caption")))
    return blocks


def training(view: BookView) -> list:
    """Study activities and their training days."""
    studies = [r for r in view.records if r.form == "study"]
    days = sum(r.training_days for r in studies)
    return [Para(t("summary_training", n=len(studies), days=number(days)))]


def suggestions(view: BookView) -> list:
    """Suggestions by status and by the deputies' satisfaction."""
    items = view.suggestions
    status = Counter(s.status for s in items)
    satisfaction = Counter(s.satisfaction for s in items if s.satisfaction)
    return [
        Para(
            t(
                "summary_suggestions",
                n=len(items),
                status=_counts_text(SUGGESTION_STATUS, status),
                satisfaction=_counts_text(SATISFACTION, satisfaction),
            )
        )
    ]


def rules(view: BookView) -> list:
    """Every rule's status as of the export's date, as ``check`` says it."""
    if view.check is None:
        return []
    rows = [
        [t(f"rule_name_{r.rule}"), t(f"check_status_{r.status}"), reason_text(r)]
        for r in view.check.rules
    ]
    return [
        Para(t("summary_rules_as_of", date=fmt_date(view.check.as_of))),
        Grid([t("col_rule"), t("col_rule_status"), t("col_reason")], rows, [4, 2, 6]),
    ]


def problems(view: BookView) -> list:
    """Records where problems were found, and how far their follow-ups got."""
    found = [r for r in view.records if r.problems.strip()]
    follow = [f for r in view.records for f in view.followups.get(r.id, [])]
    status = Counter(f.status for f in follow)
    return [
        Para(
            t(
                "summary_problems",
                n=len(found),
                followups=len(follow),
                status=_counts_text(FOLLOWUP_STATUS, status),
            )
        )
    ]


def next_year(view: BookView) -> list:
    """The plan items not carried out this year, which the plan carries into next year."""
    lang = get_language()
    if view.check is None:
        return []
    left = [s for s in view.check.items if s.status not in ("done", "cancelled")]
    if not left:
        return [Para(t("summary_plan_all_done"))]
    rows = [
        [quarter_name(s.item.quarter), s.item.title, label(PLAN_STATUS, s.status, lang)]
        for s in left
    ]
    return [
        Para(t("summary_plan_left", n=len(left))),
        Grid([t("export_h_quarter"), t("export_h_title"), t("export_h_status")], rows, [2, 6, 2]),
    ]


def year_summary_doc(view: BookView) -> Doc:
    """The year summary draft of ``view``."""
    meta = view.meta
    title = t("summary_title", group=meta.group, year=meta.year)
    doc = Doc(title)
    doc.add(Title(title), to_write(t("summary_write_intro")))
    parts = [
        (t("summary_h_activities"), activities(view)),
        (t("summary_h_receptions_part"), receptions(view)),
        (t("summary_h_training_part"), training(view)),
        (t("summary_h_suggestions"), suggestions(view)),
        (t("summary_h_rules"), rules(view)),
        (t("summary_h_problems"), problems(view)),
        (t("summary_h_next_year"), [*next_year(view), to_write(t("summary_write_next"))]),
    ]
    for n, (text, blocks) in enumerate(parts, 1):
        doc.add(heading(n, text), *blocks)
    return doc
