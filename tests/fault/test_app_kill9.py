"""kill -9 of the real app window while it autosaves: no acknowledged save lost, nothing damaged.

A child process (``app_autosave_child.py``) opens the journal in the real
``MainWindow`` (offscreen, through the controller and an in-process keystore),
types into the entry editor with QTest and prints ``ack <id> <length>`` each time
the journal page's autosave reports a save as done. Each child types and saves
for a random while (seeded), then gets SIGKILL; some are killed while still
opening the journal. After every kill a byte-for-byte copy of what the crash
left is checked: it opens, ``verify()`` finds nothing wrong (every page's HMAC,
the b-trees, the search index), every acknowledged save is there in full, and
every body is exactly what was typed up to some point. The next child opens the
crashed journal itself, and the app's own check after opening must find it sound.
At the end ``threshold verify`` checks the last crash in its own process.

Reproduce a failure with ``THRESHOLD_KILL_SEED=<seed>`` (the seed is in the message).
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.vault.slot_secret import SlotSecret
from tests.fault.app_autosave_child import SECRET_VARIABLE, is_stream_prefix
from tests.fault.killing import run_and_kill
from tests.helpers.cli import run_threshold
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

KILLS = 12  # CI
SLOW_KILLS = 1_000  # with --run-slow
DEFAULT_SEED = 20_250_302
STARTUP_KILL_SHARE = 0.1  # kills aimed at opening the journal (WAL recovery, the check)
STARTUP_DELAY = 0.15  # up to this long after "start" for those
TYPING_TIME = (0.05, 1.2)  # the others type and save this long (seconds) after "ready"
FULL_CHECK_EVERY = 25  # every entry is re-read this often (and at the end)
CHILD = Path(__file__).with_name("app_autosave_child.py")


@dataclass
class AppKillStats:
    """What a run did, for the assertions and the summary line."""

    kills: int = 0
    startup_kills: int = 0
    acks: int = 0  # saves the app reported done, every one checked after its kill
    kills_after_acks: int = 0
    resumes: int = 0
    beyond_last_ack: int = 0  # entries found longer than their last ack (a save not yet acked)
    acked: dict[str, int] = field(default_factory=dict)  # entry id -> longest acked body


def test_app_kill9_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    stats = run_app_kill_campaign(tmp_path, KILLS)
    assert stats.kills == KILLS


@pytest.mark.slow
def test_app_kill9_keeps_every_acknowledged_save_many_times(tmp_path: Path) -> None:
    stats = run_app_kill_campaign(tmp_path, SLOW_KILLS)
    assert stats.kills == SLOW_KILLS


def run_app_kill_campaign(tmp_path: Path, kills: int) -> AppKillStats:
    """Kill the autosaving app ``kills`` times, checking the journal after each kill."""
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    keystore = MemoryKeystore()
    files = JournalFiles(tmp_path / "journal")
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    journal.close()
    (secret,) = keystore.secrets.values()
    stats = AppKillStats()
    started = time.monotonic()
    for number in range(kills):
        where = f"app kill {number + 1} of {kills}, seed {seed}"
        lines = kill_one_app(files.folder, secret, rng, stats, where)
        touched = record(lines, stats, where)
        stats.kills += 1
        full = (number + 1) % FULL_CHECK_EVERY == 0
        check_crash_image(files, secret, tmp_path / "image", stats, touched, full, where)

    # The last crash, as left: the real CLI recovers and verifies it in its own process.
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(str(recovery))
    verified = run_threshold("verify", "--recovery-key-file", str(key_file), data_dir=files.folder)
    assert verified.returncode == 0, verified.stderr.decode(errors="replace")
    assert b"The journal is sound" in verified.stdout
    check_journal(files, secret, stats, set(), full=True, where=f"the end, seed {seed}")
    assert stats.acks >= kills, "the app barely saved anything; the test proves little"
    assert stats.kills_after_acks >= kills // 2, "too few kills landed while saving"
    print(
        f"\n{stats.kills} app kills ({stats.startup_kills} while opening) in "
        f"{time.monotonic() - started:.1f} s: {stats.acks} acknowledged saves checked over "
        f"{len(stats.acked)} entries, 0 lost, 0 damaged; {stats.beyond_last_ack} times an "
        f"entry held a save beyond its last ack; seed {seed}"
    )
    return stats


def kill_one_app(
    folder: Path, secret: bytes, rng: random.Random, stats: AppKillStats, where: str
) -> list[tuple[str, str, int]]:
    """Start one app child, SIGKILL it at a random moment; its (kind, entry id, length) lines."""
    at_startup = rng.random() < STARTUP_KILL_SHARE
    stats.startup_kills += at_startup
    lines = run_and_kill(
        [sys.executable, str(CHILD), str(folder), str(rng.randrange(2**32))],
        {SECRET_VARIABLE: secret.hex(), "QT_QPA_PLATFORM": "offscreen"},
        wait_for=b"start" if at_startup else b"ready",
        delay=lambda: rng.uniform(0, STARTUP_DELAY) if at_startup else rng.uniform(*TYPING_TIME),
        who="app",
        where=where,
    )
    assert not [p for p in lines if p and p[0] in {"bad", "not-open", "damaged"}], (
        f"{where}: {lines}"
    )
    return [(p[0], p[1], int(p[2])) for p in lines if p and p[0] in {"ack", "resume"}]


def record(lines: list[tuple[str, str, int]], stats: AppKillStats, where: str) -> set[str]:
    """Check what the child read back; note its acks. Returns the entries it touched."""
    touched: set[str] = set()
    acks = 0
    for kind, entry_id, length in lines:
        touched.add(entry_id)
        if kind == "resume":
            # What the app read from the crashed journal holds every ack too.
            assert length >= stats.acked.get(entry_id, 0), (
                f"{where}: the app found entry {entry_id} at {length} characters, "
                f"below the acknowledged {stats.acked[entry_id]}"
            )
            stats.resumes += 1
            continue
        acks += 1
        stats.acked[entry_id] = max(length, stats.acked.get(entry_id, 0))
    stats.acks += acks
    stats.kills_after_acks += bool(acks)
    return touched


def check_crash_image(
    files: JournalFiles,
    secret: bytes,
    image: Path,
    stats: AppKillStats,
    touched: set[str],
    full: bool,
    where: str,
) -> None:
    """Check a copy of exactly what the crash left, so the next child recovers the original."""
    shutil.rmtree(image, ignore_errors=True)
    image.mkdir(mode=0o700)
    copy = JournalFiles(image)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{files.database}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{copy.database}{suffix}"))
    shutil.copyfile(files.key_slots, copy.key_slots)
    check_journal(copy, secret, stats, touched, full=full, where=where)


def check_journal(
    files: JournalFiles,
    secret: bytes,
    stats: AppKillStats,
    touched: set[str],
    *,
    full: bool,
    where: str,
) -> None:
    """The journal opens, is sound, and holds every acknowledged save, intact."""
    with open_journal(files, SlotSecret.device(secret)) as journal:
        report = journal.verify()
        assert report.ok, f"{where}: the journal is damaged: {report.problems}"
        present = {summary.id for summary in journal.entries.summaries()}
        missing = set(stats.acked) - present
        assert not missing, f"{where}: acknowledged entries are gone: {sorted(missing)}"
        for entry_id in sorted(present if full else (touched | (present - set(stats.acked)))):
            body = journal.entries.get(entry_id).body
            assert is_stream_prefix(body), f"{where}: entry {entry_id} is not what was typed"
            acked = stats.acked.get(entry_id)
            if acked is None:
                continue  # typed and saved, killed before the ack: allowed, and intact
            assert len(body) >= acked, (
                f"{where}: entry {entry_id} lost an acknowledged save ({len(body)} < {acked})"
            )
            stats.beyond_last_ack += entry_id in touched and len(body) > acked
