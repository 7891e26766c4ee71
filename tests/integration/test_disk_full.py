"""A full disk and a read-only disk, on small real filesystems, through the real window.

Each test mounts its own small filesystem under its temp folder: tmpfs (as root,
or inside ``unshare -rm`` without root), or ext4 on a loop device where the kernel
has to force it read-only. A filler file fills the disk; deleting it gives the
space back. Every mount is undone in teardown, also when a test fails.

What is proved: a save that fails leaves the words in the editor and says so
calmly (no dialog), earlier entries stay intact, and writing resumes by itself
when space returns. The CLI on a full disk says so plainly and changes nothing.
A backup to a full or read-only folder (a USB stick) fails cleanly, leaves no
partial file behind and does not touch the journal.

Read-only comes two ways. Linux refuses ``mount -o remount,ro`` while a file is
open for writing (the open journal), so tmpfs is remounted read-only while the
journal is locked, and unlocking meets it. A disk going read-only under an open
journal is what the kernel does to a failing disk (``errors=remount-ro``), which
ext4's ``abort`` mount option does on purpose; such a disk only comes back after
a check, so that test proves the words stay on screen and nothing earlier is hurt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.backup import back_up_now, list_backups
from app.errors import DiskFull, ReadOnly
from app.files import JournalFiles
from app.journal import Journal, create_journal, open_journal
from app.records.entries import EntryFields
from app.storage.preferences import Preferences
from app.ui.main_window import MainWindow
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.helpers.images import jpeg_bytes
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore
from tests.helpers.windows import make_window

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="mounts a small Linux filesystem"
)

EARLIER = ("The first week in the new flat.", "My sister called; I said it out loud.")
TYPED = "Words typed while the disk was full"
PASSPHRASE = "a window left open"
RETRY_MS = 200  # instead of 4 s: how soon autosave tries again after a failure


class SmallDisk:
    """A small filesystem mounted at ``path`` for one test."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.filler = path / "filler"

    def fill(self, leave: int = 0) -> None:
        """Write the filler until the disk is full, then give ``leave`` bytes back."""
        for chunk in (65536, 512):  # big writes, then the last few blocks
            descriptor = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                assert _write_until_refused(descriptor, chunk) == errno.ENOSPC
            finally:
                os.close(descriptor)
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))

    def make_room(self) -> None:
        self.filler.unlink()

    def remount(self, *options: str) -> None:
        _mount("-o", ",".join(("remount", *options)), str(self.path))

    def files(self) -> set[str]:
        """Every file on the disk but the filler (relative paths)."""
        found = {str(p.relative_to(self.path)) for p in self.path.rglob("*") if p.is_file()}
        return found - {self.filler.name}


def _write_until_refused(descriptor: int, chunk: int) -> int | None:
    """Write zeros until the disk refuses; the errno it refused with."""
    try:
        while True:
            os.write(descriptor, b"\0" * chunk)
    except OSError as error:
        return error.errno


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done


@contextlib.contextmanager
def mounted(path: Path, *mount_args: str) -> Iterator[SmallDisk]:
    """Mount for the test; skip where mounting is not allowed; always unmount."""
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", *mount_args, str(path)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no reason given"])[0]
        pytest.skip(
            f"can't mount a small filesystem here ({why}): run as root; tmpfs also works "
            "without root inside `unshare -rm`, a loop device needs real root"
        )
    try:
        yield SmallDisk(path)
    finally:
        gone = subprocess.run(["umount", str(path)], capture_output=True, check=False)
        if gone.returncode != 0:  # still in use after a failure: detach it anyway
            subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """4 MiB of tmpfs: room for a journal, filled by the test."""
    with mounted(tmp_path / "disk", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs") as disk:
        yield disk


@pytest.fixture
def usb_stick(tmp_path: Path) -> Iterator[SmallDisk]:
    """2 MiB of tmpfs standing in for a USB stick chosen as the backup folder."""
    with mounted(tmp_path / "usb", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs") as disk:
        yield disk


@pytest.fixture
def ext4_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """16 MiB of ext4 on a loop device: a real disk the kernel can force read-only."""
    if shutil.which("mkfs.ext4") is None:
        pytest.skip("mkfs.ext4 is not installed")
    image = tmp_path / "disk.img"
    with image.open("wb") as handle:
        handle.truncate(16 * 1024 * 1024)
    subprocess.run(["mkfs.ext4", "-q", "-F", str(image)], check=True, capture_output=True)
    with mounted(tmp_path / "ext4", "-o", "loop", str(image)) as disk:
        yield disk


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box the window tries to show, answered at once (Discard, OK)."""
    said: list[str] = []

    def record(answer: QMessageBox.StandardButton):
        def show(_parent: object, _title: str, text: str, *_args: object) -> object:
            said.append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "information", record(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.Discard))
    return said


@pytest.fixture(autouse=True)
def quick_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.ui.autosave.RETRY_MS", RETRY_MS)


# ---------------------------------------------------------------------- helpers


def keyring_journal(folder: Path) -> tuple[JournalFiles, MemoryKeystore]:
    """A journal opening with the (in-memory) keyring, holding the earlier entries."""
    files, keystore = JournalFiles(folder), MemoryKeystore()
    journal, _ = create_journal(files, keystore=keystore, argon2=FAST_ARGON2)
    with journal:
        for body in EARLIER:
            journal.entries.add(EntryFields(body=body))
    return files, keystore


def reopen(files: JournalFiles, keystore: MemoryKeystore) -> Journal:
    """A second, independent connection: what a fresh start would read."""
    return open_journal(files, SlotSecret.device(next(iter(keystore.secrets.values()))))


def bodies(journal: Journal) -> list[str]:
    return sorted(journal.entries.get(s.id).body for s in journal.entries.summaries())


def save_state(window: MainWindow) -> str:
    return str(window.journal_page.editor._save_state.property("state"))


def save_message(window: MainWindow) -> str:
    return window.journal_page.editor._save_state.text()


def type_new_entry(qtbot: QtBot, window: MainWindow, title: str, body: str) -> None:
    """Ctrl+N, then type into the real title and body fields."""
    window.commands.new_entry.trigger()
    editor = window.journal_page.editor
    qtbot.keyClicks(editor._title, title)
    qtbot.keyClicks(editor._body, body)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------- a full disk, in the window


def test_a_full_disk_keeps_the_words_on_screen_and_saves_them_when_space_returns(
    qtbot: QtBot, small_disk: SmallDisk, tmp_path: Path, dialogs: list[str]
) -> None:
    files, keystore = keyring_journal(small_disk.path / "Threshold")
    window = make_window(qtbot, files, keystore, tmp_path)
    small_disk.fill()

    type_new_entry(qtbot, window, "Full", TYPED)
    qtbot.waitUntil(lambda: save_state(window) == "failed", timeout=5000)

    editor = window.journal_page.editor
    assert editor.body_text() == TYPED and editor.fields().title == "Full"
    message = save_message(window)
    assert "disk is full" in message and "Your words are still here" in message, message
    assert dialogs == []  # said calmly beside the text, not in a box
    assert window.stack.currentWidget() is window.journal_page
    assert bodies(window.controller.journal) == sorted(EARLIER)  # earlier entries intact
    assert window.controller.journal.quick_check().ok
    window.commands.lock.trigger()  # locking would lose the words: it says so and stays open
    assert len(dialogs) == 1 and "couldn't save" in dialogs[0]
    assert window.controller.is_open() and editor.body_text() == TYPED

    small_disk.make_room()
    qtbot.waitUntil(lambda: save_state(window) == "saved", timeout=5000)

    with reopen(files, keystore) as again:
        assert bodies(again) == sorted([*EARLIER, TYPED])
        assert again.quick_check().ok
    window.commands.lock.trigger()
    assert not window.controller.is_open()


def test_the_cli_on_a_full_disk_says_so_and_changes_nothing(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    folder = small_disk.path / "Threshold"
    journal, _ = create_journal(JournalFiles(folder), passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        for body in EARLIER:
            journal.entries.add(EntryFields(body=body))
    env = {"THRESHOLD_PASSPHRASE": PASSPHRASE}
    before = {name: digest(folder / name) for name in ("journal.db", "journal.keys")}
    for leave, body in ((0, TYPED), (96 * 1024, TYPED * 20_000)):  # can't open; can't add
        small_disk.fill(leave)
        added = run_threshold(
            "add", "--title", "Full", data_dir=folder, env=env, stdin=body.encode()
        )
        small_disk.make_room()
        stderr = added.stderr.decode()
        assert added.returncode != 0 and added.stdout == b""
        assert stderr.startswith("threshold: ") and stderr.count("\n") == 1, stderr
        assert "disk is full" in stderr and "Traceback" not in stderr
    listed = run_threshold("list", "--json", data_dir=folder, env=env)
    assert listed.returncode == 0 and b"Full" not in listed.stdout
    with open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE)) as again:
        assert bodies(again) == sorted(EARLIER)
    assert before["journal.keys"] == digest(folder / "journal.keys")


def test_attaching_on_a_full_disk_says_so_and_keeps_the_entry_as_it_was(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    """A picture larger than the space left: refused whole, the entry's words untouched."""
    folder = small_disk.path / "Threshold"
    journal, _ = create_journal(JournalFiles(folder), passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        entry = journal.entries.add(EntryFields(body=EARLIER[0]))
    picture = tmp_path / "photo.jpg"  # outside the small disk
    picture.write_bytes(jpeg_bytes(900, 700, noise=True))
    env = {"THRESHOLD_PASSPHRASE": PASSPHRASE}
    small_disk.fill(leave=256 * 1024)
    attached = run_threshold("attach", entry.id, str(picture), data_dir=folder, env=env)
    small_disk.make_room()
    stderr = attached.stderr.decode()
    assert attached.returncode != 0 and attached.stdout == b""
    assert "disk is full" in stderr and "Traceback" not in stderr, stderr
    with open_journal(JournalFiles(folder), SlotSecret.passphrase(PASSPHRASE)) as again:
        assert bodies(again) == [EARLIER[0]]
        assert again.attachments.count() == 0
        assert again.verify().ok
    retried = run_threshold("attach", entry.id, str(picture), data_dir=folder, env=env)
    assert retried.returncode == 0, retried.stderr


def test_a_key_rotation_on_a_full_disk_says_so_and_every_way_in_still_opens(
    small_disk: SmallDisk, tmp_path: Path
) -> None:
    """It said "Something unexpected went wrong": SQLCipher reports the failed re-key vaguely."""
    folder = small_disk.path / "Threshold"
    journal, recovery = create_journal(
        JournalFiles(folder), passphrase=PASSPHRASE, argon2=FAST_ARGON2
    )
    with journal:
        for number in range(60):  # a journal larger than the room left for the re-key
            journal.entries.add(EntryFields(body=f"{number} " + TYPED * 40))
            if number % 10 == 9:  # the log's pages into the file: 4 MiB holds them then
                journal.checkpoint()
        expected = bodies(journal)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(f"{recovery}\n")
    env = {"THRESHOLD_PASSPHRASE": PASSPHRASE}
    small_disk.fill(leave=96 * 1024)
    rotated = run_threshold(
        "keys", "rotate", "--recovery-key-file", str(key_file), data_dir=folder, env=env
    )
    small_disk.make_room()
    stderr = rotated.stderr.decode()
    assert rotated.returncode == 1 and "disk is full" in stderr and "unexpected" not in stderr
    assert "journal key couldn't be changed" in stderr  # the re-key, not something before it
    assert "Nothing was changed" in stderr
    slots = json.loads((folder / "journal.keys").read_text())["slots"]
    assert all(len(slot["wrapped"]) == 1 for slot in slots)  # settled back, not mid-rotation
    for secret in (SlotSecret.passphrase(PASSPHRASE), SlotSecret.recovery(recovery)):
        with open_journal(JournalFiles(folder), secret, argon2=FAST_ARGON2) as again:
            assert bodies(again) == expected


# ---------------------------------------------------------------------- a read-only disk


def test_a_read_only_disk_at_unlock_says_so_and_opens_once_writable(
    qtbot: QtBot, small_disk: SmallDisk, tmp_path: Path, dialogs: list[str]
) -> None:
    files, keystore = keyring_journal(small_disk.path / "Threshold")
    window = make_window(qtbot, files, keystore, tmp_path)
    window.commands.lock.trigger()  # closed: nothing holds the disk open for writing
    small_disk.remount("ro")

    window.unlock._keyring.click()

    assert window.stack.currentWidget() is window.unlock
    assert not window.controller.is_open()
    error = window.unlock._current().error.text()
    assert "read-only" in error, error
    assert dialogs == []
    small_disk.remount("rw")
    window.unlock._keyring.click()
    assert window.stack.currentWidget() is window.journal_page
    type_new_entry(qtbot, window, "Writable", "Writing again after the disk came back.")
    qtbot.waitUntil(lambda: save_state(window) == "saved", timeout=5000)
    assert bodies(window.controller.journal) == sorted(
        [*EARLIER, "Writing again after the disk came back."]
    )


def test_a_disk_forced_read_only_while_writing_keeps_the_words_and_earlier_entries(
    qtbot: QtBot, ext4_disk: SmallDisk, tmp_path: Path, dialogs: list[str]
) -> None:
    files, keystore = keyring_journal(ext4_disk.path / "Threshold")
    window = make_window(qtbot, files, keystore, tmp_path)
    type_new_entry(qtbot, window, "Before", "Saved before the disk failed.")
    qtbot.waitUntil(lambda: save_state(window) == "saved", timeout=5000)
    ext4_disk.remount("abort")  # what the kernel does to a failing disk (errors=remount-ro)

    type_new_entry(qtbot, window, "After", TYPED)
    qtbot.waitUntil(lambda: save_state(window) == "failed", timeout=5000)

    assert window.journal_page.editor.body_text() == TYPED
    assert dialogs == []
    message = save_message(window)
    assert "disk" in message and "Your words are still here" in message, message
    window.commands.lock.trigger()  # refuses: the words would be lost
    assert window.controller.is_open() and window.journal_page.editor.body_text() == TYPED
    window.close()  # asks first (answered "discard" here); no backup can be written
    assert not window.controller.is_open()
    assert len(dialogs) == 2
    copy = tmp_path / "copy"
    copy.mkdir()
    for part in ("journal.db", "journal.db-wal", "journal.keys"):
        if (files.folder / part).exists():
            shutil.copy2(files.folder / part, copy / part)
    with reopen(JournalFiles(copy), keystore) as again:
        assert bodies(again) == sorted([*EARLIER, "Saved before the disk failed."])
        assert again.quick_check().ok


# ---------------------------------------------------------------------- backups to a full stick


def journal_to_back_up(tmp_path: Path) -> tuple[JournalFiles, MemoryKeystore]:
    """A journal of ~300 KB (random text does not shrink), on the normal disk."""
    files, keystore = keyring_journal(tmp_path / "Threshold")
    with reopen(files, keystore) as journal:
        for _ in range(40):
            journal.entries.add(EntryFields(body=os.urandom(1500).hex()))
    return files, keystore


def test_a_backup_to_a_full_stick_fails_cleanly_at_every_level_of_space(
    usb_stick: SmallDisk, tmp_path: Path
) -> None:
    files, keystore = journal_to_back_up(tmp_path)
    refused: list[str] = []
    with reopen(files, keystore) as journal:
        before = bodies(journal)
        size = files.database.stat().st_size
        for leave in range(0, 2 * size + 256 * 1024, 32 * 1024):  # 32 KB more room each time
            usb_stick.fill(leave)
            error = try_backup(journal, usb_stick.path)
            left = usb_stick.files()
            usb_stick.make_room()
            if error is None:
                break
            refused.append(error.message)
            assert left == set()  # no partial copy, no stray key file
        else:
            pytest.fail("no backup was made even with room for two copies")
        (made,) = list_backups(usb_stick.path, journal)
        assert made.entries == len(before)
        assert bodies(journal) == before and journal.quick_check().ok
    assert len(refused) >= 10
    assert all("enough space in the backup folder" in message for message in refused)


def try_backup(journal: Journal, folder: Path) -> DiskFull | None:
    """Back up now; the plain "full" error when that failed."""
    try:
        back_up_now(journal, folder, dt.datetime.now(dt.UTC))
    except DiskFull as error:
        return error
    return None


def test_a_backup_to_a_read_only_stick_fails_cleanly(usb_stick: SmallDisk, tmp_path: Path) -> None:
    files, keystore = journal_to_back_up(tmp_path)
    usb_stick.remount("ro")
    with reopen(files, keystore) as journal:
        for folder in (usb_stick.path, usb_stick.path / "Threshold backups"):
            with pytest.raises(ReadOnly) as caught:
                back_up_now(journal, folder, dt.datetime.now(dt.UTC))
            assert "backup folder" in caught.value.message
        assert journal.quick_check().ok
    assert usb_stick.files() == set()


def test_the_cli_backup_to_a_full_stick_says_so_and_leaves_nothing(
    usb_stick: SmallDisk, tmp_path: Path
) -> None:
    folder = tmp_path / "Threshold"
    journal, _ = create_journal(JournalFiles(folder), passphrase=PASSPHRASE, argon2=FAST_ARGON2)
    with journal:
        for _ in range(40):
            journal.entries.add(EntryFields(body=os.urandom(1500).hex()))
    env = {"THRESHOLD_PASSPHRASE": PASSPHRASE}
    usb_stick.fill(64 * 1024)

    backed_up = run_threshold("backup", "--to", str(usb_stick.path), data_dir=folder, env=env)

    stderr = backed_up.stderr.decode()
    assert backed_up.returncode != 0 and stderr.count("\n") == 1, stderr
    assert "There isn't enough space in the backup folder" in stderr
    assert usb_stick.files() == set()
    verified = run_threshold("verify", data_dir=folder, env=env)
    assert verified.returncode == 0, verified.stderr


def test_back_up_now_and_quitting_with_a_full_stick_say_so_and_close_calmly(
    qtbot: QtBot, usb_stick: SmallDisk, tmp_path: Path, dialogs: list[str]
) -> None:
    from app.ui.settings.dialog import SettingsDialog

    files, keystore = journal_to_back_up(tmp_path)
    with reopen(files, keystore) as journal:
        journal.preferences.save(Preferences(backup_folder=str(usb_stick.path)))
    window = make_window(qtbot, files, keystore, tmp_path)
    usb_stick.fill(64 * 1024)
    dialog = SettingsDialog(window.controller, window)  # the window's: closing drops it

    dialog.opening.back_up_now.click()

    assert len(dialogs) == 1 and "isn't enough space in the backup folder" in dialogs[0]
    assert usb_stick.files() == set()
    dialog.close()
    window.close()  # the daily backup on quit fails quietly; quitting goes on
    assert not window.controller.is_open()
    assert usb_stick.files() == set()
    with reopen(files, keystore) as again:
        assert again.quick_check().ok and len(bodies(again)) == len(EARLIER) + 40
