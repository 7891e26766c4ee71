"""Journey: an incident written down, amended with a reason, and its receipt, by keyboard alone.

Ctrl+Shift+I opens the incident record (the list has the focus; nothing yet).
Alt+A opens the form: two kinds chosen with Alt+K, Tab and Space; where (Alt+E),
who (Alt+O, a name, Return) and what happened (Alt+H) typed key by key, with an
exact quote as a "> " line; a photo attached (Alt+I, its path typed into the
file dialog); Ctrl+Return saves. Alt+M amends it: a reason typed first (the
focus starts there), then a line added to the account; Ctrl+Return. Alt+O shows
the record with the amendment beneath and the original kept; Escape; Alt+I
prints the receipt; Alt+P shows the report's choices. From outside, with
``threshold incidents``: exactly that record, first written as typed, the photo
kept with its SHA-256, one amendment with that reason, and the chain holds at
the receipt's digest.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import succeeds
from tests.journeys.photos import lake_at_dusk
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

PLACE = "At the school gate"
WHO = "Dad"
ACCOUNT = ("He stood by the gate and would not move.", "> You can't keep them from me.")
REASON = "I remembered what he did next"
ADDED = "Then he followed us to the car."


def wait_for_the_list(app: RunningApp) -> str:
    """The focus back on the list: on it, or on its current row (named by its words)."""

    def found() -> str | None:
        focused = app.screen.focused()
        name = focused.name if focused is not None else ""
        return name if name == "Your records" or ACCOUNT[0] in name else None

    return wait_for(found, "the focus on the list of records")


def write_the_record(app: RunningApp, photo: Path) -> None:
    """Alt+A, the form typed key by key (two kinds, where, who, what happened, a photo)."""
    app.xdo.key("alt+a")
    form = app.wait_window("Add a record")
    app.screen.wait_for_focus("The day it happened")
    app.xdo.key("alt+k")
    app.screen.wait_for_focus("A contact attempt")
    app.xdo.key("Tab", "Tab", "space")  # Verbal
    app.xdo.key("Tab", "space")  # A threat
    app.xdo.key("alt+e")
    app.screen.wait_for_focus("Where")
    app.xdo.type(PLACE)
    app.xdo.key("alt+o")
    app.screen.wait_for_focus("Add a name")
    app.xdo.type(WHO)
    app.xdo.key("Return")  # the name becomes a chosen chip; the form stays open
    app.screen.wait_for_text("Add a name", "")
    app.xdo.key("alt+h")
    app.screen.wait_for_focus("What happened")
    app.xdo.type(ACCOUNT[0])
    app.xdo.key("Return")
    app.xdo.type(ACCOUNT[1])
    app.screen.wait_for_text("What happened", "\n".join(ACCOUNT))
    app.xdo.key("alt+i")  # Attach files…
    chooser = app.wait_window("^Attach evidence files", besides={form})
    app.xdo.type(str(photo))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.wait_window("Add a record")


def amend_the_record(app: RunningApp) -> None:
    """Alt+M: the reason first, then a line added at the end of the account."""
    app.xdo.key("alt+m")
    app.wait_window("Amend a record")
    app.screen.wait_for_focus("Why you are amending it")
    app.xdo.type(REASON)
    app.xdo.key("alt+h")
    app.screen.wait_for_focus("What happened")
    app.xdo.key("ctrl+End", "Return")
    app.xdo.type(ADDED)
    app.screen.wait_for_text("What happened", ADDED, part=True)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_an_incident_recorded_amended_and_its_receipt(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    journal = keyring_journal()
    photo = journal.folder.parent / "gate.jpg"
    photo.write_bytes(lake_at_dusk(640, 400))
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    app.xdo.key("ctrl+shift+i")
    app.screen.wait_for_label("Nothing recorded yet")
    desktop.shoot(app, main, "record-empty")

    write_the_record(app, photo)
    desktop.shoot(app, app.wait_window("Add a record"), "record-form")
    app.xdo.key("ctrl+Return")
    wait_for_the_list(app)

    amend_the_record(app)
    app.xdo.key("ctrl+Return")
    wait_for_the_list(app)
    app.screen.wait_for_label("Each record keeps when it happened")
    desktop.shoot(app, main, "record-list")
    app.xdo.key("alt+o")
    shown = app.wait_window("A record")
    app.screen.wait_for_text("The record", f"Reason: {REASON}", part=True)
    desktop.shoot(app, shown, "record-amended")
    app.xdo.key("Escape")
    app.wait_gone(shown)

    app.xdo.key("alt+i")
    receipt_window = app.wait_window("A receipt for your record")
    app.screen.wait_for_label("What it proves")
    desktop.shoot(app, receipt_window, "record-receipt")
    app.xdo.key("Escape")
    app.wait_gone(receipt_window)
    app.xdo.key("alt+p")  # Report…: what it would hold, then left unsaved
    report_window = app.wait_window("A report of your record")
    app.screen.wait_for_label("not encrypted")
    desktop.shoot(app, report_window, "record-report")
    app.xdo.key("Escape")
    app.wait_gone(report_window)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    (record,) = json.loads(succeeds("incidents", "list", "--json", folder=journal.folder))
    first = record["fields"]
    assert first["account"] == "\n".join(ACCOUNT) and first["place"] == PLACE
    assert first["who"] == [WHO] and first["kinds"] == ["verbal", "threat"]
    (evidence,) = first["evidence"]
    assert evidence["name"] == "gate.jpg"
    assert evidence["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    (amendment,) = record["amendments"]
    assert amendment["reason"] == REASON
    assert amendment["changes"] == {"account": "\n".join((*ACCOUNT, ADDED))}
    receipt = succeeds("incidents", "receipt", folder=journal.folder).splitlines()[1]
    verified = succeeds("incidents", "verify", "--receipt", receipt, folder=journal.folder)
    assert verified.startswith("The record holds: 2 links")
