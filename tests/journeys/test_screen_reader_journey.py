"""Journeys: what a screen reader hears of the app, over AT-SPI, by keyboard alone.

The walk: the first run's screens on an empty folder (a passphrase typed twice,
the recovery key and its save dialog, the group typed back), then a journal that opens
with the login keyring: the journal page, an entry typed key by key, the evening
check-in's five steps, Remind me why, the Journal menu, Patterns, the contact
log and the incident record with their forms, the keyboard shortcuts and "If you
are in danger now", every tab of Settings, the export dialog, then Lock and the
unlock. At each screen every
showing control a person can operate (a button, a field, a list, a tab…) must
have a name a screen reader can say; the failure names each unnamed one's role,
window and path. The tree is read once per screen, never after every key.

The neutral name: once a window name other than Threshold is chosen (Settings →
On screen), the application's name over AT-SPI (Qt reads it from
``QCoreApplication.applicationName``) and both parts of the X11 window class say
that name, never "Threshold" nor the script's file name; with no name chosen the
application is "Threshold".
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app import APP_NAME
from app.presentation import FILE_NAME, Presentation, WindowIcon, save_presentation
from tests.helpers.keyring import KeyringJournal
from tests.journeys.app_process import RunningApp, start_app
from tests.journeys.checkin_steps import choose_hurt, next_step, open_checkin, tabs_to_next
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry
from tests.journeys.screen_reader import INTERACTIVE_ROLES, Node, unnamed_controls
from tests.journeys.waiting import wait_for

pytestmark = pytest.mark.journey

NEUTRAL = "Notes"
LEAKS = (APP_NAME, "threshold", "__main__", "threshold_main", "python")
LINE = "A quiet evening, and the kettle on."
PASSPHRASE = "river stones at dusk"
CREATING = 30.0  # the passphrase's memory-hard key derivation, on a slow shared core
SETTINGS_TABS = 7  # Opening, Check-in, Remind me why, Pictures, Who opened it, Two computers,
#                    On screen


class Walk:
    """The screens visited and the unnamed controls each showed."""

    def __init__(self, app: RunningApp) -> None:
        self.app = app
        self.screens: list[str] = []
        self.unnamed: list[str] = []

    def look(self, screen: str) -> list[Node]:
        """Read the tree once: keep what is unnamed on ``screen``; the nodes read."""
        # A read can fail while a widget goes away under it (a status line changing):
        # it is read again.
        nodes = wait_for(self.app.screen.nodes, f"{screen}: its tree over AT-SPI")
        self.screens.append(screen)
        named = [n for n in nodes if n.role in INTERACTIVE_ROLES and n.name.strip()]
        assert named, f"{screen}: no control at all over AT-SPI (is the tree read?)"
        self.unnamed += [
            f"{screen}: {node.role} in {node.window!r} at {node.path} ({node.widget})"
            for node in unnamed_controls(nodes)
        ]
        return nodes

    def check(self) -> None:
        """Fail, naming every unnamed control, if there was any."""
        assert not self.unnamed, "unnamed controls:\n" + "\n".join(self.unnamed)


@pytest.mark.keyring_integration
def test_every_control_on_the_main_journeys_has_a_name(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], tmp_path: Path
) -> None:
    first = desktop.launch(tmp_path / "empty")
    walk = Walk(first)
    walk_the_first_run(walk)
    first.xdo.key("ctrl+q")
    assert first.wait_exit() == 0, first.stderr()

    journal = keyring_journal()
    add_entry(journal.folder, "Why I left", "So that evenings are mine again.")
    app = desktop.launch(journal.folder)
    walk.app = app
    app.screen.wait_for_focus("Search", prefix=True)
    walk.look("the journal page")
    write_an_entry(walk)
    walk_the_checkin(walk)
    walk_remind_me_why(walk)
    walk_the_journal_menu_and_patterns(walk)
    walk_the_records(walk)
    walk_help(walk)
    walk_settings(walk)
    walk_the_export_dialog(walk)
    lock_and_unlock(walk)
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
    walk.check()


# ---------------------------------------------------------------------- screens


def walk_the_first_run(walk: Walk) -> None:
    """Every setup step up to the group typed back (a passphrase journal, no keyring).

    Welcome, safety, the window's name, the choice, a passphrase typed twice, the
    recovery key and its "Save as file…" dialog, the group to type back.
    """
    app = walk.app
    for label in (
        "Welcome to Threshold",
        "A word about safety",
        "If someone might see your screen",
    ):
        app.screen.wait_for_label(label)
        walk.look(f"first run: {label}")
        app.xdo.key("Return")
    app.screen.wait_for_focus("With my computer login")
    walk.look("first run: the choice")
    app.xdo.key("alt+p")
    app.screen.wait_for_focus("With a passphrase")
    app.xdo.key("Tab")
    app.screen.wait_for_focus("Passphrase")
    app.xdo.type(PASSPHRASE)
    app.xdo.key("Tab")
    app.xdo.type(PASSPHRASE)
    app.screen.wait_for_label("A strong length")
    walk.look("first run: a passphrase")
    app.xdo.key("Return")
    app.screen.wait_for_label("Your recovery key", timeout=CREATING)
    walk.look("first run: the recovery key")
    main = app.main_window()
    app.xdo.key("alt+s")
    dialog = app.wait_window(r"^Save the recovery key\b", besides=[main])
    walk.look("first run: saving the recovery key")
    app.xdo.key("Escape")
    app.wait_gone(dialog)
    app.xdo.activate(main)
    app.xdo.key("alt+k")
    app.screen.wait_for_label("please type group")
    walk.look("first run: a group of the key typed back")


def write_an_entry(walk: Walk) -> None:
    """Ctrl+N, a line typed key by key."""
    app = walk.app
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type(LINE)
    app.screen.wait_for_text("Entry text", LINE)
    walk.look("a new entry")


def walk_the_checkin(walk: Walk) -> None:
    """Ctrl+E, a feeling and a pull, tonight's prompt, a line, Finish, Done."""
    app = walk.app
    from_guilty, from_first_pull = tabs_to_next()
    open_checkin(app)
    walk.look("check-in step 1")
    choose_hurt(app)
    app.tab_to("Closer word: guilty")
    app.xdo.key("space")
    walk.look("check-in step 1, closer words")
    next_step(app, from_guilty, 2)
    walk.look("check-in step 2")
    next_step(app, from_first_pull, 3)
    walk.look("check-in step 3")
    app.xdo.key("alt+w")
    app.screen.wait_for_label("Step 4 of 5")
    app.screen.wait_for_focus("Entry text")
    app.xdo.type("Soup, and an early night.")
    walk.look("check-in step 4")
    app.xdo.key("alt+f")
    app.screen.wait_for_label("Step 5 of 5")
    walk.look("check-in step 5")
    app.xdo.key("alt+d")
    app.screen.wait_for_focus("Entry text")


def walk_remind_me_why(walk: Walk) -> None:
    """Ctrl+R; Escape back to the journal."""
    app = walk.app
    app.xdo.key("ctrl+r")
    app.screen.wait_for_label("Entries you marked to remember")
    walk.look("Remind me why")
    app.xdo.key("Escape")
    app.screen.wait_for_focus("Entry text")


def walk_the_journal_menu_and_patterns(walk: Walk) -> None:
    """Alt+J opens the Journal menu; Escape; Ctrl+Shift+G opens Patterns; Escape."""
    app = walk.app
    app.xdo.key("alt+j")
    wait_for(lambda: any(n.role == "menu item" for n in app.screen.nodes()), "the Journal menu")
    walk.look("the Journal menu")
    app.xdo.key("Escape", "Escape")
    app.xdo.key("ctrl+shift+g")
    app.screen.wait_for_label("Nothing here is a score")
    walk.look("Patterns")
    app.xdo.key("Escape")
    wait_for(
        lambda: not any("Nothing here is a score" in label for label in app.screen.labels()),
        "Patterns to close",
    )


def walk_the_records(walk: Walk) -> None:
    """The contact log and its form; the incident record and its form.

    Ctrl+Shift+L, then Alt+R (Record a contact…); Ctrl+Shift+I, then Alt+A.
    Escape leaves each.
    """
    app = walk.app
    main = app.main_window()
    app.xdo.key("ctrl+shift+l")
    log = app.wait_window("Contact log")
    walk.look("the contact log")
    app.xdo.key("alt+r")  # Record a contact…
    form = app.wait_window("contact", besides=[main, log])
    walk.look("a new contact")
    app.xdo.key("Escape")
    app.wait_gone(form)
    app.xdo.activate(log)
    app.xdo.key("Escape")
    app.wait_gone(log)
    app.xdo.activate(main)
    app.xdo.key("ctrl+shift+i")
    app.screen.wait_for_label("Nothing recorded yet")
    walk.look("the incident record")
    app.xdo.key("alt+a")
    form = app.wait_window("Add a record", besides=[main])
    walk.look("a new record")
    app.xdo.key("Escape")
    app.wait_gone(form)
    app.xdo.activate(main)
    app.xdo.key("Escape")
    wait_for(
        lambda: not any("Nothing recorded yet" in label for label in app.screen.labels()),
        "the incident record to close",
    )


def walk_help(walk: Walk) -> None:
    """F1, the keyboard shortcuts; Alt+H, D, "If you are in danger now". Escape closes each."""
    app = walk.app
    main = app.main_window()
    for keys, title, screen in (
        (("F1",), "^Keyboard shortcuts", "the keyboard shortcuts"),
        (("alt+h", "d"), "^If you are in danger now", "If you are in danger now"),
    ):
        app.xdo.key(*keys)
        dialog = app.wait_window(title, besides=[main])
        walk.look(screen)
        app.xdo.key("Escape")
        app.wait_gone(dialog)
        app.xdo.activate(main)


def walk_settings(walk: Walk) -> None:
    """Ctrl+, opens Settings; Ctrl+Tab through every tab; Escape."""
    app = walk.app
    main = app.main_window()
    app.xdo.key("ctrl+comma")
    settings = app.wait_window(r"^Settings\b")
    tabs = [n.name for n in walk.look("Settings") if n.role == "page tab"]
    assert len(tabs) == SETTINGS_TABS, tabs
    for tab in tabs[1:]:
        app.xdo.key("ctrl+Tab")
        wait_for(lambda: current_tab(app) == tab, f"Settings to show {tab!r}")  # noqa: B023
        walk.look(f"Settings: {tab}")
    app.xdo.key("Escape")
    app.wait_gone(settings)
    app.xdo.activate(main)


def current_tab(app: RunningApp) -> str:
    """The tab Settings shows (a screen reader says it is selected)."""
    return wait_for(
        lambda: next(
            (n.name for n in app.screen.nodes() if n.role == "page tab" and n.selected), None
        ),
        "a chosen tab",
    )


def walk_the_export_dialog(walk: Walk) -> None:
    """Ctrl+Shift+E; Escape."""
    app = walk.app
    main = app.main_window()
    app.xdo.key("ctrl+shift+e")
    dialog = app.wait_window(r"Export", besides=[main])
    walk.look("the export dialog")
    app.xdo.key("Escape")
    app.wait_gone(dialog)
    app.xdo.activate(main)


def lock_and_unlock(walk: Walk) -> None:
    """Ctrl+L locks; the unlock screen; Tab to "Open with my computer login", Space."""
    app = walk.app
    app.xdo.key("ctrl+l")
    app.screen.wait_for_label("Welcome back")
    walk.look("the unlock screen")
    app.tab_to("Open with my computer login")
    app.xdo.key("space")
    app.screen.wait_for_focus("Search", prefix=True, timeout=30)
    walk.look("the journal, unlocked")


# ---------------------------------------------------------------------- the name


def window_class(app: RunningApp, window: int) -> str:
    """``xprop``'s WM_CLASS line for ``window``: its instance and class names."""
    done = subprocess.run(
        ["xprop", "-id", str(window), "WM_CLASS"],
        env={**os.environ, "DISPLAY": app.xdo.display},
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    return done.stdout.strip()


def launch_named(desktop: Desktop, folder: Path, title: str) -> tuple[RunningApp, int]:
    """Start the app on ``folder``; its window titled ``title``, with the focus."""
    logs = desktop.folder / f"launch-{len(desktop.apps) + 1}"
    app = start_app(folder, server=desktop.server, home=desktop.home, logs=logs)
    desktop.apps.append(app)
    return app, app.wait_window(rf"^{title}$")


def names_said(app: RunningApp, window: int) -> tuple[str, str]:
    """The application's name over AT-SPI, and the window's X11 class."""
    said = wait_for(app.screen.application_name, "the app on the accessibility bus")
    return said, window_class(app, window)


@pytest.mark.keyring_integration
def test_a_neutral_name_is_the_only_name(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal]
) -> None:
    journal = keyring_journal()
    where = desktop.home / ".config" / APP_NAME / FILE_NAME  # beside window.ini
    save_presentation(where, Presentation(title=NEUTRAL, icon=WindowIcon.NOTES))
    app, window = launch_named(desktop, journal.folder, NEUTRAL)
    said, wm_class = names_said(app, window)
    assert said == NEUTRAL, said  # Qt names the application after applicationName()
    assert wm_class == f'WM_CLASS(STRING) = "{NEUTRAL}", "{NEUTRAL}"', wm_class
    app.screen.wait_for_focus("Entry text")  # the journal is open
    app.xdo.key("ctrl+comma")  # a dialog's title carries the application's name too
    settings = app.wait_window(r"^Settings\b")
    assert app.xdo.title(settings) == f"Settings — {NEUTRAL}", app.xdo.title(settings)
    windows = [node.window for node in app.screen.nodes()]
    seen = " ".join([said, wm_class, *windows]).lower()
    assert not [leak for leak in LEAKS if leak.lower() in seen], seen
    app.xdo.key("Escape", "ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    where.unlink()
    app, window = launch_named(desktop, journal.folder, APP_NAME)
    said, wm_class = names_said(app, window)
    assert said == APP_NAME, said
    assert wm_class == f'WM_CLASS(STRING) = "{APP_NAME}", "{APP_NAME}"', wm_class
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
