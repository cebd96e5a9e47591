"""The registration form as columns and rows of plain text, in the current language.

Shared by ``grouptui register``, the register screen and the exports, so the three always
show the same cells. Avoids ambiguous-width characters so CJK columns stay aligned.
"""

from __future__ import annotations

from grouptui.domain.register import RegisterForm, RegisterRow
from grouptui.domain.vocab import DUTY_CATEGORIES, GENDERS, SATISFACTION, SUGGESTION_STATUS, label
from grouptui.i18n import fmt_date, get_language, join_words, t

#: The paper form's profile columns, between the name and the duty counts (catalog keys);
#: one nobody has filled in is left out (:func:`profile_shown`), the term never is.
PROFILE_COLUMNS = (
    "reg_col_gender",
    "reg_col_born",
    "reg_col_ethnicity",
    "reg_col_party",
    "reg_col_unit_post",
    "reg_col_term",
)


def _num(value: float) -> str:
    return f"{value:g}"


def _pair(name: str, count: int, lang: str) -> str:
    return f"{name}{count}" if lang == "zh" else f"{name} {count}"


def _join(parts: list[str], lang: str) -> str:
    return " ".join(parts) if lang == "zh" else ", ".join(parts)


def _counts(vocab: dict[str, tuple[str, str]], counts: dict[str, int], lang: str) -> str:
    return _join([_pair(label(vocab, k, lang), n, lang) for k, n in counts.items() if n], lang)


def columns(form: RegisterForm) -> list[str]:
    """The column headings."""
    cols = [t("reg_col_name")]
    cols += [t(PROFILE_COLUMNS[i]) for i in profile_shown(form)]
    cols += [t(f"reg_cat_{cat}") for cat in DUTY_CATEGORIES]
    cols += [
        t("reg_col_receptions"),
        t("reg_col_suggestions"),
        t("reg_col_handling"),
        t("reg_col_training"),
        t("reg_col_term_training"),
        t("reg_col_reported"),
        t("reg_col_satisfaction"),
    ]
    if form.scored:
        cols.append(t("reg_col_score"))
    cols.append(t("reg_col_remarks"))
    return cols


def name_cell(row: RegisterRow) -> str:
    """The deputy's name, marked when the deputy has left."""
    return row.name if row.active else t("reg_retired_name", name=row.name)


def cells(form: RegisterForm, row: RegisterRow, lang: str) -> list[str]:
    """One row's cells, in the order of :func:`columns`."""
    profile = profile_cells(row, lang)
    out = [name_cell(row), *(profile[i] for i in profile_shown(form))]
    out += [str(row.counts.get(cat, 0)) for cat in DUTY_CATEGORIES]
    out += [
        str(row.receptions),
        str(row.suggestions),
        _counts(SUGGESTION_STATUS, row.handling, lang),
        _num(row.training_days),
        _num(row.term_training_days),
        reported_cell(form, row, lang),
        _counts(SATISFACTION, row.satisfaction, lang),
    ]
    if form.scored:
        out.append(_num(row.score or 0.0))
    out.append(row.remarks)
    return out


def born_text(born: str) -> str:
    """出生年月 as the form writes it: 1968年5月 (1968-05 in English)."""
    year, _, month = born.partition("-")
    if get_language() == "zh" and year.isdigit() and month.isdigit():
        return f"{year}年{int(month)}月"
    return born


def unit_post(row: RegisterRow) -> str:
    """单位及职务: the work unit and the post held there."""
    return " ".join(row.profile[f] for f in ("unit", "post") if row.profile.get(f))


def term_cell(row: RegisterRow) -> str:
    """The term: 2026年1月1日起, or from … to … once the deputy left."""
    start = fmt_date(row.joined_on)
    if row.retired_on is not None:
        return t("reg_term_span", start=start, end=fmt_date(row.retired_on))
    return t("reg_term_from", start=start) if start else ""


def profile_cells(row: RegisterRow, lang: str) -> list[str]:
    """The profile's cells, in the order of ``PROFILE_COLUMNS``."""
    said = row.profile
    gender = label(GENDERS, said["gender"], lang) if said.get("gender") else ""
    born = born_text(said.get("born", ""))
    ethnicity, party = said.get("ethnicity", ""), said.get("party", "")
    return [gender, born, ethnicity, party, unit_post(row), term_cell(row)]


def profile_shown(form: RegisterForm) -> list[int]:
    """Indexes (in ``PROFILE_COLUMNS``) of the profile columns the form shows.

    Those some deputy has filled in, and the term: a book whose roster has no profile keeps
    the counts in sight on a laptop's screen.
    """
    lang = get_language()
    filled = [any(col) for col in zip(*(profile_cells(r, lang) for r in form.rows), strict=True)]
    last = len(PROFILE_COLUMNS) - 1
    return [i for i in range(len(PROFILE_COLUMNS)) if i == last or (filled and filled[i])]


def first_count(form: RegisterForm) -> int:
    """Index of the first duty count in a row's cells: after the name and the profile."""
    return 1 + len(profile_shown(form))


def profile_line(row: RegisterRow, lang: str) -> str:
    """The profile as one line of the text form: 女，1972年3月生，壮族 …；2026年1月1日起任职."""
    gender, born, ethnicity, party, unit, _ = profile_cells(row, lang)
    parts = [gender, t("reg_born", born=born) if born else "", ethnicity, party, unit]
    said = ("，" if lang == "zh" else ", ").join(p for p in parts if p)
    start = fmt_date(row.joined_on)
    if row.retired_on is not None:
        term = t("reg_line_term_span", start=start, end=fmt_date(row.retired_on))
    else:
        term = t("reg_line_term_from", start=start) if start else ""
    return ("；" if lang == "zh" else "; ").join(p for p in (said, term) if p)


def reported_cell(form: RegisterForm, row: RegisterRow, lang: str) -> str:
    """是 / 否, with the 述职 evaluation's grade when the voters voted: 是（称职）."""
    from grouptui.domain.evaluation import grade_word

    said = t("yes") if row.reported or row.evaluation else t("no")
    if not row.evaluation:
        return said
    return t("reg_reported_graded", said=said, grade=grade_word(row.evaluation, form.scale, lang))


def register_cells(form: RegisterForm, lang: str) -> tuple[list[str], list[list[str]]]:
    """Headings and every row's cells."""
    return columns(form), [cells(form, row, lang) for row in form.rows]


def text_blocks(form: RegisterForm, lang: str) -> list[str]:
    """The form as one block of lines per deputy: readable at any terminal width."""
    blocks = []
    for row in form.rows:
        handling = _counts(SUGGESTION_STATUS, row.handling, lang)
        duties = _join(
            [_pair(t(f"reg_cat_{c}"), n, lang) for c, n in row.counts.items() if n], lang
        )
        name = name_cell(row)
        if row.retired_on is not None:
            name = t("reg_retired_on", name=row.name, date=fmt_date(row.retired_on))
        lines = [
            name,
            profile_line(row, lang),
            t("reg_line_duties", duties=duties or t("none"), hours=_num(row.hours)),
            t(
                "reg_line_suggestions",
                receptions=row.receptions,
                count=row.suggestions,
                handling=f"（{handling}）"
                if handling and lang == "zh"
                else (f" ({handling})" if handling else ""),
            ),
            t(
                "reg_line_training",
                year=_num(row.training_days),
                term=_num(row.term_training_days),
                reported=reported_cell(form, row, lang),
            ),
        ]
        satisfaction = _counts(SATISFACTION, row.satisfaction, lang)
        if satisfaction:
            lines.append(t("reg_line_satisfaction", value=satisfaction))
        if form.scored:
            lines.append(t("reg_line_score", value=_num(row.score or 0.0)))
        if row.remarks:
            lines.append(t("reg_line_remarks", value=row.remarks))
        blocks.append("\n  ".join(lines))
    return blocks


def term_line(form: RegisterForm) -> str:
    """The sentence under the form saying which earlier years were read and which are missing."""
    if form.years_missing:
        return t(
            "reg_term_missing",
            start=form.term_start,
            missing=join_words(str(y) for y in form.years_missing),
        )
    if form.years_found:
        return t(
            "reg_term_found", start=form.term_start, found=join_words(map(str, form.years_found))
        )
    return t("reg_term_only_this", year=form.year)
