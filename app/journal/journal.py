"""An open, unlocked journal: its stores, its key changes, its checks and backups.

``app.journal.opening`` is the only way to get one (``create_journal`` and
``open_journal``); the key stays inside this object and goes to SQLite alone.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.errors import InvalidInput, KnownError
from app.files import JournalFiles
from app.journal.backups import copy_key_slots
from app.journal.file_checks import FileChecks
from app.storage.connection import Connection, open_connection, transaction
from app.storage.entries import Clock, EntryStore, utc_now
from app.storage.lockfile import JournalLock
from app.storage.maintenance import IntegrityReport, check_integrity, copy_encrypted, rekey
from app.storage.read_only import close_without_checkpoint
from app.storage.sql_errors import known_errors
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.vault import Vault
from app.vault.wrapping import new_key
from app.words import QT_TR_NOOP

if TYPE_CHECKING:  # imported when first used: not on the start-up path
    from app.journal.worker_stores import WorkerStores
    from app.storage.attachments import AttachmentStore
    from app.storage.contacts import ContactStore
    from app.storage.export_log import ExportLog
    from app.storage.incidents import IncidentStore
    from app.storage.links import LinkStore
    from app.storage.patterns import PatternStore
    from app.storage.preferences import PreferenceStore
    from app.storage.prompt_store import PromptStore
    from app.storage.reasons import ReasonStore
    from app.storage.reread import RereadStore
    from app.storage.sync_store import SyncStore

log = logging.getLogger(__name__)


class Journal(FileChecks):
    """An open, unlocked journal. Close it (or use ``with``) when done.

    Every store is reached one way: as an attribute named after what it keeps,
    ``journal.entries``, ``.contacts``, ``.incidents``, ``.links``, ``.reasons``, ``.exports``,
    ``.prompts``, ``.preferences`` and ``.reread``; callers call the store's own methods
    (``journal.entries.search(...)``, ``journal.preferences.load()``). The stores
    besides ``entries`` are made on first use, so opening imports none of them.
    The journal's own methods are about the whole journal: closing, keys,
    locking, checks and backups (those about its file come from ``FileChecks``).
    """

    def __init__(
        self,
        files: JournalFiles,
        vault: Vault,
        connection: Connection,
        key: bytes,
        lock: JournalLock,
        *,
        clock: Clock = utc_now,
    ) -> None:
        self.files = files
        self.vault = vault
        self._db = connection
        self._key = key
        self._lock = lock
        self._clock = clock
        self.entries = EntryStore(connection, clock)
        self._sealed = False
        self._exclusive_depth = 0
        self._checkpoints_held = False
        self._closed = False

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """Whether ``close`` has run (a window may still hold the object a moment)."""
        return self._closed

    def close(self) -> None:
        """Close the database and release the lock (WAL is checkpointed on close).

        A sealed journal is closed without the checkpoint: its file stays as it is.
        """
        if self._closed:
            self._lock.release()
            return
        if self._sealed:
            close_without_checkpoint(self._db, self.files.database, self._key)
        else:
            self._db.close()
        self._closed = True
        self._lock.release()

    # ------------------------------------------------------------------ stores

    @cached_property
    def contacts(self) -> ContactStore:
        """The contact log."""
        from app.storage.contacts import ContactStore  # noqa: PLC0415 - start-up time

        return ContactStore(self._db, self._clock)

    @cached_property
    def incidents(self) -> IncidentStore:
        """The incident record: append-only, sealed by its hash chain."""
        from app.storage.incidents import IncidentStore  # noqa: PLC0415 - start-up time

        return IncidentStore(self._db, self.vault.journal_id, self._clock)

    @cached_property
    def reasons(self) -> ReasonStore:
        """My reasons, in my order."""
        from app.storage.reasons import ReasonStore  # noqa: PLC0415 - start-up time

        return ReasonStore(self._db)

    @cached_property
    def patterns(self) -> PatternStore:
        """Counts over time (moods, energies, words by week), for the Patterns page."""
        from app.storage.patterns import PatternStore  # noqa: PLC0415 - start-up time

        return PatternStore(self._db)

    @cached_property
    def links(self) -> LinkStore:
        """What happened next: an entry linked to a later one, read as pairs."""
        from app.storage.links import LinkStore  # noqa: PLC0415 - start-up time

        return LinkStore(self._db, self._clock)

    @cached_property
    def sync(self) -> SyncStore:
        """This computer's sync bookkeeping: its stream, what it shared and merged."""
        from app.storage.sync_store import SyncStore  # noqa: PLC0415 - start-up time

        return SyncStore(self._db)

    @cached_property
    def exports(self) -> ExportLog:
        """The export log: when, which format, how many entries (never the text)."""
        from app.storage.export_log import ExportLog  # noqa: PLC0415 - start-up time

        return ExportLog(self._db)

    @cached_property
    def prompts(self) -> PromptStore:
        """The journal's imported and own prompts, and the library they make with Threshold's."""
        from app.storage.prompt_store import PromptStore  # noqa: PLC0415 - start-up time

        return PromptStore(self._db)

    @cached_property
    def preferences(self) -> PreferenceStore:
        """The journal's own settings (phase, check-in offer, reminder)."""
        from app.storage.preferences import PreferenceStore  # noqa: PLC0415 - start-up time

        return PreferenceStore(self._db)

    @cached_property
    def attachments(self) -> AttachmentStore:
        """Pictures and documents kept with entries, their original bytes inside the database."""
        from app.storage.attachments import AttachmentStore  # noqa: PLC0415 - start-up time

        return AttachmentStore(self._db, self._clock)

    @contextlib.contextmanager
    def attachment_writer(self) -> Iterator[AttachmentStore]:
        """An attachment store on a connection of its own, for a worker thread.

        Enter it on the thread that uses it (SQLite connections stay on their
        thread). Its writes wait for, and are waited on by, this journal's own.
        """
        from app.storage.attachments import AttachmentStore  # noqa: PLC0415 - start-up time

        connection = open_connection(self.files.database, self._key)
        try:
            yield AttachmentStore(connection, self._clock)
            if not (self._checkpoints_held or self._sealed):
                # Megabytes just went into the log; copied into the file here, on the
                # worker, the window's next save never finds a large log to merge.
                with contextlib.suppress(KnownError), known_errors():
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        finally:
            connection.close()

    @contextlib.contextmanager
    def worker_stores(self) -> Iterator[WorkerStores]:
        """The stores on a connection of their own, for a long write (an import).

        Enter it on the thread that uses it; its transaction makes this journal's
        own writes wait (the window keeps still while an import runs).
        """
        from app.journal.worker_stores import WorkerStores  # noqa: PLC0415 - start-up time

        connection = open_connection(self.files.database, self._key)
        try:
            yield WorkerStores(connection, self._clock)
        finally:
            connection.close()

    @contextlib.contextmanager
    def all_or_nothing(self) -> Iterator[None]:
        """Every write inside is kept together, or none is (an entry and its attachments)."""
        with transaction(self._db):
            yield

    @cached_property
    def reread(self) -> RereadStore:
        """What "remind me why" lists: marked entries, chosen themes, this day."""
        from app.storage.reread import RereadStore  # noqa: PLC0415 - start-up time

        return RereadStore(self._db)

    # ------------------------------------------------------------------ the whole journal

    def verify(self) -> IntegrityReport:
        """Check every page's HMAC, the structure, every attachment and the incident chain.

        The last two only in a sound database: damaged pages say enough.
        """
        report = check_integrity(self._db)
        if not report.ok:
            return report
        found = self.attachments.check()
        broken = self.incidents.verify()
        chain = [] if broken is None else [f"The incident record's chain: {broken.describe()}."]
        return IntegrityReport(
            problems=[*found.problems, *chain],
            entries=report.entries,
            notes=found.notes,
            attachments=found.count,
        )

    # ------------------------------------------------------------------ keys

    def set_passphrase(self, passphrase: str, keystore: Keystore) -> None:
        """Require a passphrase from now on (the keyring slot is removed)."""
        if not passphrase:
            raise InvalidInput(QT_TR_NOOP("An empty passphrase can't protect the journal."))
        self.vault.set_passphrase(self._key, passphrase, keystore)

    def remove_passphrase(self, keystore: Keystore) -> None:
        """Open with the computer login again (needs a working keyring)."""
        self.vault.remove_passphrase(self._key, keystore)

    def enroll_keyring(self, keystore: Keystore) -> None:
        """Store a fresh device secret in this computer's keyring."""
        self.vault.enroll_keyring(self._key, keystore)

    def replace_recovery_key(self, show: Callable[[RecoveryKey], None]) -> RecoveryKey:
        """Make a new recovery key, ``show`` it, and only then let the old one go.

        The new key works beside the old one from the moment it exists; the old one
        stops working once ``show`` returns. A crash (or an error in ``show``) before
        that leaves both working, so a key nobody saw never becomes the only one.
        """
        recovery = self.vault.stage_recovery_key(self._key)
        show(recovery)
        self.vault.confirm_recovery_key()
        return recovery

    @contextlib.contextmanager
    def exclusively(self) -> Iterator[None]:
        """Hold the journal alone (no other window or command) for a whole-journal change.

        Raises:
            JournalBusy: the journal is open elsewhere; nothing was changed.
        """
        self._exclusive_depth += 1
        try:
            if self._exclusive_depth == 1:
                self._lock.make_exclusive()
            yield
        finally:
            self._exclusive_depth -= 1
            if self._exclusive_depth == 0:
                self._lock.make_shared()

    def rotate_key(self, secrets: list[SlotSecret]) -> None:
        """Re-encrypt the database with a new key and re-wrap every slot.

        ``secrets`` must open every slot the journal has. Crash-safe: the new key
        is staged in the key file before the database is re-keyed, and whichever
        key opens the database on the next start is the one kept. When the re-key
        fails (a full disk, say) the database keeps its key and so do the slots.

        Raises:
            JournalBusy: the journal is open elsewhere.
            NoSlotAvailable, WrongSecret: a slot has no fitting secret to re-wrap it.
            DiskFull, DiskError: the re-key failed; nothing was changed.
        """
        with self.exclusively():
            fresh = new_key()
            self.vault.stage_rotation(fresh, secrets)
            try:
                rekey(self._db, fresh)
            except BaseException:
                self._abandon_connection()  # see rekey: it must write nothing more
                with contextlib.suppress(KnownError):  # if not now, the next opening settles
                    self.vault.settle(0)
                raise
            self._key = fresh
            try:
                self.vault.settle(1)
            except KnownError as error:  # both keys still open it; the next opening settles
                log.warning("Key slots not settled after a rotation: %s", type(error).__name__)

    def _abandon_connection(self) -> None:
        """Close the connection at once, writing nothing; this journal is closed from now on."""
        with contextlib.suppress(Exception):
            self._db.close()
        self._closed = True

    # ------------------------------------------------------------------ backups

    def backup_to(self, target: Path) -> IntegrityReport:
        """An encrypted, verified copy of the database plus its key slots beside it."""
        report = copy_encrypted(
            self._db, target, self._key, may_checkpoint=not self._checkpoints_held
        )
        copy_key_slots(self.files, target)
        return report
