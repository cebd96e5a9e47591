"""Words of the book store and the core CLI: errors, init, info, roster, demo."""

MESSAGES: dict[str, tuple[str, str]] = {
    # generic
    "app_name": ("人大代表小组账册", "Deputy group books"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "none": ("无", "none"),
    # the default of `voter add --status`, as help shows it: FOLLOWUP_STATUS["open"]
    "default_voter_status": ("未办结", "open"),
    "usage_error": ("用法有误；请看 --help。", "Bad usage; see --help."),
    "usage_no_such_option": ("没有这个选项：{name}。", "No such option: {name}."),
    "usage_missing": ("缺少 {name}。", "Missing {name}."),
    "usage_bad_value": ("{name} 的值不对。", "The value of {name} is not valid."),
    "usage_no_such_command": ("没有这个命令：{name}。", "No such command: {name}."),
    "usage_did_you_mean": ("是不是要用 {names}？", " Did you mean {names}?"),
    "usage_needs_value": ("选项 {name} 后面要跟一个值。", "The option {name} needs a value."),
    "usage_takes_no_value": ("选项 {name} 不带值。", "The option {name} takes no value."),
    "usage_extra_arguments": ("多出了参数：{args}。", "Unexpected extra arguments: {args}."),
    "usage_missing_command": ("缺少命令；请看 --help。", "A command is missing; see --help."),
    # Click's own words on every help page
    "cli_usage_prefix": ("用法：", "Usage: "),
    "cli_usage": ("用法", "Usage"),
    "cli_options": ("选项", "Options"),
    "cli_arguments": ("参数", "Arguments"),
    "cli_commands": ("命令", "Commands"),
    "cli_colon": ("：", ":"),
    "cli_options_metavar": ("[选项]", "[OPTIONS]"),
    "cli_subcommand_metavar": ("命令 [参数]...", "COMMAND [ARGS]..."),
    "cli_help_option": ("显示本帮助并退出。", "Show this message and exit."),
    "cli_required": ("必填", "required"),
    "cli_default": ("默认：{value}", "default: {value}"),
    "cli_env_var": ("环境变量：{value}", "env var: {value}"),
    "cli_notes": ("  （{notes}）", "  [{notes}]"),
    "cli_note_sep": ("；", "; "),
    "cli_type_text": ("文本", "text"),
    "cli_type_path": ("路径", "path"),
    "cli_type_integer": ("整数", "integer"),
    "cli_type_number": ("数字", "number"),
    # Textual's own binding words (grouptui/widgets/textual_words.py)
    "textual_dismiss_menu": ("收起列表", "Dismiss menu"),
    "textual_exit_palette": ("关闭命令面板", "Exit the command palette"),
    "textual_open_palette": ("打开命令面板", "Open the command palette"),
    "internal_error": (
        "出现了意外错误（{kind}），账册未被改动。请把此消息告诉维护者。",
        "An unexpected error ({kind}) occurred; the book was not changed. Please report this.",
    ),
    "app_crashed": (
        "grouptui 出现了意外错误，已退出；已保存的内容都在账册中，错误记录（不含账册内容）在 "
        "{path}，请交给维护者。",
        "grouptui stopped on an unexpected error; everything saved is in the book, and the "
        "error log (without the book's contents) is {path}: please send it to the maintainer.",
    ),
    "app_crashed_no_log": (
        "grouptui 出现了意外错误，已退出；已保存的内容都在账册中。请把此消息告诉维护者。",
        "grouptui stopped on an unexpected error; everything saved is in the book. "
        "Please report this.",
    ),
    # the config file
    "config_problem": (
        "配置文件 {path} 有误：{faults}；这些设置按默认处理，文件未被改动。",
        "The config file {path} is wrong: {faults}; those settings take their defaults "
        "and the file is left as it is.",
    ),
    "config_fault_sep": ("；", "; "),
    "config_unreadable": ("无法读取", "it cannot be read"),
    "config_not_utf8": ("不是 UTF-8 编码", "it is not UTF-8"),
    "config_bad_json": (
        "不是有效的 JSON（第 {line} 行第 {column} 列）",
        "it is not valid JSON (line {line}, column {column})",
    ),
    "config_not_object": (
        "内容应为一个 JSON 对象（{...}）",
        "it should hold one JSON object ({...})",
    ),
    "config_not_text": ("“{name}” 应为文字", '"{name}" should be text'),
    "config_keys_not_map": (
        '“keys” 应为按键编号到按键的对照，如 {"help": "f12"}',
        '"keys" should map key ids to keys, e.g. {"help": "f12"}',
    ),
    "config_key_not_text": (
        '“keys” 中 “{name}” 的按键应为文字，如 "f12"',
        '"keys": the keys of "{name}" should be text, e.g. "f12"',
    ),
    "config_unknown_keys": (
        "“keys” 中有未知的按键编号 {ids}（见 README）",
        '"keys" has unknown key ids {ids} (see the README)',
    ),
    # book errors
    "book_not_found": (
        "找不到账册文件：{path}。可用 grouptui init 新建一本。",
        "No book at {path}. Create one with grouptui init.",
    ),
    "book_no_default": (
        "还没有账册。请用 grouptui init --group 小组名 --year 年份 新建，或用 --book 指定。",
        "No book yet. Create one with grouptui init --group NAME --year YYYY, or pass --book.",
    ),
    "book_is_dir": ("{path} 是文件夹，不是账册文件。", "{path} is a folder, not a book file."),
    "book_empty": ("账册文件 {path} 是空的。", "The book file {path} is empty."),
    "book_bom": (
        "账册文件 {path} 以 UTF-8 BOM 开头（可能被记事本另存过），请去掉 BOM 后再打开。",
        "The book file {path} starts with a UTF-8 BOM (saved by Notepad?); remove it first.",
    ),
    "book_not_utf8": (
        "账册文件 {path} 不是 UTF-8 编码（可能是 GBK），grouptui 没有读取它。",
        "The book file {path} is not UTF-8 (GBK?); grouptui did not read it.",
    ),
    "book_bad_json": (
        "账册文件 {path} 不是完整的 JSON（第 {line} 行），可能被截断；可从备份恢复。",
        "The book file {path} is not valid JSON (line {line}); it may be truncated. "
        "Restore a backup.",
    ),
    "book_not_a_book": (
        "{path} 是 JSON 文件，但不是 grouptui 账册。",
        "{path} is a JSON file but not a grouptui book.",
    ),
    "book_newer_schema": (
        "账册 {path} 由更新版本的 grouptui 写成（格式 {found}，本程序支持到 {ours}），请先升级。",
        "The book {path} was written by a newer grouptui (schema {found}, we know {ours}); "
        "upgrade first.",
    ),
    "book_read_only": (
        "账册 {path} 是只读的，无法保存；请检查文件或文件夹的权限。",
        "The book {path} is read-only and cannot be saved; check the file and folder permissions.",
    ),
    "book_unreadable": ("无法读取账册 {path}：{reason}", "Cannot read the book {path}: {reason}"),
    "book_not_regular": (
        "{path} 不是普通文件（可能是管道或设备），grouptui 没有读取它。",
        "{path} is not a regular file (a pipe or a device?); grouptui did not read it.",
    ),
    "book_too_large": (
        "账册文件 {path} 超过 {limit} MB，不像是 grouptui 账册，没有读取。",
        "The book file {path} is over {limit} MB, too large for a grouptui book; not read.",
    ),
    "book_locked": (
        "账册正由另一个 grouptui 使用（{holder}），请关闭后再试；只读命令仍可使用。",
        "The book is in use by another grouptui ({holder}); close it and try again. "
        "Read-only commands still work.",
    ),
    "lock_holder": (
        "进程 {pid}，{user}@{host}，自 {since} 起",
        "pid {pid}, {user}@{host}, since {since}",
    ),
    "lock_holder_unknown": ("持有者不明", "holder unknown"),
    "disk_full": (
        "磁盘已满，未能保存；账册保持原样。",
        "The disk is full; nothing was saved and the book is as it was.",
    ),
    "write_failed": (
        "未能保存账册（{reason}）；账册保持原样。",
        "Could not save the book ({reason}); it is as it was.",
    ),
    "book_changed_outside": (
        "账册 {path} 在打开后被其他程序改动过（例如恢复了备份），为免覆盖，这次没有保存；"
        "已重新读取磁盘上的账册，请再做一次。",
        "The book {path} was changed by another program since it was opened (a restored "
        "backup?); to keep that version nothing was saved, and the book was read again "
        "from disk: please do it again.",
    ),
    "book_exists": (
        "{path} 已有账册；如确要覆盖，请加 --force。",
        "A book already exists at {path}; add --force to overwrite it.",
    ),
    "bad_group_name": (
        "小组名不能为空，也不能含有 /、\\、.. 或控制字符。",
        "The group name must not be empty or contain /, \\, .. or control characters.",
    ),
    "group_name_too_long": (
        "小组名最长 {limit} 个字。",
        "The group name may be at most {limit} characters.",
    ),
    "roster_phone_flagged": (
        "电话“{phone}”不像手机或座机号码，已照原样保存，请核对。",
        "The phone '{phone}' does not look like a mobile or landline number; saved as typed, "
        "please check it.",
    ),
    "bad_year": (
        "年份应为四位数字，例如 2026，而不是“{value}”。",
        "The year must be four digits, like 2026, not '{value}'.",
    ),
    "bad_date": (
        "日期应为 YYYY-MM-DD，例如 2026-03-15，而不是“{value}”。",
        "Dates are YYYY-MM-DD, like 2026-03-15, not '{value}'.",
    ),
    "date_outside_year": (
        "日期 {value} 不在本账册的年份 {year} 内。",
        "The date {value} is outside the book's year {year}.",
    ),
    "not_found_id": ("找不到编号为 {id} 的{what}。", "No {what} with id {id}."),
    "ambiguous_id": (
        "编号 {id} 对应多条{what}，请写得更长一些。",
        "The id {id} matches several {what}; type more of it.",
    ),
    # init / info / new-year
    "init_done": ("已新建账册：{path}", "Book created: {path}"),
    "new_year_done": ("已新建 {year} 年账册：{path}", "Book for {year} created: {path}"),
    "info_path": ("账册文件", "Book file"),
    "info_group": ("代表小组", "Group"),
    "info_township": ("乡镇", "Township"),
    "info_year": ("年度", "Year"),
    "info_schema": ("格式版本", "Schema version"),
    "info_book_id": ("账册编号", "Book id"),
    "info_devices": ("写入过的设备", "Devices that wrote it"),
    "info_counts": ("条目数", "Counts"),
    "info_backups": ("备份", "Backups"),
    "info_no_backups": ("（暂无备份）", "(no backups yet)"),
    # tables (what)
    "what_deputy": ("代表", "deputy"),
    "what_record": ("活动记录", "activity record"),
    "what_plan": ("计划事项", "plan item"),
    "what_suggestion": ("建议", "suggestion"),
    "what_duty": ("履职记录", "duty entry"),
    "table_deputies": ("代表", "deputies"),
    "table_plan": ("计划事项", "plan items"),
    "table_records": ("活动记录", "activity records"),
    "table_attendance": ("出勤", "attendance marks"),
    "table_notes": ("速记", "quick notes"),
    "table_followups": ("追踪事项", "follow-ups"),
    "table_duty": ("履职记录", "duty entries"),
    "table_suggestions": ("建议", "suggestions"),
    "table_voters": ("接待选民", "voters received"),
    "table_settings": ("设置", "settings"),
    # roster
    "col_name": ("姓名", "Name"),
    "col_levels": ("层级", "Levels"),
    "col_constituency": ("选区", "Constituency"),
    "col_phone": ("电话", "Phone"),
    "col_unit": ("单位", "Unit"),
    "col_new": ("新任", "New"),
    "col_active": ("在任", "Active"),
    "roster_added": ("已添加代表：{name}", "Deputy added: {name}"),
    "roster_retired": ("已标记离任：{name}", "Deputy retired: {name}"),
    "roster_imported": (
        "已导入 {count} 名代表，跳过 {skipped} 行。",
        "Imported {count} deputies, skipped {skipped} rows.",
    ),
    "roster_empty": ("名册里还没有代表。", "The roster is empty."),
    "deputy_exists": (
        "名册里已有代表“{name}”。",
        "The roster already has a deputy named '{name}'.",
    ),
    "deputy_not_found": ("名册里没有代表“{name}”。", "No deputy named '{name}' in the roster."),
    "deputy_name_bad": (
        "代表姓名不能为空，也不能含控制字符或逗号。",
        "A deputy's name must not be empty or contain control characters or commas.",
    ),
    "bad_level": (
        "层级“{value}”不对，可用：乡、镇、街道、县、区、市、州、省。",
        "Unknown level '{value}'; use township, town, subdistrict, county, district, city, "
        "prefecture or province.",
    ),
    "import_bad_file": ("无法导入 {path}：{reason}", "Cannot import {path}: {reason}"),
    "input_not_regular": (
        "{path} 不是普通文件（可能是管道或设备），没有读取。",
        "{path} is not a regular file (a pipe or a device?); it was not read.",
    ),
    "input_too_large": (
        "{path} 超过 {limit} MB，太大，没有读取。",
        "{path} is over {limit} MB, too large; it was not read.",
    ),
    "import_no_name_column": (
        "{path} 的表头里没有“姓名”列。",
        "{path} has no 'name' (姓名) column in its header.",
    ),
    "import_bad_type": (
        "只能导入 .csv 或 .xlsx 文件。",
        "Only .csv and .xlsx files can be imported.",
    ),
    # demo
    "demo_done": ("示例账册已生成：{path}", "Demo book written: {path}"),
    "demo_bad_records": (
        "--records 应为 0 到 100000 之间的整数。",
        "--records must be a whole number from 0 to 100000.",
    ),
    "tui_unavailable": ("界面尚未就绪。", "The TUI is not available yet."),
}

MESSAGES.update(
    {
        # CLI help
        "cli_help": (
            "人大代表小组账册：活动计划、活动记录本、履职记录和年终合并导出。不带命令时打开界面。",
            "The books of a People's Congress deputy group. With no command, opens the TUI.",
        ),
        "opt_book": (
            "账册文件（默认：上次使用的账册）",
            "the book file (default: the last one used)",
        ),
        "opt_lang": ("界面语言：zh 或 en", "language: zh or en"),
        "opt_version": ("显示版本号", "show the version"),
        "opt_json": ("以 JSON 输出", "print JSON"),
        "opt_group": ("代表小组名称", "the deputy group's name"),
        "opt_year": ("年度，例如 2026", "the year, e.g. 2026"),
        "opt_township": ("乡镇名称", "the township"),
        "opt_template": (
            "全年活动计划模板（见 plan templates）",
            "a plan template (see plan templates)",
        ),
        "opt_force_init": ("覆盖已有的账册", "overwrite an existing book"),
        "opt_demo_dir": ("示例账册所在文件夹", "folder for the demo book"),
        "opt_no_open": ("只生成，不打开界面", "write it but do not open the TUI"),
        "opt_records": (
            "活动记录条数（用于性能测试）",
            "number of activity records (for benchmarks)",
        ),
        "opt_level": ("代表层级，可多次给出", "level of the deputy; may be repeated"),
        "opt_constituency": ("选区", "constituency"),
        "opt_phone": ("电话", "phone"),
        "opt_unit": ("工作单位", "work unit"),
        "opt_new": ("新任代表", "first-term deputy"),
        "arg_name": ("代表姓名", "the deputy's name"),
        "arg_import_file": (".csv 或 .xlsx 名册文件", "a .csv or .xlsx roster file"),
        "help_init": ("新建一本账册（一个小组一年）", "create a book (one group, one year)"),
        "help_new_year": (
            "新建下一年的账册，沿用名册、规则和计划",
            "start next year's book: roster, rules and plan carried over",
        ),
        "help_info": (
            "账册信息：路径、小组、年度、条目数、备份",
            "the book: path, group, year, counts, backups",
        ),
        "help_demo": ("生成并打开示例账册", "write and open a demo book"),
        "help_roster": ("代表名册", "the roster of deputies"),
        "help_roster_list": ("列出名册", "list the roster"),
        "help_roster_add": ("添加代表", "add a deputy"),
        "help_roster_retire": ("标记代表离任", "mark a deputy retired"),
        "help_roster_import": ("从 .csv 或 .xlsx 导入名册", "import a roster from .csv or .xlsx"),
        "info_conflicts": ("未解决的合并冲突", "unresolved merge conflicts"),
        "template_not_found": (
            "没有名为“{name}”的模板；可用：{names}。",
            "No template named '{name}'; available: {names}.",
        ),
        "template_malformed": (
            "模板“{name}”的文件已损坏，未作任何改动。",
            "The template '{name}' is malformed; nothing was changed.",
        ),
    }
)

MESSAGES.update(
    {
        "nav_home": ("首页", "Home"),
        "nav_checklist": ("季度活动清单", "Quarterly checklist"),
        "nav_records": ("活动记录本", "Record book"),
        "nav_quick": ("视察速记", "Quick notes"),
        "nav_duty": ("履职记录本", "Duty logs"),
        "nav_register": ("履职情况登记表", "Registration form"),
        "nav_suggestions": ("建议、批评和意见", "Suggestions"),
        "nav_roster": ("代表名册", "Roster"),
        "nav_merge": ("年终合并", "Year-end merge"),
        "nav_conflicts": ("合并冲突", "Merge conflicts"),
        "nav_export": ("导出账册", "Export"),
    }
)

MESSAGES.update(
    {
        # shared by several commands and screens
        "opt_quarter": ("季度：1 到 4", "quarter: 1 to 4"),
        "col_date": ("日期", "Date"),
        "col_form": ("形式", "Form"),
        "col_theme": ("主题", "Theme"),
    }
)
