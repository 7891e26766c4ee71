"""How the app shows itself on screen: its window name and icon, and quick hide.

Someone looking over the user's shoulder may see the taskbar, the window title or a
notification before the journal is even unlocked, so these choices must be readable
before unlocking. That is why they live in a small plain INI file in the config
folder rather than in the encrypted database. Nothing in them is private: a window
name the user picked, an icon name, what quick hide does, a shortcut and a number of
seconds. The name is checked to be one short line; the settings screen says it is
kept unencrypted.
"""

from __future__ import annotations

import contextlib
import enum
import os
from dataclasses import dataclass, replace
from pathlib import Path

from app import APP_NAME
from app.errors import InvalidInput, KnownError
from app.language import LANGUAGES
from app.words import QT_TR_NOOP

MAX_TITLE_CHARS = 40
MAX_SHORTCUT_CHARS = 40
DEFAULT_HIDE_SHORTCUT = "F12"
CLIPBOARD_CHOICES = (0, 30, 60, 120, 300)  # seconds; 0 never clears on a timer
_SECTION = "presentation"
FILE_NAME = "presentation.ini"


class WindowIcon(enum.StrEnum):
    """The icons the window and taskbar can show (files in resources/icons/window)."""

    THRESHOLD = "threshold"
    NOTES = "notes"
    DOCUMENT = "document"
    CIRCLE = "circle"


class HideMode(enum.StrEnum):
    """What quick hide shows once the journal is locked."""

    HIDE = "hide"  # every window out of sight
    COVER = "cover"  # the window stays, showing a plain, empty page


@dataclass(frozen=True)
class Presentation:
    """The on-screen choices; defaults are the app's own name and icon.

    Attributes:
        title: the window's name (also the name dialogs and the tray show).
        icon: the window's icon.
        hide_mode: hide every window, or show a plain cover page.
        hide_shortcut: a key sequence in Qt's portable text form, besides Shift
            pressed three times.
        clear_clipboard_seconds: text copied from the journal is cleared this long
            after copying if it is still on the clipboard (0: only when locking).
        language: the language the window speaks from its next start ("": the
            system's).
        high_contrast: high contrast whatever the system says (else the window
            follows the system's setting).
    """

    title: str = APP_NAME
    icon: WindowIcon = WindowIcon.THRESHOLD
    hide_mode: HideMode = HideMode.HIDE
    hide_shortcut: str = DEFAULT_HIDE_SHORTCUT
    clear_clipboard_seconds: int = 0
    language: str = ""
    high_contrast: bool = False

    def checked(self) -> Presentation:
        """These choices tidied, or an error saying what is wrong.

        Raises:
            InvalidInput: the name is empty, too long or has control characters; the
                shortcut is too long; the clipboard time is not one on offer.
        """
        title = " ".join(self.title.split())
        if not title:
            raise InvalidInput(QT_TR_NOOP("Please give the window a name."))
        if len(title) > MAX_TITLE_CHARS or not title.isprintable():
            raise InvalidInput(
                QT_TR_NOOP("The window's name can be up to {limit} characters on one line."),
                limit=MAX_TITLE_CHARS,
            )
        shortcut = self.hide_shortcut.strip()
        if len(shortcut) > MAX_SHORTCUT_CHARS or not shortcut.isprintable():
            raise InvalidInput(QT_TR_NOOP("That shortcut can't be used."))
        if self.clear_clipboard_seconds not in CLIPBOARD_CHOICES:
            raise InvalidInput(QT_TR_NOOP("Please choose one of the times on offer."))
        if self.language and self.language not in LANGUAGES:
            raise InvalidInput(QT_TR_NOOP("Please choose one of the languages on offer."))
        return replace(self, title=title, hide_shortcut=shortcut)

    @property
    def is_neutral(self) -> bool:
        """Whether the app shows a name or icon other than its own."""
        return self.title != APP_NAME or self.icon is not WindowIcon.THRESHOLD


def load_presentation(path: Path) -> Presentation:
    """The saved choices, or the defaults for a missing or unreadable file."""
    if not path.is_file():
        return Presentation()  # most starts: nothing chosen, nothing to parse
    import configparser  # noqa: PLC0415 - ~2 ms, only when something was chosen

    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8") as stream:
            parser.read_file(stream)
        raw = parser[_SECTION]
        return Presentation(
            title=raw.get("title", APP_NAME),
            icon=WindowIcon(raw.get("icon", WindowIcon.THRESHOLD)),
            hide_mode=HideMode(raw.get("hide_mode", HideMode.HIDE)),
            hide_shortcut=raw.get("hide_shortcut", DEFAULT_HIDE_SHORTCUT),
            clear_clipboard_seconds=int(raw.get("clear_clipboard_seconds", "0")),
            # a language this Threshold doesn't speak (written by a newer one) is the
            # system's, never a reason to drop the neutral name with the rest
            language=language if (language := raw.get("language", "")) in LANGUAGES else "",
            high_contrast=raw.get("high_contrast", "no") == "yes",
        ).checked()
    except (OSError, UnicodeError, configparser.Error, KeyError, ValueError, InvalidInput):
        return Presentation()


def save_presentation(path: Path, presentation: Presentation) -> Presentation:
    """Store the choices (checked first) atomically; returns what was stored.

    Raises:
        InvalidInput: a choice is not acceptable (nothing is written).
        KnownError: the config folder can't be written.
    """
    import configparser  # noqa: PLC0415

    presentation = presentation.checked()
    parser = configparser.ConfigParser(interpolation=None)
    parser[_SECTION] = {
        "title": presentation.title,
        "icon": presentation.icon.value,
        "hide_mode": presentation.hide_mode.value,
        "hide_shortcut": presentation.hide_shortcut,
        "clear_clipboard_seconds": str(presentation.clear_clipboard_seconds),
        "language": presentation.language,
        "high_contrast": "yes" if presentation.high_contrast else "no",
    }
    temporary = path.with_name(path.name + ".new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as stream:
            parser.write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        temporary.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise KnownError(
            QT_TR_NOOP("Threshold couldn't save these settings in its config folder.")
        ) from error
    return presentation
