"""Creating and opening a journal: the only ways to get a ``Journal``.

Neither ever replaces an existing file: a wrong secret is an error, and a
missing or damaged journal stays exactly as it was. Opening settles what an
interrupted key change left behind and migrates the schema, after a verified
backup of the older version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from app.copies import partial_name, publish, remove_partial
from app.errors import (
    InvalidInput,
    JournalDamaged,
    JournalExists,
    JournalNotFound,
    JournalUnreadable,
    KnownError,
    WrongSecret,
)
from app.files import JournalFiles, ensure_private_folder
from app.journal.backups import copy_key_slots
from app.journal.journal import Journal
from app.storage.connection import Connection, KeyMismatch, open_connection, transaction
from app.storage.entries import Clock, utc_now
from app.storage.lockfile import JournalLock
from app.storage.maintenance import copy_encrypted
from app.storage.schema import migrate, schema_version
from app.storage.sql_errors import DAMAGED_MESSAGE, known_errors
from app.vault.access_place import Place
from app.vault.keystore import Keystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import NOT_A_FILE_MESSAGE, SlotKind
from app.vault.vault import Vault
from app.vault.wrapping import Argon2Params, new_key
from app.words import QT_TR_NOOP

log = logging.getLogger(__name__)
FOLDER_IS_A_FILE_MESSAGE = QT_TR_NOOP(
    "{folder} is a file, not a folder, so Threshold can't keep a journal there. "
    "Nothing was changed. Please choose a folder for the journal (--data-dir)."
)
FOLDER_UNREADABLE_MESSAGE = QT_TR_NOOP(
    "Threshold isn't allowed to look into the journal's folder ({folder}). This can happen "
    "after running Threshold with sudo. Nothing was changed; giving the folder back to "
    "your user (for example with `sudo chown -R $USER {folder}`) lets it open again."
)
EMPTY_MESSAGE = QT_TR_NOOP(
    "The journal file is empty, as if it had been cut short, so Threshold left it untouched. "
    "A backup can bring your entries back."
)
MISMATCH_MESSAGE = QT_TR_NOOP(
    "The key file in this folder belongs to a different journal, so nothing was opened. "
    "A backup of the folder can bring the right one back."
)
Later = Callable[[Callable[[], None]], None]
"""How work that may wait is put off: the window's "after the first paint"."""


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
        raise JournalExists(
            QT_TR_NOOP("A journal already exists in this folder; it was left untouched.")
        )
    if not passphrase and keystore is None:
        raise InvalidInput(
            QT_TR_NOOP("A new journal needs either a passphrase or the system keyring.")
        )
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
        _note_creation(files, vault, clock)
    except BaseException:
        if connection is not None:
            connection.close()
        _remove_partial_journal(files, journal_id, None if passphrase else keystore)
        raise
    journal = Journal(files, vault, connection, database_key, JournalLock(files.lock), clock=clock)
    _open_history(journal, database_key)
    return journal, recovery


def _open_history(journal: Journal, key: bytes) -> None:
    """A new journal's history, open for this session (Settings shows its first line)."""
    from app.vault.access_history import history_path  # noqa: PLC0415 - at creation only

    try:
        journal.vault.open_access_history(key, history_path(journal.files.folder))
    except (KnownError, OSError) as error:
        log.warning("The new journal's access history did not open: %s", type(error).__name__)


def open_journal(
    files: JournalFiles,
    secret: SlotSecret,
    *,
    argon2: Argon2Params | None = None,
    clock: Clock = utc_now,
    unwrapped: Sequence[bytes] | None = None,
    place: Place = Place.COMMAND,
    later: Later | None = None,
    prepared: bytes | None = None,
) -> Journal:
    """Unlock an existing journal with one secret, and record it in the access history.

    ``unwrapped`` are keys this secret was already seen to unwrap (the app's start-up
    helper does it in a child process); they are tried first, and the slot is
    unwrapped here only when they don't open the database.

    A refused secret is recorded before the error is raised; the unlock itself is
    recorded through ``later`` (at once without it), so the window can put that
    off until it has painted; ``prepared`` is that unlock already sealed by the
    start-up helper (``access_prepared.to_bytes``), so the window needs no
    ``cryptography``. The history's modules load only then, never at start-up.

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
    except BaseException as error:
        lock.release()
        if isinstance(error, WrongSecret):
            _note_refused(files, vault, secret.kind, place, clock)
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
    journal = Journal(files, vault, connection, keys[index], lock, clock=clock)
    key, way = keys[index], secret.kind
    (later or _now)(lambda: _note_unlock(journal, key, (way, place, prepared), clock))
    return journal


def _note_refused(
    files: JournalFiles, vault: Vault, way: SlotKind, place: Place, clock: Clock
) -> None:
    """Seal a refused secret into the access history (before the error is raised)."""
    from app.vault.access_events import AccessKind, attempt  # noqa: PLC0415 - on a refusal only
    from app.vault.access_history import history_path, record_attempt  # noqa: PLC0415

    refused = attempt(AccessKind.REFUSED, way, place, clock())
    record_attempt(history_path(files.folder), vault.access_public_key(), refused)


def _note_creation(files: JournalFiles, vault: Vault, clock: Clock) -> None:
    """The history's first line: a history later found empty was removed meanwhile."""
    from app.vault.access_events import created  # noqa: PLC0415 - at creation only
    from app.vault.access_history import history_path, record_attempt  # noqa: PLC0415

    record_attempt(history_path(files.folder), vault.access_public_key(), created(clock()))


def _note_unlock(
    journal: Journal,
    key: bytes,
    how: tuple[SlotKind, Place, bytes | None],
    clock: Clock,
) -> None:
    """Record the unlock (giving an older journal its access key pair); never fails the unlock."""
    from app.vault.access_history import history_path  # noqa: PLC0415 - after the first paint
    from app.vault.access_prepared import from_bytes  # noqa: PLC0415

    (way, place, sent), path = how, history_path(journal.files.folder)
    prepared = None if sent is None else from_bytes(sent)
    try:
        if prepared is not None and journal.vault.open_prepared_history(prepared, path):
            return
        journal.vault.open_access_history(key, path).note_unlock(way, place, clock())
    except (KnownError, OSError) as error:
        log.warning("The unlock was not recorded in the access history: %s", type(error).__name__)


def _now(task: Callable[[], None]) -> None:
    task()


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
        raise JournalDamaged(NOT_A_FILE_MESSAGE, name=name)
    if database == key_slots == "file":
        if files.database.stat().st_size == 0:
            raise JournalDamaged(EMPTY_MESSAGE)
        return
    if database == "file":
        raise JournalNotFound(
            QT_TR_NOOP(
                "The journal is here but its key file is missing. Nothing was changed; "
                "a backup of the folder can bring the key file back."
            )
        )
    if key_slots == "file":
        raise JournalNotFound(
            QT_TR_NOOP(
                "The journal's key file is here but the journal itself is missing. "
                "Nothing was changed; a backup can bring it back."
            )
        )
    raise JournalNotFound(QT_TR_NOOP("There is no journal in this folder yet."))


def check_data_folder(files: JournalFiles) -> None:
    """Raise a plain error when the journal's folder is a file or can't be looked into.

    Raises:
        JournalNotFound: the path given for the folder is a file.
        JournalUnreadable: this user may not look into the folder.
    """
    try:
        if files.folder.exists() and not files.folder.is_dir():
            raise JournalNotFound(FOLDER_IS_A_FILE_MESSAGE, folder=files.folder)
        files.database.exists()
    except PermissionError as error:
        raise JournalUnreadable(FOLDER_UNREADABLE_MESSAGE, folder=files.folder) from error


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
        copy_key_slots(files, temp)
        publish(temp, final)
    except BaseException:
        remove_partial(temp)
        raise
    log.info("Verified backup taken before upgrading the journal from version %d.", version)


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
