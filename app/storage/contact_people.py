"""Who reached out: the names on a contact record, and the small list they come from.

Leaving a family often means several people, so a record can name more than one.
The names are the user's own typing (no address book is read); each is kept once,
encrypted with the rest, and offered again next time. A name that no record uses
any more, live or in the trash, is forgotten at once, so a typo or a record deleted
for good leaves nothing behind.
"""

from __future__ import annotations

import re

from app.errors import InvalidInput
from app.storage.connection import Connection
from app.storage.validation import check_text
from app.words import QT_TR_NOOP

MAX_NAME_CHARS = 80
MAX_PEOPLE_PER_CONTACT = 20
_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean_people(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Trim, fold spaces and drop repeats (ignoring case), keeping the order given.

    Raises:
        InvalidInput: a name is too long or holds what can't be stored, or too many.
    """
    cleaned: list[str] = []
    for raw in names:
        check_text(raw, QT_TR_NOOP("name"))
        name = _SPACES.sub(" ", _CONTROLS.sub(" ", raw)).strip()
        if len(name) > MAX_NAME_CHARS:
            raise InvalidInput(
                QT_TR_NOOP("A name can be up to {limit} characters. Nothing was saved."),
                limit=MAX_NAME_CHARS,
            )
        if name and name.casefold() not in {n.casefold() for n in cleaned}:
            cleaned.append(name)
    if len(cleaned) > MAX_PEOPLE_PER_CONTACT:
        raise InvalidInput(
            QT_TR_NOOP("A contact can name up to {limit} people. Nothing was saved."),
            limit=MAX_PEOPLE_PER_CONTACT,
        )
    return tuple(cleaned)


def who_text(names: tuple[str, ...]) -> str:
    """The names as the ``who`` column keeps them: one per line, in order."""
    return "\n".join(names)


def who_names(text: object) -> tuple[str, ...]:
    """The names from a ``who`` column (an old record has none)."""
    return tuple(name for name in str(text or "").split("\n") if name)


def remember_people(db: Connection, names: tuple[str, ...], now: str) -> list[tuple[int, str]]:
    """Each name's person (added when new); inside the caller's transaction.

    A name already known keeps its first spelling ("mum" typed again is "Mum"), so
    one person is one name in the list. Returns (id, name as stored) in order.
    """
    people: list[tuple[int, str]] = []
    for name in names:
        db.execute("INSERT OR IGNORE INTO people (name, created) VALUES (?, ?)", (name, now))
        person, spelled = db.execute(
            "SELECT id, name FROM people WHERE name = ?", (name,)
        ).fetchone()
        people.append((int(person), str(spelled)))
    return people


def first_spellings(db: Connection, names: tuple[str, ...]) -> tuple[str, ...]:
    """Each name as the list first spelled it (any case), or as given when new."""
    spelled = []
    for name in names:
        row = db.execute("SELECT name FROM people WHERE name = ?", (name,)).fetchone()
        spelled.append(name if row is None else str(row[0]))
    return tuple(spelled)


def forget_unused(db: Connection) -> None:
    """Drop names no record (a contact is one) uses any more (in the caller's transaction)."""
    db.execute(
        "DELETE FROM people WHERE NOT EXISTS"
        " (SELECT 1 FROM incident_people WHERE person = people.id)"
    )


def known_people(db: Connection) -> list[str]:
    """Every remembered name, the most used first, then alphabetically."""
    rows = db.execute(
        "SELECT p.name FROM people p ORDER BY"
        " (SELECT count(*) FROM incident_people WHERE person = p.id) DESC,"
        " p.name COLLATE NOCASE"
    ).fetchall()
    return [str(row[0]) for row in rows]
