"""Backups from the command line: backup, backups, restore BACKUP, verify --quick.

``threshold restore`` is shared with restoring an entry from the trash: an
argument that names a backup file (ends in ``.db`` or holds a path separator)
restores a backup; an entry id (hex and dashes) never looks like that.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from app.backup import BackupInfo, back_up_now, keys_beside, list_backups, restore_backup
from app.cli import entry_commands
from app.cli.context import CommandContext
from app.cli.output import write_json
from app.cli.secrets import can_prompt, offered_passphrase, offered_recovery_key, prompt_passphrase
from app.errors import (
    InvalidInput,
    JournalDamaged,
    JournalNotFound,
    KeyringUnavailable,
    NoSlotAvailable,
)
from app.journal import check_backup
from app.vault.slot_secret import SlotSecret
from app.vault.vault import Vault

HOW_TO_OPEN_A_BACKUP = (
    "Restoring needs a secret that opens the backup: its recovery key "
    "(--recovery-key-file) or its passphrase (--passphrase-file or THRESHOLD_PASSPHRASE)."
)
NEEDS_YES = (
    "Restoring puts the backup in place of the journal (the current one is kept aside, "
    "never deleted). Add --yes to confirm. Nothing was changed."
)


def backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Make a verified encrypted backup now, then apply the rotation in that folder."""
    folder = Path(args.to) if args.to else ctx.files.backups
    with ctx.journal() as journal:
        info = back_up_now(journal, folder, dt.datetime.now(dt.UTC))
    ctx.print(f"Backed up {_entries(info.entries)} to {info.path}")
    ctx.print(f"Taken {_local(info.when)}, {_size(info.size)}, checked after writing.")
    ctx.print(
        f"Its key file ({keys_beside(info.path).name}) sits beside it: keep the two together. "
        "Together they open with your recovery key or passphrase on any computer."
    )
    return 0


def backups(ctx: CommandContext, args: argparse.Namespace) -> int:
    """List backups, newest first, with date, entries and size (``--check``: fully checked)."""
    folder = Path(args.in_dir) if args.in_dir else ctx.files.backups
    found, counted = _listing(ctx, folder, full=args.check)
    if args.json:
        write_json(ctx.stdout, [_backup_json(info) for info in found])
        return 0
    if not found:
        ctx.print(f"There are no backups in {folder} yet.")
        return 0
    if not counted:
        ctx.print("The journal couldn't be opened, so entry counts are not shown.")
    for info in found:
        ctx.print(_backup_line(info))
    return 0


def restore(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Restore a backup file, or (for an entry id) an entry from the trash."""
    if not _names_a_backup(args.id):
        return entry_commands.restore(ctx, args)
    return restore_from_backup(ctx, args)


def restore_from_backup(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Check the backup, confirm, put it in place, and say where the old journal went."""
    path = Path(args.id)
    if not path.is_file():
        raise JournalNotFound(f"There is no backup file at {path}. Nothing was changed.")
    secret = _backup_secret(ctx, path)
    report = check_backup(path, keys_beside(path), secret)
    if not report.ok:
        raise JournalDamaged("This backup didn't pass its check. Nothing was changed.")
    _confirm(args.yes, path, report.entries)
    aside = restore_backup(ctx.files, path, secret)
    ctx.print(f"Restored {_entries(report.entries)} from {path.name}.")
    if aside is None:
        ctx.print("There was no journal here before, so nothing needed to be kept aside.")
    else:
        ctx.print(f"The journal that was here is kept, untouched, in {aside}")
    ctx.print("The journal now opens with the same secrets as the backup did.")
    return 0


def _listing(
    ctx: CommandContext, folder: Path, *, full: bool = False
) -> tuple[list[BackupInfo], bool]:
    """Backups with counts when the journal opens; without them when it is damaged or gone."""
    try:
        with ctx.journal() as journal:
            return list_backups(folder, journal, full=full), True
    except (JournalDamaged, JournalNotFound):
        return list_backups(folder), False


def _backup_secret(ctx: CommandContext, path: Path) -> SlotSecret:
    """A recovery key or passphrase offered, the keyring, or a prompt at a terminal."""
    recovery = offered_recovery_key(ctx.sources.recovery_key_file)
    if recovery is not None:
        return SlotSecret.recovery(recovery)
    passphrase = offered_passphrase(ctx.sources.passphrase_file)
    if passphrase is not None:
        return SlotSecret.passphrase(passphrase)
    try:
        return Vault.load(keys_beside(path)).keyring_secret(ctx.keystore)
    except (KeyringUnavailable, NoSlotAvailable, JournalNotFound, JournalDamaged):
        pass  # check_backup below names a missing or damaged key file plainly
    if can_prompt():
        return SlotSecret.passphrase(prompt_passphrase("The backup's passphrase: "))
    raise NoSlotAvailable(HOW_TO_OPEN_A_BACKUP)


def _confirm(yes: bool, path: Path, entries: int) -> None:
    if yes:
        return
    if not can_prompt():
        raise InvalidInput(NEEDS_YES)
    answer = input(
        f"Restore {path.name} ({_entries(entries)})? The current journal will be kept aside, "
        "not deleted. Type 'restore' to go ahead: "
    )
    if answer.strip().lower() != "restore":
        raise InvalidInput("Not restored. Nothing was changed.")


def _names_a_backup(argument: str) -> bool:
    return argument.endswith(".db") or os.sep in argument or "/" in argument


def _backup_json(info: BackupInfo) -> dict[str, object]:
    return {
        "path": str(info.path),
        "date": info.when.isoformat(),
        "entries": info.entries,
        "size": info.size,
        "kind": info.kind,
        "note": info.note,
    }


def _backup_line(info: BackupInfo) -> str:
    count = _entries(info.entries) if info.entries is not None else (info.note or "not opened")
    kind = "  (before an upgrade)" if info.kind != "automatic" else ""
    return f"{_local(info.when)}  {_size(info.size):>8}  {count}  {info.path.name}{kind}"


def _entries(count: int | None) -> str:
    return "1 entry" if count == 1 else f"{count or 0} entries"


def _local(when: dt.datetime) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"
