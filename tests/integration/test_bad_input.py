"""Bad input to the real ``threshold`` command, run as a separate process.

Every refusal must be one plain line on stderr starting ``threshold: `` (no
traceback) with the documented exit status (0 ok, 1 error, 2 usage, 3 cannot
unlock), and nothing already saved may be lost or changed: each test compares
what ``list``/``trash``/``show``/``history --json`` print before and after, and
runs ``verify``.

Journals are created with a passphrase (``THRESHOLD_PASSPHRASE``), which the
commands under test use. The before/after snapshots and the id checks unlock with
the recovery key file instead, only because that skips Argon2id and is about four
times quicker. The read-only and full-disk tests mount a tmpfs (``chmod`` does not
stop root, which these tests may run as) and skip when mounting is not permitted.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import subprocess
import sys
import time
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.files import JournalFiles
from app.journal import open_journal
from app.records.entries import EntryFields
from app.storage.connection import BUSY_TIMEOUT_MS
from app.storage.sql_errors import BUSY_MESSAGE, DISK_MESSAGE, FULL_MESSAGE, READ_ONLY_MESSAGE
from app.storage.validation import MAX_BODY_BYTES
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.helpers.paths import REPO

PASSPHRASE = "correct horse battery staple"
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_UNLOCK = 0, 1, 2, 3
MB = 1024 * 1024
# Two entries whose ids share the prefix "abcd1234", for ambiguous prefixes.
TWIN_IDS = ("abcd1234-0000-4000-8000-000000000001", "abcd1234-0000-4000-8000-000000000002")
Result = subprocess.CompletedProcess[bytes]


# ---------------------------------------------------------------- running the CLI


@dataclass(frozen=True)
class JournalDir:
    """A journal folder made by ``threshold init`` and its recovery key file."""

    folder: Path
    recovery_key: str
    recovery_key_file: Path


def threshold(
    journal: JournalDir | Path,
    *argv: str,
    stdin: bytes = b"",
    passphrase: str | None = PASSPHRASE,
) -> Result:
    """Run ``threshold ARGV`` on a journal folder with the passphrase in the environment."""
    folder = journal.folder if isinstance(journal, JournalDir) else journal
    env = {"THRESHOLD_PASSPHRASE": passphrase} if passphrase is not None else {}
    return run_threshold(*argv, data_dir=folder, stdin=stdin, env=env)


def succeeded(result: Result) -> str:
    """The standard output of a command that must have worked."""
    assert result.returncode == EXIT_OK, result.stderr.decode(errors="replace")
    return result.stdout.decode()


def failed_plainly(result: Result, status: int, *fragments: str) -> str:
    """Check a refusal: one ``threshold: `` line naming ``fragments``; returns the line."""
    stderr = result.stderr.decode(errors="replace")
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("threshold: "), stderr
    assert result.returncode == status, stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def create(folder: Path, key_file: Path | None = None) -> JournalDir:
    """``threshold init`` with a passphrase; the recovery key is kept in a file."""
    recovery_key = json.loads(succeeded(threshold(folder, "init", "--json")))["recovery_key"]
    key_file = key_file or folder.with_name(f"{folder.name}.recovery-key")
    key_file.write_text(recovery_key + "\n")
    return JournalDir(folder, recovery_key, key_file)


def add(journal: JournalDir, body: str, *options: str) -> str:
    """Add an entry through the CLI; returns its id."""
    return succeeded(threshold(journal, "add", *options, stdin=body.encode())).strip()


def with_key_file(journal: JournalDir, *argv: str, stdin: bytes = b"") -> Result:
    """Like ``threshold`` but unlocking with the recovery key file (no Argon2id: quicker)."""
    key = ("--recovery-key-file", str(journal.recovery_key_file))
    return threshold(journal, *argv, *key, stdin=stdin, passphrase=None)


def read_json(journal: JournalDir, *argv: str) -> Any:
    """A ``--json`` command's output, unlocking with the recovery key file."""
    return json.loads(succeeded(with_key_file(journal, *argv, "--json")))


def snapshot(journal: JournalDir) -> dict[str, Any]:
    """Everything the CLI shows about every live and trashed entry.

    History is read only for entries changed since they were created: keeping a
    revision always changes ``updated`` too, which ``list`` and ``show`` already show.
    """
    listing, trashed = read_json(journal, "list"), read_json(journal, "trash")
    rows = listing + trashed
    edited = [row["id"] for row in rows if row["updated"] != row["created"]]
    return {
        "list": listing,
        "trash": trashed,
        "entries": {row["id"]: read_json(journal, "show", row["id"]) for row in rows},
        "history": {entry_id: read_json(journal, "history", entry_id) for entry_id in edited},
    }


def assert_intact(journal: JournalDir, before: dict[str, Any]) -> None:
    """Nothing saved was lost or changed, and ``verify`` finds the journal sound."""
    assert snapshot(journal) == before
    assert "sound" in succeeded(with_key_file(journal, "verify"))


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module", autouse=True)
def _no_secrets_in_environment() -> Iterator[None]:
    """Commands get only what each test gives them (and no debug tracebacks)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in (
            "THRESHOLD_PASSPHRASE",
            "THRESHOLD_NEW_PASSPHRASE",
            "THRESHOLD_DEBUG",
            "THRESHOLD_DATA_DIR",
        ):
            patch.delenv(name, raising=False)
        yield


@dataclass(frozen=True)
class SharedJournal:
    """One journal for the tests whose input must be refused before anything is written."""

    journal: JournalDir
    before: dict[str, Any]
    edited: str  # an entry with a revision
    trashed: str  # an entry in the trash


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> SharedJournal:
    journal = create(tmp_path_factory.mktemp("shared") / "journal")
    edited = add(journal, "A first draft.\n", "--title", "Monday", "--tag", "work", "--mood", "3")
    succeeded(threshold(journal, "edit", edited, stdin=b"A second draft.\n"))
    trashed = add(journal, "Soon in the trash.\n", "--date", "2024-02-29")
    succeeded(threshold(journal, "delete", trashed))
    add_twins(journal.folder)
    return SharedJournal(journal, snapshot(journal), edited, trashed)


def add_twins(folder: Path) -> None:
    """Add two entries with the ``TWIN_IDS`` (through the core API, to choose the ids)."""
    ids = iter(uuid.UUID(twin) for twin in TWIN_IDS)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(uuid, "uuid4", lambda: next(ids))
        with open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE)) as journal:
            for number in (1, 2):
                journal.entries.add(EntryFields(body=f"Twin number {number}.\n"))


@pytest.fixture
def own(tmp_path: Path) -> JournalDir:
    """A fresh journal with one entry, for a test that writes."""
    journal = create(tmp_path / "journal")
    add(journal, "Already saved, and must stay so.\n", "--title", "Kept", "--tag", "safe")
    return journal


# ---------------------------------------------------------------- text on stdin


def text_commands(shared: SharedJournal) -> list[list[str]]:
    """The commands that read an entry's text from standard input."""
    return [["add"], ["edit", shared.edited], ["edit", shared.trashed]]


@pytest.mark.parametrize(
    "stdin", [b"", " \n\t \r\n\x0b\x0c\u00a0\u3000".encode()], ids=["empty", "whitespace"]
)
def test_blank_text_is_refused(shared: SharedJournal, stdin: bytes) -> None:
    for argv in text_commands(shared):
        result = threshold(shared.journal, *argv, stdin=stdin)
        failed_plainly(result, EXIT_ERROR, "no text on standard input")
    assert_intact(shared.journal, shared.before)


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"caf\xe9 in Latin-1\n", "isn't valid UTF-8"),
        (b"half of \xe2\x82 a euro sign\n", "isn't valid UTF-8"),
        ("a lone surrogate \ud800\n".encode("utf-8", "surrogatepass"), "isn't valid UTF-8"),
        (b"text\x00from a binary file\n", "NUL character"),
        (b"\x00", "NUL character"),
    ],
    ids=["latin-1", "truncated", "encoded-surrogate", "nul-inside", "only-nul"],
)
def test_undecodable_or_binary_text_is_refused(
    shared: SharedJournal, stdin: bytes, message: str
) -> None:
    for argv in text_commands(shared):
        failed_plainly(threshold(shared.journal, *argv, stdin=stdin), EXIT_ERROR, message)
    assert_intact(shared.journal, shared.before)


def large_body(size: int, marker: str) -> str:
    """``size`` bytes of ASCII prose-like text with one unique ``marker`` word in it."""
    words = ["river", "window", "letter", "morning", "garden", "quiet", "door", "light"]
    line_count = size // 60 + 1
    lines = (
        " ".join(f"{words[(n + k) % 8]}{n % 997}" for k in range(7)) for n in range(line_count)
    )
    text = "\n".join(lines)
    middle = size // 2
    return (text[:middle] + f" {marker} " + text[middle:])[:size]


@pytest.mark.parametrize("size", [10 * MB, MAX_BODY_BYTES], ids=["10MB", "exactly-the-limit"])
def test_a_large_body_is_kept_exactly_and_found(own: JournalDir, size: int) -> None:
    before = snapshot(own)
    body = large_body(size, "zephyrquokka")
    assert len(body.encode()) == size
    entry_id = add(own, body)
    shown = read_json(own, "show", entry_id)
    assert shown["body"].encode() == body.encode()
    hits = read_json(own, "search", "zephyrquokka")
    assert [hit["id"] for hit in hits] == [entry_id]
    # The entries saved before are untouched.
    after = snapshot(own)
    assert {key: after["entries"][key] for key in before["entries"]} == before["entries"]
    assert "sound" in succeeded(threshold(own, "verify"))


@pytest.mark.parametrize("size", [17 * MB, MAX_BODY_BYTES + 1], ids=["17MB", "one-byte-over"])
def test_a_body_over_the_limit_is_refused(shared: SharedJournal, size: int) -> None:
    body = b"all work and no play " * (size // 21 + 1)
    result = threshold(shared.journal, "add", stdin=body[:size])
    failed_plainly(result, EXIT_ERROR, f"{MAX_BODY_BYTES // MB} MB", "Nothing was saved")
    assert_intact(shared.journal, shared.before)


# ---------------------------------------------------------------- ids

ID_COMMANDS = ["show", "edit", "delete", "restore", "history"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("00000000-0000-4000-8000-000000000000", "There is no entry with the id"),
        ("0000ffff", "There is no entry with the id"),
        ("abc", "Please give at least 4 characters of the id"),
        ("", "There is no entry with the id ''"),
        ("not an id; DROP TABLE entries", "There is no entry with the id"),
        ("f" * 1000, "There is no entry with the id '" + "f" * 40 + "…'"),
    ],
    ids=["unknown-id", "unknown-prefix", "too-short", "empty", "not-an-id", "very-long"],
)
def test_an_unknown_id_is_refused_by_every_command(
    shared: SharedJournal, given: str, message: str
) -> None:
    for command in ID_COMMANDS:
        result = with_key_file(shared.journal, command, given, stdin=b"New text.\n")
        failed_plainly(result, EXIT_ERROR, message)
    assert_intact(shared.journal, shared.before)


def test_an_ambiguous_prefix_is_refused_by_every_command(shared: SharedJournal) -> None:
    for command in ID_COMMANDS:
        result = with_key_file(shared.journal, command, "abcd", stdin=b"New text.\n")
        failed_plainly(result, EXIT_ERROR, "More than one entry starts with 'abcd'")
    assert_intact(shared.journal, shared.before)


def test_a_unique_prefix_or_full_id_in_any_case_works(shared: SharedJournal) -> None:
    """A check on the setup above: the twins themselves, and prefixes, do resolve."""
    assert read_json(shared.journal, "show", TWIN_IDS[1].upper())["id"] == TWIN_IDS[1]
    assert read_json(shared.journal, "show", shared.edited[:8])["id"] == shared.edited


def test_restoring_an_entry_not_in_the_trash_is_refused(shared: SharedJournal) -> None:
    restore = with_key_file(shared.journal, "restore", shared.edited)
    failed_plainly(restore, EXIT_ERROR, "That entry isn't in the trash.")
    delete = with_key_file(shared.journal, "delete", shared.trashed)
    failed_plainly(delete, EXIT_ERROR, "That entry is already in the trash.")
    assert_intact(shared.journal, shared.before)


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("argv", "error"),
    [
        (["add", "--date", "2024-13-45"], "argument --date: '2024-13-45' is not a date"),
        (["add", "--date", "yesterday"], "argument --date: 'yesterday' is not a date"),
        (["list", "--since", "nope"], "argument --since: 'nope' is not a date"),
        (["search", "x", "--until", "31/12/2024"], "argument --until: '31/12/2024' is not a date"),
        (["add", "--mood", "7"], "argument --mood: mood is a number from 1 to 5"),
        (["list", "--mood", "0"], "argument --mood: mood is a number from 1 to 5"),
        (["list", "--limit", "0"], "argument --limit: '0' is not a positive whole number"),
        (["search", "x", "--limit", "-3"], "argument --limit: '-3' is not a positive whole"),
        (["show"], "the following arguments are required: id"),
    ],
    ids=[
        "month-13",
        "yesterday",
        "since-nope",
        "until-dmy",
        "mood-7",
        "mood-0",
        "limit-0",
        "limit-negative",
        "no-id",
    ],
)
def test_a_usage_error_exits_2_with_argparse_message(
    shared: SharedJournal, argv: list[str], error: str
) -> None:
    result = threshold(shared.journal, *argv, stdin=b"Would be saved.\n")
    stderr = result.stderr.decode()
    assert result.returncode == EXIT_USAGE, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert lines[0].startswith(f"usage: threshold {argv[0]}")
    assert lines[-1].startswith(f"threshold {argv[0]}: error: {error}")
    assert result.stdout == b""
    assert_intact(shared.journal, shared.before)


@pytest.mark.parametrize("option", ["--title", "--tag"])
def test_undecodable_bytes_in_arguments_are_refused(shared: SharedJournal, option: str) -> None:
    # os.fsdecode gives a surrogate-escaped str, which reaches the child as raw bytes.
    argument = os.fsdecode(b"caf\xe9")
    result = threshold(shared.journal, "add", option, argument, stdin=b"Would be saved.\n")
    failed_plainly(result, EXIT_ERROR, "broken character", "Nothing was saved")
    assert_intact(shared.journal, shared.before)


# ---------------------------------------------------------------- unlocking


def test_a_wrong_passphrase_exits_3(shared: SharedJournal) -> None:
    result = threshold(shared.journal, "add", stdin=b"Hello.\n", passphrase="incorrect horse")
    failed_plainly(result, EXIT_UNLOCK, "passphrase doesn't open")
    assert_intact(shared.journal, shared.before)


def test_no_secret_without_a_terminal_exits_3(shared: SharedJournal) -> None:
    result = threshold(shared.journal, "list", passphrase=None)
    failed_plainly(result, EXIT_UNLOCK, "needs its passphrase or recovery key")
    assert result.stdout == b""


def test_a_mistyped_recovery_key_names_the_group(shared: SharedJournal, tmp_path: Path) -> None:
    groups = shared.journal.recovery_key.split("-")
    first = groups[2][0]
    groups[2] = ("7" if first != "7" else "8") + groups[2][1:]
    key_file = tmp_path / "mistyped"
    key_file.write_text("-".join(groups) + "\n")
    result = threshold(
        shared.journal, "list", "--recovery-key-file", str(key_file), passphrase=None
    )
    failed_plainly(result, EXIT_UNLOCK, "Group 3")
    assert_intact(shared.journal, shared.before)


@pytest.mark.parametrize("passphrase", [PASSPHRASE, None], ids=["passphrase", "no-secret"])
@pytest.mark.parametrize("exists", [True, False], ids=["empty-folder", "no-folder"])
def test_a_missing_journal_is_reported_and_not_created(
    tmp_path: Path, passphrase: str | None, exists: bool
) -> None:
    folder = tmp_path / "nothing here"
    if exists:
        folder.mkdir()
    result = threshold(folder, "list", passphrase=passphrase)
    failed_plainly(result, EXIT_ERROR, "There is no journal in this folder")
    if exists:
        assert list(folder.iterdir()) == []
    else:
        assert not folder.exists()


def test_init_twice_leaves_the_first_journal_alone(own: JournalDir) -> None:
    before = snapshot(own)
    keys = (own.folder / "journal.keys").read_bytes()
    result = threshold(own, "init", passphrase="another passphrase")
    failed_plainly(result, EXIT_ERROR, "already exists")
    assert (own.folder / "journal.keys").read_bytes() == keys
    assert_intact(own, before)
    succeeded(threshold(own, "list"))
    failed_plainly(threshold(own, "list", passphrase="another passphrase"), EXIT_UNLOCK)


# ---------------------------------------------------------------- the file system


@contextlib.contextmanager
def mounted_tmpfs(where: Path, size: str) -> Iterator[Path]:
    """A fresh tmpfs at ``where``, unmounted afterwards; skips when mounting is not allowed."""
    if shutil.which("mount") is None or not hasattr(os, "geteuid"):
        pytest.skip("no mount command on this system")
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir()
    mounted = _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    if mounted.returncode != 0:
        pytest.skip(f"mount is not permitted here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        _mount("-o", "remount,rw", str(where))
        if _run("umount", str(where)).returncode != 0:
            _run("umount", "-l", str(where))


def _run(*argv: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(argv, capture_output=True, check=False)


def _mount(*argv: str) -> subprocess.CompletedProcess[bytes]:
    return _run("mount", *argv)


def make_read_only(where: Path) -> None:
    """Remount a tmpfs read-only; skips when that is not permitted."""
    result = _mount("-o", "remount,ro", str(where))
    if result.returncode != 0:
        pytest.skip(f"remount,ro is not permitted here: {result.stderr.decode().strip()}")
    assert os.statvfs(where).f_flag & os.ST_RDONLY


def make_writable(where: Path) -> None:
    """Remount a tmpfs read-write again."""
    result = _mount("-o", "remount,rw", str(where))
    assert result.returncode == 0, result.stderr.decode()


def fill_disk(folder: Path, leave: int = 0) -> Path:
    """Fill the file system with a filler file, then free ``leave`` bytes of it."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


@pytest.fixture
def tmpfs_journal(tmp_path: Path) -> Iterator[JournalDir]:
    """A journal with one entry on its own 4 MB tmpfs (the key file stays outside)."""
    with mounted_tmpfs(tmp_path / "mnt", "4m") as mount:
        journal = create(mount / "journal", tmp_path / "recovery-key")
        add(journal, "Saved before the trouble.\n", "--title", "Kept", "--tag", "safe")
        yield journal


def test_a_read_only_folder_refuses_add_and_keeps_entries(tmpfs_journal: JournalDir) -> None:
    before = snapshot(tmpfs_journal)
    mount = tmpfs_journal.folder.parent
    make_read_only(mount)
    try:
        failed_plainly(threshold(tmpfs_journal, "add", stdin=b"Nowhere to go.\n"), EXIT_ERROR)
        listing = threshold(tmpfs_journal, "list", "--json")
        if listing.returncode == EXIT_OK:
            assert json.loads(listing.stdout) == before["list"]
        else:
            failed_plainly(listing, EXIT_ERROR)
    finally:
        make_writable(mount)
    assert_intact(tmpfs_journal, before)
    add(tmpfs_journal, "Writable again.\n")


def test_a_read_only_folder_is_named_as_such(tmpfs_journal: JournalDir) -> None:
    mount = tmpfs_journal.folder.parent
    make_read_only(mount)
    try:
        result = threshold(tmpfs_journal, "add", stdin=b"Nowhere to go.\n")
        listing = threshold(tmpfs_journal, "list")
    finally:
        make_writable(mount)
    failed_plainly(result, EXIT_ERROR, READ_ONLY_MESSAGE)
    if listing.returncode != EXIT_OK:
        failed_plainly(listing, EXIT_ERROR, READ_ONLY_MESSAGE)


def test_a_full_disk_refuses_add_and_keeps_entries(tmpfs_journal: JournalDir) -> None:
    before = snapshot(tmpfs_journal)
    # Leave room to open the journal (its shared-memory file) but not for a 1 MB entry.
    filler = fill_disk(tmpfs_journal.folder.parent, leave=256 * 1024)
    body = large_body(MB, "overflow").encode()
    failed_plainly(threshold(tmpfs_journal, "add", stdin=body), EXIT_ERROR, FULL_MESSAGE)
    filler.unlink()
    assert_intact(tmpfs_journal, before)
    entry_id = add(tmpfs_journal, body.decode())
    assert read_json(tmpfs_journal, "show", entry_id)["body"].encode() == body


def test_a_completely_full_disk_fails_plainly_and_keeps_entries(
    tmpfs_journal: JournalDir,
) -> None:
    before = snapshot(tmpfs_journal)
    filler = fill_disk(tmpfs_journal.folder.parent)
    assert shutil.disk_usage(filler.parent).free < 64 * 1024
    failed_plainly(threshold(tmpfs_journal, "add", stdin=b"No room at all.\n"), EXIT_ERROR)
    filler.unlink()
    assert_intact(tmpfs_journal, before)
    add(tmpfs_journal, "Room again.\n")


def test_a_completely_full_disk_is_named_as_such(tmpfs_journal: JournalDir) -> None:
    filler = fill_disk(tmpfs_journal.folder.parent)
    result = threshold(tmpfs_journal, "add", stdin=b"No room at all.\n")
    filler.unlink()
    line = failed_plainly(result, EXIT_ERROR)
    assert line.removeprefix("threshold: ") in {FULL_MESSAGE, DISK_MESSAGE}


# ---------------------------------------------------------------- a second writer


def test_a_second_writer_makes_add_wait_then_say_busy(own: JournalDir) -> None:
    before = snapshot(own)
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.hold_write_lock", str(own.folder)],
        cwd=REPO,
        env={**os.environ, "THRESHOLD_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"holding\n"
        started = time.monotonic()
        result = threshold(own, "add", stdin=b"Written while another holds the lock.\n")
        waited = time.monotonic() - started
    finally:
        out, err = holder.communicate(b"\n", timeout=30)
    failed_plainly(result, EXIT_ERROR, BUSY_MESSAGE)
    assert BUSY_TIMEOUT_MS / 1000 <= waited < BUSY_TIMEOUT_MS / 1000 + 15
    assert holder.returncode == 0, err.decode(errors="replace")
    assert out == b"released\n"
    assert_intact(own, before)
    entry_id = add(own, "Written after the other let go.\n")
    assert entry_id in {row["id"] for row in read_json(own, "list")}


# ---------------------------------------------------------------- odd Unicode

RTL_TITLE = "שלום — مرحبا بالعالم"  # right-to-left text (Hebrew, Arabic)
COMBINING = "cafe\u0301 and e\u0301te\u0301"  # decomposed accents, not NFC
# ZWJ sequences (family, rainbow flag), a flag pair, a variation selector, a skin tone.
ZWJ = "\u200d"
EMOJI = (
    f"\U0001f469{ZWJ}\U0001f469{ZWJ}\U0001f467{ZWJ}\U0001f466 \U0001f3f3\ufe0f{ZWJ}\U0001f308"
    " \U0001f1fa\U0001f1e6 \u2764\ufe0f \U0001f44d\U0001f3fd"
)


def test_odd_unicode_round_trips_exactly(own: JournalDir) -> None:
    title = f"{RTL_TITLE} {COMBINING} {EMOJI}"
    tags = ["עברית", "cafe\u0301", f"\U0001f469{ZWJ}\U0001f4bb", "\U0001d518\U0001d52b\U0001d526"]
    body = (
        "\ufeffA byte-order mark, then Windows line endings\r\n"
        f"{RTL_TITLE}\r\n"
        f"{COMBINING}\n"
        f"{EMOJI}\n"
        "\u202eright-to-left override\u202c, zero\u200bwidth, no\u00a0break\tand a tab\n"
        "\U0001f600 outside the BMP\n"
    )
    assert unicodedata.normalize("NFC", COMBINING) != COMBINING
    tag_options = [part for tag in tags for part in ("--tag", tag)]
    entry_id = add(own, body, "--title", title, *tag_options)
    shown = read_json(own, "show", entry_id)
    assert (shown["title"], shown["tags"], shown["body"]) == (title, tags, body)
    assert shown["body"].encode() == body.encode()
    listed = {row["id"]: row["title"] for row in read_json(own, "list")}
    assert listed[entry_id] == title
    for word in ("שלום", "مرحبا"):
        assert [hit["id"] for hit in read_json(own, "search", word)] == [entry_id]


def test_whitespace_controls_in_a_title_are_folded(own: JournalDir) -> None:
    title = " one\ttwo\nthree\r\nfour\x0bfive\x0csix\x1cseven\u2028eight   nine \n"
    tag = "\t#a\nb  c "
    entry_id = add(own, "Body.\n", "--title", title, "--tag", tag)
    shown = read_json(own, "show", entry_id)
    assert shown["title"] == "one two three four five six seven eight nine"
    assert shown["tags"] == ["a b c"]


def test_other_control_characters_in_a_title_are_folded(own: JournalDir) -> None:
    title = "red\x1b[31m alarm\x07 rub\x7fout \x9bcsi"
    entry_id = add(own, "Body.\n", "--title", title, "--tag", "x\x1by")
    shown = read_json(own, "show", entry_id)
    stored = shown["title"] + "".join(shown["tags"])
    assert not [char for char in stored if unicodedata.category(char) == "Cc"]
    listing = succeeded(threshold(own, "list"))
    assert "\x1b" not in listing
    assert "\x07" not in listing
