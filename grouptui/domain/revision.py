"""Revisions: how a record remembers its ancestry, so merges never trust a clock.

Like CouchDB, a revision is ``"<generation>-<hash>"``: the generation counts edits, the hash
is computed from the parent revision and the record's content. Two laptops that make the
same edit from the same parent therefore produce the same revision (no false conflict),
and any difference in content produces a different one.

Every document keeps ``revs``: all the revisions it descends from, newest first. Version A
supersedes version B when B's revision is A's own or in A's ``revs``. A resolution of a
conflict descends from every side (its ``revs`` is the union), so merging again later with
a laptop that still holds a losing side does not bring the conflict back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

#: bookkeeping keys that are not part of a record's content.
BOOKKEEPING = frozenset({"rev", "revs", "created", "updated", "device", "conflicts"})


def generation(rev: str) -> int:
    """The edit count of ``rev`` (0 for an unsaved record)."""
    head, _, _ = rev.partition("-")
    # isdigit() alone accepts "²" or "١", which int() refuses: a hand-edited or foreign
    # revision must read as generation 0, never crash the merge.
    return int(head) if head.isascii() and head.isdigit() else 0


def content_of(doc: dict[str, Any]) -> dict[str, Any]:
    """The part of a document a revision hash covers: everything but the bookkeeping."""
    return {k: v for k, v in doc.items() if k not in BOOKKEEPING}


def compute_rev(parents: Iterable[str], doc: dict[str, Any]) -> str:
    """The revision of ``doc`` written on top of ``parents`` (none for a new record)."""
    parent_revs = sorted(set(parents))
    canonical = json.dumps(
        [parent_revs, content_of(doc)], ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    import hashlib  # here: opening a book (the app's start) computes no revision

    # surrogatepass: text typed in a non-UTF-8 terminal arrives with lone surrogates
    # (Python's surrogateescape); hashing must not crash on it. Valid text hashes as before.
    digest = hashlib.sha1(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    top = max((generation(r) for r in parent_revs), default=0)
    return f"{top + 1}-{digest}"


def stamp(
    doc: dict[str, Any],
    previous: dict[str, Any] | None,
    *,
    now: str,
    device: str,
    extra_parents: Iterable[dict[str, Any]] = (),
) -> dict[str, Any] | None:
    """``doc`` as the next revision after ``previous``; None if nothing changed.

    ``extra_parents`` are further versions this one supersedes (the sides of a conflict
    being resolved): their revisions and ancestries join ``revs``.
    """
    extra = list(extra_parents)
    doc = dict(doc)
    if previous is not None and not extra and content_of(doc) == content_of(previous):
        return None
    parents = [p for p in [previous, *extra] if p is not None]
    parent_revs = [p["rev"] for p in parents if p.get("rev")]
    ancestry: set[str] = set(parent_revs)
    for p in parents:
        ancestry.update(p.get("revs", ()))
    doc["created"] = (previous or {}).get("created") or doc.get("created") or now
    doc["rev"] = compute_rev(parent_revs, doc)
    doc["revs"] = sorted(ancestry, key=lambda r: (-generation(r), r))
    doc["updated"] = now
    doc["device"] = device
    # Editing one side of a conflict leaves the others open; resolving clears them.
    doc["conflicts"] = [] if extra else list((previous or {}).get("conflicts", []))
    return doc


def supersedes(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether version ``a`` is ``b`` or descends from it."""
    rev_b = b.get("rev", "")
    return a.get("rev", "") == rev_b or rev_b in a.get("revs", ())


def winner_key(doc: dict[str, Any]) -> tuple[bool, int, str]:
    """Sort key of the deterministic winner among concurrent versions (largest wins).

    Never a clock: a live version beats a tombstone, then the longer edit history, then the
    larger hash. Every laptop computes the same winner from the same versions.
    """
    rev = doc.get("rev", "")
    return (not doc.get("deleted", False), generation(rev), rev)
