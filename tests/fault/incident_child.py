"""A child process that keeps adding and amending incident records until killed.

Run as ``python tests/fault/incident_child.py DATA_DIR`` with the passphrase in
``THRESHOLD_KILL_TEST_PASSPHRASE``. It prints (flushed) ``ready`` once the journal
is open, then after each commit ``record <id>`` or ``amendment <id> <count>``: what
it printed is what the journal acknowledged, and must survive the kill.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script: make ``app`` and ``tests`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSPHRASE_VARIABLE = "THRESHOLD_KILL_TEST_PASSPHRASE"
MAX_STEPS = 5_000


def main(argv: list[str]) -> int:
    # Imported here, after the sys.path tweak above (and only in the child).
    from app.files import JournalFiles
    from app.journal import open_journal
    from app.records.incidents import IncidentFields, IncidentKind, When, amended
    from app.vault.slot_secret import SlotSecret
    from tests.fault.import_child import say

    secret = SlotSecret.passphrase(os.environ[PASSPHRASE_VARIABLE])
    with open_journal(JournalFiles(Path(argv[1])), secret) as journal:
        say("ready")
        store = journal.incidents
        kept: list[str] = []
        for step in range(MAX_STEPS):
            if step % 2 == 0 or not kept:
                moment = dt.datetime(2026, 1, 1, 20, 0, tzinfo=dt.UTC) + dt.timedelta(hours=step)
                fields = IncidentFields(
                    When(moment, "UTC"), (IncidentKind.CONTACT,), account=f"Step {step}.\n\n> words"
                )
                kept.append(store.add(fields).id)
                say(f"record {kept[-1]}")
            else:
                target = store.get(kept[step % len(kept)])
                now = amended(target.fields, target.amendments)
                changed = IncidentFields(now.happened, now.kinds, account=now.account + " More.")
                after = store.amend(target.id, f"step {step}", changed)
                say(f"amendment {after.id} {len(after.amendments)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
