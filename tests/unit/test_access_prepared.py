"""A keyring start's access history, prepared by the start-up helper: no cryptography in the app.

The helper (a forked child) seals "opened through the keyring, in the window" and
reads the refused attempts before it; the app appends that line once the journal
opened, and tells from the summary. Checked through the real fork, and in a fresh
process that ``cryptography`` is never loaded by a keyring start.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import WrongSecret
from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.vault.access_events import AccessKind, Place
from app.vault.access_history import history_path
from app.vault.access_prepared import from_bytes, to_bytes
from app.vault.keyring_prefetch import PrefetchedKeystore, start_keyring_prefetch
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.paths import REPO


@pytest.fixture
def secret(files: JournalFiles, keystore: MemoryKeystore) -> bytes:
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    journal.close()
    return keystore.secrets[journal.vault.journal_id]


def _prefetched(files: JournalFiles, keystore: MemoryKeystore) -> PrefetchedKeystore:
    store = start_keyring_prefetch(files, keystore, timeout=5)
    assert isinstance(store, PrefetchedKeystore)
    return store


def test_the_helper_seals_the_unlock_and_reads_what_came_before(
    files: JournalFiles, keystore: MemoryKeystore, secret: bytes
) -> None:
    store = _prefetched(files, keystore)
    item = next(iter(keystore.secrets))
    assert store.get_secret(item) == secret
    sent = store.prepared_unlock(secret)
    assert sent is not None
    assert store.prepared_unlock(secret) is None  # handed over once
    prepared = from_bytes(sent)
    assert prepared is not None
    assert prepared.failed == ()
    assert not prepared.went_missing
    before = len(history_path(files.folder).read_bytes().splitlines())
    journal = open_journal(files, SlotSecret.device(secret), place=Place.WINDOW, prepared=sent)
    history = journal.vault.access_history
    assert history is not None
    events = history.read().events
    journal.close()
    assert len(events) == before + 1
    newest = events[0]
    assert (newest.kind, newest.way, newest.place) == (
        AccessKind.UNLOCKED,
        SlotKind.KEYRING,
        Place.WINDOW,
    )


def test_a_refused_attempt_reaches_the_app_through_the_helper(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    item = journal.vault.keyring_item()
    journal.close()
    assert item is not None
    secret = keystore.secrets[item]
    wrong = SlotSecret.recovery(type(recovery).generate())
    with pytest.raises(WrongSecret):
        open_journal(files, wrong)
    store = _prefetched(files, keystore)
    store.get_secret(item)
    sent = store.prepared_unlock(secret)
    assert sent is not None
    prepared = from_bytes(sent)
    assert prepared is not None
    assert [(e.kind, e.way) for e in prepared.failed] == [(AccessKind.REFUSED, SlotKind.RECOVERY)]
    assert not prepared.went_missing
    assert to_bytes(prepared) == sent
    with open_journal(files, SlotSecret.device(secret), prepared=sent) as opened:
        history = opened.vault.access_history
        assert history is not None
        assert history.failed_since_last_unlock() == list(prepared.failed)


def test_a_broken_message_is_no_prepared_unlock() -> None:
    assert from_bytes(b"") is None
    assert from_bytes(b"\x00" * 400) is None


def test_a_keyring_start_loads_no_cryptography_and_the_history_only_after_the_paint(
    files: JournalFiles, keystore: MemoryKeystore, tmp_path: Path
) -> None:
    """In a fresh process, as the app starts: the helper, the open, the recorded unlock."""
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    item = journal.vault.keyring_item()
    journal.close()
    assert item is not None
    code = f"""
import sys
from pathlib import Path
from app.files import JournalFiles
from app.journal import open_journal
from app.vault.access_place import Place
from app.vault.keyring_prefetch import start_keyring_prefetch
from app.vault.slot_secret import SlotSecret
from tests.helpers.keystores import MemoryKeystore
files = JournalFiles(Path({str(files.folder)!r}))
keystore = MemoryKeystore()
keystore.secrets[{item!r}] = bytes.fromhex({keystore.secrets[item].hex()!r})
store = start_keyring_prefetch(files, keystore, timeout=5)
secret = store.get_secret({item!r})
later = []
journal = open_journal(files, SlotSecret.device(secret), unwrapped=store.unwrapped_keys(secret),
                       place=Place.WINDOW, prepared=store.prepared_unlock(secret),
                       later=later.append)
early = [m for m in sys.modules if m.startswith("app.vault.access_")]
assert early == ["app.vault.access_place"], early  # the history loads after the first paint
for task in later:
    task()
assert journal.vault.access_history is not None
journal.close()
print(sorted(m for m in sys.modules if m.startswith("cryptography")))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
