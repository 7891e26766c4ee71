"""The access history: sealing and opening events, the file, the key pair and a rotation.

Events are recorded before unlocking and read only after it, so every test
checks both halves: what the file holds (never a readable byte) and what the
unlocked journal reads back.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from app.errors import WrongSecret
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.vault import access_file, access_history
from app.vault.access_events import (
    AccessEvent,
    AccessKind,
    Place,
    attempt,
    decode,
    encode,
    folded,
)
from app.vault.access_file import append_record, read_records
from app.vault.access_history import AccessHistory, history_path, record_attempt
from app.vault.access_seal import SEALED_BYTES, SealBroken, new_key_pair, open_sealed, seal
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotFile, SlotKind, read_slot_file, write_slot_file
from tests.helpers.journals import FAST_ARGON2

AT = dt.datetime(2026, 12, 7, 15, 4, 5, tzinfo=dt.UTC)


def _event(kind: AccessKind = AccessKind.REFUSED, minutes: int = 0) -> AccessEvent:
    return attempt(kind, SlotKind.PASSPHRASE, Place.WINDOW, AT + dt.timedelta(minutes=minutes))


# ---------------------------------------------------------------------- sealing


def test_a_sealed_event_opens_with_the_private_half_only() -> None:
    private, public = new_key_pair()
    other_private, _ = new_key_pair()
    sealed = seal(public, encode(_event()))
    assert decode(open_sealed(private, sealed)) == _event()
    with pytest.raises(SealBroken):
        open_sealed(other_private, sealed)


def test_every_event_is_sealed_apart_and_to_one_size() -> None:
    _, public = new_key_pair()
    refused = seal(public, encode(_event(AccessKind.REFUSED)))
    unlocked = seal(public, encode(_event(AccessKind.UNLOCKED)))
    again = seal(public, encode(_event(AccessKind.REFUSED)))
    assert len(refused) == len(unlocked) == len(again) == SEALED_BYTES
    assert refused[:32] != again[:32]  # a fresh ephemeral key each time
    assert refused != again


@pytest.mark.parametrize("where", [0, 40, SEALED_BYTES - 1])
def test_a_changed_byte_is_refused(where: int) -> None:
    private, public = new_key_pair()
    sealed = bytearray(seal(public, encode(_event())))
    sealed[where] ^= 0x01
    with pytest.raises(SealBroken):
        open_sealed(private, bytes(sealed))


def test_a_cut_record_is_refused() -> None:
    private, public = new_key_pair()
    with pytest.raises(SealBroken):
        open_sealed(private, seal(public, encode(_event()))[:-1])


def test_a_summary_round_trips() -> None:
    summary = folded([_event(), _event(AccessKind.UNLOCKED, 5)])
    assert decode(encode(summary)) == summary
    assert (summary.unlocks, summary.refusals, summary.since) == (1, 1, AT)


# ---------------------------------------------------------------------- the file


def test_the_file_is_private_and_a_torn_last_line_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "access-history"
    append_record(path, b"first")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open("ab") as file:
        file.write(base64.b64encode(b"torn by a crash")[:7])  # no line end
    assert read_records(path) == [b"first"]
    append_record(path, b"second")
    assert read_records(path) == [b"first", b"second"]  # the torn line never swallows it


def test_appending_never_follows_a_planted_link(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_bytes(b"")
    (tmp_path / "access-history").symlink_to(target)
    with pytest.raises(OSError, match=r"symbolic link|Too many levels"):
        append_record(tmp_path / "access-history", b"event")
    assert target.read_bytes() == b""


def test_no_file_reads_as_no_events(tmp_path: Path) -> None:
    assert read_records(tmp_path / "access-history") == []


# ---------------------------------------------------------------------- the journal


@pytest.fixture
def files(tmp_path: Path) -> JournalFiles:
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, passphrase="right words", argon2=FAST_ARGON2)
    journal.close()
    return files


def _open(files: JournalFiles, passphrase: str = "right words") -> AccessHistory:
    journal = open_journal(files, SlotSecret.passphrase(passphrase), argon2=FAST_ARGON2)
    history = journal.vault.access_history
    journal.close()
    assert history is not None
    return history


def _refuse(files: JournalFiles, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongSecret):
            open_journal(files, SlotSecret.passphrase("wrong"), argon2=FAST_ARGON2)


def test_a_wrong_passphrase_is_recorded_before_unlocking_and_read_after(
    files: JournalFiles,
) -> None:
    _open(files)
    _refuse(files, 2)
    history = _open(files)
    failed = history.failed_since_last_unlock()
    assert [(e.kind, e.way, e.place) for e in failed] == [
        (AccessKind.REFUSED, SlotKind.PASSPHRASE, Place.COMMAND)
    ] * 2
    kinds = [event.kind for event in history.read().events]
    assert kinds[0] == AccessKind.UNLOCKED
    assert kinds.count(AccessKind.REFUSED) == 2
    assert _open(files).failed_since_last_unlock() == []  # told once


def test_the_file_holds_no_readable_byte(files: JournalFiles) -> None:
    _refuse(files)
    _open(files)
    raw = history_path(files.folder).read_bytes()
    for word in (b"refused", b"unlocked", b"passphrase", b"window", b"command", b"2026"):
        assert word not in raw
    for line in raw.splitlines():
        assert len(base64.b64decode(line)) == SEALED_BYTES
    slots = json.loads(files.key_slots.read_bytes())
    assert set(slots["access"]) == {"public", "wrapped"}


def test_an_older_journal_gets_its_pair_at_its_next_unlock(files: JournalFiles) -> None:
    write_slot_file(files.key_slots, _without_access(files))
    history_path(files.folder).unlink()
    _refuse(files)  # nothing to seal to yet: nothing is written
    assert not history_path(files.folder).exists()
    _open(files)
    assert read_slot_file(files.key_slots).access is not None
    _refuse(files)
    history = _open(files)
    assert len(history.failed_since_last_unlock()) == 1
    assert not history.went_missing


def test_a_history_removed_since_the_last_unlock_is_noticed(files: JournalFiles) -> None:
    assert not _open(files).went_missing  # the journal's creation is there
    history_path(files.folder).unlink()
    history = _open(files)
    assert history.went_missing
    assert not _open(files).went_missing  # told once: it starts again from that unlock


def test_a_rotation_keeps_the_history_readable(files: JournalFiles) -> None:
    _refuse(files)
    journal = open_journal(files, SlotSecret.passphrase("right words"), argon2=FAST_ARGON2)
    recovery_secret = _recovery_secret(journal)
    journal.rotate_key([SlotSecret.passphrase("right words"), recovery_secret])
    journal.close()
    report = _open(files).read()
    assert report.unreadable == 0
    assert [e.kind for e in report.events].count(AccessKind.REFUSED) == 1


def test_lines_sealed_to_another_key_are_counted_not_read(files: JournalFiles) -> None:
    _, stranger = new_key_pair()
    record_attempt(history_path(files.folder), stranger, _event())
    report = _open(files).read()
    assert report.unreadable == 1
    assert [e.kind for e in report.events] == [AccessKind.UNLOCKED, AccessKind.CREATED]


def test_a_long_history_is_folded_keeping_every_count(
    files: JournalFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(access_history, "COMPACT_AT", 12)
    monkeypatch.setattr(access_history, "KEEP_EVENTS", 4)
    _open(files)
    _refuse(files, 11)
    history = _open(files)
    assert len(history.failed_since_last_unlock()) == 11  # all of them, before folding
    events = history.read().events
    assert len(read_records(history_path(files.folder))) == 5
    summary = events[-1]
    assert summary.kind == AccessKind.EARLIER
    refusals = summary.refusals + [e.kind for e in events].count(AccessKind.REFUSED)
    assert (refusals, summary.unlocks + 1) == (11, 2)  # the first unlock, and this one
    assert not history.went_missing


def test_folding_a_file_past_the_read_limit_loses_no_count(
    files: JournalFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(access_history, "COMPACT_AT", 12)
    monkeypatch.setattr(access_history, "KEEP_EVENTS", 4)
    monkeypatch.setattr(access_file, "MAX_READ_BYTES", 6 * 300)  # about six lines
    _open(files)
    _refuse(files, 11)
    _open(files)
    assert len(history_path(files.folder).read_bytes().splitlines()) == 5  # folded then
    monkeypatch.setattr(access_file, "MAX_READ_BYTES", 10**6)
    events = _open(files).read().events
    summary = events[-1]
    assert summary.kind == AccessKind.EARLIER
    refused = summary.refusals + [e.kind for e in events].count(AccessKind.REFUSED)
    assert refused == 11


def test_recording_never_stands_in_the_way(
    files: JournalFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, record: bytes) -> None:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr(access_history, "append_record", full)
    _refuse(files)
    assert _open(files).failed_since_last_unlock() == []


def _without_access(files: JournalFiles) -> SlotFile:
    return replace(read_slot_file(files.key_slots), access=None)


def _recovery_secret(journal: Journal) -> SlotSecret:
    recovery = journal.replace_recovery_key(lambda key: None)
    return SlotSecret.recovery(recovery)


def test_a_new_journal_shows_its_history_in_the_session_that_made_it(tmp_path: Path) -> None:
    """Settings → Who opened it, right after setup: "Journal made", not "can't be read"."""
    journal, _ = create_journal(
        JournalFiles(tmp_path / "new"), passphrase="right words", argon2=FAST_ARGON2
    )
    try:
        history = journal.vault.access_history
        assert history is not None
        assert [event.kind for event in history.read().events] == [AccessKind.CREATED]
    finally:
        journal.close()
