"""Exports cut short by a crash: note the folder while writing, sweep it at the next start.

Where the system can't write an unnamed file, a killed export can leave a
hidden temp file with the user's words in the folder they chose. The folder is
noted in the encrypted journal before writing (``exporting_to``) and the note
cleared afterwards; ``sweep_interrupted_exports`` removes what such exports
left (only our own temp files, see ``app.files.sweep_temp_files``) and clears their
notes. The next export to a folder sweeps it too.

A Markdown or text export with attachments also writes a folder beside the file
(``app.export.files_folder``): filled under a hidden staging name, then renamed,
then noted until the file itself is named. The sweep removes staging folders in
noted folders, and a noted attachment folder whose file never got its name, if
it holds nothing but our own private files.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import KnownError
from app.files import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, TEMP_NAME, lock_file, sweep_temp_files

if TYPE_CHECKING:
    from app.journal import Journal

_log = logging.getLogger(__name__)
_FOLDER_NOTE = "files-folder:"


@contextlib.contextmanager
def exporting_to(journal: Journal | None, folder: Path) -> Iterator[None]:
    """Note ``folder`` in ``journal`` while the block writes an export there.

    With no journal, or if the note can't be stored (a busy journal, say), the
    export still goes ahead: the next export to the folder sweeps it anyway.
    """
    with _noting(journal, str(folder.resolve())):
        yield


@contextlib.contextmanager
def noting_folder(journal: Journal | None, folder: Path, main: Path) -> Iterator[None]:
    """Note an attachment ``folder`` while its export's file ``main`` is not yet written."""
    with _noting(journal, folder_note(folder, main)):
        yield


def folder_note(folder: Path, main: Path) -> str:
    """What the journal notes for an attachment folder whose file is still being written."""
    return _FOLDER_NOTE + json.dumps([str(folder.resolve()), str(main.resolve())])


@contextlib.contextmanager
def _noting(journal: Journal | None, note: str) -> Iterator[None]:
    token = None
    if journal is not None:
        try:
            token = journal.exports.note_writing(note)
        except KnownError:
            _log.warning("could not note an export in progress")
    try:
        yield
    finally:
        if journal is not None and token is not None:
            try:
                journal.exports.clear_writing([token])
            except KnownError:
                _log.warning("could not clear the note of a finished export")


def sweep_interrupted_exports(journal: Journal) -> int:
    """Sweep every folder an unfinished export was noted in; return files removed.

    Call once after the journal opens (the app and each CLI command). A temp file
    that a running export (another process) still holds is left alone; every note
    is cleared, since the next export to a folder sweeps it again. Never raises a
    ``KnownError``: it is housekeeping.
    """
    try:
        noted = journal.exports.writing()
    except KnownError:
        return 0
    removed = 0
    finished: list[str] = []
    for token, note in noted.items():
        removed += _sweep_note(note)
        finished.append(token)
    if finished:
        with contextlib.suppress(KnownError):
            journal.exports.clear_writing(finished)
    return removed


def _sweep_note(note: str) -> int:
    """Sweep what one noted export left; return how many files went."""
    if not note.startswith(_FOLDER_NOTE):
        folder = Path(note)
        return sweep_temp_files(folder) + _sweep_staging_folders(folder)
    try:
        folder, main = (Path(part) for part in json.loads(note[len(_FOLDER_NOTE) :]))
    except (ValueError, TypeError):
        return 0
    if _finished(folder, main):
        return 0
    return remove_our_folder(folder)


def _finished(folder: Path, main: Path) -> bool:
    """Whether the export's file was named after its folder: the crash came after the end."""
    try:
        return main.stat().st_mtime_ns >= folder.stat().st_mtime_ns
    except OSError:
        return False


def _sweep_staging_folders(folder: Path) -> int:
    """Remove the hidden staging folders that killed exports left in ``folder``."""
    try:
        names = [entry.name for entry in os.scandir(folder) if TEMP_NAME.match(entry.name)]
    except OSError:
        return 0
    return sum(remove_our_folder(folder / name) for name in names)


def remove_our_folder(folder: Path, *, held: bool = False) -> int:
    """Remove an export's folder if it is ours (0700, our private files only, not in use).

    Returns how many files went. Anything else in it (someone's own file, a link)
    keeps the folder, and everything in it, where it is. ``held``: the caller
    holds the folder's lock (it is the export writing it). Never raises.
    """
    try:
        descriptor = os.open(folder, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
    except OSError:
        return 0
    try:
        if not _is_ours(os.fstat(descriptor), PRIVATE_DIR_MODE, folder=True):
            return 0
        if not held and not lock_file(descriptor, blocking=False):
            return 0  # a running export (another process) is filling it
        files = list(os.scandir(folder))
        if not all(
            _is_ours(entry.stat(follow_symlinks=False), PRIVATE_FILE_MODE) for entry in files
        ):
            return 0
        for entry in files:
            os.unlink(entry.path)
        os.rmdir(folder)
        return len(files)
    except OSError:
        return 0
    finally:
        os.close(descriptor)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)


def _is_ours(info: os.stat_result, mode: int, *, folder: bool = False) -> bool:
    """A regular file (or a folder) of this user with exactly ``mode``."""
    kind = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    owned = not hasattr(os, "geteuid") or info.st_uid == os.geteuid()
    return kind and owned and stat.S_IMODE(info.st_mode) == mode
