"""Every multi-step operation, killed at every step boundary and at random moments.

For each operation (key changes, recovery, restore, upgrade, backup) a child runs
it through the real CLI and the real keyring (``operation_child.py``), once to
the end to count its durable steps (renames, unlinks, fsyncs, keyring writes, and
the edges of the re-key, each migration and each encrypted copy), then once per
step with a SIGKILL just before it, then at random delays. After each kill the
next start runs (``finish_interrupted_operations``, then opening) and every way
in is checked: the keyring, the old and new passphrase, the old recovery key and
a new one if it was shown, and every entry's text. The protocol each operation
follows is written down in docs/PROTOCOLS.md.

CI runs small journals and a few random kills; ``--run-slow`` runs 2,000-entry
journals and many random kills. Reproduce with ``THRESHOLD_KILL_SEED``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import pytest
import secretstorage

from app import APP_ID
from app.backup import list_backups, make_backup
from app.copies import is_partial_copy
from app.errors import KnownError
from app.files import JournalFiles
from app.interrupted import finish_interrupted_operations
from app.journal import Journal, create_journal, keyring_secret, open_journal
from app.records.entries import EntryFields, EntryFilter
from app.restore_swap import has_interrupted_restore
from app.storage import schema
from app.vault.keystore import SystemKeystore
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind, read_slot_file
from tests.fault.steps import STEPS_PREFIX
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.paths import REPO

pytestmark = pytest.mark.keyring_integration

CHILD = Path(__file__).with_name("operation_child.py")
DEFAULT_SEED = 20_261_206
ENTRIES, SLOW_ENTRIES = 30, 2_000
RANDOM_KILLS, SLOW_RANDOM_KILLS = 2, 25
OLD_PASSPHRASE, NEW_PASSPHRASE = "the old way in", "the new way in"
_PRINTED_KEY = re.compile(r"(?:^ {4}|recovery-key )((?:[0-9A-Z]{5}-){7}[0-9A-Z]{5})$", re.M)


@dataclass
class Template:
    """A journal to copy for each run, with every secret that opens it."""

    folder: Path
    journal_id: str
    device_secret: bytes | None
    recovery: RecoveryKey
    passphrase: str | None
    bodies: list[str]
    backup: Path | None = None
    backup_bodies: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)  # what was said, at the old schema


@dataclass
class Operation:
    """One operation: its command line and what must hold after any crash."""

    name: str
    argv: Callable[[Path, Path], list[str]]  # (run folder, recovery key file) -> argv
    check: Callable[[Template, JournalFiles, str], list[str]]  # problems, after the restart
    env: dict[str, str] = field(default_factory=dict)
    keyring: bool = True  # the template opens with the keyring
    wipe_keyring: bool = False  # the run starts with the keyring item gone
    old_schema: bool = False  # the template is at schema version 4
    with_backup: bool = False


@dataclass
class Tally:
    """What one operation's campaign did, for the summary line and the README."""

    steps: int = 0
    step_names: list[str] = field(default_factory=list)
    step_kills: int = 0
    random_kills: int = 0
    finished_runs: int = 0
    shown_keys: int = 0
    orphan_items: int = 0
    problems: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------- checks


def _bodies(files: JournalFiles, secret: SlotSecret) -> list[str] | None:
    """Every entry's text, opening as the next start would (None: it does not open)."""
    try:
        with open_journal(files, secret, argon2=FAST_ARGON2) as journal:
            ids = [row.id for row in journal.entries.summaries(EntryFilter())]
            return sorted(journal.entries.get(entry_id).body for entry_id in ids)
    except KnownError:
        return None


def _opens_as(files: JournalFiles, secret: SlotSecret, bodies: list[str]) -> bool:
    return _bodies(files, secret) == bodies


def _keyring(files: JournalFiles) -> SlotSecret | None:
    try:
        return keyring_secret(files, SystemKeystore())
    except KnownError:
        return None


def _keyring_opens(files: JournalFiles, bodies: list[str]) -> bool:
    secret = _keyring(files)
    return secret is not None and _opens_as(files, secret, bodies)


def _shown_key(output: str) -> RecoveryKey | None:
    found = _PRINTED_KEY.findall(output)
    return RecoveryKey.parse(found[-1]) if found else None


def _recovery_problems(made: Template, files: JournalFiles, output: str) -> list[str]:
    """A new key once shown must open; until one is shown, the old one must."""
    shown = _shown_key(output)
    problems = []
    if shown is None and not _opens_as(files, SlotSecret.recovery(made.recovery), made.bodies):
        problems.append("the old recovery key stopped working before a new one was shown")
    if shown is not None and not _opens_as(files, SlotSecret.recovery(shown), made.bodies):
        problems.append("the new recovery key was shown but does not open the journal")
    return problems


def check_rotation(made: Template, files: JournalFiles, output: str) -> list[str]:
    problems = [] if _keyring_opens(files, made.bodies) else ["the keyring stopped opening it"]
    if "--new-recovery-key" in output or _shown_key(output):
        return problems + _recovery_problems(made, files, output)
    if not _opens_as(files, SlotSecret.recovery(made.recovery), made.bodies):
        problems.append("the recovery key stopped opening it")
    return problems


def check_new_recovery_key(made: Template, files: JournalFiles, output: str) -> list[str]:
    problems = [] if _keyring_opens(files, made.bodies) else ["the keyring stopped opening it"]
    return problems + _recovery_problems(made, files, output)


def _recovery_opens(made: Template, files: JournalFiles) -> list[str]:
    if _opens_as(files, SlotSecret.recovery(made.recovery), made.bodies):
        return []
    return ["the recovery key stopped opening it"]


def _passphrase_or_keyring(made: Template, files: JournalFiles, passphrase: str) -> list[str]:
    """Switching between the two: one of them opens the journal at every moment."""
    if _opens_as(files, SlotSecret.passphrase(passphrase), made.bodies):
        return []
    if _keyring_opens(files, made.bodies):
        return []
    return ["neither the keyring nor the passphrase opens it"]


def check_set_passphrase(made: Template, files: JournalFiles, output: str) -> list[str]:
    return _recovery_opens(made, files) + _passphrase_or_keyring(made, files, NEW_PASSPHRASE)


def check_remove_passphrase(made: Template, files: JournalFiles, output: str) -> list[str]:
    return _recovery_opens(made, files) + _passphrase_or_keyring(made, files, OLD_PASSPHRASE)


def check_recover(made: Template, files: JournalFiles, output: str) -> list[str]:
    """Recover on a computer whose keyring works: it must keep working throughout."""
    problems = _recovery_opens(made, files)
    if not _keyring_opens(files, made.bodies):
        problems.append("the keyring stopped opening it")
    return problems


def check_recover_wiped(made: Template, files: JournalFiles, output: str) -> list[str]:
    problems = _recovery_opens(made, files)
    if "keyring opens your journal again" in output and not _keyring_opens(files, made.bodies):
        problems.append("recover said done but the keyring does not open it")
    return problems


def check_restore(made: Template, files: JournalFiles, output: str) -> list[str]:
    """The journal is whole: the old one in place, or the backup with the old one kept aside."""
    if has_interrupted_restore(files):
        return ["the next start left a restore unfinished"]
    found = _bodies(files, SlotSecret.recovery(made.recovery))
    if found == made.bodies:
        return []
    if found != made.backup_bodies:
        return [f"the journal holds neither the old entries nor the backup's ({found!r:.80})"]
    kept = [JournalFiles(aside) for aside in files.folder.glob("replaced-*")]
    if not any(_bodies(aside, SlotSecret.recovery(made.recovery)) == made.bodies for aside in kept):
        return ["the replaced journal was not kept whole"]
    return []


def check_upgrade(made: Template, files: JournalFiles, output: str) -> list[str]:
    problems = check_recover(made, files, output)
    problems += _backup_folder_problems(made, files)
    return problems + _contacts_problems(made, files)


def _contacts_problems(made: Template, files: JournalFiles) -> list[str]:
    """Every contact logged at the old schema is a record now, and the chain holds."""
    with open_journal(files, SlotSecret.recovery(made.recovery)) as journal:
        said = sorted(contact.fields.said for contact in journal.contacts.all())
        broken = journal.incidents.verify()
    problems = [] if said == made.contacts else [f"the contact log holds {said!r:.80}"]
    return problems + ([] if broken is None else [f"the record: {broken.describe()}"])


def check_backup(made: Template, files: JournalFiles, output: str) -> list[str]:
    return check_recover(made, files, output) + _backup_folder_problems(made, files)


def _backup_folder_problems(made: Template, files: JournalFiles) -> list[str]:
    problems = []
    leftovers = [p.name for p in _children(files.backups) if is_partial_copy(p.name)]
    if leftovers:
        problems.append(f"partial copies left after the next start: {leftovers}")
    try:
        with open_journal(files, SlotSecret.recovery(made.recovery)) as journal:
            listed = list_backups(files.backups, journal, full=True)
    except Exception as error:
        return [*problems, f"listing the backups failed: {type(error).__name__}"]
    for info in listed:
        if info.note is None and info.entries != len(made.bodies):
            problems.append(f"{info.path.name} listed as sound with {info.entries} entries")
    return problems


def _children(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.is_dir() else []


# ---------------------------------------------------------------------- operations


def _rec(folder: Path, key_file: Path) -> list[str]:
    return ["--data-dir", str(folder), "--recovery-key-file", str(key_file)]


OPERATIONS = [
    Operation(
        "rotate",
        lambda f, k: ["keys", "rotate", *_rec(f, k)],
        check_rotation,
    ),
    Operation(
        "rotate --new-recovery-key",
        lambda f, k: ["keys", "rotate", "--new-recovery-key", "--data-dir", str(f)],
        check_rotation,
    ),
    Operation(
        "new recovery key (Settings)",
        lambda f, k: ["app-recovery-key", "--data-dir", str(f)],
        check_new_recovery_key,
    ),
    Operation(
        "set-passphrase",
        lambda f, k: ["keys", "set-passphrase", "--data-dir", str(f)],
        check_set_passphrase,
        env={"THRESHOLD_NEW_PASSPHRASE": NEW_PASSPHRASE},
    ),
    Operation(
        "remove-passphrase",
        lambda f, k: ["keys", "remove-passphrase", "--data-dir", str(f)],
        check_remove_passphrase,
        env={"THRESHOLD_PASSPHRASE": OLD_PASSPHRASE},
        keyring=False,
    ),
    Operation("recover", lambda f, k: ["keys", "recover", *_rec(f, k)], check_recover),
    Operation(
        "recover (keyring wiped)",
        lambda f, k: ["keys", "recover", *_rec(f, k)],
        check_recover_wiped,
        wipe_keyring=True,
    ),
    Operation(
        "restore",
        lambda f, k: ["restore", str(f.parent / "usb" / "backup.db"), "--yes", *_rec(f, k)],
        check_restore,
        with_backup=True,
    ),
    Operation(
        "upgrade", lambda f, k: ["list", "--data-dir", str(f)], check_upgrade, old_schema=True
    ),
    Operation("backup", lambda f, k: ["backup", "--data-dir", str(f)], check_backup),
]


# ---------------------------------------------------------------------- running


@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_a_crash_at_any_step_loses_no_way_in_and_no_entry(
    tmp_path: Path, operation: Operation
) -> None:
    tally = run_campaign(tmp_path, operation, ENTRIES, RANDOM_KILLS)
    assert not tally.problems, "\n".join(tally.problems[:20])


@pytest.mark.slow
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.name for op in OPERATIONS])
def test_a_crash_at_any_step_of_a_big_journal_loses_nothing(
    tmp_path: Path, operation: Operation
) -> None:
    tally = run_campaign(tmp_path, operation, SLOW_ENTRIES, SLOW_RANDOM_KILLS)
    assert not tally.problems, "\n".join(tally.problems[:20])


def run_campaign(tmp_path: Path, operation: Operation, entries: int, random_kills: int) -> Tally:
    seed = int(os.environ.get("THRESHOLD_KILL_SEED", DEFAULT_SEED))
    rng = random.Random(f"{seed}-{operation.name}")
    made = make_template(tmp_path / "template", operation, entries)
    key_file = tmp_path / "recovery-key.txt"
    key_file.write_text(f"{made.recovery}\n")
    tally = Tally()
    with keyring_items(made):
        started = time.monotonic()
        output = run_once(made, operation, tmp_path, key_file, kill_at=0, tally=tally)
        duration = time.monotonic() - started
        tally.steps = int(output.split(STEPS_PREFIX, 1)[1].split()[0])
        tally.step_names = output.split(STEPS_PREFIX, 1)[1].split("\n")[0].split()[1:]
        for step in range(1, tally.steps + 1):
            run_once(made, operation, tmp_path, key_file, kill_at=step, tally=tally)
        for _ in range(random_kills):
            delay = rng.uniform(0.05, duration)
            run_once(made, operation, tmp_path, key_file, kill_at=0, tally=tally, delay=delay)
    print(
        f"\n{operation.name}: {tally.steps} steps, {tally.step_kills} kills at steps, "
        f"{tally.random_kills} at random moments, {tally.finished_runs} finished, "
        f"{tally.shown_keys} new recovery keys shown, {tally.orphan_items} unused keyring "
        f"items left, {len(tally.problems)} problems ({entries} entries, seed {seed})\n"
        f"  steps: {' '.join(tally.step_names)}"
    )
    return tally


def run_once(
    made: Template,
    operation: Operation,
    tmp_path: Path,
    key_file: Path,
    *,
    kill_at: int,
    tally: Tally,
    delay: float | None = None,
) -> str:
    """One run from a fresh copy; after it, the next start and every check."""
    folder = fresh_copy(made, operation, tmp_path)
    output, killed = run_child(operation, folder, key_file, kill_at, delay)
    where = f"{operation.name}, kill at step {kill_at}" if kill_at else operation.name
    if delay is not None:
        where = f"{operation.name}, killed after {delay:.2f} s"
    if kill_at and not killed:
        tally.problems.append(f"{where}: the child was not killed:\n{output[-1500:]}")
    tally.step_kills += bool(kill_at)
    tally.random_kills += delay is not None and killed
    tally.finished_runs += not killed
    tally.shown_keys += _shown_key(output) is not None
    files = JournalFiles(folder)
    finish_interrupted_operations(files)  # what every next start does first
    tally.problems += [f"{where}: {problem}" for problem in operation.check(made, files, output)]
    tally.orphan_items += count_orphan_items(made, files)
    return output


def run_child(
    operation: Operation, folder: Path, key_file: Path, kill_at: int, delay: float | None
) -> tuple[str, bool]:
    """Run the operation; returns its output (stdout and stderr) and whether it was killed."""
    argv = [sys.executable, str(CHILD), str(kill_at), *operation.argv(folder, key_file)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **operation.env}
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO
    )
    if delay is not None:
        try:
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    output = out.decode(errors="replace") + err.decode(errors="replace")
    killed = process.returncode == -signal.SIGKILL
    if not killed and process.returncode != 0:
        raise AssertionError(f"{operation.name} failed ({process.returncode}):\n{output[-2000:]}")
    return output, killed


# ---------------------------------------------------------------------- journals


def make_template(folder: Path, operation: Operation, entries: int) -> Template:
    """A journal of ``entries`` entries as the operation needs it."""
    files = JournalFiles(folder / "journal")
    keystore = SystemKeystore()
    passphrase = None if operation.keyring else OLD_PASSPHRASE
    with _schema(4 if operation.old_schema else None):
        journal, recovery = create_journal(
            files,
            keystore=keystore if operation.keyring else None,
            passphrase=passphrase,
            argon2=FAST_ARGON2,
        )
    rng = random.Random(entries)
    with journal:
        bodies = [_body(rng, number) for number in range(entries)]
        for body in bodies:
            _add_entry(journal, body, old_schema=operation.old_schema)
        journal_id = journal.vault.journal_id
        made = Template(folder, journal_id, None, recovery, passphrase, sorted(bodies))
        if operation.old_schema:
            made.contacts = _add_old_contacts(journal, rng)
        if operation.with_backup:
            made.backup = make_backup(journal, folder / "usb", _now()).path
            made.backup_bodies = sorted(bodies)
            made.backup.rename(folder / "usb" / "backup.db")
            Path(f"{made.backup}.keys").rename(folder / "usb" / "backup.db.keys")
            for body in ("Written after the backup.", "And again, later."):
                journal.entries.add(EntryFields(body=body))
            made.bodies = sorted([*bodies, "Written after the backup.", "And again, later."])
    if operation.keyring:
        made.device_secret = keystore.get_secret(journal_id)
    return made


def _add_entry(journal: Journal, body: str, *, old_schema: bool) -> None:
    """One entry; at the old schema by plain SQL, since today's store reads newer columns."""
    if not old_schema:
        journal.entries.add(EntryFields(body=body))
        return
    now = _now().isoformat()
    with journal.all_or_nothing():
        journal._db.execute(
            "INSERT INTO entries (uuid, entry_date, created, updated, body) VALUES (?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), _now().date().isoformat(), now, now, body),
        )


def _add_old_contacts(journal: Journal, rng: random.Random) -> list[str]:
    """Contacts logged at the old schema (plain SQL): the upgrade moves them into the record."""
    said = [_body(rng, number)[:200] for number in range(25)]
    now = _now().isoformat()
    with journal.all_or_nothing():
        journal._db.executemany(
            "INSERT INTO contacts (uuid, happened, channel, said, felt, did, created, updated)"
            " VALUES (?, '2026-11-20T19:40', 'call', ?, 'tight', 'let it ring', ?, ?)",
            [(str(uuid.uuid4()), words, now, now) for words in said],
        )
    return sorted(said)


def _body(rng: random.Random, number: int) -> str:
    words = ["leaving", "the", "kitchen", "quiet", "I", "said", "no", "and", "meant", "it"]
    paragraphs = [" ".join(rng.choices(words, k=rng.randint(20, 80))) for _ in range(3)]
    return f"Entry {number}.\n\n" + "\n\n".join(paragraphs)


def _now() -> dt.datetime:
    return dt.datetime(2026, 12, 1, 20, 0, tzinfo=dt.UTC)


def _schema(version: int | None) -> contextlib.AbstractContextManager[object]:
    """Create journals at an older schema version (for the upgrade campaign)."""
    if version is None:
        return contextlib.nullcontext()
    older = functools.partial(schema.migrate, migrations=schema.MIGRATIONS[:version])
    return mock.patch("app.journal.opening.migrate", older)


def fresh_copy(made: Template, operation: Operation, tmp_path: Path) -> Path:
    """The template's folder copied anew, and its keyring item as it was."""
    run = tmp_path / "run"
    if run.exists():
        shutil.rmtree(run)
    shutil.copytree(made.folder, run)
    _reset_keyring(made, wipe=operation.wipe_keyring)
    return run / "journal"


@dataclass
class _KeyringItems:
    made: Template

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        _delete_items(self.made, keep_template=False)


def keyring_items(made: Template) -> _KeyringItems:
    """Every keyring item of the template's journal goes when the campaign ends."""
    return _KeyringItems(made)


def _reset_keyring(made: Template, wipe: bool) -> None:
    _delete_items(made, keep_template=not wipe)
    if made.device_secret is not None and not wipe:
        SystemKeystore().set_secret(made.journal_id, made.device_secret)


def _item_names(made: Template, delete: Callable[[str], bool] = lambda _name: False) -> list[str]:
    """This journal's keyring items by name; those ``delete`` picks are deleted.

    Other tests share the Secret Service and the service name; an item of theirs can
    vanish between the search and the read, so the walk starts again (deleting is
    idempotent).
    """
    for _attempt in range(9):
        try:
            return _walk_items(made, delete)
        except secretstorage.exceptions.ItemNotFoundException:
            continue
    return _walk_items(made, delete)


def _walk_items(made: Template, delete: Callable[[str], bool]) -> list[str]:
    connection = secretstorage.dbus_init()
    names = []
    try:
        collection = secretstorage.get_default_collection(connection)
        for item in collection.search_items({"service": APP_ID}):
            name = item.get_attributes().get("username", "")
            if name != made.journal_id and not name.startswith(f"{made.journal_id}."):
                continue
            if delete(name):
                item.delete()
            else:
                names.append(name)
    finally:
        connection.close()
    return names


def _delete_items(made: Template, keep_template: bool) -> None:
    _item_names(made, lambda name: not (keep_template and name == made.journal_id))


def count_orphan_items(made: Template, files: JournalFiles) -> int:
    """Keyring items of this journal that no slot uses (a crash between two steps)."""
    try:
        slot_file = read_slot_file(files.key_slots)
    except KnownError:
        return 0
    slot = slot_file.find(SlotKind.KEYRING)
    used = slot.keyring_item(slot_file.journal_id) if slot is not None else None
    return sum(1 for name in _item_names(made) if name != used)
