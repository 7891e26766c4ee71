"""The journal's own settings, kept inside the encrypted database.

Where a person is on the way out (their phase) and an evening reminder's time and
wording say something private, so they never go into the plain settings file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from typing import Any

from app.errors import InvalidInput
from app.records.prompts import Phase
from app.records.translatable import QT_TR_NOOP
from app.storage.connection import Connection, transaction
from app.storage.sql_errors import known_errors

_KEY = "preferences"
DEFAULT_REMINDER_TEXT = QT_TR_NOOP("A quiet moment, if you'd like one.")  # shown translated
MAX_REMINDER_CHARS = 120
DEFAULT_REMIND_THEMES = ("control-tactics", "decision", "shield")
DEFAULT_AUTO_LOCK_MINUTES = 5
MAX_AUTO_LOCK_MINUTES = 24 * 60


@dataclass(frozen=True)
class Preferences:
    """Settings that belong to the journal rather than to the window.

    Attributes:
        phase: where the user is, for choosing prompts; None when not set.
        offer_checkin: offer the evening check-in when the journal opens in the evening.
        reminder_on: remind at ``reminder_time`` while the app runs (off by default).
        reminder_time: local time of day.
        reminder_text: the words the reminder shows; neutral by default.
        remind_themes: the themes "remind me why" lists entries from.
        decision_date: the day the user decided, if they want it remembered.
        show_days_since: count the days since then, quietly (off by default).
        auto_lock_minutes: lock after this long without use; 0 never; None means
            the default (5 minutes with a passphrase, never without one).
        backup_folder: where automatic backups go (None: the journal's own folder).
        strip_on_import: keep attached pictures and PDFs without their metadata
            (EXIF, GPS, XMP, comments) rather than as they were; off by default,
            since an untouched original and its hash can be evidence.
    """

    phase: Phase | None = None
    offer_checkin: bool = True
    reminder_on: bool = False
    reminder_time: dt.time = dt.time(21, 0)
    reminder_text: str = DEFAULT_REMINDER_TEXT
    remind_themes: tuple[str, ...] = DEFAULT_REMIND_THEMES
    decision_date: dt.date | None = None
    show_days_since: bool = False
    auto_lock_minutes: int | None = None
    backup_folder: str | None = None
    strip_on_import: bool = False

    def checked(self) -> Preferences:
        """These preferences tidied, or an error naming what is wrong.

        Raises:
            InvalidInput: the reminder text is too long or has several lines.
        """
        text = " ".join(self.reminder_text.split()) or DEFAULT_REMINDER_TEXT
        if len(text) > MAX_REMINDER_CHARS or "\x00" in text:
            raise InvalidInput(
                QT_TR_NOOP("The reminder text can be up to {limit} characters."),
                limit=MAX_REMINDER_CHARS,
            )
        return replace(
            self,
            reminder_text=text,
            reminder_time=self.reminder_time.replace(second=0, microsecond=0),
        )


class PreferenceStore:
    """Reads and writes the journal's preferences (one JSON value in ``meta``)."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def load(self) -> Preferences:
        """The stored preferences, defaults for anything missing or unreadable."""
        with known_errors():
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (_KEY,)).fetchone()
        if row is None:
            return Preferences()
        try:
            return _from_json(json.loads(str(row[0])))
        except (ValueError, TypeError, KeyError, AttributeError, InvalidInput):
            return Preferences()

    def save(self, preferences: Preferences) -> Preferences:
        """Store preferences (checked first); returns what was stored."""
        preferences = preferences.checked()
        raw = asdict(preferences)
        raw["phase"] = preferences.phase.value if preferences.phase else None
        raw["reminder_time"] = preferences.reminder_time.isoformat(timespec="minutes")
        raw["remind_themes"] = list(preferences.remind_themes)
        raw["decision_date"] = (
            preferences.decision_date.isoformat() if preferences.decision_date else None
        )
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_KEY, json.dumps(raw)),
            )
        return preferences


def _from_json(raw: dict[str, Any]) -> Preferences:
    return Preferences(
        phase=Phase(raw["phase"]) if raw.get("phase") else None,
        offer_checkin=bool(raw.get("offer_checkin", True)),
        reminder_on=bool(raw.get("reminder_on", False)),
        reminder_time=dt.time.fromisoformat(raw.get("reminder_time", "21:00")),
        reminder_text=str(raw.get("reminder_text", DEFAULT_REMINDER_TEXT)),
        remind_themes=tuple(map(str, raw.get("remind_themes", DEFAULT_REMIND_THEMES))),
        decision_date=_date(raw.get("decision_date")),
        show_days_since=bool(raw.get("show_days_since", False)),
        auto_lock_minutes=_minutes(raw.get("auto_lock_minutes")),
        backup_folder=str(raw["backup_folder"]) if raw.get("backup_folder") else None,
        strip_on_import=bool(raw.get("strip_on_import", False)),
    ).checked()


def _minutes(value: object) -> int | None:
    return None if value is None else max(0, min(int(str(value)), MAX_AUTO_LOCK_MINUTES))


def auto_lock_minutes(preferences: Preferences, has_passphrase: bool) -> int:
    """The idle time before locking: the user's choice, or the default for their setup."""
    if preferences.auto_lock_minutes is not None:
        return preferences.auto_lock_minutes
    return DEFAULT_AUTO_LOCK_MINUTES if has_passphrase else 0


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def days_since(decision: dt.date, today: dt.date) -> int:
    """Whole days from the decision to today (0 on the day itself, never negative)."""
    return max(0, (today - decision).days)
