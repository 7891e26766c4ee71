"""The errors Threshold knows how to explain.

Every failure a user can cause or meet (a wrong secret, a locked keyring, a full
disk, a busy or damaged journal) is a ``KnownError`` with a plain message that never
contains journal content. Anything else that escapes is a bug: the entry points log
its type without the message (which could quote content) and say so plainly.
"""

from __future__ import annotations

from app.words import QT_TR_NOOP, Said, say


class KnownError(Exception):
    """A failure with a plain explanation for the user.

    The explanation is a template marked for translation (``app.words``) and the
    details that fill it, so the window can say it in the reader's language.

    Attributes:
        template: one or two calm sentences, with ``{name}`` for each detail.
        details: what fills the template (a file's name, a count, a ``Said``).
    """

    def __init__(self, template: str, **details: object) -> None:
        super().__init__(template)
        self.template = template
        self.details = details

    @property
    def message(self) -> str:
        """The explanation in words, safe to show and to log."""
        return say(self.template, self.details)

    def __str__(self) -> str:
        return self.message


class UnlockError(KnownError):
    """The journal could not be unlocked with what was offered."""


class WrongSecret(UnlockError):
    """A passphrase or recovery key did not open the journal."""


class MalformedRecoveryKey(UnlockError):
    """A recovery key was mistyped; the checksum says where."""


class KeyringUnavailable(UnlockError):
    """The operating system's keyring cannot be used right now.

    The cause is a marked template (``app.words``) with its own details, so it is said
    in the reader's language inside the message; ``cause`` keeps it in English, filled,
    for logs and for the command line's own sentences.

    Attributes:
        cause: a short phrase naming why, for example "it is locked".
    """

    def __init__(self, cause: str, **details: object) -> None:
        super().__init__(
            QT_TR_NOOP("The system keyring can't be used: {cause}."), cause=Said(cause, details)
        )
        self.cause = cause.format(**details) if details else cause


class NoSlotAvailable(UnlockError):
    """No secret was offered that this journal has a key slot for."""


class JournalNotFound(KnownError):
    """There is no journal at the expected place."""


class JournalExists(KnownError):
    """A journal is already there; creating another would replace it."""


class JournalDamaged(KnownError):
    """The journal file or its key file is damaged and was left untouched."""


class JournalTooNew(KnownError):
    """The journal (or its key file) was written by a newer Threshold than this one."""


class JournalUnreadable(KnownError):
    """A journal file is there but this user may not read it (left behind by sudo, say)."""


class JournalBusy(KnownError):
    """Another program is writing to the journal or holds it open exclusively."""


class DiskFull(KnownError):
    """The disk is full; nothing was changed."""


class DiskError(KnownError):
    """The disk reported a read or write error."""


class ReadOnly(KnownError):
    """The journal's folder cannot be written to; nothing was changed."""


class EntryNotFound(KnownError):
    """No entry has the given id (or the prefix matches several)."""


class InvalidInput(KnownError):
    """Input was rejected before anything was changed."""


class AttachmentNotFound(KnownError):
    """No attachment has the id that was given."""


class BadAttachment(InvalidInput):
    """A file offered as an attachment was refused: not a kind we keep, damaged, too large."""
