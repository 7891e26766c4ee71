"""Journey: a moment of doubt, by keyboard alone, from "Remind me why" to an unsent letter.

Ctrl+R opens "Remind me why" (the reasons in the writing serif, issue 15 finding 7);
Tab and Enter open the marked entry, and Alt+Left leads back to where it was.
"I'm tempted to reach out" (Alt+R) walks the five steps: the reasons, the pause
(Alt+O, "Go on"), a letter typed key by key, "I reached out", and the last step's
offer to note the contact (Alt+L): who is typed key by key (Alt+O, a name,
Enter) and saved with Ctrl+Return (finding 13). From outside, with the
``threshold`` command and the core: exactly the letter and one contact naming
that person were saved, linked, and nothing else changed.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from app.files import JournalFiles
from app.journal import open_journal
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries, succeeds
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

REASONS = ("I sleep through the night now.", "Nobody keeps score in my home.")
LETTER = "I miss you. I am not coming back, and that is all right."
WHO = "My sister"


def prepare(journal: KeyringJournal) -> str:
    """A marked entry (with the CLI) and two reasons (with the core); the entry's id."""
    marked = succeeds(
        "add", "--marked", "--title", "Why I left", folder=journal.folder, stdin="I left for me."
    ).strip()
    key = RecoveryKey.parse(journal.recovery_key_file.read_text().strip())
    with open_journal(JournalFiles(journal.folder), SlotSecret.recovery(key)) as opened:
        for reason in REASONS:
            opened.reasons.add(reason)
    return marked


def reasons(journal: KeyringJournal) -> list[str]:
    key = RecoveryKey.parse(journal.recovery_key_file.read_text().strip())
    with open_journal(JournalFiles(journal.folder), SlotSecret.recovery(key)) as opened:
        return [reason.text for reason in opened.reasons.all()]


def wait_for_focus_starting(app: RunningApp, *starts: str) -> str:
    """The focus on a list or on its current row (a row's name starts with its words)."""

    def found() -> str | None:
        focused = app.screen.focused()
        name = focused.name if focused is not None else ""
        return name if name.startswith(starts) else None

    return wait_for(found, f"the focus on one of {starts}")


def read_a_marked_entry_and_come_back(app: RunningApp) -> None:
    """Tab to the marked entries, Enter opens one, Alt+Left (Back) returns to it."""
    for _ in range(16):
        focused = app.screen.focused()
        if focused is not None and focused.name.startswith(("Entries you marked", "Why I left")):
            break
        app.xdo.key("Tab")
    app.xdo.key("Down")  # onto the first row, if the list had none current
    app.xdo.key("Return")
    app.screen.wait_for_focus("Entry text")
    app.xdo.key("alt+Left")
    wait_for_focus_starting(app, "Why I left")


def write_the_letter(app: RunningApp) -> None:
    app.xdo.key("alt+r")  # I'm tempted to reach out
    app.screen.wait_for_label("Step 1 of 5")
    app.xdo.key("Return")  # Next
    app.screen.wait_for_label("Step 2 of 5")
    app.xdo.key("alt+o")  # Go on
    app.screen.wait_for_focus("Your unsent letter")
    app.xdo.type(LETTER)
    app.screen.wait_for_text("Your unsent letter", LETTER)
    app.tab_to("Next")
    app.xdo.key("space")
    app.screen.wait_for_label("Step 4 of 5")


def note_who(app: RunningApp) -> None:
    """The last step's offer: the form, who typed key by key, Ctrl+Return saves."""
    app.xdo.key("alt+l")
    app.screen.wait_for_focus("When they reached out")
    app.xdo.key("alt+o")
    app.screen.wait_for_focus("Add a name")
    app.xdo.type(WHO)
    app.xdo.key("Return")  # the name becomes a chosen chip; the form stays open
    app.screen.wait_for_text("Add a name", "")


ADDED = " Then I blocked the number."
REASON = "I did more than I first wrote"


def change_the_contact(app: RunningApp, desktop: Desktop) -> None:
    """The contact log (Ctrl+Shift+L): Enter opens the contact; a change asks why (Alt+Y)."""
    app.xdo.key("ctrl+shift+l")
    log = app.wait_window("Contact log")
    app.xdo.key("Return")
    form = app.wait_window("Edit a contact")
    app.xdo.key("alt+d")
    app.screen.wait_for_focus("What I did")
    app.xdo.key("ctrl+End")
    app.xdo.type(ADDED)
    app.xdo.key("alt+y")
    app.screen.wait_for_focus("Why the change")
    app.xdo.type(REASON)
    desktop.shoot(app, form, "contact-change")
    app.xdo.key("ctrl+Return")
    app.wait_gone(form)  # saved, as an amendment beneath what was first written

    def said_changed() -> str | None:
        focused = app.screen.focused()  # the list's row, as a screen reader hears it
        name = "" if focused is None else focused.name
        return name if "what was first written is kept" in name else None

    wait_for(said_changed, "the changed contact's row to say so")
    desktop.shoot(app, log, "contact-log-changed")
    app.xdo.key("Escape")
    app.screen.wait_for_focus("Entry text")


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_remind_me_why_to_an_unsent_letter_and_a_noted_contact(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    journal = keyring_journal()
    marked = prepare(journal)
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    app.xdo.key("ctrl+r")
    wait_for_focus_starting(app, "Your reasons", REASONS[0])
    desktop.shoot(app, main, "doubt-1-remind")
    read_a_marked_entry_and_come_back(app)

    write_the_letter(app)
    app.tab_to("I reached out")
    app.xdo.key("space")
    desktop.shoot(app, main, "doubt-2-after")
    app.tab_to("Next")
    app.xdo.key("space")
    app.screen.wait_for_label("Nothing is added unless you save it")
    desktop.shoot(app, main, "doubt-3-done")
    note_who(app)
    form = app.wait_window("Record a contact")
    desktop.shoot(app, form, "doubt-4-who")
    app.xdo.key("ctrl+Return")
    app.screen.wait_for_label("Noted in your contact log.")
    app.xdo.key("alt+d")  # Done
    app.screen.wait_for_focus("Entry text")
    change_the_contact(app, desktop)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    letter, kept = entries(journal.folder)
    assert kept["id"] == marked and kept["body"] == "I left for me."
    assert letter["body"] == LETTER and letter["title"] == "Unsent letter"
    assert letter["tags"] == ["unsent letter", "reached out"]
    (contact,) = json.loads(succeeds("contacts", "--json", folder=journal.folder))
    assert contact["who"] == [WHO] and contact["entry"] == letter["id"]
    assert contact["did"] == "I reached out." + ADDED and contact["said"] == contact["felt"] == ""
    record = json.loads(
        succeeds("incidents", "show", contact["id"], "--json", folder=journal.folder)
    )
    assert record["fields"]["did"] == "I reached out."  # as first written, kept beneath
    assert [a["reason"] for a in record["amendments"]] == [REASON]
    assert [sorted(a["changes"]) for a in record["amendments"]] == [["did"]], record
    assert json.loads(succeeds("contacts", "--trash", "--json", folder=journal.folder)) == []
    assert json.loads(succeeds("trash", "--json", folder=journal.folder)) == []
    assert reasons(journal) == list(REASONS)
