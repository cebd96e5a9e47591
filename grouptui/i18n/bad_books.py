"""Words of a book whose documents do not fit their field types (a hand-edited or damaged file)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "book_name_too_long": (
        "账册文件名太长（{size} 字节，最多 {limit} 字节，grouptui 还要在旁边建同名的锁文件和备份）："
        "{path}；请换一个短些的名字。",
        "The book's file name is too long ({size} bytes, at most {limit}, since grouptui "
        "keeps a lock file and backups named after it): {path}; choose a shorter name.",
    ),
    "path_part_too_long": (
        "路径中的“{part}”太长（{size} 字节，最多 {limit} 字节）；请换一个短些的名字。",
        "The name “{part}” in the path is too long ({size} bytes, at most {limit}); "
        "choose a shorter one.",
    ),
    "path_too_long": (
        "路径太长（{size} 字节，最多 {limit} 字节）：{path}。",
        "The path is too long ({size} bytes, at most {limit}): {path}.",
    ),
    "import_bad_csv": (
        "无法导入 {path}：第 {line} 行有超长的字段或空字符，不像是花名册；没有导入任何代表。",
        "Cannot import {path}: line {line} holds an overlong field or a NUL character, "
        "which no roster has; no deputy was imported.",
    ),
    "book_too_complex": (
        "账册文件 {path} 含有嵌套过深的括号或位数过多的数字，不是 grouptui 写的账册；"
        "grouptui 没有打开它，请从备份恢复。",
        "The book file {path} holds brackets nested too deep or a number with too many "
        "digits, which no grouptui book has; grouptui did not open it (restore a backup).",
    ),
    "bad_doc_field": (
        "账册 {path} 中{table}的{record}，字段“{field}”{problem}；grouptui 没有打开它，"
        "请从备份恢复或改正这一处。",
        "The book {path} has a bad value in {table}, {record}, field “{field}”: {problem}; "
        "grouptui did not open it (restore a backup or correct that value).",
    ),
    "bad_doc_not_a_record": (
        "账册 {path} 中{table}的第 {n} 条是{found}，不是一条记录；grouptui 没有打开它，"
        "请从备份恢复或改正这一处。",
        "The book {path} has {found} instead of a record in {table}, entry {n}; "
        "grouptui did not open it (restore a backup or correct that entry).",
    ),
    "bad_doc_bad_key": (
        "账册 {path} 中{table}的条目编号“{n}”不是数字；grouptui 没有打开它，"
        "请从备份恢复或改正这一处。",
        "The book {path} has an entry numbered “{n}” in {table}, which is not a number; "
        "grouptui did not open it (restore a backup or correct it).",
    ),
    "bad_doc_meta_field": (
        "账册 {path} 的账册信息中，字段“{field}”{problem}；grouptui 没有打开它，"
        "请从备份恢复或改正这一处。",
        "The book {path} has a bad value in the book's identity (meta), field “{field}”: "
        "{problem}; grouptui did not open it (restore a backup or correct that value).",
    ),
    "bad_doc_table_meta": ("账册信息", "the book's identity"),
    "bad_doc_record": ("记录 {id}", "record {id}"),
    "bad_doc_record_label": ("记录 {id}（{label}）", "record {id} ({label})"),
    "bad_doc_entry": ("第 {n} 条", "entry {n}"),
    "bad_doc_entry_label": ("第 {n} 条（{label}）", "entry {n} ({label})"),
    "bad_doc_record_deep": (
        "账册 {path} 中{table}的{record}嵌套过深（超过 {limit} 层）；grouptui 没有打开它，"
        "请从备份恢复或改正这一处。",
        "The book {path} has {record} in {table} nested too deep (over {limit} levels); "
        "grouptui did not open it (restore a backup or correct it).",
    ),
    "bad_doc_expect_rule": ("不是这条规则可取的值", "is not a value this rule can take"),
    "bad_doc_expect_year": ("应为 1949 到 2199 之间的年份", "must be a year from 1949 to 2199"),
    "bad_doc_expect_missing": ("缺失", "is missing"),
    "bad_doc_expect_text": ("应为文字", "must be text"),
    "bad_doc_expect_int": ("应为整数", "must be a whole number"),
    "bad_doc_expect_int_range": (
        "应为 {low} 到 {high} 之间的整数",
        "must be a whole number from {low} to {high}",
    ),
    "bad_doc_expect_number": ("应为不太大的数字", "must be a number of sensible size"),
    "bad_doc_expect_bool": ("应为 true 或 false", "must be true or false"),
    "bad_doc_expect_date": ("应为 YYYY-MM-DD 格式的日期", "must be a date as YYYY-MM-DD"),
    "bad_doc_expect_texts": ("应为文字的列表", "must be a list of texts"),
    "bad_doc_expect_docs": ("应为记录的列表", "must be a list of records"),
    "bad_doc_expect_mapping": ("应为键值对象", "must be an object of keys and values"),
    "bad_doc_json_list": ("列表", "a list"),
    "bad_doc_json_str": ("文字", "a text"),
    "bad_doc_json_int": ("数字", "a number"),
    "bad_doc_json_float": ("数字", "a number"),
    "bad_doc_json_bool": ("true/false", "true/false"),
    "bad_doc_json_NoneType": ("null", "null"),
}
