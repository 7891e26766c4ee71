"""The worker's half of exporting everything: the archive written off the window's thread.

The archive is written from a connection of the worker's own
(``journal.worker_stores()``) by the core's one writer
(``app.transfer.archive_write``): streamed into a private 0600 temporary beside
the target, checked, then renamed into place, so a stop or a failure leaves
nothing behind. Nothing here touches a widget.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.journal import Journal
    from app.transfer.archive_write import ArchiveWritten
    from app.ui.transfer.work import Report

ARCHIVE_SUFFIX = ".zip"


def suggested_name(today: dt.date) -> str:
    """The archive's suggested file name: only the date, nothing about what is inside."""
    return f"threshold-archive-{today.isoformat()}{ARCHIVE_SUFFIX}"


def write_everything(
    journal: Journal, target: Path, password: str | None, report: Report
) -> ArchiveWritten:
    """On the worker: every live entry, attachment and extra into the archive at ``target``.

    A file already there is replaced (the file dialog asked first).

    Raises:
        KnownError: the folder refused the file, the disk is full, or the archive did
            not read back whole; nothing was left at ``target``.
        Stopped: the export was stopped (the lock); nothing was left either.
    """
    from app.export.write import plain_error  # noqa: PLC0415 - first use
    from app.transfer.archive_write import write_archive  # noqa: PLC0415 - first use

    with journal.worker_stores() as stores:
        try:
            written = write_archive(target, stores, password=password, progress=report)
        except OSError as error:
            raise plain_error(error, target.parent) from None
    return written
