"""The start-up helper: a forked child reads the keyring and unwraps the key meanwhile.

Real forks, real pipes and a real journal; the keystores here are small fakes whose
behaviour the child inherits (the real Secret Service path is tested in
tests/integration/test_secret_service.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.errors import KeyringUnavailable
from app.files import JournalFiles
from app.journal import create_journal, open_journal
from app.vault.keyring_prefetch import PrefetchedKeystore, start_keyring_prefetch
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore, SlowKeystore
from tests.helpers.paths import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")


class RefusingKeystore(MemoryKeystore):
    """Raises what the keyring raised, counting the calls made in this process."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error
        self.calls = 0

    def get_secret(self, journal_id: str) -> bytes | None:
        self.calls += 1
        raise self.error


def keyring_journal(files: JournalFiles, keystore: MemoryKeystore) -> tuple[str, bytes]:
    """A journal that opens with the (fake) keyring: (its id, the device secret)."""
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    journal_id = journal.vault.journal_id
    journal.close()
    return journal_id, keystore.secrets[journal_id]


def prefetched(
    files: JournalFiles, keystore: MemoryKeystore, timeout: float = 5
) -> PrefetchedKeystore:
    started = start_keyring_prefetch(files, keystore, timeout=timeout)
    assert isinstance(started, PrefetchedKeystore)
    return started


def test_the_child_hands_back_the_secret_and_the_unwrapped_key(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, secret = keyring_journal(files, keystore)
    store = prefetched(files, keystore)
    assert store.get_secret(journal_id) == secret
    keys = store.unwrapped_keys(secret)
    assert keys is not None and len(keys) == 1
    with open_journal(files, SlotSecret.device(secret), unwrapped=keys) as journal:
        assert journal.vault.journal_id == journal_id
    assert store.unwrapped_keys(secret) is None  # handed over once


def test_later_reads_ask_the_keyring_itself(files: JournalFiles, keystore: MemoryKeystore) -> None:
    journal_id, secret = keyring_journal(files, keystore)
    store = prefetched(files, keystore)
    assert store.get_secret(journal_id) == secret
    keystore.secrets[journal_id] = b"renewed"  # as after a recovery-key unlock
    assert store.get_secret(journal_id) == b"renewed"


def test_keys_for_another_secret_are_not_handed_out(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    store = prefetched(files, keystore)
    store.get_secret(journal_id)
    assert store.unwrapped_keys(b"some other secret") is None


def test_a_missing_item_reads_as_none(files: JournalFiles, keystore: MemoryKeystore) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    keystore.secrets.clear()
    assert prefetched(files, keystore).get_secret(journal_id) is None


def test_a_refusing_keyring_gives_the_same_plain_reason(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    refusing = RefusingKeystore(KeyringUnavailable("it is locked and could not be unlocked"))
    store = start_keyring_prefetch(files, refusing, timeout=5)
    with pytest.raises(KeyringUnavailable) as raised:
        store.get_secret(journal_id)
    assert raised.value.cause == "it is locked and could not be unlocked"
    assert refusing.calls == 0  # the child asked; this process did not ask again


def test_an_unexpected_failure_in_the_child_is_asked_again_here(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    refusing = RefusingKeystore(RuntimeError("odd"))
    store = start_keyring_prefetch(files, refusing, timeout=5)
    with pytest.raises(RuntimeError):  # as the keystore itself would raise it here
        store.get_secret(journal_id)
    assert refusing.calls == 1


def test_a_keyring_that_never_answers_times_out_plainly(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    slow = SlowKeystore(delay=30)
    slow.secrets = dict(keystore.secrets)
    store = start_keyring_prefetch(files, slow, timeout=0.2)
    started = time.monotonic()
    with pytest.raises(KeyringUnavailable, match=r"did not answer within 0\.2 seconds"):
        store.get_secret(journal_id)
    assert time.monotonic() - started < 5  # the child is stopped, not waited for


def test_storing_or_deleting_drops_an_answer_nobody_read(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    store = prefetched(files, keystore)
    store.set_secret(journal_id, b"new")
    assert store.get_secret(journal_id) == b"new"
    other = prefetched(files, keystore)
    other.delete_secret(journal_id)
    assert other.get_secret(journal_id) is None


def test_closing_stops_and_reaps_the_child(files: JournalFiles, keystore: MemoryKeystore) -> None:
    journal_id, _ = keyring_journal(files, keystore)
    slow = SlowKeystore(delay=30)
    store = start_keyring_prefetch(files, slow, timeout=60)
    assert isinstance(store, PrefetchedKeystore)
    pending = store._answer
    assert pending is not None
    child = pending._pid
    store.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(child, os.WNOHANG)  # already reaped: no zombie left behind
    slow.delay = 0
    assert store.get_secret(journal_id) is None  # the keyring itself is asked now


def test_without_a_keyring_slot_nothing_is_forked(files: JournalFiles) -> None:
    journal, _ = create_journal(files, passphrase="a long walk", argon2=FAST_ARGON2)
    journal.close()
    keystore = MemoryKeystore()
    assert start_keyring_prefetch(files, keystore) is keystore


def test_without_a_journal_nothing_is_forked(tmp_path: Path) -> None:
    keystore = MemoryKeystore()
    assert start_keyring_prefetch(JournalFiles(tmp_path / "none"), keystore) is keystore


def test_keys_that_do_not_fit_fall_back_to_the_slot(
    files: JournalFiles, keystore: MemoryKeystore
) -> None:
    journal_id, secret = keyring_journal(files, keystore)
    wrong = [bytes(32)]
    with open_journal(files, SlotSecret.device(secret), unwrapped=wrong) as journal:
        assert journal.vault.journal_id == journal_id


def test_the_helper_ends_with_a_killed_app(files: JournalFiles, tmp_path: Path) -> None:
    """The app is killed while its helper still waits for the keyring: the helper goes too."""
    keystore = MemoryKeystore()
    create_journal(files, keystore=keystore, argon2=FAST_ARGON2)[0].close()
    script = tmp_path / "app_that_dies.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, sys, time
            sys.path.insert(0, {str(REPO)!r})
            from pathlib import Path
            from app.files import JournalFiles
            from app.vault.keyring_prefetch import start_keyring_prefetch
            from tests.helpers.keystores import MemoryKeystore, SlowKeystore

            class Hung(MemoryKeystore):
                def get_secret(self, journal_id):
                    time.sleep(60)

            store = start_keyring_prefetch(JournalFiles(Path({str(files.folder)!r})), Hung())
            print(store._answer._pid, flush=True)
            time.sleep(60)
            """
        )
    )
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True) as app:
        assert app.stdout is not None
        helper = int(app.stdout.readline())
        app.kill()
    deadline = time.monotonic() + 5
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _alive(helper)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for init to reap it counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"
