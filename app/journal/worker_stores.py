"""Stores on a connection of their own, for long writes off the window's thread.

An import keeps thousands of entries and their pictures in one transaction; the
window runs it on a worker so it stays responsive, and SQLite connections stay
on the thread that made them. ``Journal.worker_stores()`` opens one of these.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from app.storage.connection import Connection, transaction
from app.storage.entries import Clock, EntryStore

if TYPE_CHECKING:
    from app.storage.attachments import AttachmentStore
    from app.storage.contacts import ContactStore
    from app.storage.export_log import ExportLog
    from app.storage.imported import ImportedEntryStore
    from app.storage.incidents import IncidentStore
    from app.storage.links import LinkStore
    from app.storage.preferences import PreferenceStore
    from app.storage.prompt_store import PromptStore
    from app.storage.reasons import ReasonStore


class WorkerStores:
    """The stores an import or a restore of an archive writes to, on one connection.

    Args:
        connection: a keyed, migrated connection used by this thread only.
        clock: the journal's clock.
    """

    def __init__(self, connection: Connection, clock: Clock) -> None:
        self.connection = connection
        self._clock = clock
        self.entries = EntryStore(connection, clock)

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every write inside is kept together, or none is."""
        with transaction(self.connection):
            yield

    @cached_property
    def imported(self) -> ImportedEntryStore:
        """Adds entries with the times and ids they had elsewhere."""
        from app.storage.imported import ImportedEntryStore  # noqa: PLC0415 - on first use

        return ImportedEntryStore(self.connection)

    @cached_property
    def attachments(self) -> AttachmentStore:
        """Pictures and documents."""
        from app.storage.attachments import AttachmentStore  # noqa: PLC0415 - on first use

        return AttachmentStore(self.connection, self._clock)

    @cached_property
    def contacts(self) -> ContactStore:
        """The contact log."""
        from app.storage.contacts import ContactStore  # noqa: PLC0415 - on first use

        return ContactStore(self.connection, self._clock)

    @cached_property
    def exports(self) -> ExportLog:
        """The export log (a report written on a worker is logged like any export)."""
        from app.storage.export_log import ExportLog  # noqa: PLC0415 - on first use

        return ExportLog(self.connection)

    @cached_property
    def incidents(self) -> IncidentStore:
        """The incident record, sealed in this journal's chain (its id from the meta table)."""
        from app.storage.incidents import IncidentStore  # noqa: PLC0415 - on first use
        from app.storage.sql_errors import known_errors  # noqa: PLC0415 - on first use

        with known_errors():
            row = self.connection.execute(
                "SELECT value FROM meta WHERE key = 'journal_id'"
            ).fetchone()
        return IncidentStore(self.connection, str(row[0]), self._clock)

    @cached_property
    def links(self) -> LinkStore:
        """What happened next: links between entries."""
        from app.storage.links import LinkStore  # noqa: PLC0415 - on first use

        return LinkStore(self.connection, self._clock)

    @cached_property
    def reasons(self) -> ReasonStore:
        """My reasons."""
        from app.storage.reasons import ReasonStore  # noqa: PLC0415 - on first use

        return ReasonStore(self.connection)

    @cached_property
    def prompts(self) -> PromptStore:
        """Own and imported prompts."""
        from app.storage.prompt_store import PromptStore  # noqa: PLC0415 - on first use

        return PromptStore(self.connection)

    @cached_property
    def preferences(self) -> PreferenceStore:
        """The journal's own settings (whether to clean pictures on import)."""
        from app.storage.preferences import PreferenceStore  # noqa: PLC0415 - on first use

        return PreferenceStore(self.connection)
