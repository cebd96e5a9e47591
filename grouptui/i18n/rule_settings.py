"""Words of the rule settings: each setting's name and how its value reads (``rules list``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "setting_group_activities_per_quarter": ("每季度小组活动次数", "Group activities a quarter"),
    "setting_activities_per_year_min": ("全年小组活动最少次数", "Minimum group activities a year"),
    "setting_group_activity_excluded_forms": (
        "不计入小组活动的形式",
        "Forms not counted as group activities",
    ),
    "setting_collective_study_per_year_min": (
        "全年集体学习最少次数",
        "Minimum collective study a year",
    ),
    "setting_collective_study_per_quarter": ("每季度集体学习次数", "Collective study a quarter"),
    "setting_reception_day": ("接待选民日", "Voter reception day"),
    "setting_receptions_per_year": ("全年接待选民次数", "Voter receptions a year"),
    "setting_receptions_per_deputy_per_year": (
        "每名代表每年参加接待",
        "Receptions each deputy attends a year",
    ),
    "setting_voter_contacts_per_deputy_per_year": (
        "每名代表每年联系选民",
        "Voter contacts by each deputy a year",
    ),
    "setting_report_prep_deadline": ("述职准备截止日", "Report to voters prepared by"),
    "setting_report_month": ("述职月份", "Month of the report to voters"),
    "setting_term_training_days_min": ("本届培训天数下限", "Minimum training days in the term"),
    "setting_term_training_days_max": ("本届培训天数上限", "Maximum training days in the term"),
    "setting_term_years": ("每届年数", "Years in a term"),
    "setting_term_last_year": ("本届最后一年", "Last year of the term"),
    "setting_satisfaction_quarter": ("满意度测评季度", "Quarter of the satisfaction rating"),
    "setting_evaluation_scale": ("述职测评用语", "Words of the report ballot"),
    "setting_evaluation_good_min_pct": ("第一档最低得票率", "First grade from"),
    "setting_evaluation_basic_min_pct": ("第二档最低得票率", "Second grade from"),
    "setting_disabled": ("已关闭的规则", "Rules switched off"),
    # how a value reads
    "setting_unit_times": ("{n} 次", "{n}"),
    "setting_unit_day_of_month": ("每月 {n} 日", "day {n} of the month"),
    "setting_unit_month": ("{n} 月", "month {n}"),
    "setting_unit_days": ("{n} 天", "{n} days"),
    "setting_unit_years": ("{n} 年", "{n} years"),
    "setting_unit_year": ("{n} 年", "{n}"),
    "setting_unit_quarter": ("第 {n} 季度", "quarter {n}"),
    "setting_unit_percent": ("{n}%", "{n}%"),
    "setting_month_day": ("{month}月{day}日", "{month:02d}-{day:02d}"),
    "col_rule_name": ("规则", "Rule"),
}
