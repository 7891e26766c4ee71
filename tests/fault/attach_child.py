"""A child process that attaches files to entries, as ``threshold attach`` does, until killed.

Run as ``python tests/fault/attach_child.py DATA_DIR FILE SEED`` with the passphrase in
``THRESHOLD_KILL_TEST_PASSPHRASE``. It prints (flushed) ``ready`` once the journal is
open, and ``ack <attachment-id>`` after each attach has committed: the file, its
record and the entry's new reference, in one transaction.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"
NEW_ENTRY_CHANCE = 0.2


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.journal.attaching import attach_files
    from app.records.entries import EntryFields
    from app.vault.slot_secret import SlotSecret

    data_dir, source, rng = Path(argv[1]), Path(argv[2]), random.Random(int(argv[3]))
    journal = open_journal(
        JournalFiles(data_dir), SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    )
    say("ready")
    summaries = journal.entries.summaries()
    entry_id = summaries[0].id if summaries else ""
    while True:
        if not entry_id or rng.random() < NEW_ENTRY_CHANCE:
            entry_id = journal.entries.add(EntryFields(body="Pictures, kept.")).id
        _, kept = attach_files(journal, entry_id, [source])
        say(f"ack {kept[0].id}")


def say(line: str) -> None:
    """One line to the parent, in a single write, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
