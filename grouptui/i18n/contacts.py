"""Words of the rule "contact voters twice a year" (一年两次联系选民)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "rule_name_voter_contacts": ("每名代表联系选民", "Every deputy contacts voters"),
    "rule_voter_contact_deputies": (
        "{total} 名代表中 {contacted} 名已联系选民，{met} 名已达要求次数（每年至少 {per_year} 次）",
        "{contacted} of {total} deputies have contacted voters, {met} as often as required "
        "(at least {per_year} a year)",
    ),
    "rule_voter_contact_pending": ("次数未满：{names}", "not enough yet: {names}"),
}
