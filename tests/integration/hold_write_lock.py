"""Hold a journal's write lock until standard input is closed.

Used by ``test_bad_input`` as "a second writer": run it with
``python -m tests.integration.hold_write_lock FOLDER`` and ``THRESHOLD_PASSPHRASE``
set. It opens the journal with the core API, takes SQLite's write lock with
``BEGIN IMMEDIATE``, prints ``holding`` and waits; a line (or end of file) on
standard input makes it roll back, close the journal and exit 0.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.files import JournalFiles
from app.journal import open_journal
from app.vault.slot_secret import SlotSecret


def main() -> int:
    """Hold the lock until told to let go."""
    files = JournalFiles(Path(sys.argv[1]))
    secret = SlotSecret.passphrase(os.environ["THRESHOLD_PASSPHRASE"])
    with open_journal(files, secret) as journal:
        journal._db.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.readline()
        journal._db.execute("ROLLBACK")
    print("released", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
