"""Choose how to unlock the journal for one command.

Order: a recovery key file, then a passphrase given by file or environment, then
the keyring (when the journal has a keyring slot), then a passphrase prompt at a
terminal. When the keyring fails, the error names why and what else works.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.cli.secrets import (
    PASSPHRASE_VARIABLE,
    can_prompt,
    offered_passphrase,
    offered_recovery_key,
    prompt_passphrase,
)
from app.errors import KeyringUnavailable, NoSlotAvailable
from app.files import JournalFiles
from app.journal import Journal, keyring_secret, open_journal, slot_kinds
from app.vault.keystore import Keystore
from app.vault.slot_secret import SlotSecret
from app.vault.slots import SlotKind

OTHER_WAYS = (
    f"You can unlock with your passphrase ({PASSPHRASE_VARIABLE} or --passphrase-file) "
    "or your recovery key (--recovery-key-file)"
)


@dataclass(frozen=True)
class SecretSources:
    """What the command line offered for unlocking."""

    passphrase_file: str | None = None
    recovery_key_file: str | None = None


def unlock(
    files: JournalFiles, sources: SecretSources, keystore: Keystore
) -> tuple[Journal, SlotSecret]:
    """Open the journal with the first secret that is available.

    Returns the journal and the secret that opened it (key changes reuse it).
    """
    secret = choose_secret(files, sources, keystore)
    return open_journal(files, secret), secret


def choose_secret(files: JournalFiles, sources: SecretSources, keystore: Keystore) -> SlotSecret:
    """The secret to try, without opening the database."""
    recovery = offered_recovery_key(sources.recovery_key_file)
    if recovery is not None:
        return SlotSecret.recovery(recovery)
    passphrase = offered_passphrase(sources.passphrase_file)
    if passphrase is not None:
        return SlotSecret.passphrase(passphrase)
    kinds = slot_kinds(files)
    if SlotKind.KEYRING in kinds:
        try:
            return keyring_secret(files, keystore)
        except KeyringUnavailable as error:
            if SlotKind.PASSPHRASE in kinds and can_prompt():
                return SlotSecret.passphrase(prompt_passphrase())
            raise KeyringUnavailable(f"{error.cause}. {OTHER_WAYS}") from error
    if SlotKind.PASSPHRASE in kinds and can_prompt():
        return SlotSecret.passphrase(prompt_passphrase())
    raise NoSlotAvailable(f"This journal needs its passphrase or recovery key. {OTHER_WAYS}.")
