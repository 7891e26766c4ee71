"""``threshold access-history``: who opened the journal, or tried to, newest first.

Reading the history needs the journal unlocked, so this command's own unlock is
the newest line; the refused attempts before it and since the unlock before that
are named first, in the same calm words the window uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.context import CommandContext
from app.cli.output import write_json
from app.vault.access_events import AccessEvent, AccessKind, Place
from app.vault.access_history import AccessHistory, AccessReport
from app.vault.slots import SlotKind

WAYS = {
    SlotKind.KEYRING: "the computer login (system keyring)",
    SlotKind.PASSPHRASE: "a passphrase",
    SlotKind.RECOVERY: "a recovery key",
}
PLACES = {Place.WINDOW: "in the window", Place.COMMAND: "at the command line"}
MISSING = (
    "The history was emptied or removed since the journal was last opened, so it can't "
    "say who tried before now. It starts again from this opening."
)
NOT_READ = "The history could not be read just now; your journal itself is fine."


def access_history(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Show the history of unlocks and refused attempts (``--json``: as data)."""
    with ctx.journal() as journal:
        history = journal.vault.access_history
        if history is None:
            ctx.print(NOT_READ)
            return 1
        report = history.read()
        failed = history.failed_since_last_unlock()
    if args.json:
        write_json(ctx.stdout, _as_data(history, report, failed))
        return 0
    _print(ctx, history, report, failed)
    return 0


def _print(
    ctx: CommandContext, history: AccessHistory, report: AccessReport, failed: list[AccessEvent]
) -> None:
    if failed:
        ctx.print(failed_summary(failed))
        ctx.print()
    if history.went_missing:
        ctx.print(MISSING)
        ctx.print()
    for event in report.events:
        ctx.print(f"{_local(event.at)}  {describe(event)}")
    if report.unreadable:
        ctx.print()
        ctx.print(unreadable_note(report.unreadable))


def failed_summary(failed: list[AccessEvent]) -> str:
    """Calm sentences: how many tries were refused since the last unlock, and with what.

    Not "someone tried": a refused try may well have been the person's own typo.
    """
    count = sum(event.refusals if event.kind == AccessKind.EARLIER else 1 for event in failed)
    tries = "one try" if count == 1 else "two tries" if count == 2 else f"{count:,} tries"
    ways = sorted({WAYS[event.way] for event in failed if event.way is not None})
    with_what = f" with {' and '.join(ways)}" if ways else ""
    refused = "was refused" if count == 1 else "were refused"
    return (
        f"Since your journal was last opened, {tries} to open it{with_what} {refused}, "
        "and it stayed locked. If that wasn't you, someone else tried."
    )


def describe(event: AccessEvent) -> str:
    """One event in words."""
    if event.kind == AccessKind.CREATED:
        return "The journal was made"
    if event.kind == AccessKind.EARLIER:
        since = _local(event.since or event.at)
        return (
            f"Earlier, from {since}: {event.unlocks} unlocks and "
            f"{event.refusals} attempts that did not open it"
        )
    assert event.way is not None
    assert event.place is not None
    way, place = WAYS[event.way], PLACES[event.place]
    if event.kind == AccessKind.UNLOCKED:
        return f"Opened with {way}, {place}"
    return f"Tried {way} that did not open it, {place}"


def unreadable_note(count: int) -> str:
    """What lines that did not open mean, without alarm."""
    return (
        f"{count} line{'s' if count != 1 else ''} of the history could not be read: changed "
        "by hand, or sealed to a key this journal no longer has (after a key file was restored)."
    )


def _as_data(
    history: AccessHistory, report: AccessReport, failed: list[AccessEvent]
) -> dict[str, Any]:
    return {
        "events": [_event_data(event) for event in report.events],
        "failed_since_last_unlock": sum(
            event.refusals if event.kind == AccessKind.EARLIER else 1 for event in failed
        ),
        "unreadable": report.unreadable,
        "went_missing": history.went_missing,
    }


def _event_data(event: AccessEvent) -> dict[str, Any]:
    data: dict[str, Any] = {"at": event.at.isoformat(), "what": event.kind.value}
    if event.kind == AccessKind.CREATED:
        return data
    if event.kind == AccessKind.EARLIER:
        assert event.since is not None
        data.update(since=event.since.isoformat(), unlocks=event.unlocks, refused=event.refusals)
    else:
        assert event.way is not None
        assert event.place is not None
        data.update(way=event.way.value, where=event.place.value)
    return data


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")
