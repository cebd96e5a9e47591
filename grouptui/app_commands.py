"""The app's commands that are not about the book: help, palette, theme, language, quit.

A mixin of :class:`grouptui.app.GroupApp`, kept apart so that the app module stays about
the book and the screens. Every word goes through the catalog, including Textual's own
system commands ("Theme", "Quit", "Keys" ...) and the palette's placeholder.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.command import CommandPalette

from grouptui.i18n import LANGUAGES, get_language, set_language, t
from grouptui.store.config import load_config, remember_language, save_config

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App
    from textual.screen import Screen

    from grouptui.store.book import Book
    from grouptui.store.config import Config

    # For the type checker the mixin is the App it is mixed into (GroupApp); at run time
    # it is a plain class, first in GroupApp's bases.
    _AppBase = App[Any]
else:
    _AppBase = object

#: The two themes the light/dark switch toggles between.
DARK_THEME = "textual-dark"
LIGHT_THEME = "textual-light"


class Palette(CommandPalette):
    """Textual's command palette, with its "No matches found" line in the user's language.

    Textual writes that line inside a private method; this override repeats its few lines
    with our words. ``tests/tui`` types a query that matches nothing and reads the line,
    so a Textual upgrade that changes the method is noticed.
    """

    def _start_no_matches_countdown(self, search_value: str) -> None:
        from rich.align import Align
        from rich.text import Text
        from textual.command import CommandList
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("palette_no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class ShellCommands(_AppBase):
    """Help, command palette, theme and language commands of the app (a mixin)."""

    # Provided by GroupApp.
    config: Config
    lang: str
    book: Book | None

    if TYPE_CHECKING:  # GroupApp's own, used by the commands here

        def _install_app_keys(self) -> None: ...
        def _update_titles(self) -> None: ...
        def _show_home(self, fresh: bool = False) -> None: ...
        def confirm_discard(self, then: Callable[[], object], question: str = "") -> None: ...
        def action_restore_backup(self) -> None: ...

    def action_help_quit(self) -> None:
        """ctrl+c outside text fields: say which key quits."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(
                    t("help_quit", keys=self.get_key_display(active.binding) or key),
                    markup=False,
                )
                return

    def action_help(self) -> None:
        """Show (or close) the keys of the current screen."""
        from grouptui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
            return
        self.push_screen(HelpScreen(self.screen))

    def action_command_palette(self) -> None:
        """The command palette, with a translated placeholder."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(Palette(placeholder=t("palette_placeholder"), id="--command-palette"))

    def search_themes(self) -> None:
        """The theme chooser, with a translated placeholder."""
        from textual.theme import ThemeProvider

        self.push_screen(
            Palette(providers=[ThemeProvider], placeholder=t("palette_theme_placeholder"))
        )

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme (remembered in the config)."""
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def _remember_theme(self, theme: object) -> None:
        name = getattr(theme, "name", "")
        if not name or name == self.config.theme:
            return
        self.config.theme = name
        saved = load_config()
        saved.theme = name
        save_config(saved)

    def action_switch_language(self, lang: str = "") -> None:
        """Show the app in the other language (asks first if a form holds changes)."""
        target = lang or next(code for code in LANGUAGES if code != get_language())

        def switch() -> None:
            set_language(target)
            remember_language(target)
            self.lang = target
            self._install_app_keys()
            self._update_titles()
            if self.book is None:
                from grouptui.screens.first_run import FirstRunScreen

                self.switch_screen(FirstRunScreen())
                return
            self._show_home(fresh=True)

        self.confirm_discard(switch)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's system commands in the user's language, and ours."""
        yield SystemCommand(t("cmd_theme"), t("cmd_theme_help"), self.action_change_theme)
        yield SystemCommand(
            t("cmd_toggle_theme"), t("cmd_toggle_theme_help"), self.action_toggle_theme
        )
        yield SystemCommand(t("cmd_quit"), t("cmd_quit_help"), self.action_quit)
        yield SystemCommand(t("cmd_keys"), t("cmd_keys_help"), self.action_help)
        yield SystemCommand(t("cmd_language"), t("cmd_language_help"), self.action_switch_language)
        if self.book is not None:
            yield SystemCommand(
                t("restore_command"), t("restore_command_help"), self.action_restore_backup
            )
        if screen.maximized is not None:
            yield SystemCommand(t("cmd_minimize"), t("cmd_minimize_help"), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand(t("cmd_maximize"), t("cmd_maximize_help"), screen.action_maximize)
        yield SystemCommand(
            t("cmd_screenshot"),
            t("cmd_screenshot_help"),
            lambda: self.set_timer(0.1, self.deliver_screenshot),
        )
