"""Words of the activity record book: records, attendance, quick notes, follow-ups."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "record_bad_time": (
        "时间应为“时:分”，例如 09:30，而不是“{value}”。",
        "Times are HH:MM, like 09:30, not '{value}'.",
    ),
    "record_span_backwards": (
        "结束时间 {end} 不能早于或等于开始时间 {start}。",
        "The end time {end} must be after the start time {start}.",
    ),
    "record_theme_empty": ("活动主题不能为空。", "The theme must not be empty."),
    "record_bad_form": (
        "活动形式“{value}”不对，可用：学习培训、视察、调研、执法检查、评议、座谈、走访、接待选民、"
        "联系选民、述职、会前视察、参加人代会、进部门、满意度测评、其他。",
        "Unknown activity form '{value}'; use study, inspection, research, enforcement_check, "
        "appraisal, forum, visit, voter_reception, voter_contact, report_to_voters, "
        "pre_session_inspection, session, department_visit, satisfaction_rating or other.",
    ),
    "record_unknown_deputy": (
        "名册里没有代表“{name}”。可先运行 grouptui roster add {name} 添加。",
        "No deputy named '{name}' in the roster. Add them first with grouptui roster add {name}.",
    ),
    "record_plan_not_found": (
        "找不到编号为 {id} 的计划事项。",
        "No plan item with id {id}.",
    ),
    "record_bad_status": (
        "出勤情况“{value}”不对，可用：出席、请假、缺席、迟到（或 present、leave、absent、late）。",
        "Unknown attendance mark '{value}'; use present, leave, absent or late.",
    ),
    "record_marked_twice": (
        "代表“{name}”在出勤里出现了两次。",
        "The deputy '{name}' is marked twice.",
    ),
    "record_bad_quarter": (
        "季度应为 1 到 4，而不是“{value}”。",
        "The quarter must be 1 to 4, not '{value}'.",
    ),
    "record_minutes_not_utf8": (
        "{path} 不是 UTF-8 编码的文本文件。",
        "{path} is not a UTF-8 text file.",
    ),
    "followup_empty": ("追踪事项的内容不能为空。", "A follow-up needs a description."),
    "followup_bad_status": (
        "追踪状态“{value}”不对，可用：未办结、办理中、已办结（open、in_progress、done）。",
        "Unknown follow-up status '{value}'; use open, in_progress or done.",
    ),
    "note_empty": (
        "速记内容是空的，已忽略，未作任何记录。",
        "The note is empty; it was ignored and nothing was saved.",
    ),
    "note_bad_tag": (
        "标签“{value}”不对，可用：问题、意见、建议、待办（issue、opinion、suggestion、todo）。",
        "Unknown tag '{value}'; use issue, opinion, suggestion or todo.",
    ),
    "quick_record_theme": ("视察（现场速记）", "Inspection (quick notes)"),
    "note_joined_plan": (
        "速记已记入今天计划中的视察：{title}",
        "The notes go to today's planned inspection: {title}",
    ),
    # CLI results
    "record_added": ("已添加活动记录 {id}：{date} {theme}", "Record {id} added: {date} {theme}"),
    "record_saved": ("已保存活动记录 {id}。", "Record {id} saved."),
    "record_deleted": (
        "已删除活动记录 {id}（{theme}）；可用 grouptui record restore {id} 撤销。",
        "Record {id} ({theme}) deleted; undo with grouptui record restore {id}.",
    ),
    "record_deleted_plan": (
        "注意：计划事项“{title}”现在没有对应的活动记录了。",
        "Note: the plan item '{title}' now has no activity record.",
    ),
    "record_restored": ("已恢复活动记录 {id}（{theme}）。", "Record {id} ({theme}) restored."),
    "record_marked": ("已记录：{name} {status}。", "Marked: {name} {status}."),
    "record_unmarked": ("未登记", "unmarked"),
    "record_list_empty": ("没有符合条件的活动记录。", "No activity records match."),
    "fold_done": (
        "已将 {notes} 条速记并入纪要；新增追踪事项 {followups} 条、建议草稿 {suggestions} 条。",
        "Folded {notes} notes into the minutes; {followups} follow-ups and "
        "{suggestions} suggestion drafts added.",
    ),
    "followup_saved": ("已保存追踪事项：{what}", "Follow-up saved: {what}"),
    # CLI help
    "help_record": ("闭会期间代表活动记录本", "the activity record book"),
    "help_record_add": ("新增一条活动记录", "add an activity record"),
    "help_record_edit": ("修改一条活动记录", "edit an activity record"),
    "help_record_list": ("列出活动记录", "list activity records"),
    "help_record_show": ("显示一条活动记录的全部内容", "show everything about one record"),
    "help_record_delete": ("删除活动记录（可恢复）", "delete a record (can be undone)"),
    "help_record_restore": ("恢复已删除的活动记录", "restore a deleted record"),
    "help_record_attend": (
        "登记一名代表的出勤：出席、请假、缺席、迟到，或 clear 清除",
        "mark one deputy: present, leave, absent, late, or clear",
    ),
    "help_record_fold": ("把速记并入纪要", "fold the quick notes into the minutes"),
    "help_record_follow_up": ("更新追踪事项", "update a follow-up item"),
    "help_note": (
        "追加一条带时间的速记；不指定 --record 时记入今天的视察记录（没有则新建）；输出记录编号",
        "append a timestamped quick note; without --record, to today's inspection record "
        "(created if none); prints the record id",
    ),
    "help_quick": ("直接打开视察速记界面", "open the TUI straight into quick notes"),
    "arg_record_id": ("活动记录编号（可只写前几位）", "record id (a prefix will do)"),
    "arg_followup_id": ("追踪事项编号（可只写前几位）", "follow-up id (a prefix will do)"),
    "arg_status": ("出勤情况", "attendance mark"),
    "arg_note_text": ("速记内容；- 表示从标准输入读取", "the note; - reads standard input"),
    "opt_record_date": ("活动日期 YYYY-MM-DD", "date YYYY-MM-DD"),
    "opt_record_form": ("活动形式", "activity form"),
    "opt_record_theme": ("活动主题", "theme"),
    "opt_record_place": ("活动地点", "place"),
    "opt_record_start": ("开始时间 HH:MM", "start time HH:MM"),
    "opt_record_end": ("结束时间 HH:MM", "end time HH:MM"),
    "opt_record_organiser": ("组织者", "organiser"),
    "opt_record_recorder": (
        "记录人：名册中的代表或任何人（如联络员）；默认为上次的记录人",
        "recorder: a deputy on the roster or anyone (the liaison officer); default: the last one",
    ),
    "opt_record_present": ("出席代表，逗号分隔", "deputies present, comma-separated"),
    "opt_record_leave": ("请假代表，逗号分隔", "deputies on leave, comma-separated"),
    "opt_record_absent": ("缺席代表，逗号分隔", "deputies absent, comma-separated"),
    "opt_record_late": ("迟到代表，逗号分隔", "deputies late, comma-separated"),
    "opt_record_unmark": ("清除这些代表的出勤登记", "clear these deputies' marks"),
    "opt_leave_reason": ("请假事由", "reason for leave"),
    "opt_approved_by": ("准假人", "who approved the leave"),
    "opt_record_plan": ("对应的计划事项编号", "the plan item it carries out"),
    "opt_record_minutes": ("活动纪要", "the minutes"),
    "opt_record_minutes_file": ("从 UTF-8 文本文件读取纪要", "read the minutes from a UTF-8 file"),
    "opt_record_opinions": ("群众意见", "opinions collected from voters"),
    "opt_record_problems": ("发现的问题", "problems found"),
    "opt_record_summary": ("活动小结", "summary"),
    "opt_record_suggestions": ("形成的建议", "suggestions formed"),
    "opt_briefing": ("已报送简报", "briefing sent"),
    "opt_record_follow_up": ("追踪事项，可多次给出", "a follow-up item; may be repeated"),
    "opt_record_search": ("在主题、纪要和速记中查找", "search theme, minutes and notes"),
    "opt_record_deputy": ("只列出该代表参加的活动", "only activities of this deputy"),
    "opt_record_deleted": ("列出已删除的记录", "list deleted records"),
    "opt_note_record": ("记入这条活动记录", "the record to add to"),
    "opt_note_tag": (
        "标签：问题、意见、建议、待办",
        "tag: issue, opinion, suggestion, todo",
    ),
    "opt_followup_status": ("状态：未办结、办理中、已办结", "status: open, in_progress, done"),
    "opt_followup_result": ("办理结果", "result"),
    "opt_followup_responsible": ("责任人或责任单位", "who is responsible"),
    "opt_followup_due": ("办结期限 YYYY-MM-DD", "due date YYYY-MM-DD"),
    # columns and fields
    "col_attendance": ("实到/应到", "Came/expected"),
    "field_id": ("编号", "Id"),
    "field_expected": ("应到人数", "Expected"),
    "field_deleted": ("已删除", "Deleted"),
    "field_notes": ("速记", "Quick notes"),
}

MESSAGES.update(
    {
        # quick notes screen
        "quick_back": ("返回", "back"),
        "quick_fold": ("并入纪要", "fold into minutes"),
        "quick_open_record": ("打开记录", "open record"),
        "quick_key_tag_issue": ("问题", "issue"),
        "quick_key_tag_opinion": ("意见", "opinion"),
        "quick_key_tag_suggestion": ("建议", "suggestion"),
        "quick_key_tag_todo": ("待办", "todo"),
        "quick_placeholder": (
            "输入速记，回车保存；可用“问题：”“待办：”等开头打标签",
            "type a note, Enter saves it; start with 'issue:' or 'todo:' to tag it",
        ),
        "quick_draft_restored": (
            "已恢复上次未保存的输入。",
            "The line you were typing last time is back.",
        ),
        "quick_head_new": (
            "{date} 视察速记：第一条速记会新建今天的视察记录",
            "Quick notes {date}: the first note creates today's inspection record",
        ),
        "quick_head_planned": (
            "{date} 视察速记：第一条速记会记入今天计划中的视察：{title}",
            "Quick notes {date}: the first note goes to today's planned inspection: {title}",
        ),
        "quick_head": ("{date}  {theme}  共 {count} 条速记", "{date}  {theme}  {count} notes"),
        "quick_tag_hint": (
            "F5 问题  F6 意见  F7 建议  F8 待办  F9 并入纪要",
            "F5 issue  F6 opinion  F7 suggestion  F8 todo  F9 fold",
        ),
        "quick_tag_on": ("本条标签：{tag}", "Tag: {tag}"),
        "quick_paste_split": (
            "粘贴的多行内容已按行存为多条速记。",
            "The pasted lines were saved as one note each.",
        ),
        "quick_nothing_to_fold": ("还没有速记。", "No notes yet."),
        # dialogs
        "rec_followup_title": ("追踪事项", "Follow-up item"),
        "rec_followup_what": ("事项", "What"),
        "rec_followup_responsible": ("责任人", "Responsible"),
        "rec_followup_due": ("期限", "Due"),
        "rec_followup_status": ("状态", "Status"),
        "rec_followup_result": ("结果", "Result"),
        "rec_discard": ("有未保存的修改，确定放弃吗？", "Discard the unsaved changes?"),
        # record screen
        "rec_save": ("保存", "save"),
        "rec_back": ("返回", "back"),
        "rec_add_followup": ("新增追踪", "add follow-up"),
        "rec_new_title": ("新建活动记录", "New activity record"),
        "rec_saved": ("已保存。", "Saved."),
        "rec_lines_broken": (
            "粘贴的内容有超长段落，已在句末换行，以免编辑器卡顿。",
            "Very long pasted paragraphs were broken at sentence ends to keep the editor fast.",
        ),
        "rec_field_span": ("起止时间", "From-to"),
        "rec_no_plan": ("（不对应计划事项）", "(not in the plan)"),
        "rec_section_attendance": ("出勤情况", "Attendance"),
        "rec_time_hint": ("时:分", "hh:mm"),
        "rec_key_mark_cycle": ("轮换出勤标记", "cycle the attendance mark"),
        "rec_key_mark_present": ("标为出席", "mark present"),
        "rec_key_mark_leave": ("标为请假", "mark on leave"),
        "rec_key_mark_absent": ("标为缺席", "mark absent"),
        "rec_key_mark_late": ("标为迟到", "mark late"),
        "rec_key_mark_clear": ("清除出勤标记", "clear the mark"),
        "rec_attendance_hint": (
            "空格键轮换 出席/请假/缺席/迟到；P 出席  L 请假  A 缺席  T 迟到  Del 清除",
            "Space: next mark  P present  L leave  A absent  T late  Del clear",
        ),
        "rec_col_deputy": ("代表", "Deputy"),
        "rec_col_mark": ("出勤", "Mark"),
        "rec_field_leave_reason": ("请假事由", "Leave reason"),
        "rec_field_approved_by": ("准假人", "Approved by"),
        "rec_section_followups": ("追踪事项", "Follow-ups"),
        "rec_followups_hint": (
            "F4 新增，回车修改，Del 删除",
            "F4 adds, Enter edits, Del removes",
        ),
        # records list
        "recs_new": ("新建", "new"),
        "recs_open": ("打开", "open"),
        "recs_delete": ("删除", "delete"),
        "recs_undo": ("撤销删除", "undo delete"),
        "recs_search": ("查找", "search"),
        "recs_quarter": ("第{q}季度", "Q{q}"),
        "recs_all_quarters": ("全部季度", "All quarters"),
        "recs_all_forms": ("全部形式", "All forms"),
        "recs_all_deputies": ("全部代表", "All deputies"),
        "recs_search_placeholder": (
            "查找主题、纪要、速记中的文字",
            "search theme, minutes and notes",
        ),
        "recs_col_attendance": ("实到/应到", "Came"),
        "recs_count": ("共 {count} 条活动记录", "{count} records"),
        "recs_deleted": ("已删除“{theme}”，按 U 撤销。", "Deleted '{theme}'; press U to undo."),
        "recs_nothing_to_undo": ("没有可撤销的删除。", "Nothing to undo."),
    }
)

#: The labels of a record's fields (``grouptui/domain/record_fields.py`` names them): one
#: key per label; ``field_*`` where ``record show`` and the list say it shorter.
MESSAGES.update(
    {
        "rec_field_date": ("日期", "Date"),
        "field_date": ("时间", "Date and time"),
        "rec_field_start": ("开始时间", "Start time"),
        "rec_field_end": ("结束时间", "End time"),
        "rec_field_place": ("活动地点", "Place"),
        "field_place": ("地点", "Place"),
        "rec_field_form": ("活动形式", "Form"),
        "field_form": ("形式", "Form"),
        "rec_field_theme": ("活动主题", "Theme"),
        "field_theme": ("主题", "Theme"),
        "rec_field_organiser": ("组织者", "Organiser"),
        "rec_field_recorder": ("记录人", "Recorder"),
        "rec_field_plan": ("计划事项", "Plan item"),
        "rec_field_minutes": ("活动纪要", "Minutes"),
        "rec_field_voter_opinions": ("群众意见", "Voters' opinions"),
        "rec_field_problems": ("发现的问题", "Problems found"),
        "rec_field_summary": ("活动小结", "Summary"),
        "rec_field_suggestions_formed": ("形成的建议", "Suggestions formed"),
        "rec_field_briefing": ("已报送简报", "Briefing sent"),
        "rec_field_training_kind": ("培训类别", "Training kind"),
        "rec_field_training_days": ("培训天数", "Training days"),
        "rec_field_assessments": ("培训考核", "Assessments"),
        "rec_days": ("{days}天", "{days} days"),
        "rec_assessment": ("{name}：{how}", "{name}: {how}"),
        "rec_assessment_done": ("已交", "handed in"),
        "rec_assessment_not_done": ("未交", "not handed in"),
        "record_bad_training_kind": (
            "培训类别“{value}”不对，可用：初任学习、履职学习、专题学习、其他。",
            "Unknown training kind '{value}'; use initial, duty, thematic or other.",
        ),
    }
)
