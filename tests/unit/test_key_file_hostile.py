"""A key file is checked against the bounds Threshold writes before any value is used.

Crafted files (shipped with a backup, say) pass the checksum, since anyone can
recompute it; each one here must read as a damaged key file, quickly, and never
as an unexpected error, a huge allocation or a hang. Odd files in the key file's
place (a folder, a pipe, one this user may not read) get their own plain message.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.errors import JournalDamaged, JournalNotFound, JournalTooNew, JournalUnreadable
from app.files import JournalFiles
from app.journal import create_journal, open_journal, require_journal
from app.vault import slot_format
from app.vault.slot_model import FORMAT_VERSION
from app.vault.slot_secret import SlotSecret
from app.vault.slots import read_slot_file
from tests.helpers.journals import FAST_ARGON2

PASSPHRASE = "an open door"
TIME_BOUND_S = 2.0


@pytest.fixture
def key_data(files: JournalFiles) -> dict[str, Any]:
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    data: dict[str, Any] = json.loads(files.key_slots.read_text())
    return data


def _rewrite(
    files: JournalFiles, data: dict[str, Any], change: Callable[[dict[str, Any]], None]
) -> None:
    """Apply ``change`` and recompute the checksum, as a forger would."""
    change(data)
    content = {key: value for key, value in data.items() if key != "checksum"}
    data["checksum"] = slot_format._checksum(content)
    files.key_slots.write_text(json.dumps(data))


def _slot(data: dict[str, Any], kind: str) -> dict[str, Any]:
    found: dict[str, Any] = next(slot for slot in data["slots"] if slot["kind"] == kind)
    return found


def _b64(size: int) -> str:
    return base64.b64encode(b"x" * size).decode()


CRAFTED: dict[str, Callable[[dict[str, Any]], None]] = {
    "one-byte nonce": lambda d: _slot(d, "passphrase")["wrapped"][0].update(nonce=_b64(1)),
    "empty salt": lambda d: _slot(d, "passphrase").update(salt=""),
    "huge salt": lambda d: _slot(d, "recovery").update(salt=_b64(10_000)),
    "short ciphertext": lambda d: _slot(d, "recovery")["wrapped"][0].update(ciphertext=_b64(4)),
    "zero lanes": lambda d: _slot(d, "passphrase")["kdf"].update(lanes=0),
    "64 GiB of memory": lambda d: _slot(d, "passphrase")["kdf"].update(memory_kib=64 * 2**20),
    "2^31 iterations": lambda d: _slot(d, "passphrase")["kdf"].update(iterations=2**31),
    "a boolean for lanes": lambda d: _slot(d, "passphrase")["kdf"].update(lanes=True),
    "a float for memory": lambda d: _slot(d, "passphrase")["kdf"].update(memory_kib=1024.5),
    "a string version": lambda d: d.update(version="1"),
    "a list for the id": lambda d: d.update(journal_id=["x"]),
    "a path in the id": lambda d: d.update(journal_id="../../etc"),
    "no slots": lambda d: d.update(slots=[]),
    "a thousand slots": lambda d: d.update(slots=d["slots"] * 500),
    "three wrapped keys": lambda d: _slot(d, "recovery").update(
        wrapped=_slot(d, "recovery")["wrapped"] * 3
    ),
    "a KDF on the recovery slot": lambda d: _slot(d, "recovery").update(
        kdf=_slot(d, "passphrase")["kdf"]
    ),
    "a pending passphrase": lambda d: _slot(d, "passphrase").update(pending=True),
    "a keyring item on the recovery slot": lambda d: _slot(d, "recovery").update(item="x"),
    "an unknown field": lambda d: _slot(d, "recovery").update(extra=1),
    "a slot that is a list": lambda d: d["slots"].append([1, 2]),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_key_files_read_as_damaged_quickly(
    files: JournalFiles, key_data: dict[str, Any], name: str
) -> None:
    _rewrite(files, key_data, CRAFTED[name])
    started = time.monotonic()
    with pytest.raises(JournalDamaged, match="key file is damaged"):
        open_journal(files, SlotSecret.passphrase(PASSPHRASE), argon2=FAST_ARGON2)
    assert time.monotonic() - started < TIME_BOUND_S


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"a":' * 50_000 + b"1" + b"}" * 50_000,
        b"\xff\xfe not utf-8",
        b" " * 70_000,
        b"null",
        b"[]",
    ],
    ids=["nested lists", "nested objects", "not UTF-8", "too large", "null", "a list"],
)
def test_odd_contents_read_as_damaged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "journal.keys"
    path.write_bytes(content)
    with pytest.raises(JournalDamaged):
        read_slot_file(path)


def test_a_folder_in_the_key_files_place_is_named(
    files: JournalFiles, key_data: dict[str, Any]
) -> None:
    files.key_slots.unlink()
    files.key_slots.mkdir()
    with pytest.raises(JournalDamaged, match="not a file Threshold wrote"):
        require_journal(files)
    with pytest.raises(JournalDamaged, match="not a file Threshold wrote"):
        read_slot_file(files.key_slots)


def test_a_pipe_in_the_key_files_place_never_hangs(
    files: JournalFiles, key_data: dict[str, Any]
) -> None:
    files.key_slots.unlink()
    os.mkfifo(files.key_slots)
    started = time.monotonic()
    with pytest.raises(JournalDamaged, match="not a file Threshold wrote"):
        read_slot_file(files.key_slots)
    with pytest.raises(JournalDamaged, match="not a file Threshold wrote"):
        require_journal(files)
    assert time.monotonic() - started < TIME_BOUND_S


def test_a_key_file_this_user_may_not_read_says_so(
    files: JournalFiles, key_data: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads anything, so the refusal a sudo-owned file gives is made here."""
    real_open = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path) == str(files.key_slots):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(JournalUnreadable, match="sudo chown"):
        read_slot_file(files.key_slots)


def test_an_empty_journal_file_is_left_untouched(
    files: JournalFiles, key_data: dict[str, Any]
) -> None:
    """SQLCipher "opens" an empty file with any key; it used to be written into."""
    files.database.write_bytes(b"")
    with pytest.raises(JournalDamaged, match="empty"):
        open_journal(files, SlotSecret.passphrase(PASSPHRASE), argon2=FAST_ARGON2)
    assert files.database.stat().st_size == 0


def test_a_data_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "journal").write_text("not a folder")
    files = JournalFiles(tmp_path / "journal")
    with pytest.raises(JournalNotFound, match="is a file, not a folder"):
        require_journal(files)
    with pytest.raises(JournalNotFound, match="is a file, not a folder"):
        create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)


def test_a_key_file_of_a_later_format_asks_for_a_newer_threshold(
    files: JournalFiles, key_data: dict[str, Any]
) -> None:
    """Not damage: a newer Threshold wrote it, and saying "damaged" would frighten."""
    _rewrite(files, key_data, lambda d: d.update(version=FORMAT_VERSION + 1))
    with pytest.raises(JournalTooNew, match="newer version of Threshold"):
        open_journal(files, SlotSecret.passphrase(PASSPHRASE))
    _rewrite(files, key_data, lambda d: d.update(version=FORMAT_VERSION - 1))
    with pytest.raises(JournalDamaged):
        read_slot_file(files.key_slots)
