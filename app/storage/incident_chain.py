"""The incident record's hash chain: every record, amendment and removal sealed in order.

Each link seals one thing by the SHA-256 of its canonical bytes (``content``) and
carries the digest of the link before it, so changing any earlier record, or
taking one out without its removal link, breaks every digest after it. The chain
proves the record grew only by additions since a digest was noted down (a
"receipt"); it cannot prove the words true, nor the computer's clock right, and
someone holding the journal's key could build a whole new chain, which a receipt
kept elsewhere would then contradict.

Pure: no storage, no clock. ``app.storage.incidents`` appends links in the same
transaction as what they seal and asks ``first_break`` to check them against the
rows. What the chain cannot see on its own: the newest links cut off together
with what they seal. A receipt noted elsewhere (``Receipt``, ``find``) shows that:
its digest is no longer in the chain. And the times are the computer's clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from app.digests import sha256_hexdigest
from app.words import QT_TR_NOOP, Said, english


class LinkKind(Enum):
    """What a link seals."""

    RECORD = "record"
    AMENDMENT = "amendment"
    REMOVAL = "removal"  # a record deleted for good: its content digest, never its words
    TRASH = "trash"  # a record moved to the trash (its ref is the record's id)
    RESTORE = "restore"  # and brought back


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
    """Where the chain stops holding, and why, in plain words.

    ``link`` is None for a row no link accounts for (added, or trashed, unseen).
    ``reason`` is said from a marked template, one per kind of break: a whole clause
    after a link ("this link was changed after it was written"), or what befell a row
    no link accounts for ("was added behind the app's back: no link seals it").
    """

    link: Link | None
    ref: str
    reason: Said

    @property
    def said(self) -> Said:
        """Which link or record (its short id), and why: said in the reader's language."""
        amendment = "/" in self.ref
        if self.link is None:
            return Said(_UNSEEN[amendment], {"ref": self.ref[:8], "reason": self.reason})
        link = self.link
        details = {"seq": link.seq, "ref": self.ref[:8], "at": link.at, "reason": self.reason}
        return Said(_AT_LINK[amendment], details)

    def describe(self) -> str:
        """``said`` in English (the command line, the report, the journal's own check)."""
        return english(self.said)


_UNSEEN = (
    QT_TR_NOOP("record {ref} {reason}"),
    QT_TR_NOOP("an amendment of record {ref} {reason}"),
)  # a record, an amendment
_AT_LINK = (
    QT_TR_NOOP("link {seq}, record {ref} (written {at}): {reason}"),
    QT_TR_NOOP("link {seq}, an amendment of record {ref} (written {at}): {reason}"),
)  # a record, an amendment


@dataclass(frozen=True)
class Standing:
    """What the rows hold now: every record's and amendment's digest, and the trash."""

    contents: Mapping[str, str]
    trashed: frozenset[str]


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


def first_break(links: Iterable[Link], first: str, standing: Standing) -> ChainBreak | None:
    """The first thing that does not hold, or None when the chain and the rows agree.

    Every link must follow the one before it and seal what its row holds now; every
    row must be sealed by a link (none added unseen); each record must be in or out
    of the trash as its last trash or restore link says.

    Args:
        links: the chain, in order.
        first: the genesis digest (``genesis``).
        standing: what the rows hold now.
    """
    links = list(links)
    previous, removed, expected_seq = first, _removed_refs(links), 1
    sealed: set[str] = set()
    in_trash: dict[str, bool] = {}
    for link in links:
        if link.seq != expected_seq:
            return ChainBreak(link, link.ref, Said(QT_TR_NOOP("a link before this one is missing")))
        if link_digest(previous, link.kind, link.ref, link.at, link.content) != link.digest:
            return ChainBreak(
                link, link.ref, Said(QT_TR_NOOP("this link was changed after it was written"))
            )
        now = standing.contents.get(link.ref)
        problem = _sealed_problem(link, now, record_of(link.ref) in removed)
        if problem:
            return ChainBreak(link, link.ref, problem)
        if link.kind in (LinkKind.TRASH, LinkKind.RESTORE):
            in_trash[link.ref] = link.kind is LinkKind.TRASH
        sealed.add(link.ref)
        previous, expected_seq = link.digest, expected_seq + 1
    return _unaccounted(standing, sealed, in_trash)


def _sealed_problem(link: Link, now: str | None, removed: bool) -> Said | None:
    if link.kind is LinkKind.REMOVAL:
        return (
            None if now is None else Said(QT_TR_NOOP("a record said to be deleted is still there"))
        )
    if link.kind in (LinkKind.TRASH, LinkKind.RESTORE):
        return None  # seals a moment, not a row: the trash is checked after the walk
    if now is None:
        if removed:
            return None
        return Said(QT_TR_NOOP("what this link seals is gone, with no removal recorded"))
    if now == link.content:
        return None
    return Said(QT_TR_NOOP("what this link seals was changed after it was sealed"))


def _unaccounted(
    standing: Standing, sealed: set[str], in_trash: dict[str, bool]
) -> ChainBreak | None:
    """A row no link seals, or a record in or out of the trash without its link."""
    for ref in sorted(standing.contents):
        if ref not in sealed:
            return ChainBreak(
                None, ref, Said(QT_TR_NOOP("was added behind the app's back: no link seals it"))
            )
        trashed = ref in standing.trashed
        if "/" not in ref and trashed != in_trash.get(ref, False):
            return ChainBreak(None, ref, Said(_TRASH_MOVES[trashed]))
    return None


_TRASH_MOVES = (
    QT_TR_NOOP("was moved out of the trash behind the app's back"),
    QT_TR_NOOP("was moved into the trash behind the app's back"),
)  # out of, into


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
