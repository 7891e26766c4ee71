"""Exports cut short by a crash: note the folder while writing, sweep it at the next start.

Where the system can't write an unnamed file, a killed export can leave a
hidden temp file with the user's words in the folder they chose. The folder is
noted in the encrypted journal before writing (``exporting_to``) and the note
cleared afterwards; ``sweep_interrupted_exports`` removes what such exports
left (only our own temp files, see ``app.files.sweep_temp_files``) and clears their
notes. The next export to a folder sweeps it too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import KnownError
from app.files import sweep_temp_files

if TYPE_CHECKING:
    from app.journal import Journal

_log = logging.getLogger(__name__)


@contextlib.contextmanager
def exporting_to(journal: Journal | None, folder: Path) -> Iterator[None]:
    """Note ``folder`` in ``journal`` while the block writes an export there.

    With no journal, or if the note can't be stored (a busy journal, say), the
    export still goes ahead: the next export to the folder sweeps it anyway.
    """
    token = None
    if journal is not None:
        try:
            token = journal.exports.note_writing(str(folder.resolve()))
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
    for token, folder in noted.items():
        removed += sweep_temp_files(Path(folder))
        finished.append(token)
    if finished:
        with contextlib.suppress(KnownError):
            journal.exports.clear_writing(finished)
    return removed
