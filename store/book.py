"""A book: one group's year in one TinyDB file.

``Book.open`` reads and checks the file (migrating an older schema in memory, refusing a
newer one); ``write=True`` also takes the one-writer lock and clears temp files a crash
left behind. ``Book.create`` starts a new book. Repositories (``book.deputies``,
``book.records`` ...) turn documents into domain objects and stamp every save with a new
revision (see :mod:`grouptui.domain.revision`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB

from grouptui.domain.codec import to_doc
from grouptui.domain.errors import Message
from grouptui.domain.models import (
    TABLES,
    ActivityRecord,
    Attendance,
    BookMeta,
    Deputy,
    DutyEntry,
    FollowUp,
    Note,
    PlanItem,
    Setting,
    Suggestion,
    VoterVisit,
)
from grouptui.store.atomic import (
    check_replaceable,
    real_path,
    remove_orphans,
    remove_temp_files,
)
from grouptui.store.documents import read_checked
from grouptui.store.errors import BookError
from grouptui.store.lock import BookLock, holder_path
from grouptui.store.path_limits import check_book_path
from grouptui.store.repo import Repo
from grouptui.store.storage import BookStorage, Data, file_stamp
from grouptui.store.tables import GuardedTable

if TYPE_CHECKING:
    # imported where a backup is kept or read: not needed to open a book and show it
    from grouptui.store.backups import Backup

SCHEMA_VERSION = 1

# Older schema -> function that upgrades the data to the next version, in place.
MIGRATIONS: dict[int, Callable[[Data], None]] = {}

#: longest group name, in characters (3 bytes each in UTF-8, inside the 255-byte limit).
MAX_GROUP_NAME = 60

_BAD_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")


def validate_group_name(name: str) -> str:
    """The group name, stripped; :class:`BookError` if it cannot name a book file."""
    name = unicodedata.normalize("NFC", name.strip())
    if not name or ".." in name or _BAD_NAME.search(name) or name in (".",):
        raise BookError("bad_group_name")
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise BookError("bad_group_name")
    if len(name) > MAX_GROUP_NAME:
        # It becomes part of the file name, which file systems cap at 255 bytes.
        raise BookError("group_name_too_long", limit=MAX_GROUP_NAME)
    return name


def validate_year(value: str | int) -> int:
    """A four-digit year between 2000 and 2099 (a deputy group's plausible range)."""
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}", text) or not 1949 <= int(text) <= 2199:
        raise BookError("bad_year", value=text)
    return int(text)


def safe_file_stem(text: str) -> str:
    """``text`` made safe as part of a file name on every file system."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "_", text).replace("..", "_")
    return text.strip(" .") or "book"


def default_book_name(group: str, year: int) -> str:
    """The file name of a group's book for a year."""
    return f"{safe_file_stem(group)}-{year}.json"


class BookDB(TinyDB):
    """TinyDB whose tables replace documents instead of editing them in place."""

    table_class = GuardedTable


def _now_iso(clock: Callable[[], datetime]) -> str:
    return clock().isoformat(timespec="seconds")


class Book:
    """An open book. Use as a context manager, or call :meth:`close`."""

    def __init__(
        self,
        path: Path,
        storage: BookStorage,
        *,
        lock: BookLock | None,
        device: str,
        clock: Callable[[], datetime],
    ) -> None:
        self.path = path
        self.storage = storage
        self.lock = lock
        self.device = device
        self.clock = clock
        self.db = BookDB(storage=lambda: storage)
        #: memory holds the file's documents upgraded to the current schema, not yet written.
        self._migrated = False
        self.deputies: Repo[Deputy] = Repo(self, "deputies")
        self.plan: Repo[PlanItem] = Repo(self, "plan")
        self.records: Repo[ActivityRecord] = Repo(self, "records")
        self.attendance: Repo[Attendance] = Repo(self, "attendance")
        self.notes: Repo[Note] = Repo(self, "notes")
        self.followups: Repo[FollowUp] = Repo(self, "followups")
        self.duty: Repo[DutyEntry] = Repo(self, "duty")
        self.suggestions: Repo[Suggestion] = Repo(self, "suggestions")
        self.voters: Repo[VoterVisit] = Repo(self, "voters")
        self.settings: Repo[Setting] = Repo(self, "settings")

    # Opening and creating -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        write: bool = False,
        device: str = "",
        clock: Callable[[], datetime] = datetime.now,
    ) -> Book:
        """Open the book at ``path``; with ``write``, take its lock first."""
        path = real_path(check_book_path(path, write=write))
        lock = _lock_for_writing(path) if write else None
        try:
            stamp = file_stamp(path)  # before reading: a change after it is then noticed
            data, migrated = read_checked(path, _check_schema)
            if write:
                remove_debris(path)
            storage = BookStorage(
                path,
                initial=data,
                stamp=stamp,
                read_only=not write,
                clock=clock,
                loader=_load_checked,
            )
            book = cls(path, storage, lock=lock, device=device, clock=clock)
            book._migrated = migrated
            if migrated and write:
                # Keep the pre-migration file: it is taken as a backup by the write.
                book.storage.write(data)
            return book
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def for_writing(self) -> Book:
        """This book, opened read-only, opened for writing as :meth:`open` with
        ``write=True`` opens it: the same checks, the same lock, the debris cleared.

        The documents are not read and checked again when the file is still the very
        version they were read from (its :func:`~grouptui.store.storage.file_stamp`,
        taken before that read, is unchanged once the lock is held): memory holds that
        version, checked, and a read-only storage never changes it. Otherwise (the file
        changed, memory was dropped, the schema was upgraded in memory) this is
        :meth:`open` itself. The caller closes this book if another one is returned.
        """
        if self.writable:
            return self
        path = real_path(check_book_path(self.path, write=True))
        reopen = functools.partial(
            Book.open, path, write=True, device=self.device, clock=self.clock
        )
        if path != self.path or self._migrated:
            return reopen()
        lock = _lock_for_writing(path)
        try:
            if not self.storage.holds_file_version():
                lock.release()
                return reopen()
            remove_debris(path)
        except BaseException:
            lock.release()
            raise
        self.storage.read_only = False
        self.lock = lock
        return self

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        group: str,
        year: int | str,
        township: str = "",
        template: str = "",
        device: str = "",
        clock: Callable[[], datetime] = datetime.now,
        force: bool = False,
        fill: Callable[[Book], None] | None = None,
    ) -> Book:
        """Write a new book at ``path`` and open it for writing.

        ``fill(book)`` adds its first contents (a template's plan, last year's roster)
        within the same single write: a crash leaves no book or the whole new one.
        """
        path = real_path(check_book_path(path))
        group = validate_group_name(group)
        year = validate_year(year)
        township = township.strip()
        if path.is_dir():
            raise BookError("book_is_dir", path=path)
        if path.exists() and not force:
            raise BookError("book_exists", path=path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise BookError("book_read_only", path=path) from None
        lock = BookLock(path)
        lock.acquire()
        try:
            meta = BookMeta(
                schema=SCHEMA_VERSION,
                book_id=str(uuid.uuid4()),
                group=group,
                township=township,
                year=year,
                created=_now_iso(clock),
                devices=[device] if device else [],
                template=template,
            )
            data: Data = {"_default": {}, "meta": {"1": to_doc(meta)}}
            for name in TABLES:
                data[name] = {}
            storage = BookStorage(path, initial=data, clock=clock)
            book = cls(path, storage, lock=lock, device=device, clock=clock)
            with book.transaction():  # the file appears once, whole: meta and contents
                storage.write(data)
                if fill is not None:
                    fill(book)
            return book
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        """Wait for the last backup copy, then release the lock (every save is on disk)."""
        if self.lock is not None:
            from grouptui.store.backups import keeper

            keeper(self.path).settle()
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # State ----------------------------------------------------------------------------

    @property
    def writable(self) -> bool:
        """Whether this book was opened for writing."""
        return not self.storage.read_only

    @property
    def meta(self) -> BookMeta:
        """The book's identity (group, year, schema ...)."""
        doc = self._meta_doc()
        fields = BookMeta.__dataclass_fields__
        return BookMeta(**{k: v for k, v in dict(doc).items() if k in fields})

    def _meta_doc(self) -> dict[str, Any]:
        """The meta document (every book has one: the storage refuses a book without)."""
        doc = self.db.table("meta").get(doc_id=1)
        if not isinstance(doc, dict):
            missing = Message("bad_doc_expect_missing")
            raise BookError("bad_doc_meta_field", path=self.path, field="meta", problem=missing)
        return doc

    def now(self) -> str:
        """The clock's time as stored in records."""
        return _now_iso(self.clock)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every save inside is written in one atomic write at the end, or none is."""
        with self.storage.batch():
            yield

    def touch_meta(self) -> None:
        """Record this device among the book's writers (within the current write)."""
        if not self.device:
            return
        table = self.db.table("meta")
        devices = list(self._meta_doc().get("devices", []))
        if self.device not in devices:
            devices.append(self.device)
            table.update({"devices": devices}, doc_ids=[1])

    def update_meta(self, **fields: Any) -> None:
        """Change fields of the book's identity (group name, township, template)."""
        with self.transaction():
            self.db.table("meta").update(fields, doc_ids=[1])
            self.touch_meta()

    def counts(self) -> dict[str, int]:
        """Live records per table."""
        return {name: len(getattr(self, name).docs()) for name in TABLES}

    def conflict_count(self) -> int:
        """How many records still hold concurrent versions, over every table."""
        return sum(len(getattr(self, name).conflicted()) for name in TABLES)

    def backups(self) -> list[Backup]:
        """The kept earlier versions of this book, newest first."""
        from grouptui.store.backups import list_backups

        return list_backups(self.path)

    def restore(self, chosen: Backup) -> None:
        """Put the backup ``chosen`` back as this book (the current version is kept among
        the backups first); what is in memory is read again from the file."""
        if not self.writable:
            raise BookError("book_read_only", path=self.path)
        try:
            from grouptui.store.backups import restore

            restore(self.path, chosen, self.clock())
        finally:
            self.storage.invalidate()

    def raw(self) -> Data:
        """The whole book as documents (read-only use: merge, export json)."""
        return self.storage.documents()


def _lock_for_writing(path: Path) -> BookLock:
    """The book's lock, taken; :class:`BookError` if the book is missing, read-only or
    held by another grouptui."""
    if not path.exists():
        raise BookError("book_not_found", path=path)
    _check_writable(path)
    lock = BookLock(path)
    lock.acquire()
    return lock


def _check_writable(path: Path) -> None:
    """Refuse, in one sentence, to write a read-only book."""
    try:
        check_replaceable(path)
    except PermissionError:
        raise BookError("book_read_only", path=path) from None


def remove_debris(path: Path) -> None:
    """Delete what killed writers of this book left: temp files of the book, of the lock's
    holder note and of the backups (the caller holds the book's lock)."""
    remove_orphans(path)
    remove_orphans(holder_path(path))
    from grouptui.store.backups import backup_dir

    remove_temp_files(backup_dir(path))


def _check_schema(data: Data, path: Path) -> bool:
    """Refuse a newer schema; migrate an older one in memory. True if migrated."""
    meta = next(iter(data["meta"].values()))
    found = meta.get("schema")
    if not isinstance(found, int) or found < 1:
        raise BookError("book_not_a_book", path=path)
    if found > SCHEMA_VERSION:
        raise BookError("book_newer_schema", path=path, found=found, ours=SCHEMA_VERSION)
    migrated = False
    while found < SCHEMA_VERSION:
        MIGRATIONS[found](data)
        found += 1
        meta["schema"] = found
        migrated = True
    for name in TABLES:
        data.setdefault(name, {})
    return migrated


def _load_checked(path: Path) -> Data:
    """The book file read again (after an outside change): the schema and every document
    checked as :meth:`Book.open` checks them, so a bad copy is refused, never half-read."""
    return read_checked(path, _check_schema)[0]
