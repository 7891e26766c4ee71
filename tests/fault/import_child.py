"""A child process that imports a source into a journal, as ``threshold import`` does, until killed.

Run as ``python tests/fault/import_child.py DATA_DIR SOURCE`` with the passphrase in
``THRESHOLD_KILL_TEST_PASSPHRASE``. It prints (flushed) ``ready`` once the source is
read and planned, ``kept <n>`` as entries go into the (uncommitted) transaction,
and ``done <n>`` once the import has committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"
SAY_EVERY = 25


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.transfer.importing import keep_plan, plan_import
    from app.transfer.sources import open_source
    from app.vault.slot_secret import SlotSecret

    data_dir, source = Path(argv[1]), Path(argv[2])
    secret = SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    with (
        open_journal(JournalFiles(data_dir), secret) as journal,
        open_source(source) as batch,
        journal.worker_stores() as stores,
    ):
        plan = plan_import(stores, batch)
        say("ready")

        def progress(done: int, total: int) -> None:
            if done % SAY_EVERY == 0:
                say(f"kept {done}")

        result = keep_plan(stores, plan, progress)
        say(f"done {result.added}")
    return 0


def say(line: str) -> None:
    """One line to the parent, in a single write, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
