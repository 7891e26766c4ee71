"""Journey: what was promised, linked to what happened next, by keyboard alone.

Two entries typed key by key (Ctrl+N each): a promise, then what came of it.
Alt+Down goes back to the first; the Entry menu (Alt+T) and its mnemonic (H)
open "Link What Happened Next…" with the focus in its filter; the second entry
is the only later one, and Return links it: the status line says "Linked to …".
Ctrl+R opens Remind me why, where "What happened next" lists the pair; Tab and
Return open the two side by side. From outside, with the core: exactly that
link. An older pair made with the core (its later entry marked heavy) shows
there too, its words never on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from app.files import JournalFiles
from app.journal import Journal, open_journal
from app.records.entries import EntryFields
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

PROMISE = "He said he would pay the rent back by Friday."
WHAT_HAPPENED = "Friday came and went. No rent, no word."
OLDER_PROMISE = "Mum says this Christmas will be calm, just the family."
OLDER_HEAVY = "Christmas. The shouting started before the pudding."


def _opened(journal: KeyringJournal) -> Journal:
    key = RecoveryKey.parse(journal.recovery_key_file.read_text().strip())
    return open_journal(JournalFiles(journal.folder), SlotSecret.recovery(key))


def prepare(journal: KeyringJournal, today: dt.date) -> None:
    """An older pair, linked with the core: a promise, and a heavy entry of what happened."""
    with _opened(journal) as opened:
        first = opened.entries.add(
            EntryFields(body=OLDER_PROMISE, title="Christmas plans", date=today - dt.timedelta(60))
        )
        later = opened.entries.add(
            EntryFields(
                body=OLDER_HEAVY, title="Christmas Day", date=today - dt.timedelta(45), heavy=True
            )
        )
        opened.links.link(first.id, later.id)


def links(journal: KeyringJournal) -> list[tuple[str, str]]:
    with _opened(journal) as opened:
        return [(pair.earlier, pair.later) for pair in opened.links.pairs()]


def tab_to_the_pairs(app: RunningApp) -> None:
    """Tab until the list of pairs has the focus (or its current row: "…; then …")."""
    for _ in range(20):
        focused = app.screen.focused()
        name = focused.name if focused is not None else ""
        if name == "What happened next" or "; then " in name:
            return
        app.xdo.key("Tab")
    raise AssertionError("Tab never reached the pairs in Remind me why")


def write(app: RunningApp, words: str) -> None:
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type(words)
    app.screen.wait_for_text("Entry text", words)


def saved(journal: KeyringJournal, words: str) -> str:
    found = wait_for(
        lambda: next((e["id"] for e in entries(journal.folder) if e["body"] == words), None),
        f"{words!r} to be saved",
    )
    return str(found)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_promise_linked_to_what_happened_next(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    journal = keyring_journal()
    today = dt.date.today()
    prepare(journal, today)
    app = desktop.launch(journal.folder, appearance)
    app.main_window()
    write(app, PROMISE)
    write(app, WHAT_HAPPENED)
    promise, happened = saved(journal, PROMISE), saved(journal, WHAT_HAPPENED)

    wait_for(  # the timeline lists it: the next entry down from it is the promise
        lambda: any("Friday came" in node.name for node in app.screen.nodes()),
        "the timeline to list what happened",
    )
    app.xdo.key("alt+Down")
    app.screen.wait_for_text("Entry text", PROMISE)
    app.xdo.key("alt+t")  # Entry
    app.xdo.key("h")  # Link What Happened Next…
    chooser = app.wait_window("Link What Happened Next")
    app.screen.wait_for_focus("Filter the later entries")
    app.xdo.type("friday")
    desktop.shoot(app, chooser, "links-chooser")
    app.xdo.key("Return")
    app.wait_gone(chooser)
    wait_for(
        lambda: any(node.name.startswith("Linked to") for node in app.screen.nodes()),
        "the status line to say the entry was linked",
    )

    app.xdo.key("ctrl+r")
    app.screen.wait_for_label("What happened next")
    tab_to_the_pairs(app)
    app.xdo.key("End")  # the newest pair: today's
    app.xdo.key("Return")
    pairs = app.wait_window("What happened next")
    app.screen.wait_for_text("What happened next", WHAT_HAPPENED, part=True)
    desktop.shoot(app, pairs, "links-pairs")
    app.xdo.key("Up")  # the older pair: its later entry is heavy
    app.screen.wait_for_label("You marked this entry as heavy.")
    assert not any(OLDER_HEAVY in node.text for node in app.screen.nodes())
    app.xdo.key("Escape")
    app.wait_gone(pairs)
    app.xdo.key("Escape")  # back to the journal
    app.screen.wait_for_focus("Entry text")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    assert (promise, happened) in links(journal)
    assert len(links(journal)) == 2
