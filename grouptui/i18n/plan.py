"""Words of the annual plan, the rules, ``grouptui check`` and the checklist screen."""

MESSAGES: dict[str, tuple[str, str]] = {
    # plan CLI help
    "help_plan": ("全年活动计划（分季）", "the annual plan, by quarter"),
    "help_plan_templates": ("列出可用的计划模板", "list the plan templates"),
    "help_plan_from_template": (
        "按模板生成全年活动计划（含模板的规则）",
        "fill the plan from a template (with its rules)",
    ),
    "help_plan_list": ("列出计划事项及其“五个有”", "list the plan items and their five musts"),
    "help_plan_add": ("添加一项计划", "add a plan item"),
    "help_plan_edit": ("修改一项计划", "change a plan item"),
    "help_plan_move": ("把计划事项移到另一季度", "move a plan item to another quarter"),
    "help_plan_status": (
        "设定计划事项的状态：计划中、已完成、已推迟、已取消",
        "set a plan item's status: planned, done, postponed, cancelled",
    ),
    "help_plan_remove": ("删除一项计划", "delete a plan item"),
    "arg_template": ("模板名（见 plan templates）", "template name (see plan templates)"),
    "arg_plan_id": ("计划事项编号（前几位即可）", "plan item id (its first characters will do)"),
    "arg_plan_status": ("状态", "status"),
    "opt_plan_replace": ("删除现有计划后再生成", "delete the current plan first"),
    "opt_form": ("活动形式，如 study 或 学习培训", "activity form, e.g. study or 学习培训"),
    "opt_title": ("标题", "title"),
    "opt_month": ("月份：1 到 12", "month: 1 to 12"),
    "opt_plan_date": ("日期 YYYY-MM-DD", "date YYYY-MM-DD"),
    "opt_content": ("活动内容", "what the activity is about"),
    "opt_organiser": ("组织者", "organiser"),
    "opt_participants": (
        "参加人员：all 或代表姓名，用逗号分隔",
        "participants: all, or deputies' names separated by commas",
    ),
    # plan CLI output
    "col_template": ("模板", "Template"),
    "col_title": ("标题", "Title"),
    "col_items": ("事项数", "Items"),
    "col_id": ("编号", "Id"),
    "col_quarter": ("季度", "Quarter"),
    "col_when": ("时间", "When"),
    "col_status": ("状态", "Status"),
    "col_records": ("记录", "Records"),
    "col_missing": ("五个有缺项", "Musts missing"),
    "quarter_short": ("{quarter}季度", "Q{quarter}"),
    "month_only": ("{month}月", "month {month}"),
    "month_day": ("{month}月{day}日", "{month:02d}-{day:02d}"),
    "plan_template_broken": ("（模板文件已损坏）", "(template file is malformed)"),
    "plan_template_applied": (
        "已按模板“{name}”生成 {count} 项计划。",
        "Plan filled from template '{name}': {count} items.",
    ),
    "plan_empty": ("计划里还没有事项。", "The plan has no items yet."),
    "plan_added": ("已添加计划事项 {id}：{title}", "Plan item {id} added: {title}"),
    "plan_edited": ("已修改计划事项 {id}：{title}", "Plan item {id} changed: {title}"),
    "plan_moved": (
        "已把计划事项 {id}（{title}）移到第{quarter}季度。",
        "Plan item {id} ({title}) moved to Q{quarter}.",
    ),
    "plan_status_set": (
        "计划事项 {id}（{title}）：{status}",
        "Plan item {id} ({title}): {status}",
    ),
    "plan_removed": ("已删除计划事项 {id}：{title}", "Plan item {id} deleted: {title}"),
    "plan_overdue_suffix": ("（已过期）", " (overdue)"),
    "plan_record_deleted": ("{count} 条已删除", "{count} deleted"),
    "plan_record_deleted_suffix": ("（记录已删除）", " (its record was deleted)"),
    "musts_all_done": ("无", "none"),
    # plan errors
    "plan_bad_quarter": (
        "季度应为 1 到 4，而不是“{value}”。",
        "The quarter must be 1 to 4, not '{value}'.",
    ),
    "plan_bad_form": (
        "没有“{value}”这种活动形式；可用：{names}。",
        "Unknown activity form '{value}'; use one of: {names}.",
    ),
    "plan_bad_status": (
        "没有“{value}”这种状态；可用：{names}。",
        "Unknown status '{value}'; use one of: {names}.",
    ),
    "plan_bad_month": (
        "月份应为 1 到 12，而不是“{value}”。",
        "The month must be 1 to 12, not '{value}'.",
    ),
    "plan_month_outside_quarter": (
        "{month}月不在第{quarter}季度内。",
        "Month {month} is not in Q{quarter}.",
    ),
    "plan_date_outside_quarter": (
        "日期 {value} 不在第{quarter}季度内。",
        "The date {value} is not in Q{quarter}.",
    ),
    "plan_month_date_differ": (
        "月份 {month} 与日期 {value} 不一致。",
        "The month {month} does not match the date {value}.",
    ),
    "plan_title_empty": ("计划事项的标题不能为空。", "A plan item needs a title."),
    "plan_title_bad": (
        "标题只能有一行，不能含控制字符。",
        "A title is one line without control characters.",
    ),
    "plan_not_empty": (
        "计划里已有 {count} 项；如要替换，请加 --replace。",
        "The plan already has {count} items; add --replace to replace them.",
    ),
    # rule settings errors
    "rule_unknown": (
        "没有名为“{name}”的规则；可用：{names}。",
        "No rule setting named '{name}'; available: {names}.",
    ),
    "rule_not_number": (
        "规则 {name} 应为数字，而不是“{value}”。",
        "The rule {name} takes a number, not '{value}'.",
    ),
    "rule_bad_number": (
        "规则 {name} 应为 {low} 到 {high} 之间的整数，而不是“{value}”；未作改动。",
        "The rule {name} must be a whole number from {low} to {high}, not '{value}'; "
        "nothing was changed.",
    ),
    "rule_bad_form": (
        "规则里的活动形式“{value}”不对。",
        "Unknown activity form '{value}' in the rules.",
    ),
    "rule_bad_id": (
        "没有名为“{value}”的规则可关闭；可用：{names}。",
        "No rule '{value}' to switch off; available: {names}.",
    ),
    "rule_min_above_max": (
        "培训天数下限 {low} 大于上限 {high}；未作改动。",
        "The minimum training days {low} is above the maximum {high}; nothing was changed.",
    ),
    "rule_per_deputy_above_total": (
        "每名代表每年参加接待 {each} 次，超过了全年接待次数 {total}；未作改动。",
        "Each deputy at {each} receptions is more than the {total} receptions a year; "
        "nothing was changed.",
    ),
    "rule_prep_after_report": (
        "述职准备截止日 {deadline} 晚于述职月份；未作改动。",
        "The deadline {deadline} to prepare the report to voters falls after the month it is "
        "held; nothing was changed.",
    ),
    "rule_bad_month_day": (
        "截止日应写作 月-日，例如 08-30，而不是“{value}”。",
        "A deadline is MM-DD, like 08-30, not '{value}'.",
    ),
    # rules CLI
    "help_rules": ("本账册的规则（可修改）", "the book's rules (editable)"),
    "help_rules_list": ("列出规则及其默认值", "list the rules and their defaults"),
    "help_rules_set": ("修改一条规则", "change a rule"),
    "help_rules_reset": ("恢复默认规则（全部或指定的几条）", "back to the defaults (all or some)"),
    "arg_rule_key": ("规则名（见 rules list）", "rule name (see rules list)"),
    "arg_rule_value": ("新值", "new value"),
    "arg_rule_keys": ("要恢复的规则名", "rule names to reset"),
    "col_rule_key": ("规则", "Rule"),
    "col_rule_value": ("本账册", "This book"),
    "col_rule_default": ("默认", "Default"),
    "rules_set_done": ("已设定 {name} = {value}", "Set {name} = {value}"),
    "rules_reset_done": ("已恢复默认规则。", "Rules are back to their defaults."),
    # check
    "help_check": (
        "检查规则和“五个有”：达标、有风险、未达标、未到期；有未达标时退出码为 1",
        "check the rules and the five musts: met, at risk, missed, not yet due; "
        "exits 1 when something due was missed",
    ),
    "opt_as_of": ("按哪一天检查（默认今天）", "check as of this date (default today)"),
    "check_heading": ("{group} {year} 年，截至 {date}", "{group}, {year}, as of {date}"),
    "col_rule": ("规则", "Rule"),
    "col_rule_status": ("情况", "Status"),
    "col_reason": ("说明", "Reason"),
    "check_gaps_title": ("“五个有”尚缺的活动", "Activities still missing one of the five musts"),
    "check_no_gaps": ("所有活动的“五个有”均已齐全。", "Every activity has all five musts."),
    "check_overdue_title": (
        "时间已过、尚无活动记录的计划事项",
        "Plan items whose time has passed with no record",
    ),
    "check_summary": (
        "达标 {met}，有风险 {at_risk}，未达标 {missed}，未到期 {not_yet_due}。",
        "Met {met}, at risk {at_risk}, missed {missed}, not yet due {not_yet_due}.",
    ),
    "check_status_met": ("达标", "met"),
    "check_status_at_risk": ("有风险", "at risk"),
    "check_status_missed": ("未达标", "missed"),
    "check_status_not_yet_due": ("未到期", "not yet due"),
    # the five musts
    "must_planned": ("计划", "planned"),
    "must_content": ("内容", "content"),
    "must_record": ("记录", "record"),
    "must_summary": ("小结", "summary"),
    "must_follow_up": ("追踪", "follow-up"),
    # rule names
    "rule_name_quarterly_activities": ("每季度开展小组活动", "A group activity each quarter"),
    "rule_name_yearly_activities": ("全年小组活动次数", "Group activities in the year"),
    "rule_name_collective_study": ("全年集体学习次数", "Collective study in the year"),
    "rule_name_study_each_quarter": ("每季度集体学习", "Collective study each quarter"),
    "rule_name_receptions": ("每月接待选民日", "Monthly voter reception day"),
    "rule_name_reception_every_deputy": (
        "每名代表参加接待选民",
        "Every deputy receives voters",
    ),
    "rule_name_report_prepared": ("述职准备", "Report to voters prepared"),
    "rule_name_report_held": ("向选民述职", "Report to voters held"),
    "rule_name_training_days": ("本届培训天数", "Training days over the term"),
    "rule_name_satisfaction_rating": ("建议办理满意度测评", "Satisfaction rating"),
    # rule reasons
    "rule_quarter_count": ("第{quarter}季度 {done} 次", "Q{quarter} {done}"),
    "rule_quarters": (
        "每季度至少 {needed} 次：{quarters}",
        "at least {needed} a quarter: {quarters}",
    ),
    "rule_days_left": ("还剩 {days} 天", "{days} days left"),
    "rule_activities_count": (
        "已开展 {done} 次（至少 {needed} 次）",
        "{done} group activities (at least {needed})",
    ),
    "rule_study_count": (
        "已集体学习 {done} 次（至少 {needed} 次）",
        "{done} collective studies (at least {needed})",
    ),
    # done may pass needed: "7 done of 6" reads wrong, "7 (at least 6)" does not
    "rule_receptions": (
        "已接待选民 {done} 次（至少 {needed} 次，每月{day}日）",
        "{done} held (at least {needed}) on day {day} of the month",
    ),
    "rule_reception_days_left": ("还剩 {left} 个月", "{left} months left"),
    "rule_receptions_off_day": (
        "另有 {count} 次不在{day}日，未计入",
        "{count} more not on day {day}, not counted",
    ),
    "rule_no_deputies": (
        "名册里还没有代表，无从检查",
        "no deputies on the roster, nothing to check",
    ),
    "rule_reception_deputies": (
        "{total} 名代表中 {met} 名已参加",
        "{met} of {total} deputies have taken part",
    ),
    "rule_deputies_missed": ("未达到：{names}", "missed: {names}"),
    "rule_deputies_at_risk": ("时间紧：{names}", "running out of time: {names}"),
    "rule_deputies_pending": ("尚未参加：{names}", "not yet: {names}"),
    "rule_deputy_partial": (
        "{name} 年内任职 {months} 个月，按 {needed} 次计",
        "{name} served {months} months this year, held to {needed}",
    ),
    "rule_deputy_partial_exempt": (
        "{name} 年内只任职 {months} 个月，不作要求",
        "{name} served only {months} months this year, not required",
    ),
    "rule_report_planned": (
        "述职已列入{month}月计划",
        "the report to voters is in the plan for month {month}",
    ),
    "rule_report_not_planned": (
        "计划里还没有{month}月的述职，应于{deadline}前准备好",
        "no report to voters in the plan for month {month}; to be prepared by {deadline}",
    ),
    "rule_report_held": ("已于{date}述职", "held on {date}"),
    "rule_report_not_held": (
        "{month}月尚无述职记录",
        "no report to voters recorded in month {month}",
    ),
    "rule_report_other_month": (
        "{date}的述职不在规定月份",
        "the one on {date} is not in that month",
    ),
    "rule_training": (
        "{total} 名代表中 {within} 名在 {low} 到 {high} 天之间",
        "{within} of {total} deputies between {low} and {high} days",
    ),
    "rule_training_short": (
        "{count} 名不足，最少的是 {name}（{days} 天）",
        "{count} short, fewest {name} ({days} days)",
    ),
    "rule_training_over": ("超过 {high} 天：{names}", "over {high} days: {names}"),
    "rule_training_this_year_only": (
        "只计 {year} 年（同一文件夹里没有本届其他年度的账册）",
        "counting {year} only (no other years' books of this term in the folder)",
    ),
    "rule_training_years": ("合计 {years} 年", "counting {years}"),
    "rule_training_term_unknown": (
        "本届最后一年未设定（rules set term_last_year）",
        "the term's last year is not set (rules set term_last_year)",
    ),
    "rule_satisfaction_held": ("已于{date}测评", "held on {date}"),
    "rule_satisfaction_not_held": (
        "第{quarter}季度尚未测评",
        "not yet held in Q{quarter}",
    ),
    # the checklist screen
    "checklist_back": ("返回", "back"),
    "checklist_key_add": ("添加", "add"),
    "checklist_key_edit": ("修改", "edit"),
    "checklist_key_move": ("换季度", "move"),
    "checklist_key_done": ("完成", "done"),
    "checklist_key_postpone": ("推迟", "postpone"),
    "checklist_key_cancel": ("取消事项", "cancel item"),
    "checklist_key_planned": ("改回计划中", "back to planned"),
    "checklist_key_open": ("看记录", "open"),
    "checklist_key_new": ("建记录", "record"),
    "checklist_tab_quarter": ("第{quarter}季度", "Q{quarter}"),
    "checklist_tab_rules": ("规则", "Rules"),
    "checklist_must_planned": ("计划", "Plan"),
    "checklist_must_content": ("内容", "Cont"),
    "checklist_must_record": ("记录", "Rec"),
    "checklist_must_summary": ("小结", "Summ"),
    "checklist_must_follow_up": ("追踪", "F-up"),
    "checklist_yes": ("有", "yes"),
    "checklist_no": ("缺", "no"),
    "checklist_overdue": ("已过期", "overdue"),
    "home_rules_summary": (
        "截至{date}：达标 {met}，有风险 {at_risk}，未达标 {missed}，未到期 {not_yet_due}；按 c 看清单",
        "As of {date}: met {met}, at risk {at_risk}, missed {missed}, not yet due "
        "{not_yet_due}; press c for the checklist",
    ),
    "checklist_summary": (
        "截至{date}：达标 {met}，有风险 {at_risk}，未达标 {missed}，未到期 {not_yet_due}（按 5 看规则）",
        "As of {date}: met {met}, at risk {at_risk}, missed {missed}, not yet due "
        "{not_yet_due} (5: rules)",
    ),
    "checklist_empty_quarter": (
        "本季度还没有计划事项；按 a 添加。",
        "No plan items in this quarter; press a to add one.",
    ),
    "checklist_rules_hint": (
        "各条规则截至今天的情况；可用 grouptui rules 修改规则。",
        "How each rule stands today; change them with grouptui rules.",
    ),
    "checklist_records": ("活动记录 {count} 条：{dates}", "linked records ({count}): {dates}"),
    "checklist_rule_detail": ("{name}：{reason}", "{name}: {reason}"),
    "checklist_no_record": (
        "还没有活动记录；按 n 据此新建。",
        "No activity record yet; press n to create one from this item.",
    ),
    "checklist_record_deleted": (
        "关联的活动记录已被删除。",
        "The activity record linked to it was deleted.",
    ),
    "checklist_missing": ("五个有尚缺：{musts}", "Musts missing: {musts}"),
    "checklist_no_item": ("请先选中一项计划。", "Select a plan item first."),
    "checklist_add_title": ("添加计划事项", "Add a plan item"),
    "checklist_edit_title": ("修改计划事项", "Edit the plan item"),
    "checklist_field_month": ("月份", "Month"),
    "checklist_field_date": ("日期", "Date"),
    "checklist_field_content": ("内容", "Content"),
    "checklist_field_organiser": ("组织者", "Organiser"),
    "checklist_save": ("保存", "Save"),
    "checklist_cancel": ("取消", "Cancel"),
    "checklist_added": ("已添加计划事项。", "Plan item added."),
    "checklist_saved": ("已保存。", "Saved."),
    "checklist_moved": ("已移到第{quarter}季度。", "Moved to Q{quarter}."),
    "checklist_status_set": ("已标记为“{status}”。", "Marked {status}."),
    "checklist_move_prompt": ("移到第几季度？", "Move to which quarter?"),
    "checklist_move_keys": (
        "按 1、2、3 或 4 选择季度（现在是第{quarter}季度），Esc 取消。",
        "Press 1, 2, 3 or 4 (now Q{quarter}); Esc cancels.",
    ),
    "checklist_records_unavailable": (
        "活动记录本界面尚未就绪；可用 grouptui record show 查看。",
        "The record book screen is not available yet; use grouptui record show.",
    ),
}
