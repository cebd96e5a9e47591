"""Words of the scoring rules (履职积分) dialog and the checks of what is typed in it."""

MESSAGES: dict[str, tuple[str, str]] = {
    "score_total_cap": ("总分上限", "Total cap"),
    "score_field_not_number": (
        "{what}应为数字，而不是“{value}”。",
        "{what} must be a number, not '{value}'.",
    ),
    "score_field_negative": (
        "{what}不能为负数（{value}）。",
        "{what} cannot be negative ({value}).",
    ),
    "score_field_too_large": (
        "{what}最多 {limit} 分（{value}）。",
        "{what} can be at most {limit} points ({value}).",
    ),
    "score_cap_below_base": (
        "上限 {cap} 低于首次得分 {base}：请调高上限或留空。",
        "The cap {cap} is below the base {base}: raise the cap or leave it empty.",
    ),
    "score_base_missing": (
        "填了加分或上限，也请填写首次得分（或整行留空）。",
        "Give the base points too (or leave the whole row empty).",
    ),
    "score_total_cap_alone": (
        "总分上限需要至少一类的积分规则。",
        "A total cap needs scoring rules for at least one category.",
    ),
    # the dialog
    "score_dialog_title": ("履职积分规则", "Scoring rules (履职积分)"),
    "score_dialog_intro": (
        "每类：首次得分、每多一次的加分、本类上限（空为不限）。\n"
        "整行留空则该类不计分；全部留空则登记表不显示积分。",
        "Per category: base points, bonus per further entry, cap (empty: none).\n"
        "An empty row scores nothing; an empty table means no score column.",
    ),
    "score_dialog_clear": ("全部清除", "Clear all"),
    "score_clear_question": (
        "删除全部积分规则？登记表将不再显示积分。",
        "Remove every scoring rule? The registration form will show no score.",
    ),
    "score_dialog_saved": ("积分规则已保存。", "Scoring rules saved."),
    "score_dialog_cleared": ("积分规则已删除，登记表不再显示积分。", "Scoring rules removed."),
    "reg_key_scoring": ("积分规则", "scoring"),
}
