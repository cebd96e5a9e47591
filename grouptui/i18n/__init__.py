"""Every user-facing word, in Chinese and English.

The catalog is split by area (one module per feature in this package, each with a
``MESSAGES`` dict of ``key -> (zh, en)``) so that features can grow their words without
touching each other's files. Modules are discovered, not listed. ``t(key, **params)``
formats the message in the current language with ``str.format``.

The modules are loaded as their words are first needed: a key is looked up in the modules
loaded so far, and the next ones are loaded until one has it (:func:`lookup`). The words
of a start (the app's keys and home's) are in the three modules of :data:`_FIRST`, which
load first, the others then in name order; so a start loads three of nineteen (6-9 ms for
all of them, issue 15). :func:`catalog` loads them all. A key defined in two modules is
refused (``RuntimeError``) as the second one loads; ``tests/i18n/test_app_catalog.py``
loads them all, so two such modules never ship.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grouptui.domain.errors import Message

LANGUAGES = ("zh", "en")
_language = "zh"

#: The messages of the catalog modules loaded so far.
_found: dict[str, tuple[str, str]] = {}
#: The catalog modules not loaded yet, in the order they load (None: not listed yet).
_unloaded: list[str] | None = None
#: Held while a module is loaded: a worker's lookup and the UI's do not load one twice.
_loading = threading.RLock()
#: The catalog modules that load first, in this order: the words of a start are in them
#: (``tests/tui/test_startup_modules.py`` fails if a start needs another).
_FIRST = ("core", "app", "backups")


def _pending() -> list[str]:
    """The names of the catalog modules not loaded yet (listed on the first call).

    Listed from the package's folders (``pkgutil.iter_modules`` would cost a start the
    import of ``pkgutil``, 0.6-0.9 ms): every module of a package installed from a wheel
    or a source tree is a ``.py`` file there.
    """
    global _unloaded
    if _unloaded is None:
        names = sorted(
            {
                entry.name[: -len(".py")]
                for folder in __path__
                for entry in os.scandir(folder)
                if entry.name.endswith(".py") and not entry.name.startswith("_")
            }
        )
        _unloaded = [name for name in _FIRST if name in names]
        _unloaded += [name for name in names if name not in _FIRST]
    return _unloaded


def _load_next() -> bool:
    """Load the next catalog module into the messages found; False if none is left."""
    with _loading:
        pending = _pending()
        if not pending:
            return False
        name = pending[0]
        module = importlib.import_module(f"{__name__}.{name}")
        messages = getattr(module, "MESSAGES", {})
        for key in messages:
            if key in _found:
                raise RuntimeError(f"message key {key!r} defined twice (in {name})")
        _found.update(messages)
        del pending[0]
        return True


def lookup(key: str) -> tuple[str, str] | None:
    """The (Chinese, English) words of ``key``; None if no catalog module has it."""
    pair = _found.get(key)
    while pair is None:
        more = _load_next()
        pair = _found.get(key)  # looked at again: another thread may have loaded the last
        if not more:
            break
    return pair


def unloaded_modules() -> list[str]:
    """The catalog modules not loaded yet, by full name: the app imports them while the
    officer reads home, so a screen's first words are not a module load away."""
    with _loading:
        return [f"{__name__}.{name}" for name in _pending()]


def catalog() -> dict[str, tuple[str, str]]:
    """All messages of every catalog module (each loaded once): ``key -> (zh, en)``."""
    while _load_next():
        pass
    return _found


def set_language(lang: str) -> None:
    """Make ``lang`` ('zh' or 'en') the language of every later ``t()`` call."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _language = lang


def get_language() -> str:
    """The current language code."""
    return _language


def detect_language(
    explicit: str | None = None,
    env: os._Environ | dict | None = None,
    remembered: str | None = None,
) -> str:
    """--lang, else GROUPTUI_LANG, else the language last chosen in the app (``remembered``),
    else the locale variables, else Chinese."""
    env = os.environ if env is None else env
    for value in (explicit, env.get("GROUPTUI_LANG"), remembered):
        if value:
            value = value.strip().lower()[:2]
            if value in LANGUAGES:
                return value
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            prefix = value.strip().lower()[:2]
            if prefix == "en":
                return "en"
            if prefix == "zh":
                return "zh"
            if value not in ("C", "POSIX", "C.UTF-8", "C.utf8"):
                # A locale that is set but neither Chinese nor English: our users are
                # Chinese, so Chinese is the better fallback than the first English word.
                return "zh"
    return "zh"


def t(key: str, **params: object) -> str:
    """The message ``key`` in the current language, formatted with ``params``."""
    pair = lookup(key)
    if pair is None:
        return key
    text = pair[0] if _language == "zh" else pair[1]
    return text.format(**params) if params else text


def say(message: Message) -> str:
    """``message`` (the domain's or the store's words as data) in the current language."""
    return t(message.key, **{name: _said(value) for name, value in message.params.items()})


def _said(value: object) -> object:
    """A parameter of a message, with the messages and choice lists in it said."""
    from grouptui.domain.errors import Choices, Label, Message
    from grouptui.domain.vocab import label

    if isinstance(value, Message):
        return say(value)
    if isinstance(value, Choices):
        return join_words(label(dict(value.vocab), key, _language) for key in value.vocab)
    if isinstance(value, list | tuple):
        return join_words(value)
    if isinstance(value, Label):
        return label(dict(value.vocab), value.key, _language)
    return value


def fmt_date(value: date | None) -> str:
    """A date as the user writes it: 2026年3月15日 in Chinese, 2026-03-15 in English."""
    if value is None:
        return ""
    if _language == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def join_words(words: Iterable[object], last: str = "") -> str:
    """A list said the way the current language says one.

    Chinese: 甲、乙、丙 (``last="or"``: 甲、乙或丙; ``"and"``: 甲、乙和丙); English:
    a, b, c (a, b or c; a, b and c). Every enumeration shown to the user goes through here,
    so an English sentence never carries the Chinese 、.
    """
    items = [str(w) for w in words]
    sep = "、" if _language == "zh" else ", "
    if not last or len(items) < 2:
        return sep.join(items)
    word = {"zh": {"or": "或", "and": "和"}, "en": {"or": " or ", "and": " and "}}[_language][last]
    return sep.join(items[:-1]) + word + items[-1]
