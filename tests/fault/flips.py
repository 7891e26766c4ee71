"""Shared parts of the bit-flip suite: a journal worth damaging, where to flip, what happened.

The journal has many pages of different kinds: entries with long bodies (overflow
pages), earlier versions, tags and moods, the search index, free pages left by a
purged entry, and two verified backups (an older and a newer one), each with its
own key file. Every flip is made in a fresh copy of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.backup import make_backup
from app.cli.context import CommandContext
from app.cli.main import build_parser, run_command
from app.cli.unlocking import SecretSources
from app.errors import KnownError
from app.files import JournalFiles
from app.journal import create_journal, keyring_secret, open_journal
from app.records.entries import EntryFields
from app.vault.recovery_key import RecoveryKey
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

PAGE = 4096
OLDER_BACKUP = dt.datetime(2025, 1, 1, 20, 0, tzinfo=dt.UTC)
NEWER_BACKUP = dt.datetime(2025, 1, 2, 20, 0, tzinfo=dt.UTC)
# Bytes of a page that mean something different to SQLCipher: the salt (page 1
# only), the start of the encrypted data, the IV and the HMAC at the end.
FIXED_PAGE_OFFSETS = (0, 15, 16, 17, 1000, PAGE - 81, PAGE - 80, PAGE - 64, PAGE - 1)


@dataclass(frozen=True)
class Template:
    """The journal every flip starts from (never changed itself)."""

    files: JournalFiles
    keystore: MemoryKeystore
    recovery: RecoveryKey
    older_entries: int  # entries in the older backup
    newer_entries: int  # entries in the newer backup

    @property
    def older_backup(self) -> Path:
        return next(self.files.backups.glob("threshold-20250101-*.db"))

    @property
    def newer_backup(self) -> Path:
        return next(self.files.backups.glob("threshold-20250102-*.db"))


@dataclass(frozen=True)
class Flip:
    """One bit to flip in one file of the journal folder."""

    file: str  # a file name inside the journal folder ("journal.db", "journal.keys")
    offset: int
    bit: int

    def apply(self, folder: Path) -> bytes:
        """Flip the bit in ``folder``'s copy; returns the file's damaged bytes."""
        path = folder / self.file
        data = bytearray(path.read_bytes())
        data[self.offset] ^= 1 << self.bit
        path.write_bytes(bytes(data))
        return bytes(data)

    def __str__(self) -> str:
        where = f"page {self.offset // PAGE + 1} byte {self.offset % PAGE}"
        if not self.file.endswith(".db"):
            where = f"byte {self.offset}"
        return f"{self.file} {where} bit {self.bit}"


def build_template(folder: Path) -> Template:
    """A keyring journal with history, free pages and two backups."""
    keystore = MemoryKeystore()
    files = JournalFiles(folder)
    journal, recovery = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    rng = random.Random(7)
    with journal:
        add = journal.entries.add
        purged = add(EntryFields(body="A long letter never sent. " * 1500))  # ~40 kB
        for number in range(12):
            add(_fields(rng, number, 2_000 if number % 3 else 9_000))
        make_backup(journal, files.backups, OLDER_BACKUP)
        older = 13
        for number in range(12, 30):
            entry = add(_fields(rng, number, 1_500))
            if number % 4 == 0:
                journal.entries.save(entry.id, _fields(rng, number, 2_500))  # an earlier version
        journal.entries.trash(purged.id)
        journal.entries.purge(purged.id)  # its pages are free now
        make_backup(journal, files.backups, NEWER_BACKUP)
        newer = 30
        for number in range(30, 34):
            add(_fields(rng, number, 800))
        journal.checkpoint()
    return Template(files, keystore, recovery, older, newer)


def _fields(rng: random.Random, number: int, chars: int) -> EntryFields:
    words = ("quiet", "door", "letter", "garden", "courage", "river", "morning", "tea")
    body = " ".join(rng.choice(words) for _ in range(chars // 6))
    return EntryFields(
        body=f"Entry {number}. {body}",
        title=f"Day {number}" if number % 2 else "",
        date=dt.date(2024, 1, 1) + dt.timedelta(days=number),
        tags=("flip", f"t{number % 5}"),
        mood=number % 5 + 1,
    )


def copy_template(template: Template, target: Path) -> JournalFiles:
    """A fresh copy of the journal folder (database, key file and backups)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template.files.folder, target)
    return JournalFiles(target)


def flips_in(files: list[tuple[str, int]], rng: random.Random, count: int) -> list[Flip]:
    """``count`` flips over these (file name, size) pairs: fixed places first, then random.

    The fixed places are on page 1 (the salt and header), an interior page and the
    last page of each database, and both ends of each key file; the rest are
    spread at random, in proportion to the files' sizes.
    """
    fixed: list[Flip] = []
    for name, size in files:
        if name.endswith(".db"):
            pages = size // PAGE
            starts = [(page - 1) * PAGE for page in (1, 2, pages // 2, pages)]
            offsets = [start + offset for start in starts for offset in FIXED_PAGE_OFFSETS]
        else:
            offsets = [0, 1, size // 2, size - 2]
        fixed += [Flip(name, offset, rng.randrange(8)) for offset in offsets]
    rng.shuffle(fixed)
    chosen = fixed[:count]
    total = sum(size for _, size in files)
    while len(chosen) < count:
        offset = rng.randrange(total)
        for name, size in files:
            if offset < size:
                chosen.append(Flip(name, offset, rng.randrange(8)))
                break
            offset -= size
    return chosen


def journal_flips(template: Template, rng: random.Random, count: int) -> list[Flip]:
    """Flips in the journal's database and key file."""
    files = template.files
    sizes = [(p.name, p.stat().st_size) for p in (files.database, files.key_slots)]
    return flips_in(sizes, rng, count)


def backup_flips(template: Template, rng: random.Random, count: int) -> list[Flip]:
    """Flips in the newer backup's database and its key file (paths relative to the folder)."""
    newer = template.newer_backup
    keys = Path(f"{newer}.keys")
    sizes = [(f"backups/{p.name}", p.stat().st_size) for p in (newer, keys)]
    return flips_in(sizes, rng, count)


# ---------------------------------------------------------------------- outcomes


def core_layer(files: JournalFiles, keystore: MemoryKeystore) -> str:
    """Which layer of the app's open path finds the damage: "open", "check" or "missed".

    The same steps as the desktop app, without widgets: open through the keyring,
    then the check after opening.
    """
    try:
        journal = open_journal(files, keyring_secret(files, keystore))
    except KnownError as error:
        return f"open ({type(error).__name__})"
    with journal:
        report = journal.live_check().run()
        assert report is not None, "the check could not conclude"
        if report.ok:
            return "missed"
        journal.seal()  # as the app does: the damaged file is closed as it is
    return "check"


@dataclass(frozen=True)
class CliResult:
    status: int
    stdout: str
    stderr: str


def threshold_verify(files: JournalFiles, keystore: MemoryKeystore) -> CliResult:
    """``threshold verify`` in process (the real parser and handler), keyring unlock."""
    args = build_parser().parse_args(["verify"])
    stdout, stderr = io.StringIO(), io.StringIO()
    context = CommandContext(
        files=files,
        keystore=keystore,
        sources=SecretSources(None, None),
        stdin=io.BytesIO(),
        stdout=stdout,
    )
    with contextlib.redirect_stderr(stderr):
        status = run_command(args.handler, context, args)
    return CliResult(status, stdout.getvalue(), stderr.getvalue())


@contextlib.contextmanager
def unchanged(path: Path, what: str) -> Iterator[None]:
    """Fail if ``path`` changes inside the block (the damaged file is never written)."""
    before = path.read_bytes()
    yield
    assert path.read_bytes() == before, f"{what}: the damaged file was written to"
