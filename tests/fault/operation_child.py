"""Run one journal operation with its durable steps counted, killed at a chosen one.

Usage: ``python tests/fault/operation_child.py KILL_AT ARGV...``

``ARGV`` is a ``threshold`` command line (the real CLI, real keyring), or
``app-recovery-key --data-dir DIR`` for what Settings → "Make a new recovery key"
does (open through the keyring, make the key, show it, confirm). ``KILL_AT`` 0
runs to the end and reports the steps on stderr (``steps N names...``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fault.steps import StepCounter, install


def main() -> int:
    kill_at, argv = int(sys.argv[1]), sys.argv[2:]
    counter = StepCounter(kill_at)
    install(counter)
    if argv[0] == "app-recovery-key":
        status = _app_recovery_key(Path(argv[2]), counter)
    else:
        from app.main import main as threshold

        status = threshold(argv)
    counter.report()
    return status


def _app_recovery_key(folder: Path, counter: StepCounter) -> int:
    """As the app's Settings does it: the key is shown (printed here), then confirmed."""
    from app.files import JournalFiles
    from app.interrupted import finish_interrupted_operations
    from app.journal import keyring_secret, open_journal
    from app.vault.keystore import SystemKeystore

    files = JournalFiles(folder)
    finish_interrupted_operations(files)

    def show(key: object) -> None:
        counter.step("shown.before")
        print(f"recovery-key {key}", flush=True)
        counter.step("shown.after")

    with open_journal(files, keyring_secret(files, SystemKeystore())) as journal:
        journal.replace_recovery_key(show)
    print("confirmed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
