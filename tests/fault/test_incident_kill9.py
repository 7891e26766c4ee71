"""kill -9 while records are added and amended loses nothing acknowledged; the chain holds.

A child (``incident_child.py``) adds a record, amends one, adds another, ...,
printing each only once it has committed. Killed at a random moment (seeded) from
a copy of the same journal each time: the journal left behind must verify, its
hash chain must hold, and every record and amendment the child printed must be
there (at most the one in flight when it died is missing).

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>``.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.vault.slot_secret import SlotSecret
from tests.fault.incident_child import PASSPHRASE_VARIABLE
from tests.fault.killing import run_and_kill
from tests.helpers.journals import FAST_ARGON2

KILLS = 6
SLOW_KILLS = 100  # with --run-slow
DEFAULT_SEED = 20_261_208
CHILD = Path(__file__).with_name("incident_child.py")
PASSPHRASE = "kill-nine incident passphrase"


def test_kill9_while_recording_loses_nothing_acknowledged(tmp_path: Path) -> None:
    run_campaign(tmp_path, KILLS)


@pytest.mark.slow
def test_kill9_while_recording_many_times(tmp_path: Path) -> None:
    run_campaign(tmp_path, SLOW_KILLS)


def run_campaign(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    base = JournalFiles(tmp_path / "base")
    journal, _ = create_journal(base, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    acknowledged = 0
    for number in range(kills):
        where = f"kill {number + 1} of {kills}, seed {seed}"
        files = JournalFiles(tmp_path / f"journal-{number}")
        shutil.copytree(base.folder, files.folder)
        lines = run_and_kill(
            [sys.executable, str(CHILD), str(files.folder)],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0.05, 1.5),
            who="child",
            where=where,
        )
        records = [parts[1] for parts in lines if parts and parts[0] == "record"]
        amendments = {
            parts[1]: int(parts[2]) for parts in lines if parts and parts[0] == "amendment"
        }
        acknowledged += len(records) + len(amendments)
        with open_journal(files, SlotSecret.passphrase(PASSPHRASE)) as opened:
            report = opened.verify()
            assert report.ok, f"{where}: {report.problems}"
            broken = opened.incidents.verify()
            assert broken is None, f"{where}: the chain breaks at {broken}"
            kept = {incident.id: incident for incident in opened.incidents.all()}
        assert set(records) <= set(kept), f"{where}: an acknowledged record is gone"
        for record_id, count in amendments.items():
            assert len(kept[record_id].amendments) >= count, f"{where}: an amendment is gone"
        shutil.rmtree(files.folder)
    assert acknowledged > kills, "the children acknowledged almost nothing; the test proves little"
    print(f"\n{kills} kills while recording, {acknowledged} acknowledged: none lost")
