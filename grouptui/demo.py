"""A realistic demo book, and synthetic books of any size for the benchmarks.

The demo is a year of one township deputy group as DOMAIN.md sizes it: 12 deputies, the
plan of a seed template, about 60 activity records with minutes of about 1,500 Chinese
characters, quick notes, attendance (and the duty entries it creates), follow-ups,
suggestions with replies and voters received. Deterministic for a given seed and year.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from grouptui.demo_words import (
    GIVEN,
    PARTIES,
    PLACES,
    POSTS,
    SENTENCES,
    SURNAMES,
    TOPICS,
    UNITS,
    VILLAGES,
)
from grouptui.domain.models import (
    ActivityRecord,
    Attendance,
    Deputy,
    DutyEntry,
    FollowUp,
    Note,
    PlanItem,
    Suggestion,
    VoterVisit,
    derived_id,
)
from grouptui.domain.plan_templates import load_template, township_of
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import FORM_TO_DUTY, FORMS


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = (
            rng.choice(SURNAMES)
            + rng.choice(GIVEN)
            + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        )
        if name not in used:
            used.add(name)
            return name


def _minutes(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    total = 0
    while total < chars:
        sentence = rng.choice(SENTENCES).format(
            topic=rng.choice(TOPICS), village=rng.choice(VILLAGES), place=rng.choice(PLACES)
        )
        out.append(sentence)
        total += len(sentence)
        if rng.random() < 0.15:
            out.append("\n")
    return "".join(out).strip()


def _note_text(rng: random.Random, topic: str) -> str:
    sentence = rng.choice(SENTENCES).format(topic=topic, village=rng.choice(VILLAGES), place="现场")
    return f"{rng.choice(PLACES)}：{sentence[:30]}"


def _activity_dates(year: int, count: int, rng: random.Random) -> list[tuple[date, str]]:
    """Dates and forms of a year's activities: receptions on the 10th, the rest spread out."""
    plan: list[tuple[date, str]] = [(date(year, m, 10), "voter_reception") for m in range(1, 13)]
    others = [
        "study",
        "study",
        "study",
        "study",
        "inspection",
        "inspection",
        "inspection",
        "inspection",
        "inspection",
        "research",
        "research",
        "forum",
        "visit",
        "enforcement_check",
        "appraisal",
        "report_to_voters",
        "satisfaction_rating",
        "pre_session_inspection",
        "session",
        "department_visit",
        "voter_contact",
        "voter_contact",
    ]
    start = date(year, 1, 5)
    span = (date(year, 12, 20) - start).days
    for i in range(max(0, count - len(plan))):
        form = others[i % len(others)] if i < len(others) else rng.choice(list(FORMS))
        if form == "report_to_voters":
            day = date(year, 9, 6)
        elif form == "satisfaction_rating":
            day = date(year, 11, 18)
        else:
            day = start + timedelta(days=rng.randrange(span))
        plan.append((day, form))
    plan = plan[:count]
    plan.sort()
    return plan


#: The group name of the demo that ``grouptui demo`` writes: it says it is a demo, so it
#: never equals a real group's name (a merge refuses books of different groups).
DEMO_GROUP = "城关镇第一代表小组（演示）"


def build_demo(
    path: Path,
    *,
    year: int,
    records: int = 60,
    seed: int = 2026,
    device: str = "demo",
    group: str = "城关镇第一代表小组",
    township: str = "城关镇",
    force: bool = True,
    until: date | None = None,
) -> Path:
    """Write a demo book of ``records`` activity records at ``path``; returns the path.

    ``until`` (the demo's "today"): no activity after it is recorded yet, and the plan
    items carried out so far are marked done, as a real book would be mid-year.
    """
    from grouptui.store.book import Book

    rng = random.Random(seed)
    book = Book.create(
        path,
        group=group,
        year=year,
        township=township,
        template="town_a",
        device=device,
        force=force,
    )
    try:
        with book.transaction():
            _fill(book, rng, year, records, until)
    finally:
        book.close()
    return path


def _fill(book, rng: random.Random, year: int, records: int, until: date | None) -> None:  # noqa: C901
    used: set[str] = set()
    deputies = []
    levels_pool = [["town"], ["town"], ["town", "county"], ["town"], ["town", "city"], ["town"]]
    for i in range(12):
        deputies.append(
            Deputy(
                name=_name(rng, used),
                levels=list(levels_pool[i % len(levels_pool)]),
                constituency=f"第{i % 6 + 1}选区（{VILLAGES[i % len(VILLAGES)]}）",
                phone=f"13{rng.randrange(10**8, 10**9)}",
                unit=UNITS[i % len(UNITS)],
                is_new=i % 3 == 0,
                joined_on=date(year, 1, 1),
                # the profile by position, so the random draws (and the demo) stay the same
                gender="female" if i % 3 == 1 else "male",
                born=f"{1962 + (i * 7) % 29}-{(i * 5) % 12 + 1:02d}",
                ethnicity="土家族" if i % 5 == 3 else "汉族",
                party=PARTIES[i % len(PARTIES)],
                post=POSTS[i % len(POSTS)],
            )
        )
    if records > 20:
        deputies[-1].active = False
        deputies[-1].retired_on = date(year, 7, 1)
    deputies = book.deputies.save_many(deputies)
    meta = book.meta
    template = load_template("town_a").filled(
        township=township_of(meta.group, meta.township), year=year
    )
    plan_items = book.plan.save_many(
        [
            PlanItem(
                quarter=i["quarter"],
                month=i.get("month"),
                day=i.get("day"),
                form=i["form"],
                title=i["title"],
                content=i.get("content", ""),
                template=f"town_a:{n}",
                organiser="镇人大主席团",
            )
            for n, i in enumerate(template.items)
        ]
    )
    by_form: dict[str, list[PlanItem]] = {}
    for item in plan_items:
        by_form.setdefault(item.form, []).append(item)

    recs, atts, duties, notes, follows, sugs, voters = [], [], [], [], [], [], []
    recorder = deputies[1]
    scale = max(1, records // 60)
    for n, (day, form) in enumerate(_activity_dates(year, records, rng)):
        if until is not None and day > until:
            continue
        topic = rng.choice(TOPICS)
        theme = {
            "voter_reception": f"{day.month}月代表接待选民日",
            "study": f"集中学习《代表法》和{topic}相关政策",
            "inspection": f"视察{topic}工作",
        }.get(form, f"{FORMS[form][0]}：{topic}")
        linked = by_form.get(form, [])
        plan_id = ""
        for item in linked:
            if item.quarter == quarter_of(day) and (item.month in (None, day.month)):
                plan_id = item.id
                break
        rec = ActivityRecord(
            date=day,
            start="09:00",
            end="11:30",
            place=rng.choice(PLACES),
            form=form,
            theme=theme,
            organiser="镇人大主席团",
            recorder=recorder.id,
            plan_id=plan_id,
            minutes=_minutes(rng, 1500 if n < 60 else rng.choice([1200, 1500, 1800])),
            voter_opinions="群众希望尽快解决" + topic + "方面的突出问题。"
            if rng.random() < 0.6
            else "",
            problems=f"{rng.choice(VILLAGES)}{topic}存在短板。" if rng.random() < 0.7 else "",
            summary="本次活动达到了预期目的，代表们履职积极。" if rng.random() < 0.85 else "",
            briefing_sent=rng.random() < 0.5,
            training_kind="duty" if form == "study" else "",
            training_days=1.0 if form == "study" else 0.0,
        )
        recs.append(rec)
        hours = 2.5
        for dep in deputies:
            if not dep.active and day >= date(year, 7, 1):
                continue
            roll = rng.random()
            status = "present" if roll < 0.8 else "leave" if roll < 0.9 else "absent"
            if form == "voter_reception" and rng.random() < 0.6:
                continue  # a few deputies take each monthly reception in turn
            atts.append(
                Attendance(
                    id=derived_id("attendance", rec.id, dep.id),
                    record_id=rec.id,
                    deputy_id=dep.id,
                    status=status,
                    leave_reason="外出务工" if status == "leave" else "",
                    approved_by="镇人大主席" if status == "leave" else "",
                )
            )
            if status == "present":
                duties.append(
                    DutyEntry(
                        id=derived_id("duty", rec.id, dep.id),
                        deputy_id=dep.id,
                        date=day,
                        category=FORM_TO_DUTY[form],
                        text=theme,
                        hours=hours,
                        record_id=rec.id,
                        auto=True,
                    )
                )
        if form in ("inspection", "research", "pre_session_inspection"):
            for k in range(25):
                notes.append(
                    Note(
                        record_id=rec.id,
                        at=f"{day.isoformat()}T{9 + k * 7 // 60:02d}:{k * 7 % 60:02d}:00",
                        text=_note_text(rng, topic),
                        tag=rng.choice(["", "", "issue", "opinion", "todo", "suggestion"]),
                        folded=day < (until or date(year, 11, 1)) - timedelta(days=7),
                    )
                )
        if rec.problems:
            follows.append(
                FollowUp(
                    record_id=rec.id,
                    what=f"督促解决{rec.problems}",
                    responsible="镇政府分管领导",
                    due=min(day + timedelta(days=60), date(year, 12, 31)),
                    status=rng.choice(["open", "in_progress", "done"]),
                    result="已整改到位" if rng.random() < 0.4 else "",
                )
            )
        if form == "voter_reception":
            for _ in range(rng.randrange(1, 4)):
                voters.append(
                    VoterVisit(
                        record_id=rec.id,
                        name=_name(rng, used),
                        village=rng.choice(VILLAGES),
                        contact=f"13{rng.randrange(10**8, 10**9)}",
                        raised=f"反映{rng.choice(TOPICS)}问题",
                        handling="已转交镇有关部门办理",
                        status=rng.choice(["open", "in_progress", "done"]),
                    )
                )
    for n in range(min(40 * scale, max(4, records * 2 // 3)) if recs else 0):
        rec = recs[n % len(recs)]
        status = rng.choice(
            [
                "submitted",
                "assigned",
                "in_progress",
                "answered",
                "solved",
                "planned",
                "for_reference",
            ]
        )
        answered = status in ("answered", "solved", "planned", "for_reference")
        proposer = deputies[n % len(deputies)]
        sugs.append(
            Suggestion(
                title=f"关于加强{rng.choice(TOPICS)}工作的建议",
                content=_minutes(rng, 200),
                proposers=[proposer.id, deputies[(n + 3) % len(deputies)].id],
                date=rec.date,
                record_id=rec.id,
                unit=rng.choice(["镇政府", "镇农业服务中心", "镇卫生院", "县交通局"]),
                status=status,
                reply="已列入年度工作计划，正在组织实施。" if answered else "",
                satisfaction=rng.choice(["satisfied", "basically_satisfied", "unsatisfied"])
                if answered
                else "",
            )
        )
        duties.append(
            DutyEntry(
                deputy_id=proposer.id,
                date=rec.date,
                category="suggestion",
                text=sugs[-1].title,
                hours=1.0,
            )
        )
    book.records.save_many(recs)
    carried_out = {r.plan_id for r in recs if r.plan_id}
    for item in plan_items:
        if item.id in carried_out:
            item.status = "done"
    book.plan.save_many(plan_items)
    book.attendance.save_many(atts)
    book.duty.save_many(duties)
    book.notes.save_many(notes)
    book.followups.save_many(follows)
    book.suggestions.save_many(sugs)
    book.voters.save_many(voters)
