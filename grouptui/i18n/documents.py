"""Words of the documents beyond the books: briefing, 述职 report and evaluation, year summary."""

MESSAGES: dict[str, tuple[str, str]] = {
    # shared
    "doc_heading": ("{n}、{text}", "{n}. {text}"),
    "doc_to_write": ("【待填写：{what}】", "[To write: {what}]"),
    # the documents as books of an export
    "export_book_briefing": ("活动简报", "Activity briefing"),
    "export_book_duty_report": ("代表述职报告", "Deputy's report to voters"),
    "export_book_year_summary": ("年度工作总结", "Year summary"),
    "export_file_briefing": ("活动简报", "briefing"),
    "export_file_duty_report": ("述职报告", "duty-report"),
    "export_file_year_summary": ("年度工作总结", "year-summary"),
    "export_briefing_needs_record": (
        "活动简报要指明哪次活动：--record 记录编号。",
        "A briefing is of one activity: give --record ID.",
    ),
    "export_report_needs_deputy": (
        "述职报告要指明哪位代表：--deputy 姓名。",
        "A report to voters is one deputy's: give --deputy NAME.",
    ),
    "export_record_not_applicable": (
        "--record 只用于活动简报（--what briefing）。",
        "--record applies only to a briefing (--what briefing).",
    ),
    "export_briefing_unnumbered": (
        "这期简报还没有期号，期号处留空；编号：grouptui briefing number {id}",
        "This briefing has no number yet, so it is left blank; to give one: "
        "grouptui briefing number {id}",
    ),
    "export_briefing_duplicates": (
        "注意：第{number}期编给了不止一次活动（{themes}）；请用 grouptui briefing number 改号。",
        "Note: number {number} was given to more than one activity ({themes}); "
        "change one with grouptui briefing number.",
    ),
    # briefing
    "briefing_default_name": ("代表活动简报", "Deputies' Activity Briefing"),
    "briefing_number": ("第{n}期", "No. {n}"),
    "briefing_number_blank": ("第　　期", "No. ____"),
    "briefing_doc_title": ("活动简报：{theme}", "Briefing: {theme}"),
    "briefing_to_line": ("报：{units}", "To: {units}"),
    "briefing_cc_line": ("送：{units}", "Copy to: {units}"),
    "briefing_dist_line": ("发：{units}", "Distribution: {units}"),
    "briefing_copies": ("（共印{n}份）", "({n} copies printed)"),
    "briefing_organiser": ("由{name}组织", "organised by {name}"),
    "briefing_place": ("在{place}", "at {place}"),
    "briefing_held": ("开展{form}活动，主题为“{theme}”", "a {form} activity on “{theme}”"),
    "comma": ("，", ", "),
    "briefing_sentence": ("{text}。", "{text}. "),
    "briefing_list_sep": ("，", "; "),
    "briefing_expected": ("应到代表{n}名", "{n} deputies expected"),
    "briefing_present": ("实到{n}名（{names}）", "{n} present ({names})"),
    "briefing_leave": ("请假{n}名（{names}）", "{n} on leave ({names})"),
    "briefing_absent": ("缺席{n}名（{names}）", "{n} absent ({names})"),
    "briefing_h_done": ("活动情况", "What was done"),
    "briefing_h_next": ("下一步工作", "What follows"),
    "briefing_voter_from": ("{village}选民反映：", "A voter from {village}: "),
    "briefing_suggestions": ("形成建议：{text}", "Suggestions formed: {text}"),
    "briefing_responsible": ("责任人：{name}", "responsible: {name}"),
    "briefing_due": ("期限：{date}", "due {date}"),
    "briefing_followup": ("（{n}）{what}（{details}）", "({n}) {what} ({details})"),
    # briefing CLI
    "help_briefing": ("活动简报：期号与报头报尾设置", "activity briefings: numbers and settings"),
    "help_briefing_number": (
        "给一次活动的简报编期号（已有期号则不变，--number 指定新号）",
        "give an activity's briefing its number (kept once given; --number sets another)",
    ),
    "help_briefing_list": ("列出已编号的简报", "list the numbered briefings"),
    "help_briefing_settings": (
        "查看或修改简报的报头名称、编印单位、报送发单位和印数",
        "show or change the briefing's name, issuer, to/copy/distribution units and copies",
    ),
    "opt_briefing_number": ("期号（整数）", "the number (a whole number)"),
    "opt_briefing_name": ("报头名称，例如 代表活动简报", "the briefing's name"),
    "opt_briefing_issuer": ("编印单位", "the issuer"),
    "opt_briefing_to": ("报：单位", "to: units"),
    "opt_briefing_cc": ("送：单位", "copy to: units"),
    "opt_briefing_dist": ("发：单位", "distribution: units"),
    "opt_briefing_copies": ("印数（份）", "copies printed"),
    "briefing_numbered": ("“{theme}”的简报为第{n}期。", "The briefing of “{theme}” is No. {n}."),
    "briefing_number_kept": (
        "“{theme}”的简报已是第{n}期，未改动。",
        "The briefing of “{theme}” is already No. {n}; nothing changed.",
    ),
    "briefing_none": ("还没有编号的简报。", "No briefing has a number yet."),
    "briefing_bad_number": (
        "期号应是 1 到 {high} 的整数，而不是“{value}”。",
        "A briefing number is a whole number from 1 to {high}, not '{value}'.",
    ),
    "briefing_number_taken": (
        "第{number}期已编给“{theme}”；请换一个期号。",
        "No. {number} is already the briefing of “{theme}”; choose another.",
    ),
    "briefing_bad_copies": (
        "印数应是整数，而不是“{value}”。",
        "Copies printed is a whole number, not '{value}'.",
    ),
    "briefing_setting_long": (
        "设置内容太长（最多 {limit} 字）；未作改动。",
        "That setting is too long (at most {limit} characters); nothing was changed.",
    ),
    "briefing_setting_name": ("报头名称", "Name"),
    "briefing_setting_issuer": ("编印单位", "Issuer"),
    "briefing_setting_to": ("报", "To"),
    "briefing_setting_cc": ("送", "Copy to"),
    "briefing_setting_dist": ("发", "Distribution"),
    "briefing_setting_copies": ("印数", "Copies"),
    "col_briefing_no": ("期号", "No."),
    "col_setting": ("设置", "Setting"),
    "col_value": ("内容", "Value"),
    # 述职 evaluation
    "rule_bad_scale": (
        "测评档次应是 称职 或 满意（{names}），而不是“{value}”。",
        "The evaluation scale is competence or satisfaction ({names}), not '{value}'.",
    ),
    "rule_eval_basic_above_good": (
        "基本档的比例 {low}% 高于第一档的 {high}%；未作改动。",
        "The second grade's share {low}% is above the first grade's {high}%; nothing was changed.",
    ),
    "eval_bad_count": (
        "{name}票数应是 0 到 {high} 的整数，而不是“{value}”。",
        "The {name} ballots are a whole number from 0 to {high}, not '{value}'.",
    ),
    "eval_not_report": (
        "“{theme}”不是述职活动，不能测评。",
        "“{theme}” is not a report to voters; it has no evaluation.",
    ),
    "reg_reported_graded": ("{said}（{grade}）", "{said} ({grade})"),
    "help_evaluation": (
        "述职测评：选民对代表的投票",
        "Evaluation at a report to voters: the voters' ballots",
    ),
    "help_evaluation_vote": (
        "记下一位代表在一次述职活动上的得票",
        "record the ballots on one deputy at a report-to-voters meeting",
    ),
    "help_evaluation_show": (
        "一次述职活动的测评结果",
        "the evaluation of a report-to-voters meeting",
    ),
    "opt_eval_deputy": ("代表姓名", "the deputy's name"),
    "opt_eval_good": ("第一档（称职/满意）票数", "ballots of the first grade"),
    "opt_eval_basic": ("第二档（基本称职/基本满意）票数", "ballots of the second grade"),
    "opt_eval_poor": ("第三档（不称职/不满意）票数", "ballots of the third grade"),
    "eval_saved": (
        "{name}：{total}票，{grade}。",
        "{name}: {total} ballots, {grade}.",
    ),
    "eval_no_grade": ("未投票", "no ballots"),
    "eval_none": ("这次述职还没有记下票数。", "No ballots recorded for this meeting yet."),
    "eval_rules_line": (
        "测评规则：{good}票占{gp}%及以上为{good}；{good}与{basic}合计占{bp}%及以上为{basic}；"
        "否则为{poor}。",
        "Rules: {good} at {gp}% of the ballots or more; {good} and {basic} together at "
        "{bp}% or more: {basic}; otherwise {poor}.",
    ),
    "col_deputy": ("代表", "Deputy"),
    "col_ballots": ("总票数", "Ballots"),
    "col_share": ("{grade}占比", "{grade} share"),
    "col_result": ("结果", "Result"),
}

MESSAGES.update(
    {
        # year summary
        "summary_title": ("{group}{year}年度工作总结", "{group}: summary of the year {year}"),
        "summary_write_intro": (
            "全年工作的总体情况和主要成效",
            "the year's work and its main results, in words",
        ),
        "summary_write_next": ("明年的工作重点", "next year's priorities"),
        "summary_h_activities": ("活动开展情况", "Activities"),
        "summary_h_receptions_part": ("接待选民情况", "Voter receptions"),
        "summary_h_training_part": ("学习培训情况", "Study and training"),
        "summary_h_suggestions": ("建议办理情况", "Suggestions and their handling"),
        "summary_h_rules": ("制度落实情况", "The rules"),
        "summary_h_problems": ("发现的问题及追踪", "Problems found and their follow-up"),
        "summary_h_next_year": ("明年打算", "Next year"),
        "summary_pair": ("{name}{n}件", "{name} {n}"),
        "summary_list_sep": ("、", ", "),
        "summary_total": ("合计", "Total"),
        "summary_h_total": ("全年", "Year"),
        "summary_activities": (
            "全年活动记录本共记载各类活动{n}次，按形式和季度分列如下。",
            "The record book holds {n} activities of every form, by quarter below.",
        ),
        "summary_h_planned": ("计划事项", "Planned"),
        "summary_h_carried": ("已落实", "Carried out"),
        "summary_h_not_carried": ("未落实", "Not carried out"),
        "summary_plan_caption": ("全年活动计划落实情况", "The plan, carried out"),
        "summary_receptions": (
            "全年开展接待选民活动{n}次，接待选民{voters}人次。",
            "{n} voter receptions were held; {voters} voters were received.",
        ),
        "summary_h_receptions": ("参加接待（次）", "Receptions"),
        "summary_h_training": ("培训天数", "Training days"),
        "summary_deputies_caption": ("代表参加接待和培训情况", "Each deputy"),
        "summary_training": (
            "全年组织学习培训{n}次，共{days}天。",
            "{n} study sessions were held, {days} days in all.",
        ),
        "summary_suggestions": (
            "全年提出建议、批评和意见{n}件，办理情况：{status}；代表满意度：{satisfaction}。",
            "{n} suggestions were made; handling: {status}; satisfaction: {satisfaction}.",
        ),
        "summary_rules_as_of": (
            "截至{date}，各项制度落实情况如下。",
            "The rules as of {date}:",
        ),
        "summary_problems": (
            "全年有{n}次活动发现问题，形成追踪事项{followups}项，其中：{status}。",
            "Problems were found at {n} activities; {followups} follow-ups: {status}.",
        ),
        "summary_plan_all_done": (
            "全年计划事项均已落实。",
            "Every item of the plan was carried out.",
        ),
        "summary_plan_left": (
            "以下{n}项计划尚未落实，转入明年计划：",
            "{n} plan items were not carried out; they go into next year's plan:",
        ),
    }
)

MESSAGES.update(
    {
        # a deputy's report to voters
        "report_title": ("{name}代表{year}年度履职情况报告", "{name}: report to voters, {year}"),
        "report_h_basics": ("基本情况", "Who I am, and the year in figures"),
        "report_h_study": ("学习培训", "Study and training"),
        "report_h_session": ("会议期间审议和提出建议", "At the congress session"),
        "report_h_between": ("闭会期间参加的活动", "Activities between sessions"),
        "report_h_voters": ("联系选民", "Contact with voters"),
        "report_h_suggestions": ("提出的建议及办理结果", "Suggestions and their outcome"),
        "report_h_next": ("存在的不足和今后打算", "Shortcomings and plans"),
        "report_pair": ("{name}{n}次", "{name} {n}"),
        "report_totals": (
            "{year}年，本人履职记录共{n}条，累计{hours}小时：{categories}。",
            "In {year} my duty log holds {n} entries, {hours} hours in all: {categories}.",
        ),
        "report_training_days": (
            "本年参加培训{year}天，本届累计{term}天。",
            "Training this year: {year} days; over the term: {term} days.",
        ),
        "report_entry": ("{date}，{text}{hours}。", "{date}: {text}{hours}."),
        "report_hours": ("（{hours}小时）", " ({hours} h)"),
        "report_category": ("{name}{n}次：", "{name} ({n}):"),
        "report_session_suggestion": (
            "大会期间提出建议：{title}。",
            "Suggestion at the session: {title}.",
        ),
        "report_voters": (
            "全年参加接待选民活动{receptions}次，接待选民{voters}人次，联系选民{contacts}次。",
            "I took part in {receptions} voter receptions, where {voters} voters were "
            "received, and contacted voters {contacts} times.",
        ),
        "report_raised": (
            "选民反映：{raised}；办理情况：{handling}。",
            "Raised: {raised}; handling: {handling}.",
        ),
        "report_no_suggestions": ("本年度未提出建议。", "I made no suggestion this year."),
        "report_suggestions": (
            "本年度提出（含附议）建议{n}件：",
            "I made or co-signed {n} suggestions:",
        ),
        "report_unit": ("承办单位：{unit}", "handled by {unit}"),
        "report_reply": ("答复：{reply}", "reply: {reply}"),
    }
)

MESSAGES.update(
    {
        # the export screen's choices of the drafted documents
        "export_choice_briefing": ("活动简报（已编期号的各期）", "Briefings (every numbered one)"),
        "export_choice_duty_report": (
            "述职报告（下方选定的代表）",
            "Report to voters (the deputy below)",
        ),
        "export_choice_year_summary": ("年度工作总结", "Year summary"),
    }
)

MESSAGES.update(
    {
        # the record form: the evaluation panel and the briefing key
        "ev_section": ("述职测评", "Evaluation at the report to voters"),
        "ev_hint": (
            "每行一位参加述职的代表；回车录入选民的投票，确认即保存。",
            "One row per deputy who reported; Enter records the voters' ballots, saved at once.",
        ),
        "ev_none": (
            "保存为述职活动并登记出席后，这里列出参加述职的代表。",
            "Save the record as a report to voters and mark attendance to list the deputies.",
        ),
        "ev_save_first": (
            "请先把本记录保存为述职活动（Ctrl+S），再录入投票。",
            "Save this record as a report to voters (Ctrl+S) before recording ballots.",
        ),
        "ev_dialog": ("{name} 的测评票数", "Ballots on {name}"),
        "ev_saved": ("已保存 {name} 的 {total} 张票。", "Saved {total} ballots on {name}."),
        "rec_key_briefing": ("生成简报", "Briefing"),
        "rec_briefing_save_first": (
            "请先保存本记录（Ctrl+S），简报按已保存的内容生成。",
            "Save this record first (Ctrl+S): the briefing is written from what is saved.",
        ),
        "rec_briefing_written": (
            "第{n}期简报已写入 {path}",
            "Briefing No. {n} written to {path}",
        ),
    }
)

MESSAGES.update(
    {
        # indexes
        "export_contents_title": ("目　录", "Contents"),
        "export_contents_entry": ("第{n}次　{date}　{theme}", "{n}. {date}  {theme}"),
        "export_duty_index": ("分类记录", "Entries by category"),
        "export_h_entries": ("条数", "Entries"),
        "export_h_pages": ("页码", "Pages"),
    }
)
