"""Journey: the window's keys work where the focus is, and Help is one key away.

The window opens with the focus in the search field. There, Qt's Linux key
bindings read Ctrl+E as "end of line", so the check-in never opened (issue 15,
finding 3). Real key presses on a real X server show what a person gets: Ctrl+E
opens the check-in from the search field, Escape leaves it, F1 opens the
shortcuts sheet, and Help's "If you are in danger now" opens by mnemonics.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_ctrl_e_from_the_search_field_and_help_by_keyboard(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    journal = keyring_journal()
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    app.xdo.key("ctrl+f")
    app.screen.wait_for_focus("Search your journal")
    app.xdo.type("tea")
    app.xdo.key("ctrl+e")
    app.screen.wait_for_label("Step 1 of")
    desktop.shoot(app, main, "checkin-from-search")
    app.xdo.key("Escape")  # not now: nothing is kept

    app.xdo.key("F1")
    sheet = app.wait_window("^Keyboard shortcuts")
    app.screen.wait_for_label("Keyboard shortcuts")
    desktop.shoot(app, sheet, "help-shortcuts")
    app.xdo.key("Escape")
    app.wait_gone(sheet)

    app.xdo.key("alt+h")
    app.xdo.key("d")  # If You Are in &Danger Now…
    danger = app.wait_window("^If you are in danger now")
    desktop.shoot(app, danger, "help-danger")
    app.xdo.key("Escape")
    app.wait_gone(danger)

    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
    assert entries(journal.folder) == []
