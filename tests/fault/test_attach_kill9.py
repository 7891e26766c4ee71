"""kill -9 while attaching leaves no half attachment and loses no text.

A child (``attach_child.py``) attaches a 1.2 MB picture (two chunks) to entries in a loop, as
``threshold attach`` does, printing ``ack <id>`` after each commit. Killed at a
random moment (seeded), the journal left behind must verify (every page, every
attachment re-hashed), hold every acknowledged attachment byte for byte, and
every attachment must be referred to by its entry's text and the other way round:
the file and the words are one transaction.

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>``.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.attachments import referenced_ids
from app.vault.slot_secret import SlotSecret
from tests.fault.attach_child import PASSPHRASE_VARIABLE
from tests.fault.killing import run_and_kill
from tests.helpers.images import jpeg_bytes
from tests.helpers.journals import FAST_ARGON2

KILLS = 15
SLOW_KILLS = 300  # with --run-slow
DEFAULT_SEED = 20_261_207
ATTACH_DELAY = 0.15  # up to this long after "ready": a few attaches, killed inside one
CHILD = Path(__file__).with_name("attach_child.py")
PASSPHRASE = "kill-nine attach passphrase"


def test_kill9_while_attaching_leaves_whole_attachments(tmp_path: Path) -> None:
    run_campaign(tmp_path, KILLS)


@pytest.mark.slow
def test_kill9_while_attaching_many_times(tmp_path: Path) -> None:
    run_campaign(tmp_path, SLOW_KILLS)


def run_campaign(tmp_path: Path, kills: int) -> None:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    picture = tmp_path / "photo.jpg"
    picture.write_bytes(jpeg_bytes(1300, 1000, noise=True))  # over a chunk
    digest = hashlib.sha256(picture.read_bytes()).hexdigest()
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    acked: set[str] = set()
    for number in range(kills):
        where = f"kill {number + 1} of {kills}, seed {seed}"
        lines = run_and_kill(
            [
                sys.executable,
                str(CHILD),
                str(files.folder),
                str(picture),
                str(rng.randrange(2**32)),
            ],
            {PASSPHRASE_VARIABLE: PASSPHRASE},
            wait_for=b"ready",
            delay=lambda: rng.uniform(0, ATTACH_DELAY),
            who="child",
            where=where,
        )
        acked |= {parts[1] for parts in lines if parts and parts[0] == "ack"}
        with open_journal(files, SlotSecret.passphrase(PASSPHRASE)) as opened:
            check(opened, acked, digest, where)
    assert len(acked) >= kills, "the children barely attached anything; the test proves little"
    print(f"\n{kills} kills while attaching: {len(acked)} acknowledged attachments, all whole")


def check(journal: Journal, acked: set[str], digest: str, where: str) -> None:
    report = journal.verify()
    assert report.ok, f"{where}: {report.problems}"
    assert report.notes == [], f"{where}: a file and its words came apart: {report.notes}"
    kept = {
        attachment.id: attachment
        for summary in journal.entries.summaries()
        for attachment in journal.attachments.for_entry(summary.id)
    }
    assert acked <= set(kept), f"{where}: acknowledged attachments are gone"
    assert {a.sha256 for a in kept.values()} == {digest}, where
    for summary in journal.entries.summaries():
        body = journal.entries.get(summary.id).body
        assert body.startswith("Pictures, kept."), where
        assert set(referenced_ids(body)) == {
            a.id for a in journal.attachments.for_entry(summary.id)
        }, where
