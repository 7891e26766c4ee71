"""Journey: share the open entry as a PDF with a summary page of the last three months.

A journal with moods, energies, pulls and themes over four weeks, a heavy entry
and a contact (made with the real ``threshold`` command). Ctrl+Shift+E opens the
export dialog for the entry on screen; Alt+U ticks "Add a summary page before the
entries" (the dates stay the last 13 weeks), and the preview shows the summary's
words. Alt+E, the path typed, Return. The PDF is read back with ``pdftotext``:
its first page holds the period and every week's row exactly as ``threshold
patterns --json`` counts it, the heavy entry's words are nowhere, and the shared
entry starts on the next page.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.records.patterns import Period
from app.words import date_words, short_date_words
from tests.helpers.keyring import KeyringJournal
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry, succeeds
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

EXPORT = r"^Export\b"
PREVIEW = "Preview of what will be exported"
TITLE = "Before Thursday"
BODY = "What I'd like to talk about: the weeks after the call."
HEAVY = "HEAVYWORDS the night it all came back"
DAYS = (  # days before today, mood, energy, pull, theme, heavy
    (24, "2", "1", "message", "boundaries", False),
    (23, "3", "2", "guilt", "guilt", False),
    (16, "2", "1", "missing", "boundaries", True),
    (9, "4", "2", "message", "strength", False),
    (2, "5", "3", "nothing", "strength", False),
)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_summary_page_goes_first_and_quotes_nothing(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    today = dt.date.today()
    fill(journal.folder, today)
    add_entry(journal.folder, TITLE, BODY)
    pdf = tmp_path / "for-my-therapist" / "thursday.pdf"
    pdf.parent.mkdir()

    app = desktop.launch(journal.folder, appearance)
    app.screen.wait_for_text("Title", TITLE)
    app.xdo.key("ctrl+shift+e")
    dialog = app.wait_window(EXPORT)
    app.xdo.key("alt+u")  # "Add a summary page before the entries"
    app.screen.wait_for_text(PREVIEW, "A summary of these weeks", part=True)
    desktop.shoot(app, dialog, "export-summary-choice")
    app.xdo.key("alt+e")  # "Export…"
    chooser = app.wait_window(EXPORT, besides={dialog})
    app.xdo.key("ctrl+a")
    app.xdo.type(str(pdf))
    app.xdo.key("Return")
    app.wait_gone(chooser)
    app.wait_gone(dialog)
    wait_for(pdf.exists, f"{pdf.name} to be written")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    period = Period.recent(today)
    first, *rest = pdf_pages(pdf)
    flat = " ".join(first.split())
    assert f"From {date_words(period.since)} to {date_words(period.until)}" in flat, first
    days = ("--since", str(period.since), "--until", str(period.until))
    counted = json.loads(succeeds("patterns", *days, "--json", folder=journal.folder))
    assert f"{counted['entries']} entries written in this period" in flat
    for week in counted["weeks"]:
        assert " ".join(row(week)) in " ".join(first.split()), (week, first)
    everything = " ".join(" ".join(page.split()) for page in (first, *rest))
    assert "HEAVYWORDS" not in everything and "came back" not in everything
    assert BODY in " ".join(rest[0].split())


def fill(folder: Path, today: dt.date) -> None:
    """Entries with moods and words over four weeks, one heavy, and a contact."""
    for before, mood, energy, pull, theme, heavy in DAYS:
        day = today - dt.timedelta(days=before)
        marks = ["--heavy"] if heavy else []
        words = HEAVY if heavy else f"An ordinary day, {before} days ago."
        succeeds("add", "--date", str(day), "--mood", mood, "--energy", energy, "--pull", pull,
                 "--theme", theme, *marks, folder=folder, stdin=words)  # fmt: skip
    called = today - dt.timedelta(days=17)
    succeeds("incidents", "add", "--happened", f"{called} 19:30", "--zone", "Europe/Berlin",
             "--kind", "contact", folder=folder, stdin="They called twice.")  # fmt: skip


def row(week: dict[str, object]) -> list[str]:
    """A week's row as the summary's table prints it, from ``patterns --json``."""
    start = dt.date.fromisoformat(str(week["start"]))

    def average(value: object, answers: object) -> list[str]:
        return ["\u2013"] if value is None else [f"{float(str(value)):.1f}", f"({answers})"]

    return [
        *short_date_words(start).split(), str(week["entries"]),
        *average(week["mood"], week["moods"]), *average(week["energy"], week["energies"]),
        str(week["contacts"]), str(week["incidents"]),
    ]  # fmt: skip


def pdf_pages(path: Path) -> list[str]:
    """Each page's text as ``pdftotext -layout`` (poppler-utils) reads it."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=30,
        check=True,
    )  # fmt: skip
    return done.stdout.split("\f")[:-1]
