"""What the access history remembers: who opened the journal, or tried to, and how.

Kept as plain data so the window, the command line and the tests read it the
same way. An event says when, what happened (an unlock or a refused secret),
which way in was tried (the keyring, the passphrase, the recovery key) and
where (the window or a command). Older events may be folded into one summary
that keeps their counts and their span, so the file stays small without ever
forgetting that someone tried.

Each event is short JSON: it is padded and sealed by ``access_seal``, so none of
these words ever reaches the disk as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from app.vault.access_place import Place
from app.vault.slot_model import SlotKind

__all__ = ["AccessEvent", "AccessKind", "Place", "attempt", "created", "decode", "encode", "folded"]

_VERSION = 1


class AccessKind(StrEnum):
    """What happened at the door."""

    CREATED = "created"  # the first line: a history that is later found empty was removed
    UNLOCKED = "unlocked"
    REFUSED = "refused"  # a passphrase, recovery key or keyring secret that did not open it
    EARLIER = "earlier"  # a summary of older events, folded to keep the file small


@dataclass(frozen=True)
class AccessEvent:
    """One event, or (``kind`` EARLIER) a summary of older ones.

    Attributes:
        at: when it happened (UTC); for a summary, its newest event.
        way: the kind of secret tried (None for a summary).
        place: the window or a command (None for a summary).
        since: a summary's oldest event.
        unlocks: how many unlocks a summary stands for.
        refusals: how many refused attempts a summary stands for.
    """

    at: dt.datetime
    kind: AccessKind
    way: SlotKind | None = None
    place: Place | None = None
    since: dt.datetime | None = None
    unlocks: int = 0
    refusals: int = 0

    @property
    def failed(self) -> bool:
        """Whether this was a refused attempt."""
        return self.kind == AccessKind.REFUSED


def attempt(kind: AccessKind, way: SlotKind, place: Place, at: dt.datetime) -> AccessEvent:
    """An unlock or a refused attempt, at ``at`` (made UTC)."""
    return AccessEvent(at=at.astimezone(dt.UTC), kind=kind, way=way, place=place)


def created(at: dt.datetime) -> AccessEvent:
    """The journal's first event: made, with its history."""
    return AccessEvent(at=at.astimezone(dt.UTC), kind=AccessKind.CREATED)


def folded(events: list[AccessEvent]) -> AccessEvent:
    """One summary standing for ``events`` (which may hold summaries themselves)."""
    starts = [event.since or event.at for event in events]
    return AccessEvent(
        at=max(event.at for event in events),
        kind=AccessKind.EARLIER,
        since=min(starts),
        unlocks=sum(_count(event, AccessKind.UNLOCKED) for event in events),
        refusals=sum(_count(event, AccessKind.REFUSED) for event in events),
    )


def encode(event: AccessEvent) -> bytes:
    """The event's compact JSON (to be sealed)."""
    data: dict[str, object] = {"v": _VERSION, "at": _time(event.at), "what": event.kind.value}
    if event.kind == AccessKind.EARLIER:
        assert event.since is not None
        data.update(since=_time(event.since), unlocks=event.unlocks, refusals=event.refusals)
    elif event.kind != AccessKind.CREATED:
        assert event.way is not None
        assert event.place is not None
        data.update(way=event.way.value, where=event.place.value)
    return json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")


def decode(raw: bytes) -> AccessEvent:
    """An event from its JSON.

    Raises:
        ValueError: not an event this version writes (KeyError and TypeError become it).
    """
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("v") != _VERSION:
            raise ValueError("not an access event")
        kind = AccessKind(data["what"])
        at = _parse_time(data["at"])
        if kind == AccessKind.CREATED:
            return AccessEvent(at=at, kind=kind)
        if kind == AccessKind.EARLIER:
            return AccessEvent(
                at=at,
                kind=kind,
                since=_parse_time(data["since"]),
                unlocks=_count_field(data["unlocks"]),
                refusals=_count_field(data["refusals"]),
            )
        return AccessEvent(at=at, kind=kind, way=SlotKind(data["way"]), place=Place(data["where"]))
    except (KeyError, TypeError, UnicodeDecodeError) as error:
        raise ValueError("not an access event") from error


def _count(event: AccessEvent, kind: AccessKind) -> int:
    if event.kind == AccessKind.EARLIER:
        return event.unlocks if kind == AccessKind.UNLOCKED else event.refusals
    return 1 if event.kind == kind else 0


def _time(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(text: object) -> dt.datetime:
    if not isinstance(text, str):
        raise ValueError("not a time")
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)


def _count_field(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a count")
    return value
