"""Hold a journal open as the app does, and change its slots when told to.

Used by ``test_slot_changes_two_processes``: ``python -m
tests.integration.hold_open_and_change_slots FOLDER`` opens the journal through
the real keyring (or ``THRESHOLD_PASSPHRASE``), prints ``open``, then reads one
command per line from standard input and answers with one line:

- ``new-recovery`` → ``recovery-key KEY`` (made, shown, confirmed, as Settings does)
- ``set-passphrase WORDS`` / ``remove-passphrase`` / ``enroll-keyring`` → ``done``
- ``quit`` closes the journal and exits.

A refused change answers ``refused <message>`` and the journal stays open.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.errors import KnownError
from app.files import JournalFiles
from app.journal import Journal, keyring_secret, open_journal
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret


def main() -> int:
    """Open, then change slots as told until ``quit``."""
    files, keystore = JournalFiles(Path(sys.argv[1])), SystemKeystore()
    passphrase = os.environ.get("THRESHOLD_PASSPHRASE")
    secret = SlotSecret.passphrase(passphrase) if passphrase else keyring_secret(files, keystore)
    with open_journal(files, secret) as journal:
        print("open", flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "quit":
                break
            try:
                print(_change(journal, keystore, command, argument), flush=True)
            except KnownError as error:
                print(f"refused {error.message}", flush=True)
    return 0


def _change(journal: Journal, keystore: SystemKeystore, command: str, argument: str) -> str:
    if command == "new-recovery":
        shown: list[RecoveryKey] = []
        journal.replace_recovery_key(shown.append)
        return f"recovery-key {shown[0]}"
    if command == "set-passphrase":
        journal.set_passphrase(argument, keystore)
    elif command == "remove-passphrase":
        journal.remove_passphrase(keystore)
    elif command == "enroll-keyring":
        journal.enroll_keyring(keystore)
    else:
        raise SystemExit(f"unknown command {command!r}")
    return "done"


if __name__ == "__main__":
    raise SystemExit(main())
