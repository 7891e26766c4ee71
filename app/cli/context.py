"""What every command receives: the journal folder, streams, keystore and secrets.

Commands never reach for globals; ``main`` builds one ``CommandContext`` and
tests build their own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from app.cli.unlocking import SecretSources, unlock
from app.errors import InvalidInput, KnownError
from app.files import JournalFiles
from app.journal import Journal
from app.storage.validation import MAX_BODY_BYTES
from app.vault.keystore import Keystore
from app.vault.slot_secret import SlotSecret


@dataclass
class CommandContext:
    """The environment one command runs in."""

    files: JournalFiles
    keystore: Keystore
    sources: SecretSources
    stdin: BinaryIO
    stdout: TextIO
    color: bool = False

    @contextlib.contextmanager
    def journal(self) -> Iterator[Journal]:
        """The unlocked journal, closed when the command ends."""
        journal, _ = unlock(self.files, self.sources, self.keystore)
        with journal:
            _sweep_interrupted_exports(journal)
            yield journal

    @contextlib.contextmanager
    def journal_and_secret(self) -> Iterator[tuple[Journal, SlotSecret]]:
        """The unlocked journal and the secret that opened it."""
        journal, secret = unlock(self.files, self.sources, self.keystore)
        with journal:
            _sweep_interrupted_exports(journal)
            yield journal, secret

    def read_body(self, *, may_be_empty: bool = False) -> str:
        """Entry text from standard input (``may_be_empty``: an entry of attachments alone).

        Raises:
            InvalidInput: nothing was given, it is not UTF-8, or it is too large.
        """
        data = self.stdin.read(MAX_BODY_BYTES + 1)
        if len(data) > MAX_BODY_BYTES:
            raise InvalidInput(
                f"The text is larger than {MAX_BODY_BYTES // 1_048_576} MB, more than one entry "
                "can hold. Nothing was saved; you could split it into several entries."
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InvalidInput(
                "The text on standard input isn't valid UTF-8, so it wasn't saved. "
                "Please convert it to UTF-8 and try again."
            ) from error
        if not text.strip() and not may_be_empty:
            raise InvalidInput("There was no text on standard input, so nothing was saved.")
        return text

    def print(self, text: str = "") -> None:
        """Write a line to standard output."""
        self.stdout.write(text + "\n")


def _sweep_interrupted_exports(journal: Journal) -> None:
    """What a killed export left in its folder goes before anything else.

    One query when no export was cut short (nearly always); only then does the
    export package load, so other commands never import it.
    """
    with contextlib.suppress(KnownError):
        if not journal.exports.writing():
            return
    from app.export.interrupted import sweep_interrupted_exports  # noqa: PLC0415 - rarely acts

    sweep_interrupted_exports(journal)
