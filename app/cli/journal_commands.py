"""Commands about the journal as a whole: init, verify and keys."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.context import CommandContext
from app.cli.output import write_json
from app.cli.secrets import (
    can_prompt,
    new_passphrase,
    offered_passphrase,
    offered_recovery_key,
    prompt_passphrase,
)
from app.errors import JournalDamaged, KeyringUnavailable, KnownError, NoSlotAvailable
from app.journal import (
    Journal,
    create_journal,
    has_unconfirmed_recovery_key,
    open_journal,
    slot_kinds,
)
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind

if TYPE_CHECKING:
    from app.storage.maintenance import IntegrityReport

SLOT_NAMES = {
    SlotKind.KEYRING: "the computer login (system keyring)",
    SlotKind.PASSPHRASE: "your passphrase",
    SlotKind.RECOVERY: "your recovery key",
}
TWO_RECOVERY_KEYS = (
    "A new recovery key was being made when Threshold last stopped, so two recovery keys\n"
    "open the journal: the earlier one and that new one. `threshold keys rotate\n"
    "--new-recovery-key` (or Settings) makes one that alone works."
)
NEW_RECOVERY_KEPT = (
    "Your new recovery key, shown above, is in place, and the old one no longer works."
)
RECOVERY_ADVICE = (
    "Keep it somewhere safe and private, away from this computer: on paper, or in a\n"
    "password manager. It opens your journal if the keyring is lost or the passphrase\n"
    "is forgotten. Threshold can't show it again."
)


def init(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Create a journal and show its recovery key once."""
    passphrase = offered_passphrase(args.passphrase_file)
    if args.no_keyring and passphrase is None:
        passphrase = new_passphrase(None)
    try:
        journal, recovery = create_journal(
            ctx.files, keystore=None if passphrase else ctx.keystore, passphrase=passphrase
        )
    except KeyringUnavailable as error:
        raise KeyringUnavailable(
            f"{error.cause}. You can create the journal with a passphrase instead "
            "(THRESHOLD_PASSPHRASE, --passphrase-file, or --no-keyring at a terminal)"
        ) from error
    with journal:
        kinds = journal.vault.kinds()
    if args.json:
        write_json(
            ctx.stdout, {"recovery_key": str(recovery), "opens_with": [str(k) for k in kinds]}
        )
        return 0
    opens_with = SLOT_NAMES[SlotKind.PASSPHRASE if passphrase else SlotKind.KEYRING]
    ctx.print(f"Your journal is ready in {ctx.files.folder}. It opens with {opens_with}.")
    if passphrase:
        ctx.print("It doesn't use the system keyring: the passphrase or the recovery key opens it.")
    _print_recovery_key(ctx, recovery)
    return 0


def verify(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Check every page's HMAC and the structure (``--quick``: the start-up check); 1 if damaged."""
    try:
        with ctx.journal() as journal:
            report = journal.quick_check() if args.quick else journal.verify()
    except JournalDamaged as error:
        ctx.print(error.message)
        return 1
    if report.ok:
        entries = "1 entry" if report.entries == 1 else f"{report.entries or 0} entries"
        if args.quick:
            ctx.print(f"Quick check passed: {entries}.")
        else:
            ctx.print(f"The journal is sound: {entries}, every page checked{_attachments(report)}.")
        for note in report.notes[:20]:
            ctx.print(f"  Note: {note}")
        return 0
    damaged = "looks damaged" if args.quick else "is damaged"
    ctx.print(f"The journal {damaged}. It was left untouched. What the check found:")
    for problem in report.problems[:20]:
        ctx.print(f"  - {problem}")
    return 1


def _attachments(report: IntegrityReport) -> str:
    count = report.attachments
    if not count:
        return ""
    return f", {'1 attachment' if count == 1 else f'{count} attachments'} matching their SHA-256"


def keys_status(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Say which secrets open the journal (no unlocking needed)."""
    kinds = slot_kinds(ctx.files)
    unconfirmed = has_unconfirmed_recovery_key(ctx.files)
    if args.json:
        status = {"opens_with": [str(kind) for kind in kinds], "two_recovery_keys": unconfirmed}
        write_json(ctx.stdout, status)
        return 0
    ctx.print("This journal opens with:")
    for kind in kinds:
        ctx.print(f"  - {SLOT_NAMES[kind]}")
    if unconfirmed:
        ctx.print(TWO_RECOVERY_KEYS)
    if SlotKind.KEYRING in kinds:
        ctx.print("Anyone using this computer's login can open it. A passphrase prevents that.")
    return 0


def set_passphrase(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Add or change the passphrase; the computer login alone no longer opens the journal."""
    with ctx.journal() as journal:
        journal.set_passphrase(new_passphrase(args.new_passphrase_file), ctx.keystore)
    ctx.print("Done. The journal now opens only with your passphrase or your recovery key.")
    return 0


def remove_passphrase(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Open with the computer login again instead of a passphrase."""
    with ctx.journal() as journal:
        if not journal.vault.has(SlotKind.PASSPHRASE):
            ctx.print("This journal has no passphrase; nothing was changed.")
            return 0
        journal.remove_passphrase(ctx.keystore)
    ctx.print("Done. The journal opens with the computer login (or your recovery key) again.")
    return 0


def recover(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Unlock with the recovery key, then set a new passphrase or re-enrol the keyring."""
    recovery = offered_recovery_key(ctx.sources.recovery_key_file) or _prompt_recovery_key()
    with open_journal(ctx.files, SlotSecret.recovery(recovery)) as journal:
        if journal.vault.has(SlotKind.PASSPHRASE):
            journal.set_passphrase(new_passphrase(args.new_passphrase_file), ctx.keystore)
            ctx.print("Done. Your journal now opens with the new passphrase (or the recovery key).")
        else:
            journal.enroll_keyring(ctx.keystore)
            ctx.print("Done. This computer's keyring opens your journal again.")
    return 0


def rotate(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Re-encrypt the journal with a new key and re-wrap every key slot.

    With ``--new-recovery-key`` the new recovery key is made and shown first, before
    the slow re-encryption, and the old one stops working only once it was shown.
    """
    with ctx.journal_and_secret() as (journal, used), journal.exclusively():
        secrets = {used.kind: used}
        _gather_rotation_secrets(ctx, journal, secrets, new_recovery=args.new_recovery_key)
        if args.new_recovery_key:
            recovery = journal.replace_recovery_key(lambda key: _show_new_recovery_key(ctx, key))
            secrets[SlotKind.RECOVERY] = SlotSecret.recovery(recovery)
        try:
            journal.rotate_key(list(secrets.values()))
        except KnownError as error:
            if args.new_recovery_key:
                raise KnownError(f"{NEW_RECOVERY_KEPT} {error.message}") from error
            raise
    ctx.print("Done. The journal is encrypted with a new key; every way to open it still works.")
    return 0


def _show_new_recovery_key(ctx: CommandContext, recovery: RecoveryKey) -> None:
    _print_recovery_key(ctx, recovery)
    ctx.stdout.flush()  # seen before the slow part, whatever happens then


def _gather_rotation_secrets(
    ctx: CommandContext,
    journal: Journal,
    secrets: dict[SlotKind, SlotSecret],
    *,
    new_recovery: bool,
) -> None:
    """Every secret the rotation needs, asked for before anything is changed."""
    kinds = journal.vault.kinds()
    if SlotKind.KEYRING in kinds and SlotKind.KEYRING not in secrets:
        secrets[SlotKind.KEYRING] = journal.vault.keyring_secret(ctx.keystore)
    if SlotKind.PASSPHRASE in kinds and SlotKind.PASSPHRASE not in secrets:
        passphrase = offered_passphrase(ctx.sources.passphrase_file)
        if passphrase is None and can_prompt():
            passphrase = prompt_passphrase()
        if passphrase is None:
            raise NoSlotAvailable("Changing the journal key needs your passphrase as well.")
        secrets[SlotKind.PASSPHRASE] = SlotSecret.passphrase(passphrase)
    if SlotKind.RECOVERY in kinds and SlotKind.RECOVERY not in secrets and not new_recovery:
        recovery = offered_recovery_key(ctx.sources.recovery_key_file)
        if recovery is None and can_prompt():
            recovery = _prompt_recovery_key()
        if recovery is None:
            raise NoSlotAvailable(
                "Changing the journal key needs your recovery key (--recovery-key-file), "
                "or --new-recovery-key to replace it with a new one."
            )
        secrets[SlotKind.RECOVERY] = SlotSecret.recovery(recovery)


def _prompt_recovery_key() -> RecoveryKey:
    if not can_prompt():
        raise NoSlotAvailable("A recovery key is needed: use --recovery-key-file.")
    return RecoveryKey.parse(prompt_passphrase("Recovery key: "))


def _print_recovery_key(ctx: CommandContext, recovery: RecoveryKey) -> None:
    ctx.print()
    ctx.print("Your recovery key (shown only this once):")
    ctx.print()
    ctx.print(f"    {recovery}")
    ctx.print()
    ctx.print(RECOVERY_ADVICE)
