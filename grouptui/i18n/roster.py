"""Words of the roster's terms (任职/离任), the deputies' profile and the roster import."""

MESSAGES: dict[str, tuple[str, str]] = {
    # CLI
    "help_roster_edit": (
        "修改代表信息（只改给出的项）",
        "change a deputy (only the options given)",
    ),
    "opt_joined": (
        "任职日期 YYYY-MM-DD（默认：账册年度的1月1日）",
        "joined on YYYY-MM-DD (default: 1 January of the book's year)",
    ),
    "opt_joined_edit": ("任职日期 YYYY-MM-DD", "joined on YYYY-MM-DD"),
    "opt_retire_on": (
        "离任日期 YYYY-MM-DD（默认：今天）",
        "retired on YYYY-MM-DD (default: today)",
    ),
    "opt_new_name": ("新的姓名", "the new name"),
    "opt_gender": ("性别：男 或 女", "gender: male or female"),
    "opt_born": ("出生年月，例如 1968-05", "born (year and month), like 1968-05"),
    "opt_ethnicity": ("民族，例如 汉族", "ethnicity"),
    "opt_party": ("政治面貌，例如 中共党员、群众", "political affiliation"),
    "opt_post": ("职务（与工作单位合为“单位及职务”）", "post held at the work unit"),
    # errors
    "joined_after_year": (
        "任职日期 {value} 晚于账册年度 {year} 年，这一年不在任。",
        "Joined on {value}: after the book's year {year}, so not in office that year.",
    ),
    "left_before_joined": (
        "离任日期 {value} 早于任职日期 {joined}。",
        "Retired on {value}: before joining on {joined}.",
    ),
    "gender_bad": (
        "性别应为“男”或“女”，而不是“{value}”。",
        "Gender is male or female, not '{value}'.",
    ),
    "born_bad": (
        "出生年月应写作 1968-05 或 1968年5月，而不是“{value}”。",
        "Born is a year and month like 1968-05, not '{value}'.",
    ),
    "profile_bad": (
        "民族、政治面貌、职务各不超过 {limit} 个字，不能含控制字符。",
        "Ethnicity, affiliation and post take at most {limit} characters, no control characters.",
    ),
    # import
    "import_skipped_row": ("第 {row} 行：{reason}", "Row {row}: {reason}"),
    "import_skip_no_name": ("没有姓名，未导入。", "no name; not imported."),
    "import_skip_twice": (
        "{name} 在文件里已出现过，未重复导入。",
        "{name} appears earlier in the file; not imported twice.",
    ),
    "import_skip_exists": ("{name} 已在名册里，未导入。", "{name} is already on the roster."),
    # the deputy form and the roster screen
    "deputy_field_post": ("职务", "Post"),
    "deputy_field_joined": ("任职日期", "Joined on"),
    "deputy_field_joined_hint": (
        "YYYY-MM-DD；年中补选的代表填当选日期，规则只按任职的月份要求。",
        "YYYY-MM-DD; for a by-election, the day elected: the rules count only the months served.",
    ),
    "deputy_field_gender": ("性别", "Gender"),
    "deputy_field_gender_blank": ("（未填）", "(not given)"),
    "deputy_field_born": ("出生年月", "Born"),
    "deputy_field_born_hint": ("例如 1968-05", "year and month, like 1968-05"),
    "deputy_field_ethnicity": ("民族", "Ethnicity"),
    "deputy_field_party": ("政治面貌", "Political affiliation"),
    "roster_retire_date": ("离任日期（YYYY-MM-DD）", "Retired on (YYYY-MM-DD)"),
    # the registration form's profile
    "reg_col_gender": ("性别", "Gender"),
    "reg_col_born": ("出生年月", "Born"),
    "reg_col_ethnicity": ("民族", "Ethnicity"),
    "reg_col_party": ("政治面貌", "Affiliation"),
    "reg_col_unit_post": ("单位及职务", "Unit and post"),
    "reg_col_term": ("任职时间", "Term"),
    "reg_term_from": ("{start}起", "from {start}"),
    "reg_term_span": ("{start}至{end}", "{start} to {end}"),
    "reg_born": ("{born}生", "born {born}"),
    "reg_line_term_from": ("{start}起任职", "in office from {start}"),
    "reg_line_term_span": ("{start}至{end}任职", "in office {start} to {end}"),
    # the profile's fields as a merge conflict names them
    "mergefield_gender": ("性别", "Gender"),
    "mergefield_born": ("出生年月", "Born"),
    "mergefield_ethnicity": ("民族", "Ethnicity"),
    "mergefield_party": ("政治面貌", "Political affiliation"),
    "mergefield_post": ("职务", "Post"),
}
