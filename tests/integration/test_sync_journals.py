"""Two real journals and their sync folders: any edits, any order, both end the same.

A hypothesis state machine (issue 22's proof): journal A turns sync on, B is A's
copy (a backup restored on the second computer) and joins as a new computer.
Each computer has its own copy of the shared folder, as Syncthing gives it; a
carrier copies files between the copies late, out of order and twice. Edits,
moods, trash, restores and deletions for good happen on both sides. When
everything is carried and both have synced, the live entries are the same on
both, each trashed entry is trashed on both (or deleted for good on one), and
every text ever saved on either side is still on one of them, as an entry's
words or an earlier version of them (unless the person deleted the entry for good).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
)

from app.errors import EntryNotFound
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import Entry, EntryFields, EntryFilter
from app.storage.entries import RevisionPolicy
from app.sync.session import sync_now, turn_on
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2

PASSPHRASE = "two computers, one journal"
SIDES = (0, 1)


def opened(folder: Path) -> Journal:
    return open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE), argon2=FAST_ARGON2)


class TwoComputers(RuleBasedStateMachine):
    """Journal A and its copy B, each with its own copy of the shared folder."""

    entries = Bundle("entries")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.journals: list[Journal] = []
        self.saved: dict[str, set[str]] = {}  # entry id -> every body saved on either side
        self.purged: list[set[str]] = [set(), set()]
        self.shared: dict[str, set[str]] = {}  # entry id -> every body written to a change file
        self.counter = 0

    @initialize()
    def two_computers(self) -> None:
        a_files = JournalFiles(self.root / "a")
        journal, _ = create_journal(a_files, passphrase=PASSPHRASE, argon2=FAST_ARGON2)
        turn_on(journal, self.root / "shared-a")
        journal.close()
        shutil.copytree(self.root / "a", self.root / "b", ignore=shutil.ignore_patterns("*.lock"))
        first, second = opened(self.root / "a"), opened(self.root / "b")
        turn_on(second, self.root / "shared-b")  # joins as a new computer
        self.journals = [first, second]

    def teardown(self) -> None:
        try:
            if self.journals:
                self.settle()  # however the steps ended, the two agree once all is carried
        finally:
            for journal in self.journals:
                journal.close()
            shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ edits

    def _word(self) -> str:
        self.counter += 1
        return f"word{self.counter}"

    @rule(target=entries, side=st.sampled_from(SIDES))
    def write_an_entry(self, side: int) -> str:
        body = self._word()
        entry = self.journals[side].entries.add(EntryFields(body=body))
        self.saved[entry.id] = {body}
        return entry.id

    @rule(entry=entries, side=st.sampled_from(SIDES), whole=st.booleans())
    def edit(self, entry: str, side: int, whole: bool) -> None:
        journal = self.journals[side]
        current = self._live(journal, entry)
        if current is None:
            return
        body = self._word() if whole else f"{current.body} {self._word()}"
        journal.entries.save(entry, replace(current.fields(), body=body), RevisionPolicy.ALWAYS)
        self.saved[entry].add(body)

    @rule(entry=entries, side=st.sampled_from(SIDES), mood=st.integers(1, 5))
    def set_the_mood(self, entry: str, side: int, mood: int) -> None:
        journal = self.journals[side]
        current = self._live(journal, entry)
        if current is not None:
            journal.entries.save(entry, replace(current.fields(), mood=mood))

    @rule(entry=entries, side=st.sampled_from(SIDES))
    def trash(self, entry: str, side: int) -> None:
        if self._live(self.journals[side], entry) is not None:
            self.journals[side].entries.trash(entry)

    @rule(entry=entries, side=st.sampled_from(SIDES))
    def restore(self, entry: str, side: int) -> None:
        journal = self.journals[side]
        found = self._any(journal, entry)
        if found is not None and found.trashed is not None:
            journal.entries.restore(entry)

    @rule(entry=consumes(entries), side=st.sampled_from(SIDES))
    def delete_for_good(self, entry: str, side: int) -> None:
        journal = self.journals[side]
        found = self._any(journal, entry)
        if found is not None and found.trashed is not None:
            journal.entries.purge(entry)
            self.purged[side].add(entry)

    # ------------------------------------------------------------------ carrying

    @rule(side=st.sampled_from(SIDES))
    def sync(self, side: int) -> None:
        """Sync one side: what it shares now is its entries' words as they stand."""
        journal = self.journals[side]
        for entry in self.saved:
            found = self._any(journal, entry)
            if found is not None:
                self.shared.setdefault(entry, set()).add(found.body)
        sync_now(journal)

    @rule(source=st.sampled_from(SIDES), data=st.data())
    def carry_some(self, source: int, data: st.DataObject) -> None:
        """Some of one folder's files reach the other: any of them, in any order, again."""
        files = sorted(self._folder(source).rglob("*"))
        files = [path for path in files if path.is_file() and not path.name.startswith(".")]
        if files:
            chosen = data.draw(st.lists(st.sampled_from(files), max_size=len(files)))
            for path in chosen:
                self._carry(path, source)

    def _carry(self, path: Path, source: int) -> None:
        target = self._folder(1 - source) / path.relative_to(self._folder(source))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)

    def _folder(self, side: int) -> Path:
        return self.root / ("shared-a" if side == 0 else "shared-b")

    # ------------------------------------------------------------------ the end

    @precondition(lambda self: bool(self.journals))
    @invariant()
    def nothing_is_ever_lost(self) -> None:
        for entry, bodies in self.saved.items():
            if any(entry in purged for purged in self.purged):
                continue  # deleted for good by the person: its words may go with it
            found = set().union(*(self._texts(journal, entry) for journal in self.journals))
            assert bodies <= found, (entry, bodies - found)

    @rule()
    def settle(self) -> None:
        """Everything carried both ways and synced twice: the two journals agree."""
        for _ in range(2):
            for side in SIDES:
                self.sync(side)
                for path in self._folder(side).rglob("*"):
                    if path.is_file() and not path.name.startswith("."):
                        self._carry(path, side)
        for side in SIDES:
            self.sync(side)
        for entry, bodies in self.shared.items():  # every word shared is on each computer
            if not any(entry in purged for purged in self.purged):
                for journal in self.journals:
                    assert bodies <= self._texts(journal, entry), (entry, bodies)
        live = [self._summary(journal, trashed=False) for journal in self.journals]
        assert live[0] == live[1]
        trashed = [self._summary(journal, trashed=True) for journal in self.journals]
        for side in SIDES:
            for entry, shown in trashed[side].items():
                other = trashed[1 - side].get(entry)
                assert other == shown or entry in self.purged[1 - side], (entry, shown, other)

    # ------------------------------------------------------------------ reading

    @staticmethod
    def _summary(journal: Journal, *, trashed: bool) -> dict[str, tuple[object, ...]]:
        rows = journal.entries.summaries(EntryFilter(trashed=trashed))
        shown: dict[str, tuple[object, ...]] = {}
        for row in rows:
            entry = journal.entries.get(row.id)
            shown[entry.id] = (entry.title, entry.body, entry.mood, entry.date)
        return shown

    @staticmethod
    def _any(journal: Journal, entry: str) -> Entry | None:
        try:
            return journal.entries.get(entry)
        except EntryNotFound:
            return None

    def _live(self, journal: Journal, entry: str) -> Entry | None:
        found = self._any(journal, entry)
        return found if found is not None and found.trashed is None else None

    def _texts(self, journal: Journal, entry: str) -> set[str]:
        found = self._any(journal, entry)
        if found is None:
            return set()
        return {found.body, *(revision.body for revision in journal.entries.revisions(entry))}


TwoComputers.TestCase.settings = settings(
    max_examples=int(os.environ.get("THRESHOLD_SYNC_EXAMPLES", "25")),
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_two_computers_end_the_same = TwoComputers.TestCase
