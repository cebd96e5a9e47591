"""Each language speaks only itself: a Chinese message holds Chinese, an English one none.

Only labels an export test or a snapshot happens to assert were protected before; a Chinese
label replaced by English ("Expected" for 预期) went unnoticed everywhere else.
"""

from __future__ import annotations

import re
import string

import pytest

from grouptui.domain import training, vocab
from grouptui.i18n import catalog

#: A Chinese character (CJK ideographs, extension A included).
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
#: What English text never holds: Chinese characters and full-width or CJK punctuation.
NOT_ENGLISH = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")

#: Chinese messages with no word in them, only parameters and punctuation.
ZH_WITHOUT_HAN = {
    "checklist_rule_detail",
    "export_cover_line",
    "export_detail_sep",
    "export_late",
    "export_leave",
    "sug_detail_history",
    "sug_status_done",
    "config_fault_sep",
    "doc_heading",
    "comma",
    "rec_assessment",
    "briefing_sentence",
    "briefing_list_sep",
    "briefing_followup",
    "reg_reported_graded",
    "summary_list_sep",
    "report_entry",
    "cli_colon",
    "cli_notes",
    "cli_note_sep",
    "setting_unit_percent",
    "sug_change",
}

#: Codes that read the same in both languages: JSON's own names for its values.
CODES = {"bad_doc_json_bool", "bad_doc_json_NoneType"}

#: English messages that quote Chinese on purpose: a name, or text the user types or reads.
EN_WITH_CHINESE = {
    "cmd_language": "the name of the other language, written as its readers write it",
    "first_run_group_placeholder": "an example of a group's name, which is Chinese",
    "first_run_township_placeholder": "an example of a township's name, which is Chinese",
    "import_no_name_column": "the header a roster file must have",
    "opt_form": "an example of what --form accepts",
    "score_dialog_title": "the name of the official scoring table, as printed on it",
}


def _vocabularies() -> dict[str, tuple[str, str]]:
    """Every closed vocabulary's labels (key -> (zh, en)), keyed ``TABLE.key``."""
    tables = {**vars(vocab), "ASSESSMENT_KINDS": training.ASSESSMENT_KINDS}
    return {
        f"{name}.{key}": pair
        for name, table in tables.items()
        if name.isupper() and isinstance(table, dict)
        for key, pair in table.items()
        if isinstance(pair, tuple)
    }


MESSAGES = {**catalog(), **_vocabularies()}


def _words(text: str) -> str:
    """``text`` without its ``{parameters}``."""
    return "".join(literal for literal, *_ in string.Formatter().parse(text))


def test_the_vocabularies_are_found() -> None:
    assert MESSAGES["FORMS.study"] == ("学习培训", "study / training")
    assert MESSAGES["LEVELS.town"] == ("镇", "town")


def test_every_chinese_message_holds_chinese() -> None:
    lacking = {key: zh for key, (zh, _en) in MESSAGES.items() if not HAN.search(zh)}
    assert {k: v for k, v in lacking.items() if k not in ZH_WITHOUT_HAN | CODES} == {}


@pytest.mark.parametrize("key", sorted(CODES))
def test_codes_read_the_same_in_both_languages(key: str) -> None:
    zh, en = MESSAGES[key]
    assert zh == en


def test_every_english_message_holds_no_chinese() -> None:
    chinese = {key: en for key, (_zh, en) in MESSAGES.items() if NOT_ENGLISH.search(en)}
    assert {k: v for k, v in chinese.items() if k not in EN_WITH_CHINESE} == {}


@pytest.mark.parametrize("key", sorted(ZH_WITHOUT_HAN))
def test_chinese_exceptions_hold_no_word(key: str) -> None:
    """An exception may hold punctuation only: a word there would be a missed translation."""
    zh, en = MESSAGES[key]
    assert not any(ch.isalpha() for ch in _words(zh) + _words(en))


@pytest.mark.parametrize("key", sorted(EN_WITH_CHINESE))
def test_english_exceptions_still_quote_chinese(key: str) -> None:
    """An exception that no longer needs its Chinese is dropped from the list."""
    assert NOT_ENGLISH.search(MESSAGES[key][1])
