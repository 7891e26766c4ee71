"""Two journals kept in step by a real sync engine: Debian's Syncthing on the loopback.

Journal A turns sync on; B is A's copy restored on "the other computer" and joins.
Each has its own copy of the shared folder, and two Syncthing instances carry the
folders to each other (``tests/helpers/syncthing.py``). Both write, both edit the
same entry apart, Syncthing carries the files, both sync: the two journals hold the
same entries, the entry edited on both keeps both texts, and Syncthing never made a
conflict copy (no file is written by two computers).
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.entries import RevisionPolicy
from app.sync.session import sync_now, turn_on
from app.vault.slot_secret import SlotSecret
from tests.helpers import syncthing
from tests.helpers.journals import FAST_ARGON2

pytestmark = pytest.mark.skipif(not syncthing.available(), reason="needs Debian's syncthing")

PASSPHRASE = "carried by syncthing"
ROUNDS, SLOW_ROUNDS = 1, 4


def opened(folder: Path) -> Journal:
    return open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE), argon2=FAST_ARGON2)


def words(journal: Journal) -> dict[str, str]:
    return {row.id: journal.entries.get(row.id).body for row in journal.entries.summaries()}


def test_syncthing_carries_the_journal_between_two_computers(tmp_path: Path) -> None:
    run(tmp_path, ROUNDS)


@pytest.mark.slow
def test_syncthing_carries_many_rounds_of_edits(tmp_path: Path) -> None:
    run(tmp_path, SLOW_ROUNDS)


def run(tmp_path: Path, rounds: int) -> None:
    shared = [tmp_path / "sync-a", tmp_path / "sync-b"]
    first, _ = create_journal(
        JournalFiles(tmp_path / "a"), passphrase=PASSPHRASE, argon2=FAST_ARGON2
    )
    turn_on(first, shared[0])
    together = first.entries.add(EntryFields(body="Written before the second computer."))
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    journals = [opened(tmp_path / "a"), opened(tmp_path / "b")]
    turn_on(journals[1], shared[1])
    try:
        with syncthing.carried(shared[0], shared[1], tmp_path):
            for number in range(rounds):
                for side, journal in enumerate(journals):
                    journal.entries.add(EntryFields(body=f"Round {number}, computer {side}."))
                    current = journal.entries.get(together.id)
                    edited = replace(current.fields(), body=f"{current.body} ({side}, {number})")
                    journal.entries.save(together.id, edited, RevisionPolicy.ALWAYS)
                    sync_now(journal)
                _carry_all(shared)
                for journal in journals:
                    sync_now(journal)
                _carry_all(shared)
                for journal in journals:
                    sync_now(journal)
        assert words(journals[0]) == words(journals[1])
        assert len(words(journals[0])) == 1 + 2 * rounds
        shown = journals[0].entries.get(together.id).body
        for journal in journals:  # the other computer's last words on it are kept too
            kept = {revision.body for revision in journal.entries.revisions(together.id)}
            other = f"({1 if shown.endswith(f'(0, {rounds - 1})') else 0}, {rounds - 1})"
            assert any(body.endswith(other) for body in kept | {shown}), (shown, kept)
        for folder in shared:
            names = [path.name for path in folder.rglob("*")]
            assert not any("sync-conflict" in name for name in names), names
    finally:
        for journal in journals:
            journal.close()


def _carry_all(shared: list[Path]) -> None:
    """Wait until Syncthing has carried every change file to both folders."""

    def same() -> bool:
        one, two = (syncthing.our_files(folder) for folder in shared)
        return bool(one) and one == two and _whole(shared, one)

    syncthing.wait_until(same, "every change file both ways")


def _whole(shared: list[Path], names: set[str]) -> bool:
    return all((shared[0] / name).read_bytes() == (shared[1] / name).read_bytes() for name in names)
