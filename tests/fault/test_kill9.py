"""kill -9 in the middle of autosaving loses no acknowledged save and damages nothing.

A real child process (``autosave_child.py``) opens the journal and saves in a loop
as autosave does, printing ``ack <id> <counter>`` after every commit returns. The
test kills it with SIGKILL at a random moment (seeded), then checks a byte-for-byte
copy of what the crash left: the journal opens, ``verify()`` finds nothing wrong
(HMAC of every page, b-trees, search index), and every acknowledged save is there.
The next child opens the crashed journal itself, so recovery after a crash is
exercised on every kill as well. At the end ``threshold verify`` checks the journal
in a separate process.

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
from tests.fault.autosave_child import PASSPHRASE_VARIABLE, parse_counter
from tests.fault.killing import run_and_kill
from tests.helpers.cli import run_threshold
from tests.helpers.journals import FAST_ARGON2

KILLS = 200  # the minimum for CI
SLOW_KILLS = 2_000  # with --run-slow
DEFAULT_SEED = 20_250_109
FULL_CHECK_EVERY = 50  # every entry is re-read this often (and at the end)
STARTUP_KILL_SHARE = 0.15  # kills aimed at opening the journal (WAL recovery, unlock)
STARTUP_DELAY = 0.03  # seconds after "start" for those
SAVE_DELAY = 0.1  # up to this long after "ready" for the others
CHILD = Path(__file__).with_name("autosave_child.py")
PASSPHRASE = "kill-nine passphrase"


@dataclass
class KillStats:
    """What a run did, for the assertions and the summary line."""

    kills: int = 0
    startup_kills: int = 0
    acks: int = 0  # acknowledged saves (and adds), every one checked after its kill
    kills_after_acks: int = 0
    unacknowledged_commits: int = 0  # committed, killed before the ack was written
    acked: dict[str, int] = field(default_factory=dict)  # entry id -> last acked counter
    # entry id -> the last counter a child printed (ack or resume); one commit may follow it
    printed: dict[str, int] = field(default_factory=dict)


def test_kill9_keeps_every_acknowledged_save(tmp_path: Path) -> None:
    stats = run_kill_campaign(tmp_path, KILLS)
    assert stats.kills == KILLS


@pytest.mark.slow
def test_kill9_keeps_every_acknowledged_save_many_times(tmp_path: Path) -> None:
    stats = run_kill_campaign(tmp_path, SLOW_KILLS)
    assert stats.kills == SLOW_KILLS


def run_kill_campaign(tmp_path: Path, kills: int) -> KillStats:
    """Kill an autosaving child ``kills`` times, checking the journal after each kill."""
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(seed)
    files = JournalFiles(tmp_path / "journal")
    journal, _ = create_journal(files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    journal.close()
    stats = KillStats()
    started = time.monotonic()
    for number in range(kills):
        where = f"kill {number + 1} of {kills}, seed {seed}"
        lines = kill_one_child(files.folder, rng, stats, where)
        acks = [(entry_id, counter) for kind, entry_id, counter in lines if kind == "ack"]
        for kind, entry_id, counter in lines:
            # What the next child read from the crashed journal itself holds every ack too.
            assert kind != "resume" or counter >= stats.acked.get(entry_id, -1), (
                f"{where}: the child found entry {entry_id} at save {counter}, "
                f"below the acknowledged {stats.acked[entry_id]}"
            )
            stats.printed[entry_id] = max(counter, stats.printed.get(entry_id, -1))
        stats.kills += 1
        stats.acks += len(acks)
        stats.kills_after_acks += bool(acks)
        for entry_id, counter in acks:
            stats.acked[entry_id] = max(counter, stats.acked.get(entry_id, -1))
        full = (number + 1) % FULL_CHECK_EVERY == 0
        check_crash_image(files, tmp_path / "image", stats, {i for i, _ in acks}, full, where)

    # The last crash, as left: the real CLI recovers and verifies it in its own process.
    verified = run_threshold(
        "verify", data_dir=files.folder, env={"THRESHOLD_PASSPHRASE": PASSPHRASE}
    )
    assert verified.returncode == 0, verified.stderr.decode(errors="replace")
    assert b"The journal is sound" in verified.stdout
    check_journal(files, stats, set(), full=True, where=f"the end, seed {seed}")

    assert stats.acks >= kills, "the children barely saved anything; the test proves little"
    assert stats.kills_after_acks >= kills // 4, "too few kills landed while saving"
    print(
        f"\n{stats.kills} kills ({stats.startup_kills} while opening) in "
        f"{time.monotonic() - started:.1f} s: {stats.acks} acknowledged saves checked over "
        f"{len(stats.acked)} entries, {stats.unacknowledged_commits} commits found "
        f"beyond the last ack, seed {seed}"
    )
    return stats


def kill_one_child(
    folder: Path, rng: random.Random, stats: KillStats, where: str
) -> list[tuple[str, str, int]]:
    """Start one autosaving child, SIGKILL it at a random moment.

    Returns its ``ack`` and ``resume`` lines as (kind, entry id, counter).
    """
    at_startup = rng.random() < STARTUP_KILL_SHARE
    stats.startup_kills += at_startup
    lines = run_and_kill(
        [sys.executable, str(CHILD), str(folder), str(rng.randrange(2**32))],
        {PASSPHRASE_VARIABLE: PASSPHRASE},
        wait_for=b"start" if at_startup else b"ready",
        delay=lambda: rng.uniform(0, STARTUP_DELAY if at_startup else SAVE_DELAY),
        who="child",
        where=where,
    )
    return [
        (parts[0], parts[1], int(parts[2]))
        for parts in lines
        if parts and parts[0] in {"ack", "resume"}
    ]


def check_crash_image(
    files: JournalFiles,
    image: Path,
    stats: KillStats,
    touched: set[str],
    full: bool,
    where: str,
) -> None:
    """Check a copy of exactly what the crash left, so the next child recovers the original."""
    shutil.rmtree(image, ignore_errors=True)
    image.mkdir(mode=0o700)
    copy = JournalFiles(image)
    for source, target in (
        (files.key_slots, copy.key_slots),
        (files.database, copy.database),
        (Path(f"{files.database}-wal"), Path(f"{copy.database}-wal")),
        (Path(f"{files.database}-shm"), Path(f"{copy.database}-shm")),
    ):
        if source.exists():
            shutil.copyfile(source, target)
    check_journal(copy, stats, touched, full=full, where=where)


def check_journal(
    files: JournalFiles, stats: KillStats, touched: set[str], *, full: bool, where: str
) -> None:
    """The journal opens, is sound, and holds every acknowledged save."""
    with open_journal(files, SlotSecret.passphrase(PASSPHRASE)) as journal:
        report = journal.verify()
        assert report.ok, f"{where}: the journal is damaged: {report.problems}"
        present = {summary.id for summary in journal.entries.summaries()}
        missing = set(stats.acked) - present
        assert not missing, f"{where}: acknowledged entries are gone: {sorted(missing)}"
        unacknowledged = present - set(stats.acked)
        to_read = present if full else touched | unacknowledged
        for entry_id in sorted(to_read):
            body = journal.entries.get(entry_id).body
            try:
                stored = parse_counter(body)
            except ValueError as error:
                pytest.fail(f"{where}: entry {entry_id} is damaged: {error}")
            acked = stats.acked.get(entry_id)
            if acked is None:
                continue  # added, then killed before the ack: allowed, and intact
            assert stored >= acked, (
                f"{where}: entry {entry_id} lost acknowledged save {acked} (has {stored})"
            )
            # Saves are sequential: at most one save after the last line printed can be there.
            printed = stats.printed[entry_id]
            assert stored <= printed + 1, (
                f"{where}: entry {entry_id} has save {stored} > {printed}+1"
            )
            if entry_id in touched and stored == acked + 1:
                stats.unacknowledged_commits += 1
