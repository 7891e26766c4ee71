"""Who opened my journal, with a real Secret Service: the keyring's way in is recorded too.

Run through ``scripts/with-test-keyring`` (the ``keyring_integration`` mark). The
CLI runs in real processes: a start through the keyring is an unlock by the
keyring; a keyring holding a secret that no longer fits is a refused attempt,
listed but not told as someone trying (it is the computer's); the recovery key
file that then opens it reads it back; and after a key rotation (keyring and
recovery key) the whole history still reads. The window's own start through the
keyring is recorded from the window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.ui.controller import JournalController, StartState
from app.vault.keystore import SystemKeystore
from tests.helpers.keyring import (
    create_keyring_journal,
    current_item,
    forget_keyring_item,
    succeeds,
    threshold,
)

pytestmark = pytest.mark.keyring_integration

EXIT_UNLOCK = 3


def _history(folder: Path, *options: str) -> dict[str, object]:
    done = succeeds(threshold(*options, "access-history", "--json", folder=folder))
    data: dict[str, object] = json.loads(done.stdout)
    return data


def _ways(data: dict[str, object]) -> list[tuple[object, object, object]]:
    events = data["events"]
    assert isinstance(events, list)
    return [(e["what"], e.get("way"), e.get("where")) for e in events]


def test_the_keyring_way_in_is_recorded_and_a_stale_secret_is_an_attempt(
    tmp_path: Path,
) -> None:
    journal = create_keyring_journal(tmp_path / "journal", tmp_path / "recovery.txt")
    folder = journal.folder
    try:
        succeeds(threshold("list", folder=folder))
        SystemKeystore().set_secret(current_item(folder), os.urandom(32))  # no longer fits
        refused = threshold("list", folder=folder)
        assert refused.status == EXIT_UNLOCK, refused.stderr
        data = _history(folder, "--recovery-key-file", str(journal.recovery_key_file))
        assert data["failed_since_last_unlock"] == 0  # the computer's stale secret, not someone
        assert _ways(data) == [
            ("unlocked", "recovery", "command"),
            ("refused", "keyring", "command"),
            ("unlocked", "keyring", "command"),
            ("created", None, None),
        ]
    finally:
        forget_keyring_item(current_item(folder))


def test_a_rotation_keeps_the_history_readable(tmp_path: Path) -> None:
    journal = create_keyring_journal(tmp_path / "journal", tmp_path / "recovery.txt")
    folder = journal.folder
    try:
        before = _history(folder)
        key_file = ("--recovery-key-file", str(journal.recovery_key_file))
        succeeds(threshold(*key_file, "keys", "rotate", folder=folder))
        after = _history(folder)
        assert after["unreadable"] == 0
        assert _ways(after)[-len(_ways(before)) :] == _ways(before)
    finally:
        forget_keyring_item(current_item(folder))


def test_the_window_records_its_keyring_start(tmp_path: Path) -> None:
    journal = create_keyring_journal(tmp_path / "journal", tmp_path / "recovery.txt")
    try:
        controller = JournalController(JournalFiles(journal.folder), SystemKeystore())
        put_off: list[object] = []
        controller.defer = put_off.append  # as the window does: after its first paint
        assert controller.start().state == StartState.OPEN
        assert controller.journal.vault.access_history is None  # nothing sealed yet
        for task in put_off:
            task()  # type: ignore[operator]
        history = controller.journal.vault.access_history
        assert history is not None
        newest = history.read().events[0]
        assert (newest.kind.value, newest.way, newest.place) == ("unlocked", "keyring", "window")
        controller.lock()
    finally:
        forget_keyring_item(current_item(journal.folder))
