"""Words of the checklist's rule form, the move and postpone forms, leave and exports' folder."""

MESSAGES: dict[str, tuple[str, str]] = {
    # leave on the record form
    "rec_leave_title": (
        "{name} 请假：事由和准假人（可留空）",
        "{name} on leave: the reason and who approved it (may be left empty)",
    ),
    # home
    "home_plan_all_done": ("本季度计划都已完成。", "Everything planned this quarter is done."),
    # the export screen
    "export_screen_folder_was": ("导出到 {path}：", "Exported to {path}:"),
    "export_screen_open_hint": (
        "下次导出仍到这个文件夹（可按下方的“打开文件夹”键打开）。",
        "The next export goes to this folder too (the Open folder key below opens it).",
    ),
    # moving and postponing a plan item
    "checklist_move_title": (
        "换季度：{title}（新季度和其中的日期）",
        "Move: {title} (the new quarter and the date in it)",
    ),
    "checklist_postpone_title": (
        "推迟：{title}（推迟到哪一天）",
        "Postpone: {title} (to which day)",
    ),
    "checklist_field_new_date": ("新的日期（可留空）", "New date (may be left empty)"),
    "checklist_date_hint": ("{year}-MM-DD，须在所选季度内", "{year}-MM-DD, inside that quarter"),
    # the rules tab's keys and form
    "checklist_key_rule_edit": ("修改规则", "edit rule"),
    "checklist_key_rule_reset": ("恢复默认", "reset rule"),
    "rule_edit_title": ("修改规则：{name}", "Edit the rule: {name}"),
    "rule_field_enabled": ("检查这条规则", "Check this rule"),
    "rule_default_is": ("默认 {value}", "default {value}"),
    "rule_default_none": ("无", "none"),
    "rule_saved": ("已保存规则“{name}”。", "Rule '{name}' saved."),
    "rule_reset_question": (
        "把规则“{name}”恢复为默认值？",
        "Put the rule '{name}' back to its defaults?",
    ),
    "rule_reset_one": ("规则“{name}”已恢复默认。", "Rule '{name}' is back to its defaults."),
    "check_status_off": ("不检查", "off"),
    "rule_off_reason": (
        "本账册不检查这条规则；按回车可重新启用。",
        "Not checked in this book; Enter switches it on again.",
    ),
    "rule_zero_reason": (
        "每季度集体学习设为 0 次，不检查；按回车修改。",
        "Set to 0 a quarter, so not checked; Enter changes it.",
    ),
    # each rule value: its name and unit
    "rule_setting_group_activities_per_quarter": (
        "每季度小组活动（次）",
        "Group activities a quarter (times)",
    ),
    "rule_setting_activities_per_year_min": (
        "全年小组活动至少（次）",
        "Group activities a year, at least (times)",
    ),
    "rule_setting_group_activity_excluded_forms": (
        "不算小组活动的形式",
        "Forms that are not group activities",
    ),
    "rule_setting_collective_study_per_year_min": (
        "全年集体学习至少（次）",
        "Collective study a year, at least (times)",
    ),
    "rule_setting_collective_study_per_quarter": (
        "每季度集体学习（次，0 为不要求）",
        "Collective study a quarter (times, 0: not required)",
    ),
    "rule_setting_reception_day": ("接待选民日（每月几日）", "Voter reception day (of the month)"),
    "rule_setting_receptions_per_year": (
        "全年接待选民（次）",
        "Voter receptions a year (times)",
    ),
    "rule_setting_receptions_per_deputy_per_year": (
        "每名代表每年参加接待（次）",
        "Receptions each deputy attends a year (times)",
    ),
    "rule_setting_voter_contacts_per_deputy_per_year": (
        "每名代表每年联系选民（次）",
        "Voter contacts of each deputy a year (times)",
    ),
    "rule_setting_report_prep_deadline": (
        "述职准备截止（月-日）",
        "Report to voters prepared by (MM-DD)",
    ),
    "rule_setting_report_month": ("述职月份（月）", "Report to voters held in (month)"),
    "rule_setting_term_training_days_min": (
        "本届培训至少（天）",
        "Training over the term, at least (days)",
    ),
    "rule_setting_term_training_days_max": (
        "本届培训至多（天）",
        "Training over the term, at most (days)",
    ),
    "rule_setting_term_years": ("每届年数（年）", "Years of a term (years)"),
    "rule_setting_term_last_year": ("本届最后一年（年份）", "Last year of this term (year)"),
    "rule_setting_satisfaction_quarter": (
        "满意度测评季度（第几季度）",
        "Satisfaction rating in (quarter)",
    ),
}
