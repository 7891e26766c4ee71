"""An entry as it travels between computers, and how two of its states merge.

The words (title and body) are one value with a version vector: each computer
counts its own edits of them, so comparing two vectors says whether one state
already holds the other (nothing to do, or move forward) or both were edited
apart. Edited apart, no words are dropped: the later text (by the hybrid clock)
shows, the other is kept as an earlier version beside it, and the entry says
"two versions" until the person keeps one or combines them (their next edit).
Every other field (date, tags, mood, marks, the trash …) takes its latest change
by the clock on its own, so a mood set on one computer and words written on the
other both stay.

The merge is a pure function and the same from either side, in any order, read
any number of times: two computers that read each other's states end equal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

SMALL_FIELDS = (
    "date",
    "tags",
    "mood",
    "theme",
    "prompt",
    "marked",
    "heavy",
    "energy",
    "feeling",
    "pulls",
    "trashed",
)
"""Fields that take their latest change, each on its own."""

Vector = Mapping[str, int]
"""How many edits of the words each computer (by device id) has made."""


def included(older: Vector, newer: Vector) -> bool:
    """Whether every edit counted in ``older`` is counted in ``newer`` too."""
    return all(newer.get(device, 0) >= count for device, count in older.items())


def joined(one: Vector, other: Vector) -> dict[str, int]:
    """Every edit either has seen: the larger count per computer."""
    return {device: max(one.get(device, 0), other.get(device, 0)) for device in {*one, *other}}


@dataclass(frozen=True)
class EntryState:
    """One entry as a change file carries it: the words with their vector, every field.

    Attributes:
        id: the entry's uuid, the same on every computer.
        created: when it was first written (ISO text; never changes).
        title, body: the words.
        vector: the edits of the words each computer has made.
        written: the hybrid-clock stamp (text) of the words' last edit.
        versions: the words stand beside another version kept as an earlier one.
        small: every other field's value (JSON-ready), and ``stamps`` when each
            last changed.
    """

    id: str
    created: str
    title: str
    body: str
    vector: Mapping[str, int]
    written: str
    versions: bool = False
    small: Mapping[str, Any] = field(default_factory=dict)
    stamps: Mapping[str, str] = field(default_factory=dict)

    def words(self) -> tuple[str, str]:
        """The title and body."""
        return self.title, self.body

    def as_change(self) -> dict[str, Any]:
        """The state as a change file's JSON item."""
        return {
            "kind": "entry",
            "id": self.id,
            "created": self.created,
            "title": self.title,
            "body": self.body,
            "vector": dict(sorted(self.vector.items())),
            "written": self.written,
            "versions": self.versions,
            "small": dict(self.small),
            "stamps": dict(self.stamps),
        }

    @classmethod
    def from_change(cls, item: Mapping[str, Any]) -> EntryState:
        """The state a change file's item holds.

        Raises:
            ValueError: the item is not an entry's state.
        """
        try:
            state = cls(
                id=_text(item["id"]),
                created=_text(item["created"]),
                title=_text(item["title"]),
                body=_text(item["body"]),
                vector={_text(k): _count(v) for k, v in dict(item["vector"]).items()},
                written=_text(item["written"]),
                versions=bool(item.get("versions", False)),
                small={k: v for k, v in dict(item["small"]).items() if k in SMALL_FIELDS},
                stamps={k: _text(v) for k, v in dict(item["stamps"]).items() if k in SMALL_FIELDS},
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError("not an entry's state") from error
        return state


@dataclass(frozen=True)
class Merged:
    """What merging an incoming state into the local one decided.

    Attributes:
        state: the entry as it now is.
        kept: incoming words that lost to the local ones, to keep as an earlier
            version (local words that are replaced are kept by the store anyway).
        changed: whether ``state`` differs from the local one (something to write).
    """

    state: EntryState
    kept: tuple[str, str] | None
    changed: bool


def merge(local: EntryState | None, incoming: EntryState) -> Merged:
    """``incoming`` merged into ``local`` (None: this computer never had the entry)."""
    if local is None:
        return Merged(incoming, None, True)
    words, kept = _merged_words(local, incoming)
    small, stamps = _merged_small(local, incoming)
    state = replace(words, small=small, stamps=stamps, created=min(local.created, incoming.created))
    return Merged(state, kept, state != local)


def _merged_words(
    local: EntryState, incoming: EntryState
) -> tuple[EntryState, tuple[str, str] | None]:
    """The words: the newer state's, or both kept when they were edited apart."""
    if included(incoming.vector, local.vector):
        return local, None
    if included(local.vector, incoming.vector):
        return incoming, None
    later, earlier = (
        (incoming, local) if (incoming.written, incoming.words()) > (local.written, local.words())
        else (local, incoming)
    )  # fmt: skip
    differ = later.words() != earlier.words()
    shown = replace(
        later,
        vector=joined(local.vector, incoming.vector),
        versions=differ or later.versions,
    )
    # Local words that lose are replaced, and the store keeps what it replaces; incoming
    # words that lose were never here, so they are handed back to be kept.
    return shown, (earlier.words() if differ and earlier is incoming else None)


def _merged_small(local: EntryState, incoming: EntryState) -> tuple[dict[str, Any], dict[str, str]]:
    """Each small field from whichever side changed it last (the clock's stamps)."""
    small, stamps = dict(local.small), dict(local.stamps)
    for name in SMALL_FIELDS:
        theirs, ours = incoming.stamps.get(name, ""), local.stamps.get(name, "")
        mine_value, their_value = local.small.get(name), incoming.small.get(name)
        if (theirs, _order(their_value)) > (ours, _order(mine_value)):
            small[name], stamps[name] = their_value, theirs
    return small, stamps


def _order(value: object) -> str:
    """A tie-breaker between two values stamped the same (never, but alike everywhere)."""
    return repr(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError("expected a count")
    return value
