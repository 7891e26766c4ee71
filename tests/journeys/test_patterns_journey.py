"""Journey: patterns over time, by keyboard alone, heard as a screen reader hears them.

A journal of fifteen weeks with moods, words and contacts (made with the core,
as the person's own evenings would have made it). Ctrl+Shift+G opens Patterns
with the focus on the period; Tab reaches the weeks chart, and Left walks back a
week, which the screen reader hears as that week's numbers. Alt+P and Up choose
the last month; Alt+O and Down move the last day back by one (the period becomes
"Dates I choose"; Alt+P, Home and Down go back to the last 3 months). Alt+W shows the
words named most; Alt+A after contact, with its counts; Alt+N the entry linked
to what happened next, beside it. Escape leads back to the journal; the heavy
entry's words were never on screen. Ctrl+R and Alt+P lead from remind me why
back to Patterns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from app.files import JournalFiles
from app.journal import open_journal
from app.records.patterns import Period
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.keyring import KeyringJournal
from tests.helpers.pattern_journal import HEAVY_WORDS, fill_with_patterns
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

CHART = "Mood and energy by week"


def prepare(journal: KeyringJournal, today: dt.date) -> None:
    """Fifteen weeks of entries and seven contacts, up to today."""
    key = RecoveryKey.parse(journal.recovery_key_file.read_text().strip())
    with open_journal(JournalFiles(journal.folder), SlotSecret.recovery(key)) as opened:
        fill_with_patterns(opened, today)


def day_words(day: dt.date) -> str:
    """A date as the page writes it in English ("7 December 2026")."""
    return f"{day.day} {day:%B %Y}"


def heard_week(app: RunningApp, week_start: dt.date) -> str:
    """What a screen reader says of the chart once it is on ``week_start``'s week."""
    wanted = f"Week of {day_words(week_start)}:"

    def found() -> str | None:
        focused = app.screen.focused()
        said = focused.description if focused is not None and focused.name == CHART else ""
        return said if said.startswith(wanted) else None

    return wait_for(found, f"the chart saying {wanted!r}")


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_patterns_walked_by_keyboard(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal], appearance: str
) -> None:
    journal = keyring_journal()
    today = dt.date.today()
    prepare(journal, today)
    period = Period.recent(today)
    app = desktop.launch(journal.folder, appearance)
    main = app.main_window()
    app.xdo.key("ctrl+shift+g")
    app.screen.wait_for_label("Nothing here is a score")
    app.screen.wait_for_focus("The last 3 months")  # a screen reader says the choice
    app.screen.wait_for_label(f"between {day_words(period.since)} and {day_words(today)}")

    app.tab_to(CHART)
    this_week = period.until - dt.timedelta(days=period.until.weekday())
    heard_week(app, this_week)  # reaching the chart chooses this week
    app.xdo.key("Left")
    said = heard_week(app, this_week - dt.timedelta(weeks=1))
    assert "entries." in said or "1 entry." in said
    app.screen.wait_for_label(said)  # and in words under the chart
    desktop.shoot(app, main, "patterns-weeks")

    app.xdo.key("alt+p")
    app.screen.wait_for_focus("The last 3 months")
    app.xdo.key("Up")  # the last month
    month = Period.recent(today, 5)
    app.screen.wait_for_label(f"between {day_words(month.since)} and {day_words(today)}")
    app.xdo.key("alt+o")
    app.screen.wait_for_focus("To")
    app.xdo.key("Down")  # the day before
    yesterday = today - dt.timedelta(days=1)
    app.screen.wait_for_label(f"between {day_words(month.since)} and {day_words(yesterday)}")

    app.xdo.key("alt+w")
    app.screen.wait_for_label("Themes written about")
    desktop.shoot(app, main, "patterns-words")
    app.xdo.key("alt+p", "Home", "Down")  # the first span, then the next: the last 3 months
    app.screen.wait_for_label(f"between {day_words(period.since)} and {day_words(today)}")
    app.xdo.key("alt+a")
    app.screen.wait_for_label("the next 3 days averaged a mood of")
    desktop.shoot(app, main, "patterns-after")
    assert not any(HEAVY_WORDS in label for label in app.screen.labels())
    app.xdo.key("alt+n")  # what happened next: the linked pair, side by side
    app.screen.wait_for_label("What you hoped for, or were promised")
    app.screen.wait_for_text("What happened next", "An evening, 45 days ago.", part=True)
    desktop.shoot(app, main, "patterns-next")

    app.xdo.key("Escape")
    wait_for(
        lambda: (
            not any("Nothing here is a score" in label for label in app.screen.labels()) or None
        ),
        "the journal page again",
    )
    app.xdo.key("ctrl+r")  # remind me why leads here too
    app.screen.wait_for_label("Entries you marked to remember")
    app.xdo.key("alt+p")
    app.screen.wait_for_label("Nothing here is a score")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
