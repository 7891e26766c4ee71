"""Journeys: the evening check-in, declined and completed, by keyboard alone.

Declined (issue 15, finding 2): Ctrl+E opens the check-in, a feeling is chosen
with Tab, an arrow key and Space, then Escape (light) or "Not now" by its
mnemonic, Alt+O (dark). Nothing may be left behind: ``threshold list`` and ``threshold trash``
show no entry.

Completed: a mood (arrow keys), a feeling and a closer word ("guilty", which
once set the mood to 1 by itself, finding 8), a pull, tonight's prompt, words
typed key by key under "Step 4 of 5", Finish, Done. The one saved entry holds
exactly the words typed, the mood chosen, the feeling word and the prompt shown.

"Next" is reached with Tab (``checkin_steps.py`` says why and how).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from app.prompts.library import shipped_library
from tests.helpers.keyring import KeyringJournal
from tests.journeys.checkin_steps import (
    GUILTY,
    STEADY,
    WORDS,
    choose_hurt,
    next_step,
    open_checkin,
    tabs_to_next,
)
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries, succeeds

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]


@pytest.mark.parametrize(("appearance", "decline"), [("light", "Escape"), ("dark", "alt+o")])
def test_declining_the_checkin_leaves_nothing(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    appearance: str,
    decline: str,
) -> None:
    journal = keyring_journal()
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    open_checkin(app)
    choose_hurt(app)
    desktop.shoot(app, main, "checkin-declined-1-feeling")
    app.xdo.key(decline)
    app.screen.wait_for_focus("Entry text")  # back in the journal
    desktop.shoot(app, main, "checkin-declined-2-journal")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    assert entries(journal.folder) == []
    assert json.loads(succeeds("trash", "--json", folder=journal.folder)) == []


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_completed_checkin_saves_exactly_what_was_chosen_and_typed(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    from_guilty, from_first_pull = tabs_to_next()
    journal = keyring_journal()
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    open_checkin(app)
    app.xdo.key("Right", "Right", "Right")  # along the mood scale to 4
    app.screen.wait_for_focus(STEADY)
    app.xdo.key("space")
    choose_hurt(app)
    app.tab_to(GUILTY)  # the closer words come next
    app.xdo.key("space")
    desktop.shoot(app, main, "checkin-1-mood")

    next_step(app, from_guilty, 2)
    app.screen.wait_for_focus("A message from them")
    app.xdo.key("space")
    desktop.shoot(app, main, "checkin-2-pulls")

    next_step(app, from_first_pull, 3)
    prompts = {p.text: p for p in shipped_library().prompts}
    shown = next(label for label in app.screen.labels() if label in prompts)
    desktop.shoot(app, main, "checkin-3-prompt")
    app.xdo.key("alt+w")  # Write about this

    app.screen.wait_for_label("Step 4 of 5")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type(WORDS)
    app.screen.wait_for_text("Entry text", WORDS)
    desktop.shoot(app, main, "checkin-4-writing")
    app.xdo.key("alt+f")  # Finish check-in
    app.screen.wait_for_label("Step 5 of 5")
    desktop.shoot(app, main, "checkin-5-closing")
    app.xdo.key("alt+d")  # Done
    app.screen.wait_for_focus("Entry text")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    (entry,) = entries(journal.folder)
    assert entry["body"] == WORDS
    assert (entry["mood"], entry["feeling"]) == (4, "guilty")
    assert [pull["id"] for pull in entry["pulls"]] == ["message"]
    assert entry["prompt"] == prompts[shown].id
