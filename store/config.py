"""Where grouptui keeps things: the config file, the default book folder, the device id.

``GROUPTUI_CONFIG_DIR`` and ``GROUPTUI_DATA_DIR`` override the platform's folders (tests
and portable installs use them).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Collection
from dataclasses import asdict, field
from pathlib import Path

from grouptui.domain.errors import Message
from grouptui.domain.lazy_dataclass import lazy_dataclass
from grouptui.store.atomic import atomic_write, read_regular


def config_dir() -> Path:
    """The folder of ``config.json``."""
    env = os.environ.get("GROUPTUI_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_config_path("grouptui", appauthor=False)


def data_dir() -> Path:
    """The default folder of the books."""
    env = os.environ.get("GROUPTUI_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return platformdirs.user_data_path("grouptui", appauthor=False)


@lazy_dataclass
class Config:
    """The user's settings that are not part of any book."""

    #: the book last opened or created.
    last_book: str = ""
    #: this laptop's id, written into every record it saves.
    device_id: str = ""
    #: "textual-dark", "textual-light" or another Textual theme name.
    theme: str = ""
    #: binding id -> key, to remap keys.
    keys: dict[str, str] = field(default_factory=dict)
    #: the folder the TUI's exports go to, as last chosen ("": not chosen yet).
    export_folder: str = ""
    #: "zh" or "en": the language last chosen in the app; used when --lang and
    #: GROUPTUI_LANG say nothing ("" until one is chosen).
    language: str = ""


def config_path() -> Path:
    """The config file."""
    return config_dir() / "config.json"


@lazy_dataclass
class ConfigProblem:
    """What is wrong with the config file: catalog keys and parameters of its faults."""

    #: the config file.
    path: Path
    #: (catalog key, parameters) of each fault, in the order found.
    faults: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    def messages(self) -> list[Message]:
        """Each fault as a message, for the caller to say in one line (``config_problem``)."""
        return [Message(key, params) for key, params in self.faults]


#: The fields of :class:`Config` that hold text.
_TEXT_FIELDS = ("last_book", "device_id", "theme", "export_folder", "language")


def read_config(
    known_keys: Collection[str] | None = None,
) -> tuple[Config, ConfigProblem | None]:
    """The saved config and what is wrong with its file (None if nothing).

    A damaged or hand-edited file never stops grouptui: every setting that is wrong
    (invalid JSON, a value of the wrong type, a key that is no text) takes its default,
    the rest is used, and the problem says what was wrong so the caller can tell the user.
    ``known_keys`` (the app's key ids, :func:`grouptui.navigation.known_key_ids`: the
    store knows no screen) are the ids ``keys`` may remap; others are reported.
    """
    path = config_path()
    try:
        raw = json.loads(read_regular(path, 2**20).decode("utf-8"))
    except FileNotFoundError:
        return Config(), None
    except OSError:
        return Config(), ConfigProblem(path, [("config_unreadable", {})])
    except UnicodeDecodeError:
        return Config(), ConfigProblem(path, [("config_not_utf8", {})])
    except json.JSONDecodeError as exc:
        where: dict[str, object] = {"line": exc.lineno, "column": exc.colno}
        return Config(), ConfigProblem(path, [("config_bad_json", where)])
    except (ValueError, RecursionError):  # nesting or a number no parser can hold
        return Config(), ConfigProblem(path, [("config_bad_json", {"line": 1, "column": 1})])
    if not isinstance(raw, dict):
        return Config(), ConfigProblem(path, [("config_not_object", {})])
    problem = ConfigProblem(path)
    config = Config()
    for name in _TEXT_FIELDS:
        value = raw.get(name, "")
        if isinstance(value, str):
            setattr(config, name, value)
        else:
            problem.faults.append(("config_not_text", {"name": name}))
    config.keys = _read_keys(raw.get("keys", {}), problem, known_keys)
    return config, problem if problem.faults else None


def _read_keys(
    value: object, problem: ConfigProblem, known_keys: Collection[str] | None
) -> dict[str, str]:
    """The usable part of ``keys`` (binding id -> keys); faults go to ``problem``.

    A key id grouptui does not know is reported but kept: it is harmless, and a key
    added later must not need this list to be remapped.
    """
    if not isinstance(value, dict):
        problem.faults.append(("config_keys_not_map", {}))
        return {}
    keys: dict[str, str] = {}
    for key_id, keys_text in value.items():
        if isinstance(keys_text, str) and keys_text.strip():
            keys[key_id] = keys_text
        else:
            problem.faults.append(("config_key_not_text", {"name": key_id}))
    if keys and known_keys is not None:
        unknown = sorted(set(keys) - set(known_keys))
        if unknown:
            problem.faults.append(("config_unknown_keys", {"ids": ", ".join(unknown)}))
    return keys


def load_config() -> Config:
    """The saved config; defaults wherever the file is missing or wrong."""
    return read_config()[0]


def save_config(config: Config) -> None:
    """Write the config atomically (errors are ignored: it is a convenience).

    A config file with a problem (see :func:`read_config`) is left as it is for the user
    to mend: writing over it would lose what they typed.
    """
    with contextlib.suppress(OSError):
        path = config_path()
        if read_config()[1] is not None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(config), ensure_ascii=False, indent=2).encode("utf-8")
        atomic_write(path, data)


def device_id() -> str:
    """This laptop's id, created and saved on first use.

    While the config file has a problem (it is not written then), the id is derived from
    the user and host names, so that it stays the same until the file is mended.
    """
    config, problem = read_config()
    if config.device_id:
        return config.device_id
    if problem is not None:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"grouptui:{_user_at_host()}").hex[:12]
    config.device_id = uuid.uuid4().hex[:12]
    save_config(config)
    return config.device_id


def _user_at_host() -> str:
    import getpass
    import socket

    try:
        user = getpass.getuser()
    except Exception:  # no user name in some containers and services
        user = "?"
    return f"{user}@{socket.gethostname()}"


def remember_book(path: Path) -> None:
    """Make ``path`` the default book of later commands."""
    config = load_config()
    resolved = str(path.resolve())
    if config.last_book == resolved:
        return  # every start of the app remembers its book: no write when nothing changed
    config.last_book = resolved
    save_config(config)


def default_export_folder() -> Path:
    """Where the TUI exports until the officer chooses: the Documents folder (in the
    desktop's language, as the platform names it) if there is one, else the current
    folder; never the hidden folder of the books."""
    import platformdirs

    with contextlib.suppress(Exception):  # no home folder in some containers and services
        documents = platformdirs.user_documents_path()
        if documents.is_dir():
            return documents
    return Path.cwd()


def export_folder(config: Config) -> Path:
    """The folder the TUI's exports go to: the one last chosen, or the default."""
    return Path(config.export_folder) if config.export_folder else default_export_folder()


def remember_export_folder(folder: Path) -> None:
    """Make ``folder`` where the next export from the TUI goes."""
    config = load_config()
    resolved = str(folder.expanduser().resolve())
    if config.export_folder != resolved:
        config.export_folder = resolved
        save_config(config)


def remember_language(lang: str) -> None:
    """Make ``lang`` the language of later starts (unless --lang or GROUPTUI_LANG says)."""
    config = load_config()
    if config.language == lang:
        return
    config.language = lang
    save_config(config)
