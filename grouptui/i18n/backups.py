"""Words of the backups and of ``grouptui restore`` (CLI and the TUI's restore screen)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "help_restore": (
        "列出账册的备份，或恢复其中一份（恢复前的账册先存为备份）",
        "list the book's backups, or restore one (the current book is kept as a backup first)",
    ),
    "arg_restore_number": (
        "要恢复的备份编号（见不带编号时的列表）",
        "number of the backup to restore (from the list shown without it)",
    ),
    "restore_col_number": ("编号", "No."),
    "restore_col_taken": ("保存时间", "Saved"),
    "restore_col_size": ("大小", "Size"),
    "restore_col_counts": ("内容", "Contents"),
    "restore_unreadable": ("（无法读取）", "(unreadable)"),
    "restore_counts": (
        "代表{deputies} 活动{records} 速记{notes} 履职{duty} 建议{suggestions}",
        "deputies {deputies} · records {records} · notes {notes} · duty {duty} · "
        "suggestions {suggestions}",
    ),
    "restore_none": (
        "账册 {path} 还没有备份，无可恢复。",
        "The book {path} has no backups yet; there is nothing to restore.",
    ),
    "restore_bad_number": (
        "没有编号为 {value} 的备份；请用 1 到 {count} 之间的编号（不带编号运行可查看列表）。",
        "There is no backup number {value}; use a number from 1 to {count} "
        "(run without a number to see the list).",
    ),
    "restore_done": (
        "已恢复 {taken} 保存的版本；恢复前的账册已存为备份。",
        "Restored the version saved {taken}; the book as it was is kept among the backups.",
    ),
    "opt_roster_include_contacts": (
        "显示完整电话号码（默认隐去中间四位）",
        "show full phone numbers (masked by default)",
    ),
    "restore_title": ("恢复备份", "Restore a backup"),
    "restore_hint": (
        "选择一份备份，按回车恢复。恢复前的账册会先存为备份，可再恢复回来。",
        "Choose a backup and press Enter. The book as it is now is kept as a backup first, "
        "so a restore can be undone.",
    ),
    "restore_confirm": (
        "用 {taken} 保存的版本替换当前账册？当前账册会先存为备份。",
        "Replace the book with the version saved {taken}? The current book is kept as a "
        "backup first.",
    ),
    "restore_confirm_yes": ("恢复", "Restore"),
    "restore_confirm_no": ("取消", "Cancel"),
    "key_restore_backup": ("恢复备份", "Restore a backup"),
    "restore_command": ("恢复备份", "Restore a backup"),
    "restore_command_help": (
        "列出账册的备份并恢复其中一份",
        "list the book's backups and restore one",
    ),
}
