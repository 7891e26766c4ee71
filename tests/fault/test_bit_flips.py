"""Flipped bits in the journal and its backups: every one found, said plainly, restorable.

Each flip (seeded positions: page 1 with the salt, interior pages, the last page,
the key file, at fixed places and at random) is made in a fresh copy of a journal
with history, free pages and two backups. For every flip:

- the app's open path (open through the keyring, then the check after opening)
  finds it, and so does ``threshold verify`` (exit 1, "damaged");
- neither writes one byte into the damaged files;
- the newest good backup is found and restored, and opens with its entries, the
  damaged journal kept aside byte for byte.

A smaller set goes through the real window: each ends on the damaged-journal
screen with the journal closed. Flipped backups are passed over by
``newest_good_backup`` and refused by a restore. Reproduce a failure with
``THRESHOLD_FLIP_SEED=<seed>``; the figures are printed at the end of each run.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections import Counter
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.backup import newest_good_backup, restore_backup
from app.errors import JournalDamaged, KnownError
from app.files import JournalFiles
from app.journal import check_backup, keyring_secret, open_journal
from app.records.entries import EntryFields
from app.storage.maintenance import IntegrityReport
from app.ui.controller import JournalController, StartState
from app.ui.main_window import MainWindow
from app.ui.window_state import WindowState
from app.vault.slot_secret import SlotSecret
from app.vault.slots import read_slot_file
from tests.fault.flips import (
    PAGE,
    Flip,
    Template,
    backup_flips,
    build_template,
    copy_template,
    core_layer,
    journal_flips,
    threshold_verify,
    unchanged,
)
from tests.helpers.journals import FAST_ARGON2

FLIPS, SLOW_FLIPS = 100, 4_000
GUI_FLIPS, SLOW_GUI_FLIPS = 30, 600
BACKUP_FLIPS, SLOW_BACKUP_FLIPS = 40, 1_500
DEFAULT_SEED = 20_250_301
SEED = int(os.environ.get("THRESHOLD_FLIP_SEED", DEFAULT_SEED))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("flips") / "journal")


def test_every_flip_in_the_journal_is_found_and_a_backup_restores(
    template: Template, tmp_path: Path
) -> None:
    run_journal_flips(template, tmp_path, FLIPS)


@pytest.mark.slow
def test_every_flip_in_the_journal_is_found_many_times(template: Template, tmp_path: Path) -> None:
    run_journal_flips(template, tmp_path, SLOW_FLIPS)


def test_every_flip_ends_on_the_damaged_screen(
    qtbot: QtBot, template: Template, tmp_path: Path
) -> None:
    run_window_flips(qtbot, template, tmp_path, GUI_FLIPS)


@pytest.mark.slow
def test_every_flip_ends_on_the_damaged_screen_many_times(
    qtbot: QtBot, template: Template, tmp_path: Path
) -> None:
    run_window_flips(qtbot, template, tmp_path, SLOW_GUI_FLIPS)


def test_flipped_backups_are_passed_over_and_refused(template: Template, tmp_path: Path) -> None:
    run_backup_flips(template, tmp_path, BACKUP_FLIPS)


@pytest.mark.slow
def test_flipped_backups_are_passed_over_many_times(template: Template, tmp_path: Path) -> None:
    run_backup_flips(template, tmp_path, SLOW_BACKUP_FLIPS)


# ---------------------------------------------------------------------- campaigns


def run_journal_flips(template: Template, tmp_path: Path, count: int) -> Counter[str]:
    """Flip, find (app path and CLI), restore the newest good backup; count by layer."""
    started = time.monotonic()
    layers: Counter[str] = Counter()
    secret = SlotSecret.recovery(template.recovery)
    for number, flip in enumerate(journal_flips(template, random.Random(SEED), count)):
        where = f"flip {number + 1} of {count} ({flip}), seed {SEED}"
        files = copy_template(template, tmp_path / "copy")
        damaged = flip.apply(files.folder)
        with unchanged(files.database, where), unchanged(files.key_slots, where):
            layer = core_layer(files, template.keystore)
            assert layer != "missed", f"{where}: the flip went unnoticed"
            verified = threshold_verify(files, template.keystore)
        assert verified.status == 1, f"{where}: verify said {verified}"
        assert "damaged" in verified.stdout, f"{where}: verify said {verified}"
        assert "unexpected" not in verified.stderr, f"{where}: verify said {verified}"
        layers[f"{flip.file}: app {layer}"] += 1
        found_by = "check" if "What the check found" in verified.stdout else "open"
        layers[f"{flip.file}: verify {found_by}"] += 1
        restore_newest_good(files, secret, template, flip.file, damaged, where)
    print(summary("journal flips", count, layers, started))
    return layers


def restore_newest_good(
    files: JournalFiles,
    secret: SlotSecret,
    template: Template,
    damaged_name: str,
    damaged: bytes,
    where: str,
) -> None:
    """Restore the newest good backup; it opens with its entries; the damaged file is kept."""
    good = newest_good_backup(files.backups, secret)
    assert good is not None and good.path.name == template.newer_backup.name, where
    kept = restore_backup(files, good.path, secret)
    assert kept is not None and (kept / damaged_name).read_bytes() == damaged, where
    with open_journal(files, keyring_secret(files, template.keystore)) as journal:
        report = journal.live_check().run()
        assert report == IntegrityReport(entries=template.newer_entries), where


def run_window_flips(qtbot: QtBot, template: Template, tmp_path: Path, count: int) -> Counter[str]:
    """Each flip through the real window: it ends on the damaged-journal screen."""
    started = time.monotonic()
    layers: Counter[str] = Counter()
    rng = random.Random(SEED + 1)
    for number, flip in enumerate(journal_flips(template, rng, count)):
        where = f"window flip {number + 1} of {count} ({flip}), seed {SEED}"
        files = copy_template(template, tmp_path / "copy")
        flip.apply(files.folder)
        with unchanged(files.database, where), unchanged(files.key_slots, where):
            layers[f"{flip.file}: {window_layer(qtbot, files, template, tmp_path, where)}"] += 1
    print(summary("window flips", count, layers, started))
    return layers


def window_layer(
    qtbot: QtBot, files: JournalFiles, template: Template, tmp_path: Path, where: str
) -> str:
    """Open the real window on ``files``; returns which layer showed the damaged screen."""
    controller = JournalController(files, template.keystore, FAST_ARGON2)
    window = MainWindow(controller, WindowState(tmp_path / "window.ini"))
    reports: list[IntegrityReport | None] = []
    controller.integrity.finished.connect(reports.append)
    try:
        start = controller.start()
        window.show_start(start)
        layer = "window open" if start.state is StartState.PROBLEM else "window first read"
        opened = window.stack.currentWidget() is window.journal_page
        window.show()
        if opened:  # the check finds it, or a read just after the first paint does
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=10_000)
            layer = "window check" if reports else "window read after paint"
        assert window.stack.currentWidget() is window.problem, f"{where}: no damaged screen"
        assert not controller.is_open(), f"{where}: the damaged journal stayed open"
        assert "damaged" in window.problem.message_text(), where
        return layer
    finally:
        window.close()
        window.deleteLater()
        qtbot.wait(1)


def run_backup_flips(template: Template, tmp_path: Path, count: int) -> Counter[str]:
    """Flip the newer backup: passed over for the older one, refused, the journal untouched."""
    started = time.monotonic()
    layers: Counter[str] = Counter()
    secret = SlotSecret.recovery(template.recovery)
    for number, flip in enumerate(backup_flips(template, random.Random(SEED + 2), count)):
        where = f"backup flip {number + 1} of {count} ({flip}), seed {SEED}"
        files = copy_template(template, tmp_path / "copy")
        flip.apply(files.folder)
        newer = files.folder / "backups" / template.newer_backup.name
        layers[backup_layer(newer, secret)] += 1
        good = newest_good_backup(files.backups, secret)
        assert good is not None and good.path.name == template.older_backup.name, where
        assert good.entries == template.older_entries, where
        with unchanged(files.database, where), pytest.raises(JournalDamaged):
            restore_backup(files, newer, secret)
    print(summary("backup flips", count, layers, started))
    return layers


def backup_layer(backup: Path, secret: SlotSecret) -> str:
    """Which check refuses a damaged backup: its key file, page 1, or the full check."""
    try:
        report = check_backup(backup, Path(f"{backup}.keys"), secret)
    except JournalDamaged as error:
        return "backup key file" if "key file is damaged" in error.message else "backup page 1"
    assert not report.ok, f"{backup.name}: a flipped backup passed its check"
    return "backup full check"


def summary(what: str, count: int, layers: Counter[str], started: float) -> str:
    """One line of figures for the run's output."""
    found = ", ".join(f"{name}: {number}" for name, number in sorted(layers.items()))
    return (
        f"\n{what}: {count} tried, {count} found in {time.monotonic() - started:.1f} s "
        f"(by layer: {found}), seed {SEED}"
    )


# ---------------------------------------------------------------------- the key file, whole


def test_every_bit_of_the_key_file_is_checked(template: Template, tmp_path: Path) -> None:
    """All single-bit flips, not a sample: each one reads as a damaged key file."""
    raw = template.files.key_slots.read_bytes()
    target = tmp_path / "journal.keys"
    for bit in range(len(raw) * 8):
        data = bytearray(raw)
        data[bit // 8] ^= 1 << (bit % 8)
        target.write_bytes(bytes(data))
        with pytest.raises(JournalDamaged, match="key file is damaged"):
            read_slot_file(target)
    print(f"\nkey file: {len(raw) * 8} of {len(raw) * 8} single-bit flips found")


def test_a_key_file_from_before_the_checksum_still_opens(
    template: Template, tmp_path: Path
) -> None:
    data = json.loads(template.files.key_slots.read_text())
    del data["checksum"]
    del data["access"]  # the access history's key came long after the checksum
    target = tmp_path / "journal.keys"
    target.write_text(json.dumps(data))
    assert read_slot_file(target).journal_id == data["journal_id"]
    target.write_text(json.dumps({**data, "extra": 1}))  # a renamed checksum field, say
    with pytest.raises(JournalDamaged):
        read_slot_file(target)


def test_a_sealed_journal_is_closed_as_it_is(template: Template, tmp_path: Path) -> None:
    """After damage is found, nothing more reaches the file: writes refused, no checkpoint."""
    files = copy_template(template, tmp_path / "copy")
    journal = open_journal(files, keyring_secret(files, template.keystore))
    journal.entries.add(EntryFields(body="saved before the damage was known"))
    before = files.database.read_bytes()
    journal.seal()
    with pytest.raises(KnownError):
        journal.entries.add(EntryFields(body="refused"))
    journal.checkpoint()
    journal.close()
    assert files.database.read_bytes() == before
    assert Path(f"{files.database}-wal").stat().st_size > 0  # the log stays beside it


def test_damage_met_by_the_first_read_gets_the_same_screen(
    qtbot: QtBot, template: Template, tmp_path: Path
) -> None:
    """The newest entry's page damaged: the open succeeds, showing the entry fails plainly."""
    page = page_read_only_by_the_newest_entry(template, tmp_path)
    files = copy_template(template, tmp_path / "copy")
    Flip("journal.db", (page - 1) * PAGE + 1000, 3).apply(files.folder)
    assert window_layer(qtbot, files, template, tmp_path, f"page {page}") == "window first read"


def page_read_only_by_the_newest_entry(template: Template, tmp_path: Path) -> int:
    """A page the open and the timeline do not read but the newest entry does.

    Searched from the end of the file, where the newest entry was written.
    """
    with open_journal(template.files, keyring_secret(template.files, template.keystore)) as sound:
        newest = sound.entries.summaries(limit=1)[0].id
    pages = template.files.database.stat().st_size // PAGE
    for page in range(pages, 1, -1):
        files = copy_template(template, tmp_path / "probe")
        Flip("journal.db", (page - 1) * PAGE + 1000, 3).apply(files.folder)
        try:
            journal = open_journal(files, keyring_secret(files, template.keystore))
        except KnownError:
            continue
        with journal:
            try:
                journal.entries.summaries()
            except KnownError:
                continue
            try:
                journal.entries.get(newest)
            except JournalDamaged:
                return page
    pytest.fail("no page holds the newest entry alone")
