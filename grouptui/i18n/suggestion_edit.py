"""Words of editing, deleting and restoring suggestions (CLI and the suggestions screen)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # errors
    "sug_content_long": (
        "建议内容太长（最多 {limit} 个字）。",
        "The content is too long (at most {limit} characters).",
    ),
    "sug_by_and_proposer": (
        "--by 已给出全部提出人，不能再同时用 --proposer 或 --co-signers。",
        "--by gives all the deputies already; do not combine it with --proposer or --co-signers.",
    ),
    "sug_proposer_empty": (
        '请写明提出人；要去掉所有代表，用 --by ""。',
        'Name the proposer; to take every deputy off, use --by "".',
    ),
    "sug_co_signers_without_proposer": (
        "这条建议还没有提出人：请先写明提出人，再加附议人。",
        "This suggestion has no proposer yet: name the proposer before the co-signers.",
    ),
    "sug_not_deleted": (
        "建议“{title}”没有被删除，无需恢复。",
        "The suggestion '{title}' is not deleted; there is nothing to restore.",
    ),
    "sug_edit_nothing": (
        "没有要修改的内容：请至少给出一个选项（见 --help）。",
        "Nothing to change: give at least one option (see --help).",
    ),
    # CLI
    "help_suggestion_edit": ("修改建议的标题、内容、提出人等", "change a suggestion's fields"),
    "help_suggestion_delete": (
        "删除一条建议（可用 suggestion restore 撤销）",
        "delete a suggestion (undo with suggestion restore)",
    ),
    "help_suggestion_restore": ("恢复删除的建议", "bring back a deleted suggestion"),
    "opt_sug_by_replace": (
        "提出人和附议人，替换原有的全部（逗号分隔，第一位为提出人；空为无）",
        "proposer and co-signers, replacing all (comma-separated, the first proposes)",
    ),
    "opt_sug_proposer": ("提出人（保留附议人）", "the proposer (co-signers kept)"),
    "opt_sug_co_signers": (
        "附议人，替换原有的（逗号分隔；空为无）",
        "the co-signers, replacing them (comma-separated; empty for none)",
    ),
    "opt_sug_record_edit": (
        "来自哪次活动（活动记录编号；空为不关联）",
        "the activity it came from (a record id; empty for none)",
    ),
    "opt_sug_session_flag": (
        "大会期间提出 / 闭会期间提出",
        "made during the session / between sessions",
    ),
    "opt_sug_deleted": ("只列出已删除的建议", "list the deleted suggestions only"),
    "sug_edited": ("已修改建议 {id}（{title}）。", "Suggestion {id} ({title}) changed."),
    "sug_deleted_done": (
        "已删除建议 {id}（{title}）；可用 grouptui suggestion restore {id} 撤销。",
        "Suggestion {id} ({title}) deleted; undo with grouptui suggestion restore {id}.",
    ),
    "sug_restored": ("已恢复建议 {id}（{title}）。", "Suggestion {id} ({title}) restored."),
    # the screen
    "sug_key_edit": ("修改", "edit"),
    "sug_key_delete": ("删除", "delete"),
    "sug_key_undo": ("撤销删除", "undo"),
    "sug_deleted_undo": ("已删除“{title}”，按 U 撤销。", "Deleted '{title}'; press U to undo."),
    "sug_undone": ("已恢复“{title}”。", "'{title}' restored."),
    "sug_edit_title": ("修改建议", "Edit suggestion"),
    "sug_field_title": ("标题", "Title"),
    "sug_field_proposer": ("提出人", "Proposer"),
    "sug_field_co_signers": ("附议人", "Co-signers"),
    "sug_field_no_proposer": ("（无）", "(none)"),
    "sug_field_date": ("提出日期（年-月-日）", "Date (YYYY-MM-DD)"),
    "sug_field_session": ("提出时间", "When it was made"),
    "sug_field_during": ("大会期间提出（不勾为闭会期间）", "During the session (else between)"),
    "sug_field_record": ("来自哪次活动", "From the activity"),
    "sug_field_no_record": ("（不关联活动）", "(no activity)"),
    "sug_field_retired_hint": (
        "已离任的代表也列出，以便保留原有的提出人。",
        "Deputies who left are listed too, so earlier proposers can stay.",
    ),
}
