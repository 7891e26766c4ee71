"""A child process that merges a sync folder into a journal, as ``threshold sync now`` does.

Run as ``python tests/fault/sync_child.py DATA_DIR FOLDER`` with the passphrase in
``THRESHOLD_KILL_TEST_PASSPHRASE``. It points the journal at ``FOLDER`` (each
killed copy has its own copy of the folder), prints (flushed) ``ready``, merges,
and prints ``done <files>`` once every file is merged.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.sync.session import sync_now, turn_on
    from app.vault.slot_secret import SlotSecret

    data_dir, folder = Path(argv[1]), Path(argv[2])
    secret = SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    with open_journal(JournalFiles(data_dir), secret) as journal:
        settings = journal.sync.settings()
        if settings is None or settings.folder != str(folder):
            turn_on(journal, folder)
        say("ready")
        merged = sync_now(journal)
        say(f"done {merged.files}")
    return 0


def say(line: str) -> None:
    """One line to the parent, in a single write, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
