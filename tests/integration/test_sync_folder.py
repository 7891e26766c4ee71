"""The sync folder as it really gets: copies of journals, damaged and foreign files.

A backup restored on a second computer joins by itself as a new computer; a
journal put back to an earlier copy of itself never writes over its own files;
a file cut short, changed or from another journal is refused once, plainly, and
skipped without changing anything; and no word of the journal is in the folder.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.sync.names import looks_like_a_name, stream_name
from app.sync.outgoing import share
from app.sync.sealing import sync_key
from app.sync.session import leave, sync_now, turn_on
from app.vault.slot_secret import SlotSecret
from tests.helpers.journals import FAST_ARGON2

PASSPHRASE = "one journal, two computers"
FIRST, LATER = "Tea with Ana, and the long way home.", "The stairs, and saying no."


def opened(folder: Path) -> Journal:
    return open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE), argon2=FAST_ARGON2)


def bodies(journal: Journal) -> set[str]:
    return {journal.entries.get(row.id).body for row in journal.entries.summaries()}


def files_in(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` and a digest of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def first(tmp_path: Path) -> Journal:
    journal, _ = create_journal(
        JournalFiles(tmp_path / "a"), passphrase=PASSPHRASE, argon2=FAST_ARGON2
    )
    turn_on(journal, tmp_path / "shared")
    journal.entries.add(EntryFields(body=FIRST))
    sync_now(journal)
    return journal


def test_a_backup_restored_elsewhere_joins_as_a_new_computer(
    first: Journal, tmp_path: Path
) -> None:
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    first = opened(tmp_path / "a")
    first.entries.add(EntryFields(body=LATER))
    sync_now(first)
    before = files_in(tmp_path / "shared")

    second = opened(tmp_path / "b")  # the same folder shared, nothing else said
    sync_now(second)
    assert bodies(second) == {FIRST, LATER}
    after = files_in(tmp_path / "shared")
    assert all(after[name] == digest for name, digest in before.items())  # nothing overwritten
    second.entries.add(EntryFields(body="Written on the second computer."))
    sync_now(second)
    streams = {name.split("/")[0] for name in files_in(tmp_path / "shared")}
    assert len(streams) == 2  # a stream of its own
    sync_now(first)
    assert bodies(first) == bodies(second)
    first.close()
    second.close()


def test_a_journal_put_back_to_an_earlier_copy_gets_its_later_words_back(
    first: Journal, tmp_path: Path
) -> None:
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "copy", ignore=shutil.ignore_patterns("*.lock"))
    journal = opened(tmp_path / "a")
    journal.entries.add(EntryFields(body=LATER))
    sync_now(journal)
    journal.close()
    written = files_in(tmp_path / "shared")
    for name in ("journal.db", "journal.keys"):  # the backup put back in place
        shutil.copyfile(tmp_path / "copy" / name, tmp_path / "a" / name)

    restored = opened(tmp_path / "a")
    assert bodies(restored) == {FIRST}
    sync_now(restored)
    assert bodies(restored) == {FIRST, LATER}  # read back from its own earlier stream
    after = files_in(tmp_path / "shared")
    assert all(after[name] == digest for name, digest in written.items())
    restored.close()


def test_damaged_and_foreign_files_are_refused_once_and_change_nothing(
    first: Journal, tmp_path: Path
) -> None:
    other, _ = create_journal(
        JournalFiles(tmp_path / "other"), passphrase=PASSPHRASE, argon2=FAST_ARGON2
    )
    turn_on(other, tmp_path / "shared")  # another journal, the same folder by mistake
    other.entries.add(EntryFields(body="Another journal's words."))
    sync_now(other)
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    first = opened(tmp_path / "a")
    second = opened(tmp_path / "b")
    sync_now(second)  # joins
    first.entries.add(EntryFields(body=LATER))
    first.entries.add(EntryFields(body="And one more."))
    sync_now(first)
    first.entries.add(EntryFields(body="The last one."))
    sync_now(first)
    stream = next(path for path in (tmp_path / "shared").iterdir() if _written_by(path, first))
    damaged = sorted(stream.iterdir(), key=lambda path: path.stat().st_mtime_ns)[-2]
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))

    merged = sync_now(second)
    said = [refusal.message for refusal in merged.refused]
    assert any("doesn't open with this journal's key" in words for words in said), said
    assert "Another journal's words." not in bodies(second)
    assert "The last one." in bodies(second)  # the stream goes on after the damaged file
    assert "And one more." not in bodies(second)  # what the damaged file held: skipped
    assert not sync_now(second).refused  # told once
    first.close()
    second.close()
    other.close()


def _written_by(stream: Path, journal: Journal) -> bool:
    settings = journal.sync.settings()
    assert settings is not None
    return stream.name == stream_name(sync_key(settings.secret), settings.device)


def test_no_word_of_the_journal_is_in_the_folder(first: Journal, tmp_path: Path) -> None:
    first.entries.add(EntryFields(body=LATER, title="Saying no", tags=("stairs",)))
    sync_now(first)
    folder = tmp_path / "shared"
    names = [path.name for path in folder.rglob("*")]
    assert names and all(looks_like_a_name(name) for name in names)
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in ("Tea with Ana", "stairs", "Saying no", "journal"):
                assert needle.encode() not in data
                assert needle.encode("utf-16-le") not in data
    first.close()


def test_stopping_and_starting_again_is_the_same_journal(first: Journal, tmp_path: Path) -> None:
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    first, second = opened(tmp_path / "a"), opened(tmp_path / "b")
    sync_now(second)
    leave(second)
    turn_on(second, tmp_path / "shared")  # "Use a folder…" again
    first.entries.add(EntryFields(body=LATER))
    sync_now(first)
    merged = sync_now(second)
    assert not merged.refused and LATER in bodies(second)
    first.close()
    second.close()


def test_a_file_refused_while_arriving_is_merged_once_whole(first: Journal, tmp_path: Path) -> None:
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    first, second = opened(tmp_path / "a"), opened(tmp_path / "b")
    sync_now(second)
    first.entries.add(EntryFields(body=LATER))
    sync_now(first)
    stream = next(path for path in (tmp_path / "shared").iterdir() if _written_by(path, first))
    newest = max(stream.iterdir(), key=lambda path: path.stat().st_mtime_ns)
    whole = newest.read_bytes()
    newest.write_bytes(whole[: len(whole) // 3])  # a copy still arriving, under its name
    assert sync_now(second).refused and LATER not in bodies(second)
    newest.write_bytes(whole)
    sync_now(second)
    assert LATER in bodies(second)
    first.close()
    second.close()


def test_a_copy_that_locks_first_never_writes_over_the_first_computers_files(
    first: Journal, tmp_path: Path
) -> None:
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    first = opened(tmp_path / "a")
    first.entries.add(EntryFields(body=LATER))
    sync_now(first)
    before = files_in(tmp_path / "shared")
    second = opened(tmp_path / "b")
    second.entries.add(EntryFields(body="Typed on the copy, then locked."))
    share(second)  # what a lock does, before any sync
    after = files_in(tmp_path / "shared")
    assert all(after[name] == digest for name, digest in before.items())
    sync_now(second)
    sync_now(first)
    assert bodies(first) == bodies(second)
    first.close()
    second.close()


def test_edits_waiting_for_the_folder_reach_it_from_a_restored_copy(
    first: Journal, tmp_path: Path
) -> None:
    (tmp_path / "shared").rename(tmp_path / "away")  # the USB stick is out
    first.entries.add(EntryFields(body=LATER))
    with pytest.raises(OSError):
        sync_now(first)  # decided and kept in the journal; not written
    assert not (tmp_path / "shared").exists()  # never made again where the stick should be
    first.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b", ignore=shutil.ignore_patterns("*.lock"))
    (tmp_path / "away").rename(tmp_path / "shared")  # back; the first computer is gone
    copy = opened(tmp_path / "b")
    sync_now(copy)  # a new stream, starting with what the first computer never wrote
    third = _joined_from_before(tmp_path)
    sync_now(third)
    assert LATER in bodies(third)
    copy.close()
    third.close()


def _joined_from_before(tmp_path: Path) -> Journal:
    """Another computer restored from the first one's earliest copy (before LATER)."""
    shutil.copytree(tmp_path / "b", tmp_path / "c", ignore=shutil.ignore_patterns("*.lock"))
    return opened(tmp_path / "c")
