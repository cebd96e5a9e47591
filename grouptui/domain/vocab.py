"""The closed vocabularies of the books: activity forms, duty categories, note tags, levels.

The book stores the stable English keys; users may type a key, its Chinese name or its
English name. Each table is ``key -> (zh, en)``.
"""

from __future__ import annotations

from collections.abc import Mapping

FORMS: dict[str, tuple[str, str]] = {
    "study": ("学习培训", "study / training"),
    "inspection": ("视察", "inspection"),
    "research": ("调研", "research"),
    "enforcement_check": ("执法检查", "law-enforcement check"),
    "appraisal": ("评议", "appraisal"),
    "forum": ("座谈", "forum"),
    "visit": ("走访", "visits"),
    "voter_reception": ("接待选民", "voter reception"),
    "voter_contact": ("联系选民", "contacting voters"),
    "report_to_voters": ("述职", "report to voters"),
    "pre_session_inspection": ("会前视察", "pre-session inspection"),
    "session": ("参加人代会", "attending a congress session"),
    "department_visit": ("进部门", "visiting a department"),
    "satisfaction_rating": ("满意度测评", "satisfaction rating"),
    "other": ("其他", "other"),
}

DUTY_CATEGORIES: dict[str, tuple[str, str]] = {
    "session": ("参加人代会", "attend a session"),
    "training": ("学习培训", "training"),
    "inspection": ("视察", "inspection"),
    "research": ("调研", "research"),
    "enforcement_check": ("执法检查", "law-enforcement check"),
    "appraisal": ("评议", "appraisal"),
    "voter_reception": ("接待选民", "voter reception"),
    "voter_contact": ("联系选民", "contacting voters"),
    "suggestion": ("提出建议", "suggestion submitted"),
    "report_to_voters": ("述职", "report to voters"),
    "other": ("其他", "other"),
}

# The duty category that attending an activity of each form counts as.
FORM_TO_DUTY: dict[str, str] = {
    "study": "training",
    "inspection": "inspection",
    "research": "research",
    "enforcement_check": "enforcement_check",
    "appraisal": "appraisal",
    "forum": "other",
    "visit": "voter_contact",
    "voter_reception": "voter_reception",
    "voter_contact": "voter_contact",
    "report_to_voters": "report_to_voters",
    "pre_session_inspection": "inspection",
    "session": "session",
    "department_visit": "inspection",
    "satisfaction_rating": "appraisal",
    "other": "other",
}

NOTE_TAGS: dict[str, tuple[str, str]] = {
    "issue": ("问题", "issue"),
    "opinion": ("意见", "opinion"),
    "suggestion": ("建议", "suggestion"),
    "todo": ("待办", "todo"),
}

LEVELS: dict[str, tuple[str, str]] = {
    "township": ("乡", "township"),
    "town": ("镇", "town"),
    "subdistrict": ("街道", "subdistrict"),
    "county": ("县", "county"),
    "district": ("区", "district"),
    "city": ("市", "city"),
    "prefecture": ("州", "prefecture"),
    "province": ("省", "province"),
}

GENDERS: dict[str, tuple[str, str]] = {
    "male": ("男", "male"),
    "female": ("女", "female"),
}

ATTENDANCE: dict[str, tuple[str, str]] = {
    "present": ("出席", "present"),
    "leave": ("请假", "on leave"),
    "absent": ("缺席", "absent"),
    "late": ("迟到", "late"),
}

PLAN_STATUS: dict[str, tuple[str, str]] = {
    "planned": ("计划中", "planned"),
    "done": ("已完成", "done"),
    "postponed": ("已推迟", "postponed"),
    "cancelled": ("已取消", "cancelled"),
}

FOLLOWUP_STATUS: dict[str, tuple[str, str]] = {
    "open": ("未办结", "open"),
    "in_progress": ("办理中", "in progress"),
    "done": ("已办结", "done"),
}

SUGGESTION_STATUS: dict[str, tuple[str, str]] = {
    "submitted": ("提出", "submitted"),
    "assigned": ("交办", "assigned"),
    "in_progress": ("办理中", "in progress"),
    "answered": ("已答复", "answered"),
    "solved": ("已解决", "solved"),
    "planned": ("列入计划", "planned"),
    "for_reference": ("留作参考", "for reference"),
    # Formed from a quick note and not yet submitted: the officer words it first.
    "draft": ("草稿", "draft"),
}

SATISFACTION: dict[str, tuple[str, str]] = {
    "satisfied": ("满意", "satisfied"),
    "basically_satisfied": ("基本满意", "basically satisfied"),
    "unsatisfied": ("不满意", "unsatisfied"),
}

TRAINING_KINDS: dict[str, tuple[str, str]] = {
    "initial": ("初任学习", "initial"),
    "duty": ("履职学习", "duty"),
    "thematic": ("专题学习", "thematic"),
    "other": ("其他", "other"),
}


def parse_choice(vocab: Mapping[str, tuple[str, str]], text: str) -> str | None:
    """The key that ``text`` names (a key, the Chinese or the English name), or None."""
    value = text.strip()
    if value in vocab:
        return value
    lowered = value.lower()
    for key, (zh, en) in vocab.items():
        if value == zh or lowered == en.lower() or lowered == key.replace("_", "-"):
            return key
    return None


def label(vocab: Mapping[str, tuple[str, str]], key: str, lang: str) -> str:
    """The name of ``key`` in ``lang``; the key itself if unknown (a newer book's value)."""
    pair = vocab.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "zh" else pair[1]
