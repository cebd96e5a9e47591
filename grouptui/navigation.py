"""The screens a user can go to: one key from home, and a name in the command palette.

Kept as data (like harlequin's bindings) so the home screen, the help screen, the command
palette and the key-remapping config all read the same list. Screen classes are imported
only when first shown.

Key bindings are data too (:class:`Key`): a stable id (what users remap in the config
file's ``keys``), the key, the action and the catalog key of its description. Screens turn
them into Textual bindings when they are built (:func:`install_keys`), so the descriptions
are in the language of the moment. This module imports Textual only inside functions:
the command line reads the destinations without paying for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from grouptui.domain.lazy_dataclass import lazy_dataclass

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.dom import DOMNode


@lazy_dataclass(frozen=True)
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


# Every screen of the app, in the order home lists them.
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
    """Every destination: each screen ships with the app (tests/tui/test_layers.py imports
    every target)."""
    return DESTINATIONS


#: The record form: reached by Enter in the records list, not by a key on home.
RECORD_FORM_MODULE = "grouptui.screens.record"


def screen_modules() -> tuple[str, ...]:
    """The modules of the screens a key on home opens, in the order home lists them,
    the record form's after the records list's."""
    modules = [_module_of(d) for d in available() if d.id != "home"]
    modules.insert(modules.index(_module_of(destination("records"))) + 1, RECORD_FORM_MODULE)
    return tuple(modules)


def _module_of(dest: Destination) -> str:
    return dest.target.partition(":")[0]


def destination(dest_id: str) -> Destination:
    """The destination with ``dest_id``."""
    for dest in DESTINATIONS:
        if dest.id == dest_id:
            return dest
    raise KeyError(dest_id)


class Key(NamedTuple):
    """A key binding as data: translated and remapped when a screen is built.

    (A named tuple rather than a dataclass: it is created at start-up, where every
    millisecond counts, and named tuples are much cheaper to define.)
    """

    #: stable id; ``keys`` in the config file maps it to other keys ("go_quick": "f5").
    id: str
    #: Textual key names, comma-separated ("f1,question_mark").
    key: str
    #: the action run, e.g. "app.go('roster')".
    action: str
    #: i18n key of the description shown in the footer and the help screen.
    description: str
    show: bool = True
    priority: bool = False
    #: how the key is shown, when Textual's own display is unclear.
    key_display: str | None = None


def destination_keys() -> tuple[Key, ...]:
    """The keys of the home screen: one per available destination (id ``go_<dest>``)."""
    return tuple(
        Key(f"go_{dest.id}", dest.key, f"app.go('{dest.id}')", dest.title)
        for dest in available()
        if dest.id != "home"
    )


#: The ids of every remappable key besides ``go_<screen>`` (see :func:`known_key_ids`).
#: A key added to a screen is added here and to the README's list; a test checks that
#: both agree with the ``Key`` data of the code.
KEY_IDS: frozenset[str] = frozenset(
    (
        *("quit", "help", "command_palette", "toggle_theme", "quick_notes", "back"),
        *("form_save", "form_leave", "roster_add", "roster_edit", "roster_retire"),
        *("merge_preview", "conflicts_keep_winner", "conflicts_keep_other"),
        *("conflicts_edit", "conflicts_save"),
        *("suggestion_add", "suggestion_edit", "suggestion_status", "suggestion_status_enter"),
        *("suggestion_delete", "suggestion_undo"),
        *("register_remark", "register_remark_enter", "register_scoring"),
        *("voter_add", "voter_delete", "voter_undo", "assessment_done"),
        *("note_edit", "note_delete", "note_undo", "note_list_leave", "note_field_undo"),
        *("note_retag_issue", "note_retag_opinion", "note_retag_suggestion", "note_retag_todo"),
        *("checklist_add", "checklist_edit", "checklist_move", "checklist_done"),
        *("checklist_postpone", "checklist_cancel", "checklist_planned"),
        *("checklist_open_record", "checklist_new_record", "export_run", "export_open_folder"),
        *("checklist_rule_edit", "checklist_rule_reset"),
        *("record_save", "record_leave", "record_add_followup", "record_briefing"),
        *("attendance_cycle", "attendance_present", "attendance_leave", "attendance_absent"),
        *("attendance_late", "attendance_clear"),
        *("records_new", "records_open", "records_delete", "records_undo", "records_search"),
        *("duty_add", "duty_edit", "duty_delete", "duty_delete_x", "duty_undo"),
        *("quick_back", "quick_fold", "quick_open_record"),
        *("quick_tag_issue", "quick_tag_opinion", "quick_tag_suggestion", "quick_tag_todo"),
        *("dialog_save", "dialog_leave", "restore_backup"),
    )
)


def known_key_ids() -> frozenset[str]:
    """Every key id the config file's ``keys`` may remap."""
    return KEY_IDS | {f"go_{dest.id}" for dest in DESTINATIONS if dest.id != "home"}


def to_bindings(keys: Iterable[Key]) -> list[Binding]:
    """Textual bindings for ``keys``, described in the current language."""
    from textual.binding import Binding

    from grouptui.i18n import t

    return [
        Binding(
            k.key,
            k.action,
            t(k.description),
            show=k.show,
            priority=k.priority,
            key_display=k.key_display,
            id=k.id,
        )
        for k in keys
    ]


def install_keys(node: DOMNode, keys: Iterable[Key]) -> None:
    """Bind ``keys`` on ``node`` (a screen, a widget or the app), replacing same-id ones.

    Textual applies the user's keymap (binding id -> keys) when it resolves bindings, so
    remapping works on these like on any ``BINDINGS``.
    """
    from textual.binding import Binding, BindingsMap

    keys = list(keys)
    ids = {k.id for k in keys}
    kept = [b for _key, b in node._bindings if b.id is None or b.id not in ids]
    node._bindings = BindingsMap([*kept, *Binding.make_bindings(to_bindings(keys))])


def search_terms(dest: Destination) -> tuple[str, ...]:
    """Every word the palette matches for ``dest``: its title in both languages, keywords."""
    from grouptui.i18n import lookup

    titles = lookup(dest.title) or (dest.title, dest.title)
    return (*titles, *dest.keywords, dest.id)


@cache
def palette_provider() -> type:
    """The command-palette provider of the destinations (built on first use).

    Typing a destination's name in either language, or one of its keywords, offers it:
    "速记" and "quick" both find quick notes. Destinations whose screen does not exist
    yet are not offered.
    """
    from functools import partial

    from rich.text import Text
    from textual.command import DiscoveryHit, Hit, Hits, Provider

    from grouptui.i18n import t

    class NavigationProvider(Provider):
        """Offers every available screen of the app by name."""

        def _targets(self) -> list[Destination]:
            return list(available())

        def _help(self, dest: Destination) -> str:
            return t("palette_go_help", keys=dest.key)

        async def discover(self) -> Hits:
            for dest in self._targets():
                yield DiscoveryHit(
                    Text(t(dest.title)),
                    partial(self._go, dest.id),
                    text=t(dest.title),
                    help=self._help(dest),
                )

        async def search(self, query: str) -> Hits:
            matcher = self.matcher(query)
            for dest in self._targets():
                title = t(dest.title)
                score = max(matcher.match(term) for term in search_terms(dest))
                if score <= 0:
                    continue
                shown = matcher.highlight(title) if matcher.match(title) > 0 else Text(title)
                yield Hit(
                    score,
                    shown,
                    partial(self._go, dest.id),
                    text=title,
                    help=self._help(dest),
                )

        def _go(self, dest_id: str) -> None:
            go: Any = getattr(self.app, "go", None)
            if go is not None:
                go(dest_id)

    return NavigationProvider
