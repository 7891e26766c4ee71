"""An unlocked journal: its key slots, its encrypted database and its entries.

This is the core's front door; the CLI and the desktop app both go through it.
``create_journal`` and ``open_journal`` are the only ways to get a ``Journal``,
and neither ever replaces an existing file: a wrong secret is an error, and a
missing or damaged journal stays exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from app.copies import keys_beside, partial_name, publish, remove_partial
from app.errors import (
    InvalidInput,
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    JournalUnreadable,
    KnownError,
)
from app.files import (
    JournalFiles,
    ensure_private_folder,
    read_small_file,
    write_private_file_atomically,
)
from app.records.entries import EntryFilter, SearchHit
from app.storage.connection import (
    WAL_AUTOCHECKPOINT_PAGES,
    Connection,
    KeyMismatch,
    open_connection,
    transaction,
)
from app.storage.entries import Clock, EntryStore, utc_now
from app.storage.lockfile import JournalLock
from app.storage.maintenance import IntegrityReport, check_integrity, copy_encrypted, rekey
from app.storage.read_only import (
    LiveCheck,
    close_without_checkpoint,
    inspect_read_only,
    quick_check,
)
from app.storage.schema import migrate, schema_version
from app.storage.search import search
from app.storage.sql_errors import DAMAGED_MESSAGE, known_errors
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slots import MAX_KEY_FILE_BYTES, NOT_A_FILE_MESSAGE, SlotKind
from app.vault.vault import SlotSecret, Vault
from app.vault.wrapping import Argon2Params, new_key

if TYPE_CHECKING:  # imported when first used: not on the start-up path
    from app.prompts.library import PromptLibrary
    from app.records.entries import EntrySummary
    from app.records.prompts import Prompt, PromptPack
    from app.storage.backup_preview import BackupPreview
    from app.storage.contacts import ContactStore
    from app.storage.export_log import ExportLog
    from app.storage.preferences import Preferences
    from app.storage.prompt_store import PromptStore
    from app.storage.reasons import ReasonStore
    from app.storage.reread import Excerpt

log = logging.getLogger(__name__)
FOLDER_IS_A_FILE_MESSAGE = (
    "{folder} is a file, not a folder, so Threshold can't keep a journal there. "
    "Nothing was changed. Please choose a folder for the journal (--data-dir)."
)
FOLDER_UNREADABLE_MESSAGE = (
    "Threshold isn't allowed to look into the journal's folder ({folder}). This can happen "
    "after running Threshold with sudo. Nothing was changed; giving the folder back to "
    "your user (for example with `sudo chown -R $USER {folder}`) lets it open again."
)
EMPTY_MESSAGE = (
    "The journal file is empty, as if it had been cut short, so Threshold left it untouched. "
    "A backup can bring your entries back."
)
MISMATCH_MESSAGE = (
    "The key file in this folder belongs to a different journal, so nothing was opened. "
    "A backup of the folder can bring the right one back."
)


class Journal:
    """An open, unlocked journal. Close it (or use ``with``) when done."""

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
        self._prompt_store: PromptStore | None = None
        self._reasons: ReasonStore | None = None
        self._contacts: ContactStore | None = None
        self._exports: ExportLog | None = None
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

    # ------------------------------------------------------------------ reading

    def search(
        self, query: str, entry_filter: EntryFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Ranked full-text search with highlighted snippets."""
        return search(self._db, query, entry_filter, limit)

    def data_version(self) -> int:
        """A number that changes when another connection commits (the CLI, say).

        Cheap enough to poll every few seconds; equal numbers mean nothing changed.
        """
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database (call when idle; never loses data).

        Skipped while a check after opening reads the file (see ``live_check``).
        """
        if self._sealed or self._checkpoints_held:
            return
        with known_errors():
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()

    def verify(self) -> IntegrityReport:
        """Check every page's HMAC, the database structure and the search index."""
        return check_integrity(self._db)

    # ------------------------------------------------------------------ doubt

    @property
    def reasons(self) -> ReasonStore:
        """My reasons, in my order."""
        if self._reasons is None:
            from app.storage.reasons import ReasonStore  # noqa: PLC0415 - start-up time

            self._reasons = ReasonStore(self._db)
        return self._reasons

    @property
    def contacts(self) -> ContactStore:
        """The contact log."""
        if self._contacts is None:
            from app.storage.contacts import ContactStore  # noqa: PLC0415 - start-up time

            self._contacts = ContactStore(self._db)
        return self._contacts

    @property
    def exports(self) -> ExportLog:
        """The export log: when, which format, how many entries (never the text)."""
        if self._exports is None:
            from app.storage.export_log import ExportLog  # noqa: PLC0415 - start-up time

            self._exports = ExportLog(self._db)
        return self._exports

    def marked_entries(self, limit: int = 500) -> list[Excerpt]:
        """Entries marked "remember this", newest first, with excerpts."""
        from app.storage.reread import marked_entries  # noqa: PLC0415 - start-up time

        return marked_entries(self._db, limit)

    def theme_entries(self, themes: tuple[str, ...], limit: int = 50) -> list[Excerpt]:
        """Unmarked entries on these themes, newest first, with excerpts."""
        from app.storage.reread import theme_entries  # noqa: PLC0415 - start-up time

        return theme_entries(self._db, themes, limit)

    def on_this_day(self, today: dt.date) -> list[EntrySummary]:
        """Entries from this month and day in earlier years."""
        from app.storage.reread import on_this_day  # noqa: PLC0415 - start-up time

        return on_this_day(self._db, today)

    # ------------------------------------------------------------------ prompts

    @property
    def prompts(self) -> PromptStore:
        """The journal's imported and own prompts."""
        if self._prompt_store is None:
            from app.storage.prompt_store import PromptStore  # noqa: PLC0415

            self._prompt_store = PromptStore(self._db)
        return self._prompt_store

    def prompt_library(self) -> PromptLibrary:
        """Every prompt this journal can offer: shipped, imported and the user's own."""
        from app.prompts.library import shipped_library  # noqa: PLC0415

        return shipped_library().with_packs(self.prompts.packs())

    def find_prompt(self, prompt_id: str, theme: str | None) -> Prompt | None:
        """One prompt by id, cheaply: the journal's own packs, then the theme's shipped file.

        Showing an answered entry needs one prompt; reading every pack takes ~25 ms.
        """
        from app.prompts.library import shipped_library, shipped_theme_pack  # noqa: PLC0415

        for pack in self.prompts.packs():
            found = next((p for p in pack.prompts if p.id == prompt_id), None)
            if found is not None:
                return found
        shipped = shipped_theme_pack(theme) if theme else ()
        found = next((p for p in shipped if p.id == prompt_id), None)
        return found or shipped_library().prompt(prompt_id)

    def theme_names(self) -> dict[str, str]:
        """Theme id -> name for shipped and imported themes (without reading prompts)."""
        from app.prompts.library import shipped_themes, theme_names  # noqa: PLC0415

        own = [theme for pack in self.prompts.packs() for theme in pack.themes]
        return theme_names([*shipped_themes(), *own])

    def import_prompt_pack(self, path: Path) -> PromptPack:
        """Validate a pack file and store it whole (or nothing, with a clear error).

        Raises:
            PackError: the file is not a valid pack (names the file and line).
            InvalidInput: its ids clash with Threshold's or another pack's.
        """
        from app.files import FileTooLarge, NotARegularFile  # noqa: PLC0415
        from app.prompts.pack_file import (  # noqa: PLC0415
            MAX_PACK_BYTES,
            PackError,
            parse_pack,
        )
        from app.records.prompts import PromptSource  # noqa: PLC0415

        try:  # never more than the limit, never blocking (a pipe, /dev/zero)
            data = read_small_file(path, MAX_PACK_BYTES)
        except FileTooLarge:
            raise PackError(path.name, None, "the file is larger than 1 MB.") from None
        except (NotARegularFile, IsADirectoryError):
            raise PackError(path.name, None, "is not a file (a folder or a device).") from None
        except OSError as error:
            raise PackError(path.name, None, f"can't be read ({error.strerror}).") from None
        except ValueError:  # a name no file can have (a NUL character, say)
            raise PackError(path.name, None, "is not a name a file can have.") from None
        library = self.prompt_library()
        known = {theme.id: theme for theme in library.themes}
        pack = parse_pack(data, path.name, known, PromptSource.IMPORTED)
        self.prompts.import_pack(pack, {p.id for p in library.prompts})
        return pack

    def preferences(self) -> Preferences:
        """The journal's own settings (phase, check-in offer, reminder)."""
        from app.storage.preferences import load_preferences  # noqa: PLC0415

        return load_preferences(self._db)

    def save_preferences(self, preferences: Preferences) -> Preferences:
        """Store the journal's settings; returns them as stored (tidied)."""
        from app.storage.preferences import save_preferences  # noqa: PLC0415

        return save_preferences(self._db, preferences)

    # ------------------------------------------------------------------ keys

    def set_passphrase(self, passphrase: str, keystore: Keystore) -> None:
        """Require a passphrase from now on (the keyring slot is removed)."""
        if not passphrase:
            raise InvalidInput("An empty passphrase can't protect the journal.")
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

    def backup_to(self, target: Path) -> IntegrityReport:
        """An encrypted, verified copy of the database plus its key slots beside it."""
        report = copy_encrypted(self._db, target, self._key)
        _copy_key_slots(self.files, target)
        return report

    # ------------------------------------------------------------------ backups and checks

    def quick_check(self) -> IntegrityReport:
        """A check cheap enough for every start: structure, page HMACs in use, entry count.

        ``PRAGMA quick_check`` reads every page of every table and index, and
        SQLCipher verifies each page's HMAC as it decrypts it; it skips only the
        slower index-to-table cross-checks and free pages that ``verify`` covers.
        """
        return quick_check(self._db)

    def live_check(self) -> LiveCheck:
        """The check after opening, to run on a worker thread while this journal is in use.

        It has its own read-only connection (the key goes with it, nowhere else) and
        covers every page's HMAC, free pages too, then the structure and a count.
        Checkpoints wait until ``live_check_ended`` is called (see ``_hold_checkpoints``).
        """
        self._hold_checkpoints(True)
        return LiveCheck(self.files.database, self._key)

    def live_check_ended(self) -> None:
        """The check after opening is over (done or stopped): checkpoints may run again."""
        self._hold_checkpoints(False)

    def _hold_checkpoints(self, held: bool) -> None:
        """While held, nothing is copied from the log into the file, not even by SQLite.

        The check's HMAC pass reads the file's pages directly, beside the saves that
        go on meanwhile; a checkpoint rewriting a page just as it is read could make
        a sound page look damaged. The log simply grows a little until it ends.
        """
        self._checkpoints_held = held
        if self._closed:
            return
        pages = 0 if held else WAL_AUTOCHECKPOINT_PAGES
        with contextlib.suppress(KnownError), known_errors():
            self._db.execute(f"PRAGMA wal_autocheckpoint = {pages}").fetchone()

    def seal(self) -> None:
        """Write nothing more into this file: it was found damaged.

        Every later write is refused by SQLite, idle checkpoints stop, and ``close``
        leaves the file as it is, its write-ahead log beside it.
        """
        self._sealed = True
        with contextlib.suppress(KnownError), known_errors():
            self._db.execute("PRAGMA query_only = ON")

    def wrote_since_open(self) -> bool:
        """Whether anything was saved through this journal since it was opened."""
        return self._db.total_changes > 0

    def inspect_backup(self, path: Path, *, full: bool = False) -> IntegrityReport | None:
        """Open a backup read-only with this journal's key: entry count, or a full check.

        The key never leaves this object. Returns None when the key does not open
        the file (a backup from before a key change opens only with its own slots).
        """
        return inspect_read_only(path, [self._key], full=full)


def create_journal(
    files: JournalFiles,
    *,
    keystore: Keystore | None = None,
    passphrase: str | None = None,
    argon2: Argon2Params | None = None,
    clock: Clock = utc_now,
) -> tuple[Journal, RecoveryKey]:
    """Create a new journal; returns it open, with the recovery key to show once.

    With a passphrase the journal opens with the passphrase or the recovery key;
    without one it opens with the keyring (tried before anything is written) or
    the recovery key.

    Raises:
        JournalExists: any part of a journal is already in the folder.
        KeyringUnavailable: no passphrase was given and the keyring failed.
    """
    check_data_folder(files)
    if files.exists():
        raise JournalExists("A journal already exists in this folder; it was left untouched.")
    if not passphrase and keystore is None:
        raise InvalidInput("A new journal needs either a passphrase or the system keyring.")
    import uuid  # noqa: PLC0415 - only at creation; start-up time is a budget

    journal_id = str(uuid.uuid4())
    database_key = new_key()
    recovery = RecoveryKey.generate()
    secrets = [SlotSecret.recovery(recovery)]
    connection: Connection | None = None
    try:
        if passphrase:
            secrets.append(SlotSecret.passphrase(passphrase))
        else:
            assert keystore is not None
            device_secret = new_key()
            keystore.set_secret(journal_id, device_secret)  # first: a failure writes no file
            secrets.append(SlotSecret.device(device_secret))
        ensure_private_folder(files.folder)
        connection = open_connection(files.database, database_key, create=True)
        _initialise(connection, journal_id, clock)
        vault = Vault.create(files.key_slots, journal_id, database_key, secrets, argon2)
    except BaseException:
        if connection is not None:
            connection.close()
        _remove_partial_journal(files, journal_id, None if passphrase else keystore)
        raise
    journal = Journal(files, vault, connection, database_key, JournalLock(files.lock), clock=clock)
    return journal, recovery


def open_journal(
    files: JournalFiles,
    secret: SlotSecret,
    *,
    argon2: Argon2Params | None = None,
    clock: Clock = utc_now,
    unwrapped: Sequence[bytes] | None = None,
) -> Journal:
    """Unlock an existing journal with one secret.

    ``unwrapped`` are keys this secret was already seen to unwrap (the app's start-up
    helper does it in a child process); they are tried first, and the slot is
    unwrapped here only when they don't open the database.

    Raises:
        JournalNotFound: there is no journal in the folder.
        WrongSecret: the secret does not open its slot.
        NoSlotAvailable: the journal has no slot for this kind of secret.
        JournalDamaged: the key opened its slot but not the database.
    """
    require_journal(files)
    vault = Vault.load(files.key_slots, argon2)
    lock = JournalLock(files.lock)
    try:
        keys, (index, connection) = _connect(files.database, vault, secret, unwrapped)
    except BaseException:
        lock.release()
        raise
    try:
        _finish_key_changes(vault, secret, index)
        if schema_version(connection) == 0:  # SQLCipher "opens" an empty file with any key
            raise JournalDamaged(EMPTY_MESSAGE)
        migrate(
            connection,
            lambda version: _backup_before_migration(files, connection, keys[index], version),
        )
        _check_journal_id(connection, vault.journal_id)
    except BaseException:
        connection.close()
        lock.release()
        raise
    return Journal(files, vault, connection, keys[index], lock, clock=clock)


def _finish_key_changes(vault: Vault, secret: SlotSecret, index: int) -> None:
    """Settle what an interrupted key change left in the key file.

    A rotation keeps the key that opened the database. A new recovery key whose
    showing was not confirmed stays beside the old one, both working, unless this
    very key opened the journal: then the person holds it, and the old one goes.
    """
    if vault.is_mid_rotation():
        vault.settle(index)
    if vault.opens_pending_recovery(secret):
        vault.confirm_recovery_key()


def keyring_secret(files: JournalFiles, keystore: Keystore) -> SlotSecret:
    """The device secret for this journal from the keyring (a ``SlotSecret``)."""
    require_journal(files)
    return Vault.load(files.key_slots).keyring_secret(keystore)


def slot_kinds(files: JournalFiles) -> list[SlotKind]:
    """Which secrets can open the journal, without unlocking it."""
    require_journal(files)
    return Vault.load(files.key_slots).kinds()


def has_unconfirmed_recovery_key(files: JournalFiles) -> bool:
    """Whether a new recovery key's showing was interrupted (both old and new then open it)."""
    require_journal(files)
    return Vault.load(files.key_slots).has_pending_recovery_key()


def require_journal(files: JournalFiles) -> None:
    """Raise a plain ``KnownError`` unless both journal files are there, as files.

    Raises:
        JournalNotFound: the folder or a part is missing, or the folder is a file.
        JournalDamaged: a part is a folder or a special file, or the journal is empty.
        JournalUnreadable: this user may not look into the folder.
    """
    check_data_folder(files)
    database, key_slots = _part_kind(files.database), _part_kind(files.key_slots)
    if "other" in (database, key_slots):
        name = files.database.name if database == "other" else files.key_slots.name
        raise JournalDamaged(NOT_A_FILE_MESSAGE.format(name=name))
    if database == key_slots == "file":
        if files.database.stat().st_size == 0:
            raise JournalDamaged(EMPTY_MESSAGE)
        return
    if database == "file":
        raise JournalNotFound(
            "The journal is here but its key file is missing. Nothing was changed; "
            "a backup of the folder can bring the key file back."
        )
    if key_slots == "file":
        raise JournalNotFound(
            "The journal's key file is here but the journal itself is missing. "
            "Nothing was changed; a backup can bring it back."
        )
    raise JournalNotFound("There is no journal in this folder yet.")


def check_data_folder(files: JournalFiles) -> None:
    """Raise a plain error when the journal's folder is a file or can't be looked into.

    Raises:
        JournalNotFound: the path given for the folder is a file.
        JournalUnreadable: this user may not look into the folder.
    """
    try:
        if files.folder.exists() and not files.folder.is_dir():
            raise JournalNotFound(FOLDER_IS_A_FILE_MESSAGE.format(folder=files.folder))
        files.database.exists()
    except PermissionError as error:
        raise JournalUnreadable(FOLDER_UNREADABLE_MESSAGE.format(folder=files.folder)) from error


def _part_kind(path: Path) -> str:
    """What is at ``path``: a file, missing, or other (a folder, pipe, device, socket)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "missing"
    return "file" if stat.S_ISREG(mode) else "other"


def _connect(
    path: Path, vault: Vault, secret: SlotSecret, unwrapped: Sequence[bytes] | None
) -> tuple[list[bytes], tuple[int, Connection]]:
    """The slot's keys and (which key opened it, a connection), using ``unwrapped`` if they fit."""
    if unwrapped:
        with contextlib.suppress(JournalDamaged):
            return list(unwrapped), _connect_with_any(path, list(unwrapped))
    keys = vault.candidate_keys(secret)
    return keys, _connect_with_any(path, keys)


def _connect_with_any(path: Path, keys: list[bytes]) -> tuple[int, Connection]:
    for index, key in enumerate(keys):
        try:
            return index, open_connection(path, key)
        except KeyMismatch:
            continue
    raise JournalDamaged(DAMAGED_MESSAGE)


def _initialise(connection: Connection, journal_id: str, clock: Clock) -> None:
    migrate(connection)
    with transaction(connection):
        connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("journal_id", journal_id), ("created", clock().isoformat())],
        )


def _check_journal_id(connection: Connection, journal_id: str) -> None:
    with known_errors():  # a damaged page here is JournalDamaged, not a bug
        row = connection.execute("SELECT value FROM meta WHERE key = 'journal_id'").fetchone()
    if row is None or row[0] != journal_id:
        raise JournalDamaged(MISMATCH_MESSAGE)


def _backup_before_migration(
    files: JournalFiles, connection: Connection, key: bytes, version: int
) -> None:
    """A verified copy, published whole under its final name only once it is sound."""
    ensure_private_folder(files.backups)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    final = files.backups / f"before-upgrade-from-v{version}-{stamp}.db"
    temp = partial_name(final)
    remove_partial(temp)
    try:
        copy_encrypted(connection, temp, key)
        _copy_key_slots(files, temp)
        publish(temp, final)
    except BaseException:
        remove_partial(temp)
        raise
    log.info("Verified backup taken before upgrading the journal from version %d.", version)


def _copy_key_slots(files: JournalFiles, database_copy: Path) -> None:
    """Put the key slots beside a copy, so it opens on its own (0600)."""
    data = read_small_file(files.key_slots, MAX_KEY_FILE_BYTES)
    write_private_file_atomically(keys_beside(database_copy), data)


def _remove_partial_journal(
    files: JournalFiles, journal_id: str, keystore: Keystore | None
) -> None:
    """Undo a creation that failed halfway (only files this call created)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{files.database}{suffix}").unlink()
    with contextlib.suppress(FileNotFoundError):
        files.key_slots.unlink()
    if keystore is not None:
        with contextlib.suppress(KnownError):
            keystore.delete_secret(journal_id)


# ---------------------------------------------------------------------- backups

BACKUP_NOT_OPENED_MESSAGE = (
    "This backup doesn't open with its own key file, so it may be damaged. Nothing was changed."
)


def _backup_vault(database: Path, key_slots: Path) -> Vault:
    """A backup's own key slots (it opens anywhere with the recovery key or passphrase)."""
    if not database.is_file() or not key_slots.is_file():
        raise JournalNotFound(
            "A backup needs both its .db file and the .db.keys file beside it; one is missing."
        )
    return Vault.load(key_slots)


def preview_backup(database: Path, key_slots: Path, secret: SlotSecret) -> BackupPreview:
    """How many entries a backup holds, over which days, and its newest (read-only).

    Raises:
        JournalNotFound: the backup or its key file is missing.
        WrongSecret, NoSlotAvailable: ``secret`` does not open the backup's slots.
        JournalDamaged: its key file is unreadable or the key does not open the file.
    """
    from app.storage.backup_preview import preview_read_only  # noqa: PLC0415 - rarely

    preview = preview_read_only(database, _backup_vault(database, key_slots).candidate_keys(secret))
    if preview is None:
        raise JournalDamaged(BACKUP_NOT_OPENED_MESSAGE)
    return preview


def check_backup(database: Path, key_slots: Path, secret: SlotSecret) -> IntegrityReport:
    """Fully check a backup through its own key slots, without writing to it.

    A backup carries its own ``.keys`` so it opens on another machine with the
    recovery key or passphrase, even after this journal's key has changed.

    Raises:
        JournalNotFound: the backup or its key file is missing.
        WrongSecret, NoSlotAvailable: ``secret`` does not open the backup's slots.
        JournalDamaged: its key file is unreadable or the key does not open the file.
    """
    vault = _backup_vault(database, key_slots)
    keys = vault.candidate_keys(secret)
    report = inspect_read_only(database, keys, full=True, journal_id=vault.journal_id)
    if report is None:
        raise JournalDamaged(BACKUP_NOT_OPENED_MESSAGE)
    return report
