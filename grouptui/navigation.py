"""The screens a user can go to: one key from home, and a name in the command palette.

Kept as data (like harlequin's bindings) so the home screen, the help screen, the command
palette and the key-remapping config all read the same list. Screen classes are imported
only when first shown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Destination:
    """A screen reachable from home."""

    #: stable id, used in the config file to remap its key.
    id: str
    #: the key on the home screen.
    key: str
    #: "module:Class" of the screen, imported lazily.
    target: str
    #: i18n key of its title.
    title: str
    #: extra words the command palette matches (both languages).
    keywords: tuple[str, ...] = ()


# Every screen of the app. A target module that does not exist yet is simply not offered
# (see ``available()``), so features can land one at a time.
DESTINATIONS: tuple[Destination, ...] = (
    Destination("home", "h", "grouptui.screens.home:HomeScreen", "nav_home", ("首页", "home")),
    Destination(
        "checklist",
        "c",
        "grouptui.screens.checklist:ChecklistScreen",
        "nav_checklist",
        ("季度", "清单", "计划", "checklist", "plan", "quarter"),
    ),
    Destination(
        "records",
        "r",
        "grouptui.screens.records:RecordsScreen",
        "nav_records",
        ("活动记录", "记录本", "纪要", "records", "minutes"),
    ),
    Destination(
        "quick",
        "n",
        "grouptui.screens.quick:QuickNotesScreen",
        "nav_quick",
        ("速记", "视察", "quick", "notes", "inspection"),
    ),
    Destination(
        "duty",
        "d",
        "grouptui.screens.duty:DutyLogScreen",
        "nav_duty",
        ("履职", "履职记录", "duty", "log"),
    ),
    Destination(
        "register",
        "g",
        "grouptui.screens.register:RegisterScreen",
        "nav_register",
        ("登记表", "register", "form"),
    ),
    Destination(
        "suggestions",
        "s",
        "grouptui.screens.suggestions:SuggestionsScreen",
        "nav_suggestions",
        ("建议", "意见", "suggestions"),
    ),
    Destination(
        "roster",
        "m",
        "grouptui.screens.roster:RosterScreen",
        "nav_roster",
        ("名册", "代表", "roster", "deputies"),
    ),
    Destination(
        "merge",
        "y",
        "grouptui.screens.merge:MergeScreen",
        "nav_merge",
        ("合并", "merge"),
    ),
    Destination(
        "conflicts",
        "x",
        "grouptui.screens.conflicts:ConflictsScreen",
        "nav_conflicts",
        ("冲突", "conflicts"),
    ),
    Destination(
        "export",
        "e",
        "grouptui.screens.export:ExportScreen",
        "nav_export",
        ("导出", "export"),
    ),
)


def available() -> tuple[Destination, ...]:
    """The destinations whose screen module is installed."""
    import importlib.util

    found = []
    for dest in DESTINATIONS:
        module = dest.target.partition(":")[0]
        if importlib.util.find_spec(module) is not None:
            found.append(dest)
    return tuple(found)


def destination(dest_id: str) -> Destination:
    """The destination with ``dest_id``."""
    for dest in DESTINATIONS:
        if dest.id == dest_id:
            return dest
    raise KeyError(dest_id)
