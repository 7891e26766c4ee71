"""The worker's half of an import: read, preview, then wait for the person's answer.

A source is read once. Its pictures are read lazily from the open zip or folder
(``ImportedFile.read``), so the source stays open from the preview until the
person chooses Import or Cancel; the session waits on the worker meanwhile, its
connection of its own open (``journal.worker_stores()``), and then keeps the
plan in one transaction or simply ends. Nothing here touches a widget.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import KnownError
from app.records.imports import ImportOptions, ImportPlan, SourceKind
from app.transfer.problems import PasswordNeeded

if TYPE_CHECKING:
    from app.journal import Journal
    from app.transfer.importing import ImportResult
    from app.ui.transfer.work import Report


@dataclass(frozen=True)
class Preview:
    """What an import would do, in figures only (no words of any entry)."""

    kind: SourceKind
    name: str
    new: int
    skipped: int
    first: dt.date | None
    last: dt.date | None
    tags: int
    attachments: int
    notices: tuple[object, ...]  # each a Said: put into words when shown, in the window's language
    extras: bool
    records: int = 0

    @classmethod
    def of(cls, plan: ImportPlan, name: str) -> Preview:
        """The figures of ``plan``, read from a source called ``name``."""
        return cls(
            kind=plan.kind,
            name=name,
            new=len(plan.new),
            skipped=plan.skipped,
            first=plan.first,
            last=plan.last,
            tags=len(plan.tags),
            attachments=plan.attachments,
            notices=tuple(notice.said for notice in plan.notices),
            extras=bool(plan.extras),
            records=plan.records,
        )

    @property
    def has_work(self) -> bool:
        """Whether importing would add anything."""
        return self.new > 0 or self.extras


class ImportSession:
    """One reading of a source, held open from its preview until kept or dropped.

    Args:
        journal: the open journal (only its ``worker_stores`` is used, on the worker).
        path: the file or folder chosen.
        options: place and weather kept or not; an archive's password.
    """

    def __init__(self, journal: Journal, path: Path, options: ImportOptions) -> None:
        self._journal = journal
        self.path = path
        self.options = options
        self._decided = threading.Event()
        self._keep = False

    def run(self, report: Report, say: Callable[[object], None]) -> ImportResult | None:
        """On the worker: read and plan, ``say`` the preview, then keep it if asked.

        Returns None when the person chose not to import (or there was nothing new).

        Raises:
            KnownError: the source was refused, or keeping it failed; nothing changed.
            Stopped: the import was stopped while keeping; everything was undone.
        """
        from app.transfer.importing import keep_plan, plan_import  # noqa: PLC0415 - first use
        from app.transfer.sources import open_source  # noqa: PLC0415 - first use

        with (
            open_source(self.path, None, self.options) as batch,
            self._journal.worker_stores() as stores,
        ):
            plan = plan_import(stores, batch)
            preview = Preview.of(plan, self.path.name)
            say(preview)
            self._decided.wait()
            if not (self._keep and preview.has_work):
                return None
            return keep_plan(stores, plan, report)

    def keep(self) -> None:
        """The person chose Import: keep what the preview said."""
        self._keep = True
        self._decided.set()

    def drop(self) -> None:
        """Cancel, another choice, or the lock: end without keeping anything."""
        self._decided.set()


def asks_for_password(error: KnownError) -> bool:
    """Whether a refusal says the archive needs a password (or another one)."""
    return isinstance(error, PasswordNeeded)
