"""The one UI object that opens, creates and locks the journal.

Widgets never call the core's create/open functions themselves: they ask this
controller, which turns core results into signals and plain messages. It holds
the open ``Journal`` while the window is unlocked, and checks it once just after
it opened (see ``IntegrityWatch``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import KeyringUnavailable, KnownError, WrongSecret
from app.files import JournalFiles
from app.interrupted import finish_interrupted_operations
from app.journal import (
    Journal,
    check_data_folder,
    create_journal,
    has_unconfirmed_recovery_key,
    keyring_secret,
    open_journal,
    require_journal,
    slot_kinds,
)
from app.storage.maintenance import IntegrityReport
from app.ui.integrity_watch import IntegrityWatch
from app.vault.access_place import Place
from app.vault.keyring_prefetch import PrefetchedKeystore
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind
from app.vault.wrapping import Argon2Params

if TYPE_CHECKING:
    from app.records.entries import EntryFields

log = logging.getLogger(__name__)


class StartState(Enum):
    """What the window shows first."""

    NEW = "new"  # no journal yet: first-run setup
    LOCKED = "locked"  # a journal that needs a passphrase or recovery key
    OPEN = "open"  # opened straight away through the keyring
    PROBLEM = "problem"  # missing or damaged: its own screen, never a new journal


@dataclass(frozen=True)
class Start:
    """The first state and, for LOCKED and PROBLEM, the plain reason."""

    state: StartState
    message: str = ""


class JournalController(QObject):
    """Owns the open journal for the window.

    Signals:
        opened: the journal was unlocked (or created) and ``journal`` is usable.
        locked: the journal was closed; every view must drop what it shows.
        damaged(str): the check after opening found damage, in plain words. The
            journal is sealed (nothing more is written into it); the window
            closes it with ``lock`` and shows the damaged-journal screen.
    """

    opened = Signal()
    locked = Signal()
    damaged = Signal(str)

    def __init__(
        self, files: JournalFiles, keystore: Keystore, argon2: Argon2Params | None = None
    ) -> None:
        super().__init__()
        self.files = files
        self._keystore = keystore
        self._argon2 = argon2
        self._journal: Journal | None = None
        self._held: EntryFields | None = None
        # How work that must not delay the window is put off; the window sets it to
        # "after my first paint".
        self.defer: Callable[[Callable[[], None]], None] = lambda task: QTimer.singleShot(0, task)
        self.integrity = IntegrityWatch(self)
        self.integrity.damaged.connect(self._on_damaged)

    @property
    def journal(self) -> Journal:
        """The open journal (only while unlocked)."""
        if self._journal is None:
            raise RuntimeError("The journal is locked.")
        return self._journal

    def is_open(self) -> bool:
        """Whether the journal is unlocked."""
        return self._journal is not None

    def start(self) -> Start:
        """Decide the first screen, opening through the keyring when it can."""
        try:
            finish_interrupted_operations(self.files)  # a crash mid-restore, say
            check_data_folder(self.files)
            if not self.files.exists():
                return Start(StartState.NEW)
            require_journal(self.files)
            kinds = slot_kinds(self.files)
        except KnownError as error:
            return Start(StartState.PROBLEM, error.message)
        if SlotKind.KEYRING not in kinds:
            return Start(StartState.LOCKED)
        return self._start_with_keyring()

    def has_passphrase(self) -> bool:
        """Whether the journal has a passphrase slot."""
        return SlotKind.PASSPHRASE in slot_kinds(self.files)

    def has_unconfirmed_recovery_key(self) -> bool:
        """Whether two recovery keys open the journal (a new one's showing was interrupted)."""
        return has_unconfirmed_recovery_key(self.files)

    def opens_with_keyring(self) -> bool:
        """Whether the journal has a keyring slot."""
        return SlotKind.KEYRING in slot_kinds(self.files)

    def create(self, passphrase: str | None) -> RecoveryKey:
        """Create the journal (keyring tried first when no passphrase); returns the recovery key."""
        keystore = None if passphrase else self._keystore
        journal, recovery = create_journal(
            self.files, keystore=keystore, passphrase=passphrase, argon2=self._argon2
        )
        self._set_open(journal)
        return recovery

    def open_with_keyring(self) -> None:
        """Open through the keyring (raises a KnownError with a plain reason)."""
        secret = keyring_secret(self.files, self._keystore)
        unwrapped = prepared = None
        if isinstance(self._keystore, PrefetchedKeystore):
            assert isinstance(secret.material, bytes)
            unwrapped = self._keystore.unwrapped_keys(secret.material)
            prepared = self._keystore.prepared_unlock(secret.material)
        self._set_open(
            open_journal(
                self.files, secret, unwrapped=unwrapped, prepared=prepared, **self._recorded()
            )
        )

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Open with the passphrase (raises WrongSecret and friends)."""
        self._set_open(
            open_journal(
                self.files,
                SlotSecret.passphrase(passphrase),
                argon2=self._argon2,
                **self._recorded(),
            )
        )

    def unlock_with_recovery_key(self, text: str) -> bool:
        """Open with the recovery key; returns whether the keyring slot was renewed.

        After a recovery-key unlock of a journal that opens with the computer login,
        the keyring no longer held a working secret (a new computer, a wiped
        keyring), so a fresh one is enrolled; failure to do so is not an error.
        """
        secret = SlotSecret.recovery(RecoveryKey.parse(text))
        journal = open_journal(self.files, secret, **self._recorded())
        self._set_open(journal)
        if not journal.vault.has(SlotKind.KEYRING):
            return False
        try:
            journal.enroll_keyring(self._keystore)
        except KeyringUnavailable:
            return False
        return True

    def set_passphrase(self, passphrase: str) -> None:
        """Require ``passphrase`` from now on; the computer login alone stops opening it."""
        self.journal.set_passphrase(passphrase, self._keystore)

    def remove_passphrase(self) -> None:
        """Open with the computer login again (raises KeyringUnavailable; nothing changes)."""
        self.journal.remove_passphrase(self._keystore)

    def replace_recovery_key(self, show: Callable[[RecoveryKey], None]) -> RecoveryKey:
        """A new recovery key, ``show``-n; the old one stops working once it was shown."""
        return self.journal.replace_recovery_key(show)

    def hold_words(self, fields: EntryFields, unsaved: bool) -> bool:
        """Keep the open entry in memory when the journal turned out damaged.

        Only when something was typed since the journal opened (``unsaved``, or a
        save went in); it never goes into the damaged file and never to disk. It
        is added as a new entry to the next journal that opens, a restored backup.
        Returns whether words are held.
        """
        journal = self._journal
        typed = unsaved or (journal is not None and journal.wrote_since_open())
        if typed and (fields.body.strip() or fields.title.strip()):
            self._held = fields
        return self._held is not None

    def back_up_if_due(self) -> None:
        """On quit: an encrypted, verified backup at most once a day (never blocks quitting)."""
        from app.backup import back_up_if_due, require_backup_folder  # noqa: PLC0415 - on quit

        journal = self.journal
        try:
            back_up_if_due(journal, require_backup_folder(journal), dt.datetime.now(dt.UTC))
        except KnownError as error:  # a full or missing USB stick: say so next time, quietly
            log.warning("The automatic backup was skipped: %s", type(error).__name__)

    def lock(self) -> None:
        """Close the journal and tell every view to forget what it shows.

        A check still running is cancelled, not waited for (quitting or a quick
        hide never waits on it); it ends on its own, reading only.
        """
        self.integrity.stop()
        if self._journal is None:
            return
        self.locked.emit()
        self._journal.close()
        self._journal = None

    def _recorded(self) -> dict[str, Any]:
        """How an unlock here goes into the access history: from the window, after the paint.

        Sealing loads ``cryptography``, which a start through the keyring otherwise
        never does, so the unlock is recorded once the window has shown itself.
        """
        return {"place": Place.WINDOW, "later": self.defer}

    def _start_with_keyring(self) -> Start:
        try:
            self.open_with_keyring()
        except (KeyringUnavailable, WrongSecret) as error:
            return Start(StartState.LOCKED, error.message)
        except KnownError as error:
            return Start(StartState.PROBLEM, error.message)
        return Start(StartState.OPEN)

    def _set_open(self, journal: Journal) -> None:
        if self._journal is not None:
            self.integrity.stop()
            self._journal.close()
        self._journal = journal
        self._give_back_held(journal)
        self.opened.emit()
        # After the window has shown the journal: the check must not delay it, nor the
        # sweep of what a killed export left (a noted folder may be a slow USB stick).
        self.defer(lambda: self._check(journal))
        self.defer(lambda: self._sweep_exports(journal))

    def _check(self, journal: Journal) -> None:
        if self._journal is journal:
            self.integrity.start(journal)

    def _sweep_exports(self, journal: Journal) -> None:
        if self._journal is journal:
            from app.export.interrupted import sweep_interrupted_exports  # noqa: PLC0415

            sweep_interrupted_exports(journal)

    def report_damage(self) -> None:
        """A read from the open journal failed as damaged: seal it and say so, as the check does."""
        self._on_damaged(IntegrityReport(problems=["a page could not be read"]))

    def _on_damaged(self, report: IntegrityReport) -> None:
        journal = self._journal
        if journal is None:
            return
        self.integrity.stop()
        journal.seal()
        log.warning("Damage found in the open journal (%d findings).", len(report.problems))
        self.damaged.emit(
            self.tr(
                "Part of your journal file is damaged: it changed after it was written, "
                "most likely through a fault of the disk. Threshold found this just after "
                "opening it, and so that nothing gets worse, it stopped using the file and "
                "writes nothing more into it."
            )
        )

    def _give_back_held(self, journal: Journal) -> None:
        """Add the words held from a damaged journal to this one, as a new entry."""
        if self._held is None:
            return
        try:
            journal.entries.add(self._held)
        except KnownError as error:
            log.warning("Held words could not be added yet: %s", type(error).__name__)
            return
        self._held = None
