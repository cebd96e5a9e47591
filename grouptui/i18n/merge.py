"""Words of the year-end merge and of resolving conflicts (CLI and TUI)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "merge_single": (
        "只给了一本账册（{path}）；合并至少需要两本。",
        "Only one book was given ({path}); a merge needs at least two.",
    ),
    "merge_out_is_input": (
        "输出文件 {path} 是输入的账册之一；合并从不改动输入，请另选输出文件。",
        "The output {path} is one of the input books; a merge never changes its inputs, "
        "so choose another output file.",
    ),
    "merge_out_exists": (
        "输出文件 {path} 已存在；如确要覆盖，请加 --force。",
        "The output {path} already exists; add --force to overwrite it.",
    ),
    "merge_out_no_folder": (
        "输出文件 {path} 所在的文件夹不存在。",
        "The folder of the output {path} does not exist.",
    ),
    "merge_mismatch": (
        "{path} 是“{group}”{year} 年的账册，与 {first}（“{first_group}”{first_year} 年）"
        "不是同一小组同一年度；如确要合并，请加 --force。",
        "{path} is the book of '{group}' for {year}, not of '{first_group}' for {first_year} "
        "like {first}; add --force to merge them anyway.",
    ),
    "merge_note_mismatch": (
        "已按 --force 合并：{path} 是“{group}”{year} 年的账册。",
        "Merged because of --force: {path} is the book of '{group}' for {year}.",
    ),
    "merge_note_book_id": (
        "{path} 的账册编号与 {first} 不同（各自新建的账册？），合并结果沿用 {first} 的编号。",
        "{path} has another book id than {first} (created separately?); the merged book "
        "keeps the id of {first}.",
    ),
    "merge_duplicate": (
        "可能重复的代表：“{name}”有 {count} 条记录（编号 {ids}），请核对后在名册中处理。",
        "Possible duplicate deputy: '{name}' appears {count} times (ids {ids}); check the roster.",
    ),
    "conflict_not_found": (
        "没有编号为 {id} 的未解决冲突。",
        "No unresolved conflict with id {id}.",
    ),
    "conflict_ambiguous": (
        "编号 {id} 对应多个冲突，请写得更长一些。",
        "The id {id} matches several conflicts; type more of it.",
    ),
    "conflict_bad_keep": (
        "--keep 应为 winner、other 或 other:N（N 从 1 到 {count}），而不是“{value}”。",
        "--keep must be winner, other or other:N (N from 1 to {count}), not '{value}'.",
    ),
    "conflict_which_other": (
        "这条记录有 {count} 个冲突版本，请用 --keep other:N 指明要保留哪一个。",
        "This record has {count} conflicting versions; say which with --keep other:N.",
    ),
    "conflict_nothing_chosen": (
        "请用 --keep 或 --set 说明如何解决冲突。",
        "Say how to resolve the conflict with --keep or --set.",
    ),
    "conflict_bad_set": (
        "--set 应写成 字段=值，例如 theme=视察道路工程，而不是“{value}”。",
        "--set takes FIELD=VALUE, like theme=Road inspection, not '{value}'.",
    ),
    "conflict_bad_field": (
        "这条记录没有字段“{field}”；可用：{fields}。",
        "The record has no field '{field}'; available: {fields}.",
    ),
    "conflict_bad_value": (
        "字段“{field}”的值“{value}”不对：{expected}。",
        "The value '{value}' does not fit the field '{field}': {expected}.",
    ),
    "expect_bool": ("应为 是/否", "expected yes or no"),
    "expect_int": ("应为整数", "expected a whole number"),
    "expect_number": ("应为数字", "expected a number"),
    "expect_date": ("应为 YYYY-MM-DD 格式的日期", "expected a date YYYY-MM-DD"),
    "expect_json": ("应为 JSON", "expected JSON"),
    # CLI
    "help_merge": (
        "把几台电脑上的同一本账册合并为一本（输入的账册不会被改动）",
        "merge copies of the book from several laptops into one (the inputs are never changed)",
    ),
    "arg_merge_books": ("要合并的账册文件（至少两本）", "the book files to merge (two or more)"),
    "opt_merge_out": ("合并结果写入的文件", "the file the merged book is written to"),
    "opt_dry_run": ("只显示合并报告，不写文件", "print the report, write nothing"),
    "opt_merge_force": (
        "覆盖已有的输出文件；合并不同小组或年度的账册",
        "overwrite an existing output; merge books of different groups or years",
    ),
    "help_conflicts": (
        "列出合并后未解决的冲突，逐字段对照",
        "list the unresolved merge conflicts, field by field",
    ),
    "help_conflicts_resolve": (
        "解决一个冲突：保留一方，或逐字段组合",
        "resolve a conflict: keep one side, or combine fields",
    ),
    "arg_conflict_id": (
        "冲突记录的编号（或其前 4 位以上）",
        "the record's id (or 4+ characters of it)",
    ),
    "opt_keep": (
        "保留哪一方：winner（当前显示的版本）、other 或 other:N",
        "which side to keep: winner (the version shown), other or other:N",
    ),
    "opt_set": (
        "在所选版本上改一个字段，可多次给出：字段=值",
        "change a field on top of the kept side; may be repeated: FIELD=VALUE",
    ),
    # report
    "merge_report_title": ("合并报告", "Merge report"),
    "merge_inputs_title": ("各账册贡献的记录", "Records each book contributed"),
    "merge_col_table": ("表", "Table"),
    "merge_col_total": ("合并后", "Merged"),
    "merge_col_added": ("新增", "Added"),
    "merge_col_updated": ("更新", "Updated"),
    "merge_col_deleted": ("删除", "Deleted"),
    "merge_col_conflicts": ("冲突", "Conflicts"),
    "merge_col_book": ("账册", "Book"),
    "merge_from_legend": (
        "#N：合并结果中采用了第 N 本账册所持版本的记录数。",
        "#N: merged records whose version book #N held.",
    ),
    "merge_counts_legend": (
        "新增：至少一本账册中没有的记录；更新、删除：至少一本账册中的版本被替换或删除"
        "（冲突另计，留待解决）。与账册的先后顺序无关。",
        "Added: records at least one book lacks; updated, deleted: records whose version in "
        "at least one book is replaced or deleted (conflicts are counted apart, to resolve). "
        "The order of the books does not matter.",
    ),
    "merge_input_line": (
        "#{n}  {group}（{year}年）· 设备 {device} · 最后保存 {saved} · {path}",
        "#{n}  {group} ({year}) · device {device} · last saved {saved} · {path}",
    ),
    "merge_changes_title": (
        "这次合并将删除或替换 {count} 条记录（自动履职记录随其活动记录）：",
        "This merge deletes or replaces {count} records (automatic duty entries follow "
        "their activity record):",
    ),
    "merge_changes_none": (
        "这次合并不删除、不替换任何账册中的记录。",
        "This merge deletes or replaces no record of any book.",
    ),
    "merge_change_line": (
        "  {what}：{kind}“{title}”（{date}），由 {by} 带来；{losing} 中的版本被取代",
        "  {what}: {kind} '{title}' ({date}) by {by}; the version in {losing} gives way",
    ),
    "merge_change_deleted": ("删除", "Deleted"),
    "merge_change_replaced": ("替换", "Replaced"),
    "merge_change_by_merge": ("合并时重新计算", "recomputed by the merge"),
    "merge_col_change": ("操作", "Change"),
    "merge_col_kind": ("类别", "Kind"),
    "merge_col_title": ("名称", "Record"),
    "merge_col_date": ("日期", "Date"),
    "merge_col_by": ("来自", "By"),
    "merge_col_losing": ("被取代", "Gives way"),
    "merge_written": ("已写入合并后的账册：{path}", "Merged book written: {path}"),
    "merge_dry_run": ("试运行：未写入任何文件。", "Dry run: nothing was written."),
    "merge_conflicts_left": (
        "有 {count} 条记录存在冲突，请用 grouptui --book {path} conflicts 查看并解决。",
        "{count} records are in conflict; review them with grouptui --book {path} conflicts.",
    ),
    "merge_no_conflicts": ("没有冲突。", "No conflicts."),
    # conflicts listing
    "conflicts_none": ("没有未解决的冲突。", "No unresolved conflicts."),
    "conflicts_count": ("未解决的冲突：{count} 条", "Unresolved conflicts: {count}"),
    "conflict_heading": ("{table}：{title}（编号 {id}）", "{table}: {title} (id {id})"),
    "conflict_col_field": ("字段", "Field"),
    "conflict_col_winner": ("当前显示", "Shown"),
    "conflict_col_other": ("冲突版本 {n}", "Other {n}"),
    "conflict_col_chosen": ("采用", "Use"),
    "conflict_deleted": ("（已删除）", "(deleted)"),
    "conflict_resolved": (
        "已解决冲突：{title}（编号 {id}）。还剩 {count} 条。",
        "Conflict resolved: {title} (id {id}). {count} left.",
    ),
    "conflict_untitled": ("（无标题）", "(untitled)"),
    # TUI: merge screen
    "merge_screen_title": ("年终合并", "Year-end merge"),
    "merge_path_placeholder": (
        "输入账册文件路径后按回车加入",
        "type a book file's path and press Enter to add it",
    ),
    "merge_out_label": ("合并结果写入：", "Write the merged book to:"),
    "merge_choices_label": (
        "要合并的账册（空格键勾选）：",
        "Books to merge (space to tick):",
    ),
    "merge_preview": ("预览报告", "Preview"),
    "merge_write": ("写入合并结果", "Write merged book"),
    "merge_need_two": ("请至少勾选两本账册。", "Tick at least two books."),
    "merge_working": ("正在合并……", "Merging..."),
    "merge_confirm": (
        "将 {count} 本账册合并写入 {path}？输入的账册不会被改动。",
        "Merge {count} books into {path}? The inputs are not changed.",
    ),
    "merge_confirm_yes": ("写入", "Write"),
    "merge_confirm_no": ("取消", "Cancel"),
    "merge_added_path": ("已加入：{path}", "Added: {path}"),
    "merge_path_missing": ("找不到文件：{path}", "No such file: {path}"),
    "merge_preview_first": ("请先预览报告。", "Preview the report first."),
    # TUI: going on where the CLI needs --force (each asked on its own)
    "merge_mismatch_ask_title": ("不是同一小组同一年度", "Books of different groups or years"),
    "merge_mismatch_ask": (
        "{path} 是“{group}”{year} 年的账册，与 {first}（“{first_group}”{first_year} 年）"
        "不是同一小组同一年度。仍要合并吗？合并结果沿用 {first} 的小组和年度。",
        "{path} is the book of '{group}' for {year}, not of '{first_group}' for "
        "{first_year} like {first}. Merge them anyway? The merged book keeps the group and "
        "year of {first}.",
    ),
    "merge_mismatch_ask_yes": ("仍要合并", "Merge anyway"),
    "merge_out_exists_ask_title": ("输出文件已存在", "The output file exists"),
    "merge_out_exists_ask": (
        "{path} 已存在。要用合并结果替换它吗？被替换的文件会留一份在它的备份中。",
        "{path} already exists. Replace it with the merged book? The file it replaces is "
        "kept among its backups.",
    ),
    "merge_out_exists_ask_yes": ("替换", "Replace"),
    "merge_out_exists_note": (
        "{path} 已存在：写入时会先询问是否替换。",
        "{path} already exists: writing will ask before replacing it.",
    ),
    "merge_note_mismatch_tui": (
        "已按你的确认合并：{path} 是“{group}”{year} 年的账册。",
        "Merged anyway, as you confirmed: {path} is the book of '{group}' for {year}.",
    ),
    # TUI: opening the merged book
    "merge_open_ask": (
        "合并结果已写入 {path}。现在打开它吗？（将关闭 {current}）",
        "The merged book is in {path}. Open it now? ({current} is closed.)",
    ),
    "merge_open_ask_conflicts": (
        "合并结果已写入 {path}，其中有 {count} 条冲突待解决。现在打开它吗？（将关闭 {current}）",
        "The merged book is in {path}, with {count} conflicts to resolve. Open it now? "
        "({current} is closed.)",
    ),
    "merge_open_yes": ("打开合并结果", "Open merged book"),
    "merge_open_no": ("留在当前账册", "Stay here"),
    "book_switched": ("已打开账册：{path}", "Book opened: {path}"),
    # TUI: conflicts screen
    "conflicts_screen_title": ("合并冲突", "Merge conflicts"),
    "conflicts_col_record": ("记录", "Record"),
    "conflicts_keep_winner": ("保留当前版本", "Keep shown"),
    "conflicts_keep_other": ("保留冲突版本", "Keep other"),
    "conflicts_pick": ("本字段换一方", "Switch side"),
    "conflicts_edit": ("修改本字段", "Edit"),
    "conflicts_save": ("保存组合", "Save"),
    "conflicts_choose_title": (
        "“{title}”要整条保留哪一个冲突版本？",
        "Which other version of '{title}' to keep whole?",
    ),
    "conflicts_other_of": ("冲突版本 {n}/{count}", "Other {n} of {count}"),
    "conflicts_version_from": ("{device} 于 {updated} 保存", "saved on {device}, {updated}"),
    "conflicts_side_origin": (
        "{side}：{device} 于 {updated} 保存",
        "{side}: saved on {device}, {updated}",
    ),
    "conflicts_same_as_shown": (
        "内容与当前显示的版本相同",
        "same content as the version shown",
    ),
    "conflicts_more_fields": ("  另有 {count} 个字段不同", "  and {count} more fields"),
    "conflicts_choose_hint": (
        "上下键或 o 选择，回车保留所选版本，数字键直接保留该版本，Esc 取消。",
        "Up/down or o to choose, Enter keeps it, its number keeps it at once; Escape cancels.",
    ),
    "conflicts_edit_title": ("修改“{field}”", "Edit '{field}'"),
    "conflicts_help": (
        "回车：本字段换用另一方的值；e：修改本字段；s：保存组合；w / o：整条保留一方。",
        "Enter: use the other side for this field; e: edit it; s: save the combination; "
        "w / o: keep one side whole.",
    ),
    "home_conflicts": (
        "未解决的合并冲突：{count} 条（按 x 查看）",
        "Open merge conflicts: {count} (press x)",
    ),
}

# Field names as shown beside each other in a conflict (keys are the stored field names).
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "deleted": ("已删除", "Deleted"),
    "name": ("姓名", "Name"),
    "levels": ("层级", "Levels"),
    "constituency": ("选区", "Constituency"),
    "phone": ("电话", "Phone"),
    "unit": ("单位", "Unit"),
    "is_new": ("新任", "First term"),
    "active": ("在任", "Active"),
    "joined_on": ("任职日期", "Joined on"),
    "retired_on": ("离任日期", "Retired on"),
    "remarks": ("备注", "Remarks"),
    "quarter": ("季度", "Quarter"),
    "month": ("月", "Month"),
    "day": ("日", "Day"),
    "form": ("活动形式", "Form"),
    "title": ("标题", "Title"),
    "content": ("内容", "Content"),
    "participants": ("参加人员", "Participants"),
    "organiser": ("组织者", "Organiser"),
    "status": ("状态", "Status"),
    "template": ("模板", "Template"),
    "date": ("日期", "Date"),
    "start": ("开始", "Start"),
    "end": ("结束", "End"),
    "place": ("地点", "Place"),
    "theme": ("主题", "Theme"),
    "recorder": ("记录人", "Recorder"),
    "plan_id": ("计划事项", "Plan item"),
    "minutes": ("纪要", "Minutes"),
    "voter_opinions": ("群众意见", "Voters' opinions"),
    "problems": ("发现的问题", "Problems found"),
    "summary": ("小结", "Summary"),
    "suggestions_formed": ("形成的建议", "Suggestions formed"),
    "briefing_sent": ("已报送简报", "Briefing sent"),
    "training_kind": ("学习类别", "Training kind"),
    "training_days": ("学习天数", "Training days"),
    "quick": ("速记记录", "Quick record"),
    "record_id": ("所属活动", "Activity"),
    "deputy_id": ("代表", "Deputy"),
    "leave_reason": ("请假事由", "Leave reason"),
    "approved_by": ("批准人", "Approved by"),
    "assessment": ("考核方式", "Assessment"),
    "assessment_done": ("已考核", "Assessed"),
    "assessment_result": ("考核结果", "Assessment result"),
    "at": ("时间", "Time"),
    "text": ("内容", "Text"),
    "tag": ("标签", "Tag"),
    "folded": ("已并入纪要", "Folded into minutes"),
    "what": ("追踪事项", "What"),
    "responsible": ("责任人", "Responsible"),
    "due": ("期限", "Due"),
    "result": ("结果", "Result"),
    "category": ("类别", "Category"),
    "hours": ("时长（小时）", "Hours"),
    "auto": ("由出勤生成", "From attendance"),
    "proposers": ("提出人", "Proposers"),
    "during_session": ("会议期间提出", "During the session"),
    "history": ("办理经过", "History"),
    "reply": ("答复", "Reply"),
    "satisfaction": ("满意度", "Satisfaction"),
    "follow_up": ("跟踪", "Follow-up"),
    "village": ("村（社区）", "Village"),
    "contact": ("联系方式", "Contact"),
    "raised": ("反映的问题", "Raised"),
    "handling": ("办理情况", "Handling"),
    "values": ("设置值", "Values"),
}

MESSAGES.update({f"mergefield_{k}": v for k, v in FIELD_LABELS.items()})
