"""Screenshots of the contact log, light and dark, and of its form.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/shots_contact_log.py
Writes /tmp/shots/contact-log-{light,dark}.png (a filled log with invented,
gentle records) and /tmp/shots/contact-form-light.png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QWidget

from app.files import JournalFiles
from app.journal import Journal, create_journal
from app.records.entries import EntryFields
from app.storage.contacts import Channel, ContactFields
from app.ui.doubt.contact_log import ContactLogDialog
from app.ui.widgets import colours
from app.ui.widgets.theme import apply_theme
from tests.helpers.journals import FAST_ARGON2
from tests.helpers.keystores import MemoryKeystore

SHOTS = Path(os.environ.get("THRESHOLD_SHOTS", "/tmp/shots"))

RECORDS = [  # (days ago, hour, channel, said, felt, did, linked)
    (2, 19, Channel.MESSAGE, "Asked if I'm coming for the holidays.", "Tight chest.", "", True),
    (9, 11, Channel.THROUGH_OTHERS, "My aunt said they miss me.", "Guilty, then calm.", "", False),
    (30, 20, Channel.CALL, "Missed call, no message.", "Jumpy.", "Let it ring.", False),
    (41, 8, Channel.MESSAGE, "A birthday card photo.", "Soft and sad.", "Didn't reply.", False),
    (75, 17, Channel.VISIT, "Came to the door, I didn't open.", "Shaky.", "Called a friend.", True),
    (
        130,
        21,
        Channel.MESSAGE,
        "Long message about family.",
        "Heavy.",
        "Saved it, no reply.",
        False,
    ),
    (190, 12, Channel.OTHER, "A parcel with old photos.", "Mixed.", "Put it away.", False),
    (250, 18, Channel.CALL, "Two calls in an evening.", "Tired.", "Phone off.", False),
    (256, 9, Channel.MESSAGE, "Asked why I'm being like this.", "Angry.", "No reply.", False),
    (400, 15, Channel.CALL, "", "", "", False),
]

WHO = [("Mum",), ("Aunt Rosa",), ("Dad",), ("Mum", "Dad"), (), ("My brother",)]


def build(journal: Journal, now: dt.datetime) -> str:
    """Invented entries and records; returns the id of the entry "open" in the journal."""
    journal.entries.add(EntryFields(title="A quiet Sunday", body="Tea, a walk, a film."))
    visit = journal.entries.add(
        EntryFields(title="The knock at the door", body="I stayed inside, and that was allowed.")
    )
    message = journal.entries.add(
        EntryFields(title="Holiday plans", body="Deciding for me, not against them.")
    )
    for number, (days, hour, channel, said, felt, did, linked) in enumerate(RECORDS):
        happened = (now - dt.timedelta(days=days)).replace(hour=hour, minute=15)
        link = (message.id if days < 10 else visit.id) if linked else None
        who = WHO[number % len(WHO)]
        journal.contacts.add(ContactFields(happened, channel, said, felt, did, link, who))
    return message.id


def save(widget: QWidget, name: str) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(SHOTS / f"{name}.png"))


def main() -> None:
    SHOTS.mkdir(exist_ok=True)
    app = QApplication(sys.argv)
    now = dt.datetime.now().replace(second=0, microsecond=0)
    with tempfile.TemporaryDirectory() as temp:
        journal, _ = create_journal(
            JournalFiles(Path(temp) / "journal"), keystore=MemoryKeystore(), argon2=FAST_ARGON2
        )
        with journal:
            current = build(journal, now)
            for mode, dark in (("light", False), ("dark", True)):
                colours.force_dark(dark)
                apply_theme(app)
                dialog = ContactLogDialog(journal, current)
                dialog.resize(760, 720)
                save(dialog, f"contact-log-{mode}")
                if not dark:
                    form = dialog.open_form()
                    form.said.setPlainText("Asked if I'm coming for the holidays.")
                    form.felt.setPlainText("Tight chest, then a little steadier.")
                    form.link.setCurrentIndex(1)
                    form.who.choose("Mum")
                    form.who.entry.setText("My cous")
                    save(form, "contact-form-light")
                    form.reject()
                    empty_shot(app, dialog)
                dialog.close()


def empty_shot(app: QApplication, dialog: ContactLogDialog) -> None:
    """The trash view of the filled log, empty (the kind empty state)."""
    dialog.show_trash.setChecked(True)
    save(dialog, "contact-log-trash-light")
    dialog.show_trash.setChecked(False)
    app.processEvents()


if __name__ == "__main__":
    main()
