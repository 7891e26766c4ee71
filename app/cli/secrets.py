"""Where the CLI gets secrets: files, the environment, or a hidden prompt.

Conventions follow restic and borg: ``THRESHOLD_PASSPHRASE`` or
``--passphrase-file`` for scripts, ``--recovery-key-file`` for recovery, and an
interactive prompt (never echoed) only when a terminal is attached. Secrets are
never taken as plain command-line arguments, which other users can read in ``ps``.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

from app.errors import InvalidInput, MalformedRecoveryKey, NoSlotAvailable
from app.vault.recovery_key import RecoveryKey

PASSPHRASE_VARIABLE = "THRESHOLD_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_VARIABLE = "THRESHOLD_NEW_PASSPHRASE"  # noqa: S105
MAX_SECRET_FILE_BYTES = 4096
# A line of key groups (letters and digits in fours and fives, with dashes or spaces):
# the explanation line above a saved key has longer words.
_KEYISH = re.compile(r"[0-9A-Za-z]{4,5}(?:[-\s]+[0-9A-Za-z]{4,5})+")


def read_secret_file(path: str) -> str:
    """The first line of a secret file, without its line ending.

    Raises:
        InvalidInput: the file cannot be read, is too large, or is not UTF-8.
    """
    text = _read_secret_text(path)
    return text.splitlines()[0] if text.strip() else ""


def optional_password(path: str | None, nothing_done: str) -> str | None:
    """The password in the file at ``path`` (None without one).

    Raises:
        InvalidInput: the file is empty (``nothing_done`` says what was not done),
            unreadable, too large, or not UTF-8.
    """
    if not path:
        return None
    password = read_secret_file(path)
    if not password:
        raise InvalidInput(f"The password file is empty, so {nothing_done}.")
    return password


def _read_secret_text(path: str) -> str:
    """The whole of a (small, UTF-8) secret file."""
    try:
        data = Path(path).read_bytes()[: MAX_SECRET_FILE_BYTES + 1]
    except OSError as error:
        raise InvalidInput(f"Couldn't read the secret file {path!r}: {error.strerror}.") from error
    if len(data) > MAX_SECRET_FILE_BYTES:
        raise InvalidInput(f"The secret file {path!r} is too large to be a passphrase or key.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"The secret file {path!r} is not UTF-8 text.") from error
    return text


def offered_passphrase(passphrase_file: str | None) -> str | None:
    """A passphrase given by file or environment, without prompting."""
    if passphrase_file:
        return read_secret_file(passphrase_file)
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def offered_recovery_key(recovery_key_file: str | None) -> RecoveryKey | None:
    """A recovery key given by file, parsed (typos are caught here).

    The file may be the one the app's "Save as file…" writes: a line that says what
    it is, then the key (on one line, or its groups over several).
    """
    if not recovery_key_file:
        return None
    return recovery_key_in(_read_secret_text(recovery_key_file))


def recovery_key_in(text: str) -> RecoveryKey:
    """The recovery key written in ``text``, among any lines of explanation.

    Raises:
        MalformedRecoveryKey: no line holds a whole key; the message names the
            mistyped group of the line that looks most like one.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    keyish = [line for line in lines if _KEYISH.fullmatch(line)]
    candidates = [*keyish, " ".join(keyish)] if len(keyish) > 1 else keyish
    for candidate in candidates:
        with contextlib.suppress(MalformedRecoveryKey):
            return RecoveryKey.parse(candidate)
    return RecoveryKey.parse(candidates[0] if candidates else (lines[0] if lines else ""))


def can_prompt() -> bool:
    """Whether a person is at a terminal to answer a prompt."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def prompt_passphrase(prompt: str = "Passphrase: ") -> str:
    """Ask for a secret without echoing it."""
    import getpass  # noqa: PLC0415 - only when someone is asked: start-up time is a budget

    return getpass.getpass(prompt)


def new_passphrase(passphrase_file: str | None) -> str:
    """A new passphrase: from a file, ``THRESHOLD_NEW_PASSPHRASE``, or asked twice.

    Raises:
        NoSlotAvailable: none was given and no one is at a terminal.
        InvalidInput: it was empty, or typed differently the second time.
    """
    if passphrase_file:
        chosen = read_secret_file(passphrase_file)
    elif os.environ.get(NEW_PASSPHRASE_VARIABLE):
        chosen = os.environ[NEW_PASSPHRASE_VARIABLE]
    elif can_prompt():
        chosen = prompt_passphrase("New passphrase: ")
        if prompt_passphrase("The same passphrase again: ") != chosen:
            raise InvalidInput("The two passphrases were different. Nothing was changed.")
    else:
        raise NoSlotAvailable(
            f"A new passphrase is needed: use --new-passphrase-file or {NEW_PASSPHRASE_VARIABLE}."
        )
    if not chosen:
        raise InvalidInput("An empty passphrase can't protect the journal. Nothing was changed.")
    return chosen
