"""Words of the record form's voters and training parts, of editing single quick notes,
and of ``grouptui voter edit|delete|restore``."""

MESSAGES: dict[str, tuple[str, str]] = {
    # what an id names
    "what_voter": ("来访选民", "voter"),
    "what_voter_deleted": ("已删除的来访选民", "deleted voter"),
    "what_note": ("速记", "quick note"),
    # voter CLI
    "help_voter_edit": ("修改来访选民的登记", "change what was recorded of a voter"),
    "help_voter_delete": ("删除一位来访选民的登记", "delete a voter received"),
    "help_voter_restore": ("恢复删除的来访选民", "bring back a deleted voter"),
    "arg_voter_id": (
        "来访选民的编号（前几位即可，见 voter list）",
        "the voter's id (its first characters will do; see voter list)",
    ),
    "voter_edited": ("已修改来访选民 {name}（{id}）。", "Voter {name} changed ({id})."),
    "voter_deleted_cli": (
        "已删除来访选民 {name}；可用 grouptui voter restore {id} 撤销。",
        "Voter {name} deleted; undo with grouptui voter restore {id}.",
    ),
    "voter_restored": ("已恢复来访选民 {name}（{id}）。", "Voter {name} restored ({id})."),
    # the record form: voters received
    "rv_section_voters": ("来访选民", "Voters received"),
    "rv_voters_hint": (
        "A 登记  Enter 修改  Del 删除  U 撤销；每位即时保存，电话部分遮挡",
        "A add  Enter edit  Del delete  U undo; saved at once, phones masked",
    ),
    "rv_voters_none": ("尚无来访选民登记。", "No voters recorded yet."),
    "rv_voters_save_first": (
        "请先把本记录的形式设为“接待选民”并按 Ctrl+S 保存，再登记来访选民。",
        "Save this record as a voter reception first (Ctrl+S), then add the voters.",
    ),
    "rv_voter_new": ("登记来访选民", "Add a voter"),
    "rv_voter_edit": ("修改来访选民", "Edit a voter"),
    "rv_voter_name": ("选民姓名 *", "Voter's name *"),
    "rv_voter_contact": (
        "联系电话（格式不对也会照录并标记待核实）",
        "Phone (kept as typed and flagged if it looks wrong)",
    ),
    "rv_voter_deleted": ("已删除来访选民 {name}；按 U 撤销。", "Voter {name} deleted; U undoes."),
    "rv_nothing_to_undo": ("没有可撤销的删除。", "Nothing to undo."),
    "rv_key_voter_add": ("登记选民", "Add voter"),
    "rv_key_voter_delete": ("删除选民", "Delete voter"),
    "rv_key_voter_undo": ("撤销删除", "Undo delete"),
    # the record form: training
    "rt_section_training": ("培训与考核", "Training and assessment"),
    "rt_field_kind": ("培训类别", "Kind"),
    "rt_kind_unset": ("未填写", "not set"),
    "rt_field_days": ("天数", "Days"),
    "rt_assessments_hint": (
        "出席代表的考核：Enter 修改  空格 已交/未交；随记录 Ctrl+S 保存",
        "Assessments: Enter edit  Space handed in or not; saved with Ctrl+S",
    ),
    "rt_assessments_none": (
        "还没有代表标记为出席或迟到。",
        "No deputy is marked present or late yet.",
    ),
    "rt_col_deputy": ("代表", "Deputy"),
    "rt_col_way": ("考核方式", "Assessed by"),
    "rt_col_done": ("是否已交", "Handed in"),
    "rt_col_result": ("考核结果", "Result"),
    "rt_done": ("已交", "yes"),
    "rt_not_done": ("未交", "no"),
    "rt_field_done": ("已交", "Handed in"),
    "rt_assessment_title": ("{name} 的培训考核", "Assessment of {name}"),
    "rt_key_toggle_done": ("已交/未交", "Handed in"),
    # quick notes: one note at a time
    "qn_up_hint": ("Up 修改速记", "Up edit"),
    "qn_list_hint": (
        "F5-F8 改标签  E/回车 改文字  Del 删除  U 撤销  Esc 继续输入",
        "F5-F8 retag  E/Enter edit  Del delete  U undo  Esc back to typing",
    ),
    "qn_no_notes": ("还没有速记。", "No notes yet."),
    "qn_folded_mark": ("（已并入纪要）", "(folded)"),
    "qn_edit_title": ("修改 {time} 的速记", "Edit the note of {time}"),
    "qn_edit_label": ("速记内容", "Note"),
    "qn_edit_folded_warning": (
        "这条速记已并入纪要：修改它不会改动已写入纪要的内容。",
        "This note is folded into the minutes already: changing it does not change them.",
    ),
    "qn_folded_unchanged": (
        "它已并入纪要，纪要内容不变。",
        "It was folded already; the minutes stay as they are.",
    ),
    "qn_edited": ("速记已修改。", "Note changed."),
    "qn_retagged": ("标签已改为：{tag}。", "Tagged: {tag}."),
    "qn_untagged": ("已去掉标签。", "Tag removed."),
    "qn_deleted": ("速记已删除；按 U 撤销。", "Note deleted; U undoes."),
    "qn_restored": ("速记已恢复。", "Note restored."),
    "qn_key_edit": ("修改", "Edit"),
    "qn_key_delete": ("删除", "Delete"),
    "qn_key_undo": ("撤销", "Undo"),
    "qn_key_leave": ("继续输入", "Back to typing"),
    "qn_key_retag": ("改标签", "Retag"),
}
