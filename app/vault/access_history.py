"""Who opened the journal: recording each attempt before unlocking, reading them after.

Every event is sealed on its own to the journal's public access key
(``access_seal``) and appended to ``access-history`` beside the journal
(``access_file``). Recording never stands in the way of opening: a full disk or
a missing key pair costs the event (logged without content), never the unlock.

After an unlock the history is read with the private half (``access_keys``).
At that moment the file is also kept short: beyond ``COMPACT_AT`` events the
oldest are folded into one summary that keeps their counts, so someone who
tried ten thousand times is still told so, in one line.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from app.vault.access_events import (
    AccessEvent,
    AccessKind,
    Place,
    attempt,
    decode,
    encode,
    folded,
)
from app.vault.access_file import (
    append_record,
    longer_than_read,
    read_records,
    rewrite_records,
)
from app.vault.access_seal import SealBroken, open_sealed, seal
from app.vault.slot_model import SlotKind

log = logging.getLogger(__name__)
HISTORY_NAME = "access-history"
KEEP_EVENTS = 200  # after folding: the newest events kept one by one
COMPACT_AT = 400  # fold only when this many are there, so most unlocks rewrite nothing


def history_path(folder: Path) -> Path:
    """Where a journal in ``folder`` keeps its access history."""
    return folder / HISTORY_NAME


def record_attempt(path: Path, public: bytes | None, event: AccessEvent) -> bool:
    """Seal ``event`` to ``public`` and append it; returns whether it was recorded.

    A journal from before the history has no public key until its next unlock;
    then nothing can be sealed, and nothing readable is written instead.
    """
    if public is None:
        return False
    try:
        append_record(path, seal(public, encode(event)))
    except OSError as error:
        log.warning("An access event could not be recorded: %s", type(error).__name__)
        return False
    return True


@dataclass(frozen=True)
class AccessReport:
    """The history as read after unlocking.

    Attributes:
        events: newest first.
        unreadable: lines that did not open: torn by someone's hand, or sealed to
            a key this journal no longer has (a key file swapped or restored).
    """

    events: list[AccessEvent]
    unreadable: int = 0


class AccessHistory:
    """The history of one unlocked journal: what came before this unlock, and all of it.

    Args:
        path: the history file.
        public: the public key new events are sealed to.
        private: its private half, from the unlocked key file.
    """

    def __init__(self, path: Path, public: bytes, private: bytes, *, new: bool = False) -> None:
        self._path = path
        self._public = public
        self._private = private
        self._new = new  # the pair was made at this unlock: there can be nothing before
        self._before: list[bytes] = []  # sealed records as they were before this unlock
        self._failed: list[AccessEvent] | None = None  # read for us by the start-up helper
        self.went_missing = False

    def note_unlock(self, way: SlotKind, place: Place, at: dt.datetime) -> None:
        """Record this unlock, remembering what came before it; fold the oldest if many.

        A history holds at least the journal's creation or an unlock once its pair
        exists; finding none readable means it was removed or emptied meanwhile
        (``went_missing``), which is itself worth telling.
        """
        self._before = read_records(self._path)
        self.went_missing = not self._new and not any(map(self.opens, reversed(self._before)))
        record_attempt(self._path, self._public, attempt(AccessKind.UNLOCKED, way, place, at))
        self._fold_if_due(len(self._before))

    def note_sealed_unlock(
        self, sealed: bytes, before: int, failed: list[AccessEvent], went_missing: bool
    ) -> None:
        """Record an unlock the start-up helper sealed, with what it read before it.

        No ``cryptography`` here (see ``access_prepared``), unless the file is due
        to be folded, which is rare.
        """
        self._failed, self.went_missing = failed, went_missing
        try:
            append_record(self._path, sealed)
        except OSError as error:
            log.warning("An access event could not be recorded: %s", type(error).__name__)
        self._fold_if_due(before)

    def failed_since_last_unlock(self) -> list[AccessEvent]:
        """Refused attempts between the unlock before this one and this one, newest first."""
        return self._failed if self._failed is not None else self.failed_before(self._before)

    def failed_before(self, records: list[bytes]) -> list[AccessEvent]:
        """The refused attempts at the end of ``records``, after their last unlock; newest first.

        Only what a person typed or gave counts (a passphrase, a recovery key): a
        keyring secret that no longer fits is the computer's, not someone trying,
        and stays in the history without being told as one. A summary in that
        span counts too: its refusals came after the last unlock when it holds no
        unlock (the file was folded while someone kept trying).
        """
        failed: list[AccessEvent] = []
        for sealed in reversed(records):
            event = self._open(sealed)
            if event is None:
                continue
            if event.kind in (AccessKind.UNLOCKED, AccessKind.CREATED) or event.unlocks:
                break
            if (event.failed and event.way != SlotKind.KEYRING) or event.refusals:
                failed.append(event)
        return failed

    def read(self) -> AccessReport:
        """Every event, newest first, and how many lines did not open."""
        events: list[AccessEvent] = []
        unreadable = 0
        for sealed in read_records(self._path):
            event = self._open(sealed)
            if event is None:
                unreadable += 1
            else:
                events.append(event)
        events.reverse()  # the file's order is the order things happened, whatever the clock said
        return AccessReport(events=events, unreadable=unreadable)

    def opens(self, sealed: bytes) -> bool:
        """Whether ``sealed`` is an event this journal can read."""
        return self._open(sealed) is not None

    def _fold_if_due(self, before: int) -> None:
        if before + 1 >= COMPACT_AT or longer_than_read(self._path):
            try:
                rewrite_records(self._path, self._folded)
            except OSError as error:
                log.warning("The access history was not shortened: %s", type(error).__name__)

    def _open(self, sealed: bytes) -> AccessEvent | None:
        try:
            return decode(open_sealed(self._private, sealed))
        except (SealBroken, ValueError):
            return None

    def _folded(self, records: list[bytes]) -> list[bytes]:
        """The newest ``KEEP_EVENTS`` records as they are, the older ones as one summary.

        Lines that do not open are kept: they are not ours to judge, and a key file
        restored later may read them again.
        """
        if len(records) < COMPACT_AT:
            return records  # shortened meanwhile by another window or command
        older, newer = records[:-KEEP_EVENTS], records[-KEEP_EVENTS:]
        opened = [(sealed, self._open(sealed)) for sealed in older]
        unreadable = [sealed for sealed, event in opened if event is None]
        events = [event for _, event in opened if event is not None]
        if not events:
            return records
        summary = seal(self._public, encode(folded(events)))
        return [*unreadable, summary, *newer]
