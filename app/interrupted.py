"""Finish or undo what a crash interrupted, before anything reads the journal.

Every start (the app's and each command's) calls ``finish_interrupted_operations``
first. It costs a few ``stat`` calls when there is nothing to do. When there is, it
acts only while holding the journal alone: a mark or a partial copy beside a journal
another window has open belongs to work that window is doing right now.

- a restore that began to swap is finished; staged copies of one that had not
  are swept (see ``app.restore_swap``);
- partial backup copies (encrypted) in the journal's own backups folder are swept.

Key changes settle when the journal is next opened (``app.journal``), and partial
backups in a chosen folder (a USB stick) at the next backup there.
"""

from __future__ import annotations

from app.copies import sweep_partial_copies
from app.errors import JournalBusy, KnownError
from app.files import JournalFiles
from app.restore_swap import finish_interrupted_restore, has_interrupted_restore
from app.storage.lockfile import JournalLock
from app.words import QT_TR_NOOP


class InterruptedRestore(KnownError):
    """A restore a crash interrupted could not be finished."""


def finish_interrupted_operations(files: JournalFiles) -> None:
    """Finish an interrupted restore and sweep partial backups, if nobody else holds the journal.

    Raises:
        InterruptedRestore: the restore could not be finished (nothing was deleted).
    """
    if not files.folder.is_dir():
        return
    if not (has_interrupted_restore(files) or _has_partial_copies(files)):
        return
    try:
        lock = JournalLock(files.lock)
    except (JournalBusy, OSError):
        return  # a restore is running right now, or the folder can't be written
    try:
        if lock.try_exclusive():
            _finish(files)
    finally:
        lock.release()


def _finish(files: JournalFiles) -> None:
    try:
        finish_interrupted_restore(files)
    except OSError as error:
        raise InterruptedRestore(
            QT_TR_NOOP(
                "A restore was interrupted and couldn't be finished just now ({reason}). "
                "Nothing was deleted: the journal it replaces is in a replaced-… folder "
                "inside {folder}."
            ),
            reason=error.strerror or type(error).__name__,
            folder=files.folder,
        ) from error
    sweep_partial_copies(files.backups)


def _has_partial_copies(files: JournalFiles) -> bool:
    try:
        return any(
            child.name.endswith((".partial", ".partial.keys")) for child in files.backups.iterdir()
        )
    except OSError:
        return False
