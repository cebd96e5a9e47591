"""Words of the export: the exported books' labels, the export command and the export screen."""

MESSAGES: dict[str, tuple[str, str]] = {
    # books: as the user reads them, and as the last part of a file name
    "export_book_record_book": ("闭会期间代表活动记录本", "Activity record book"),
    "export_book_duty_logs": ("代表履职记录本", "Duty logs"),
    "export_book_register": ("代表履职情况登记表", "Registration form"),
    "export_book_plan": ("分季活动计划及落实情况", "Plan and checklist"),
    "export_book_suggestions": ("建议批评和意见", "Suggestions"),
    "export_book_all": ("账册数据", "Book data"),
    "export_file_record_book": ("闭会期间代表活动记录本", "record-book"),
    "export_file_duty_logs": ("代表履职记录本", "duty-logs"),
    "export_file_register": ("代表履职情况登记表", "registration-form"),
    "export_file_plan": ("分季活动计划及落实情况", "plan-and-checklist"),
    "export_file_suggestions": ("建议批评和意见", "suggestions"),
    "export_file_all": ("账册数据", "book-data"),
    # titles
    "export_title_record_book": (
        "闭会期间代表活动记录本",
        "Record book of activities between sessions",
    ),
    "export_title_duty_logs": ("代表履职记录本", "Deputies' duty logs"),
    "export_title_register": ("代表履职情况登记表", "Registration form of deputies' duties"),
    "export_title_plan": (
        "代表小组分季活动计划及落实情况",
        "Quarterly activity plan and checklist",
    ),
    "export_title_suggestions": (
        "代表建议、批评和意见办理情况",
        "Suggestions, criticisms and opinions",
    ),
    "export_sheet_register": ("登记表", "Register"),
    "export_sheet_plan": ("活动计划", "Plan"),
    "export_sheet_gaps": ("五个有缺项", "Musts missing"),
    "export_sheet_suggestions": ("建议", "Suggestions"),
    # cover and shared labels
    "export_cover_line": ("{label}：{value}", "{label}: {value}"),
    "export_cover_group": ("代表小组", "Group"),
    "export_cover_township": ("乡镇", "Township"),
    "export_cover_year": ("年度", "Year"),
    "export_cover_quarter": ("季度", "Quarter"),
    "export_made_on": ("填表日期", "Made on"),
    "export_empty_records": (
        "本记录本尚无活动记录。",
        "This record book has no activity records yet.",
    ),
    "export_entry_heading": ("第{n}次活动：{theme}", "Activity {n}: {theme}"),
    # the record book's form
    "export_f_time": ("活动时间", "Time"),
    "export_f_attendance": ("出席情况", "Attendance"),
    "export_f_expected": ("应到人数", "Expected"),
    "export_f_present": ("实到代表", "Present"),
    "export_f_leave": ("请假代表", "On leave"),
    "export_f_absent": ("缺席代表", "Absent"),
    "export_f_minutes": ("活动内容", "Content (minutes)"),
    "export_f_briefing": ("简报报送", "Briefing sent"),
    "export_f_levels": ("代表层级", "Levels"),
    "export_f_constituency": ("选区", "Constituency"),
    "export_f_unit": ("工作单位", "Unit"),
    "export_f_phone": ("电话", "Phone"),
    "export_time_range": ("{date} {start}至{end}", "{date} {start}-{end}"),
    "export_not_recorded": ("未登记出勤", "not recorded"),
    "export_count": ("{n}人", "{n}"),
    "export_people": ("{n}人：{names}", "{n}: {names}"),
    "export_late": ("{name}（{late}）", "{name} ({late})"),
    "export_leave": ("{name}（{why}）", "{name} ({why})"),
    "export_detail_sep": ("，", "; "),
    "export_approved_by": ("{name}批准", "approved by {name}"),
    "export_followups_caption": ("追踪事项", "Follow-up"),
    "export_voters_caption": ("接待选民情况", "Voters received"),
    "export_sign_leader": ("组长签字：", "Group leader's signature: "),
    "export_sign_deputy": ("代表签字：", "Deputy's signature: "),
    "export_sign_date": ("日期：", "Date:"),
    # table headers
    "export_h_no": ("序号", "No."),
    "export_h_what": ("事项", "What"),
    "export_h_responsible": ("责任人", "Responsible"),
    "export_h_due": ("期限", "Due"),
    "export_h_status": ("状态", "Status"),
    "export_h_result": ("结果", "Result"),
    "export_h_voter": ("来访人", "Voter"),
    "export_h_village": ("村（社区）", "Village"),
    "export_h_raised": ("反映问题", "Raised"),
    "export_h_handling": ("办理情况", "Handling"),
    "export_h_contact": ("联系方式", "Contact"),
    "export_h_date": ("日期", "Date"),
    "export_h_category": ("类别", "Category"),
    "export_h_duty_text": ("履职内容", "What was done"),
    "export_h_hours": ("时长（小时）", "Hours"),
    "export_h_source": ("来源活动", "From activity"),
    "export_h_duty_counts": ("履职记录（条）", "Duty log entries"),
    "export_h_five_musts": ("“五个有”", "The five musts"),
    "export_h_quarter": ("季度", "Quarter"),
    "export_h_when": ("时间", "When"),
    "export_h_form": ("形式", "Form"),
    "export_h_activity": ("活动内容", "Activity"),
    "export_h_content": ("内容", "Content"),
    "export_h_plan_detail": ("具体内容", "Details"),
    "export_h_organiser": ("组织者", "Organiser"),
    "export_h_done": ("落实情况", "Carried out"),
    "export_h_theme": ("主题", "Theme"),
    "export_h_title": ("标题", "Title"),
    "export_h_proposer": ("提出人", "Proposer"),
    "export_h_cosigners": ("附议人", "Co-signers"),
    "export_h_when_made": ("提出时间", "When made"),
    "export_h_unit": ("承办单位", "Handling unit"),
    "export_h_reply": ("答复情况", "Reply"),
    "export_h_history": ("办理经过", "History"),
    "export_h_satisfaction": ("代表满意度", "Satisfaction"),
    "export_h_follow_up": ("跟踪情况", "Follow-up"),
    # duty logs, register, plan, suggestions
    "export_new_deputy": ("新任代表", "first term"),
    "export_retired": ("已离任", "retired"),
    "export_retired_on": ("{date}离任", "retired {date}"),
    "export_duty_total": ("共{n}条，合计{hours}小时。", "{n} entries, {hours} hours in all."),
    "export_duty_empty": ("尚无履职记录。", "No duty entries yet."),
    "export_plan_month_day": ("{m}月{d}日", "{m}/{d}"),
    "export_plan_month": ("{m}月", "month {m}"),
    "export_plan_no_record": ("尚无活动记录", "no record yet"),
    "export_plan_quarter_empty": ("本季度没有计划事项。", "No plan items this quarter."),
    "export_empty_plan": ("尚无计划事项和活动记录。", "No plan items or activity records yet."),
    "export_unplanned_caption": ("计划外开展的活动", "Activities held outside the plan"),
    "export_during_session": ("大会期间", "during a session"),
    "export_between_sessions": ("闭会期间", "between sessions"),
    "export_empty_suggestions": ("尚无建议、批评和意见。", "No suggestions yet."),
    "export_truncated": (
        "……（共{n}字，超出表格单元格上限，其余从略，全文见 docx 或 json 导出）",
        "... ({n} characters in all, more than a spreadsheet cell holds; "
        "the full text is in the docx or json export)",
    ),
    # errors (one sentence each)
    "export_bad_what": (
        "没有“{value}”这种账册，可选：{choices}。",
        "There is no book called '{value}'; choose one of: {choices}.",
    ),
    "export_bad_format": (
        "不支持“{value}”格式，可选：{choices}。",
        "'{value}' is not a format grouptui writes; choose one of: {choices}.",
    ),
    "export_bad_quarter": (
        "季度应为 1 到 4，而不是“{value}”。",
        "The quarter must be 1 to 4, not '{value}'.",
    ),
    "export_impossible": (
        "{book}不能导出为 {format}，可用格式：{formats}。",
        "The {book} cannot be exported as {format}; it can be: {formats}.",
    ),
    "export_deputy_not_applicable": (
        "--deputy 只用于履职记录本和登记表，不能用于{book}。",
        "--deputy applies to the duty logs and the registration form, not to the {book}.",
    ),
    "export_out_is_file": (
        "{path} 是一个文件，不是文件夹；请用 --out 指定一个文件夹。",
        "{path} is a file, not a folder; pass a folder with --out.",
    ),
    "export_out_read_only": (
        "无法写入文件夹 {path}（只读或没有权限）；请用 --out 换一个文件夹。",
        "Cannot write to the folder {path} (read-only or no permission); choose another with --out.",
    ),
    "export_exists": (
        "{path} 已存在，未作改动；如要覆盖请加 --force。",
        "{path} already exists and was left alone; add --force to overwrite it.",
    ),
    "export_exists_many": (
        "{path} 等 {n} 个文件已存在，未作改动；如要覆盖请加 --force。",
        "{n} files, {path} among them, already exist and were left alone; add --force to "
        "overwrite them.",
    ),
    "export_no_soffice": (
        "导出 PDF 需要 LibreOffice，但本机没有找到 soffice；请安装 LibreOffice"
        "（Debian/Ubuntu：sudo apt install libreoffice-writer；Windows/macOS：libreoffice.org），"
        "或改用 --format docx 后在 Word/WPS 里另存为 PDF。",
        "PDF export needs LibreOffice, and soffice was not found; install LibreOffice "
        "(Debian/Ubuntu: sudo apt install libreoffice-writer; Windows/macOS: libreoffice.org) "
        "or export --format docx and save it as PDF from Word or WPS.",
    ),
    "export_pdf_failed": (
        "LibreOffice 未能转换 PDF（{reason}）；docx 导出不受影响。",
        "LibreOffice could not convert the PDF ({reason}); the docx export still works.",
    ),
    "export_disk_full": (
        "磁盘已满，导出未完成；账册未被改动。",
        "The disk is full and the export did not finish; the book was not changed.",
    ),
    "export_write_failed": (
        "无法写入 {path}（{reason}）；账册未被改动。",
        "Could not write {path} ({reason}); the book was not changed.",
    ),
    "export_none_in_format": (
        "所选账册都没有 {format} 格式，未导出任何文件。",
        "None of the chosen books has a {format} file; nothing was exported.",
    ),
    "export_unfolded_notes": (
        "注意：有{n}条速记尚未并入纪要，导出的记录本和简报中没有这些内容：{records}。"
        "在该记录中按 F9 并入，或运行 grouptui record fold 编号，再导出一次。",
        "Note: quick notes not yet folded into the minutes: {n}. The exported record book "
        "and briefings do not have them: {records}. Fold them with F9 in the record, or "
        "grouptui record fold ID, and export again.",
    ),
    "export_unfolded_record": (
        "{date}“{theme}”（{n}条，编号 {id}）",
        "{date} '{theme}' ({n}, ID {id})",
    ),
    "export_skipped": (
        "{books}没有 {format} 格式，未导出。",
        "No {format} for: {books}; not exported.",
    ),
    # the command
    "help_export": (
        "把账册导出为可上交的文件（docx/xlsx/md/html/json/pdf），不改动账册",
        "export the books to hand in (docx/xlsx/md/html/json/pdf); the book is not changed",
    ),
    "opt_export_what": (
        "导出哪本账册：record-book、duty-logs、register、plan、suggestions、briefing（活动简报）、"
        "duty-report（述职报告）、year-summary（年度工作总结）或 all（默认）",
        "which book: record-book, duty-logs, register, plan, suggestions, briefing, "
        "duty-report, year-summary or all (default)",
    ),
    "opt_export_format": (
        "格式：docx、xlsx、md、html、json、pdf（默认：每本账册的常用格式）",
        "docx, xlsx, md, html, json or pdf (default: each book's usual format)",
    ),
    "opt_export_out": (
        "输出文件夹（默认：当前文件夹）",
        "output folder (default: the current one)",
    ),
    "opt_export_quarter": ("只导出某一季度（1-4）", "only one quarter (1-4)"),
    "opt_export_deputy": (
        "只导出某位代表的履职记录和登记表；述职报告写哪位代表",
        "only this deputy's duty log and registration row; whose report to voters",
    ),
    "opt_export_record": (
        "活动简报写哪次活动（记录编号，可只写前几位）",
        "the activity of a briefing (record id, a prefix will do)",
    ),
    "opt_export_contacts": (
        "包含选民联系方式和代表电话（默认不含）",
        "include voters' contacts and deputies' phones (left out by default)",
    ),
    "opt_export_force": ("覆盖已有的文件", "overwrite existing files"),
    # the screen
    "export_screen_books": ("导出哪些账册", "Books to export"),
    "export_screen_format": ("格式", "Format"),
    "export_screen_natural": ("常用格式（docx / xlsx）", "Usual format (docx / xlsx)"),
    "export_screen_folder": ("输出文件夹", "Output folder"),
    "export_screen_quarter": ("季度", "Quarter"),
    "export_screen_whole_year": ("全年", "Whole year"),
    "export_screen_deputy": ("代表", "Deputy"),
    "export_screen_all_deputies": ("全体代表", "All deputies"),
    "export_screen_contacts": ("包含联系方式", "Include contacts"),
    "export_screen_force": ("覆盖已有文件", "Overwrite existing files"),
    "export_screen_run": ("导出", "Export"),
    "export_screen_ready": (
        "选好账册和格式后按“导出”（或 Ctrl+E）。",
        "Choose books and a format, then press Export (or Ctrl+E).",
    ),
    "export_screen_running": ("正在导出……", "Exporting..."),
    "export_screen_done": ("已导出 {n} 个文件：", "{n} files written:"),
    "export_screen_nothing": ("请至少选择一本账册。", "Choose at least one book."),
    "export_screen_open": ("打开文件夹", "Open folder"),
    "export_screen_back": ("返回", "Back"),
    "export_screen_no_files": (
        "还没有导出文件，无法打开文件夹。",
        "Nothing exported yet; there is no folder to open.",
    ),
    "export_screen_no_opener": (
        "无法打开文件夹 {path}：{reason}",
        "Could not open the folder {path}: {reason}",
    ),
    "export_screen_opened": ("已打开 {path}", "Opened {path}"),
}
