"""An entry in the journal as a state to share, and a merged state back as fields.

What counts as this computer's edit is found by comparing the entry with its
state as last shared: changed words count one more edit of this computer's in
the words' vector; each changed small field takes a new clock stamp; an entry
deleted for good here travels as one in the trash (deletions never go further
than the trash through sync).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from app.records.entries import Entry, EntryFields
from app.sync.clock import HybridClock
from app.sync.entry_state import SMALL_FIELDS, EntryState


def small_fields(entry: Entry) -> dict[str, Any]:
    """The entry's small fields as JSON-ready values."""
    return {
        "date": entry.date.isoformat(),
        "tags": list(entry.tags),
        "mood": entry.mood,
        "theme": entry.theme,
        "prompt": entry.prompt,
        "marked": entry.marked,
        "heavy": entry.heavy,
        "energy": entry.energy,
        "feeling": entry.feeling,
        "pulls": list(entry.pulls),
        "trashed": None if entry.trashed is None else moment_text(entry.trashed),
    }


def moment_text(moment: dt.datetime) -> str:
    """A time as the journal stores it (UTC, to the millisecond), so it reads back equal."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


def shared_state(
    entry: Entry | None, last: EntryState | None, clock: HybridClock
) -> EntryState | None:
    """The entry's state to share now, or None when it is as last shared."""
    if entry is None:
        return _deleted(last, clock)
    small = small_fields(entry)
    if last is None:
        stamp = clock.now().text()
        return EntryState(
            id=entry.id,
            created=moment_text(entry.created),
            title=entry.title,
            body=entry.body,
            vector={clock.device: 1},
            written=stamp,
            small=small,
            stamps=dict.fromkeys(SMALL_FIELDS, stamp),
        )
    changed = [name for name in SMALL_FIELDS if small.get(name) != last.small.get(name)]
    edited = (entry.title, entry.body) != last.words()
    if not changed and not edited:
        return None
    stamp = clock.now().text()
    state = replace(
        last,
        small={**last.small, **{name: small[name] for name in changed}},
        stamps={**last.stamps, **dict.fromkeys(changed, stamp)},
    )
    if edited:
        vector = dict(last.vector)
        vector[clock.device] = vector.get(clock.device, 0) + 1
        state = replace(
            state, title=entry.title, body=entry.body, vector=vector, written=stamp, versions=False
        )
    return state


def _deleted(last: EntryState | None, clock: HybridClock) -> EntryState | None:
    """An entry deleted for good here: shared as trashed, if it was not already."""
    if last is None or last.small.get("trashed") is not None:
        return None
    stamp = clock.now()
    when = moment_text(dt.datetime.fromtimestamp(stamp.wall / 1000, dt.UTC))
    return replace(
        last, small={**last.small, "trashed": when}, stamps={**last.stamps, "trashed": stamp.text()}
    )


def entry_fields(state: EntryState) -> tuple[EntryFields, str | None]:
    """A merged state as the fields to store, and when it was trashed (None: live)."""
    small = state.small
    fields = EntryFields(
        body=state.body,
        title=state.title,
        date=dt.date.fromisoformat(str(small.get("date") or state.created[:10])),
        tags=tuple(str(tag) for tag in small.get("tags") or ()),
        mood=_number(small.get("mood")),
        theme=_text(small.get("theme")),
        prompt=_text(small.get("prompt")),
        marked=bool(small.get("marked")),
        heavy=bool(small.get("heavy")),
        energy=_number(small.get("energy")),
        feeling=_text(small.get("feeling")),
        pulls=tuple(str(pull) for pull in small.get("pulls") or ()),
    )
    trashed = small.get("trashed")
    return fields, None if trashed is None else str(trashed)


def _number(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
