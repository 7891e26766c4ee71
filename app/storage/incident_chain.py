"""The incident record's hash chain: every record, amendment and removal sealed in order.

Each link seals one thing by the SHA-256 of its canonical bytes (``content``) and
carries the digest of the link before it, so changing any earlier record, or
taking one out without its removal link, breaks every digest after it. The chain
proves the record grew only by additions since a digest was noted down (a
"receipt"); it cannot prove the words true, nor the computer's clock right, and
someone holding the journal's key could build a whole new chain, which a receipt
kept elsewhere would then contradict.

Pure: no storage, no clock. ``app.storage.incidents`` appends links in the same
transaction as what they seal and asks ``first_break`` to check them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from app.digests import sha256_hexdigest


class LinkKind(Enum):
    """What a link seals."""

    RECORD = "record"
    AMENDMENT = "amendment"
    REMOVAL = "removal"  # a record deleted for good: its content digest, never its words


@dataclass(frozen=True)
class Link:
    """One link: what it seals (``ref``, ``content``), when, and its own digest."""

    seq: int
    at: str
    kind: LinkKind
    ref: str
    content: str
    digest: str


@dataclass(frozen=True)
class ChainBreak:
    """Where the chain stops holding, and why, in plain words."""

    link: Link
    reason: str

    def describe(self) -> str:
        """Which link, what it seals (the record's short id), when, and why, in plain words."""
        link = self.link
        return (
            f"link {link.seq} ({link.kind.value} {link.ref[:8]}, written {link.at}) "
            f"does not hold: {self.reason}"
        )


def canonical(value: Mapping[str, object]) -> bytes:
    """The one byte form of a record or an amendment: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def content_digest(value: Mapping[str, object]) -> str:
    """SHA-256 of what is sealed, as hex."""
    return sha256_hexdigest(canonical(value))


def genesis(journal_id: str) -> str:
    """The digest before the first link: the journal's own, so no two chains share a link."""
    return sha256_hexdigest(_parts("threshold incident chain", journal_id))


def link_digest(previous: str, kind: LinkKind, ref: str, at: str, content: str) -> str:
    """The digest of a link: everything it says, and the digest before it."""
    return sha256_hexdigest(_parts(previous, kind.value, ref, at, content))


def next_link(
    previous: Link | None, first: str, *, kind: LinkKind, ref: str, at: str, content: str
) -> Link:
    """The link after ``previous`` (None: the first, after ``first``, the genesis)."""
    before = first if previous is None else previous.digest
    seq = 1 if previous is None else previous.seq + 1
    return Link(seq, at, kind, ref, content, link_digest(before, kind, ref, at, content))


def first_break(
    links: Iterable[Link], first: str, sealed_now: Callable[[Link], str | None]
) -> ChainBreak | None:
    """The first link that does not hold, or None when the whole chain does.

    Args:
        links: the chain, in order.
        first: the genesis digest (``genesis``).
        sealed_now: the content digest of what a link seals, as it stands now
            (None: it is no longer there).
    """
    previous, removed, expected_seq = first, _removed_refs(links := list(links)), 1
    for link in links:
        if link.seq != expected_seq:
            return ChainBreak(link, "a link before this one is missing")
        if link_digest(previous, link.kind, link.ref, link.at, link.content) != link.digest:
            return ChainBreak(link, "this link was changed after it was written")
        problem = _sealed_problem(link, sealed_now(link), record_of(link.ref) in removed)
        if problem:
            return ChainBreak(link, problem)
        previous, expected_seq = link.digest, expected_seq + 1
    return None


def _sealed_problem(link: Link, now: str | None, removed: bool) -> str:
    if link.kind is LinkKind.REMOVAL:
        return "" if now is None else "a record said to be deleted is still there"
    if now is None:
        return "" if removed else "what this link seals is gone, with no removal recorded"
    return "" if now == link.content else "what this link seals was changed after it was sealed"


def amendment_ref(record_id: str, amendment_id: str) -> str:
    """An amendment's ref names its record first: deleting the record takes it too."""
    return f"{record_id}/{amendment_id}"


def record_of(ref: str) -> str:
    """The record a ref belongs to (itself, for a record or a removal)."""
    return ref.split("/", 1)[0]


def _removed_refs(links: list[Link]) -> set[str]:
    """Records deleted for good (their amendments went with them)."""
    return {link.ref for link in links if link.kind is LinkKind.REMOVAL}


def _parts(*parts: str) -> bytes:
    """Each part with its length first, so no two different lists join to the same bytes."""
    out = bytearray()
    for part in parts:
        data = part.encode("utf-8")
        out += len(data).to_bytes(4, "big") + data
    return bytes(out)
