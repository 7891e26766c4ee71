"""Swap a checked backup in for the journal so that a crash never makes it look gone.

The order is copy in first, swap last, and the swap is written down before it starts:

1. stage: the backup's database and key slots are copied beside the journal under
   hidden names (``.journal.db.restoring``, ``.journal.keys.restoring``), flushed,
   and the folder for the replaced journal is made. A crash here leaves the journal
   as it was; the staged copies (encrypted, no plaintext) are swept away later.
2. mark: ``journal.restoring`` records the folder the current journal moves to.
   From here on the restore is finished, never undone.
3. swap: every part of the current journal (with its ``-wal`` and ``-shm``) moves
   into that folder, then the staged database and key slots are renamed in, then
   the mark is removed.

``finish_interrupted_restore`` runs at every start before anything reads the
journal: with a mark it finishes step 3 from wherever it stopped (all moves come
before any rename in, so what is still in place is old until the staged database
has gone in); without one it sweeps staged copies. Nothing is ever deleted except
those staged copies (and a copy a crash cut short, under the writer's temp name).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from app.files import (
    JournalFiles,
    copy_private_file_atomically,
    ensure_private_folder,
    read_small_file,
    sweep_temp_files,
    sync_folder,
    write_private_file_atomically,
)

_DATABASE_PARTS = ("", "-wal", "-shm", "-journal")
_MARK_LIMIT = 4096


def staged_database(files: JournalFiles) -> Path:
    """Where the backup's database waits to be renamed in."""
    return files.folder / ".journal.db.restoring"


def staged_key_slots(files: JournalFiles) -> Path:
    """Where the backup's key slots wait to be renamed in."""
    return files.folder / ".journal.keys.restoring"


def restore_mark(files: JournalFiles) -> Path:
    """The mark that says a swap has begun (it names the folder for the old journal)."""
    return files.folder / "journal.restoring"


def has_interrupted_restore(files: JournalFiles) -> bool:
    """Whether a restore was interrupted (a mark or staged copies are there)."""
    return any(
        path.exists()
        for path in (restore_mark(files), staged_database(files), staged_key_slots(files))
    )


def stage(files: JournalFiles, database: Path, key_slots: Path, aside: Path) -> None:
    """Step 1: copy the backup in beside the journal and make the folder for the old one.

    On any failure the staged copies are removed: the journal is untouched.
    """
    try:
        copy_private_file_atomically(database, staged_database(files))
        write_private_file_atomically(
            staged_key_slots(files), read_small_file(key_slots, 64 * 1024)
        )
        ensure_private_folder(aside)
    except BaseException:
        sweep_staged(files)
        _drop_if_empty(aside)
        raise


def swap(files: JournalFiles, aside: Path) -> None:
    """Steps 2 and 3: mark, move the current journal into ``aside``, rename the copy in."""
    write_private_file_atomically(restore_mark(files), json.dumps({"aside": aside.name}).encode())
    finish_swap(files, aside)


def finish_interrupted_restore(files: JournalFiles) -> Path | None:
    """Finish a swap a crash interrupted, or sweep staged copies when none had begun.

    Call it holding the journal's exclusive lock. Returns the folder the replaced
    journal was kept in, when a swap was finished.
    """
    aside = _marked_aside(files)
    if aside is None:
        sweep_staged(files)
        return None
    finish_swap(files, aside)
    return aside


def finish_swap(files: JournalFiles, aside: Path) -> None:
    """Step 3 from wherever it stopped; safe to run again after a crash."""
    ensure_private_folder(aside)
    if staged_database(files).exists():
        for part in _current_parts(files):
            os.replace(part, aside / part.name)
        sync_folder(files.folder)
        os.replace(staged_database(files), files.database)
    if staged_key_slots(files).exists():
        os.replace(staged_key_slots(files), files.key_slots)
    sync_folder(files.folder)
    with contextlib.suppress(FileNotFoundError):
        restore_mark(files).unlink()
    sync_folder(files.folder)
    _drop_if_empty(aside)


def sweep_staged(files: JournalFiles) -> None:
    """Remove staged copies of a restore that never began to swap (encrypted; no text).

    A copy cut short is still under the writer's temp name; those go too.
    """
    for path in (staged_database(files), staged_key_slots(files)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    sweep_temp_files(files.folder)


def _marked_aside(files: JournalFiles) -> Path | None:
    try:
        data = json.loads(read_small_file(restore_mark(files), _MARK_LIMIT))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError):
        data = {}
    name = data.get("aside") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.startswith("replaced-") or "/" in name:
        name = "replaced-interrupted"  # a mark we can't read: keep the old journal all the same
    return files.folder / name


def _current_parts(files: JournalFiles) -> list[Path]:
    parts = [Path(f"{files.database}{suffix}") for suffix in _DATABASE_PARTS]
    return [part for part in [*parts, files.key_slots] if part.exists()]


def _drop_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
