"""Journey: paragraphs typed key by key are saved exactly as typed.

Return Return between paragraphs is how people write; the saved body (what
``threshold show`` prints, what the preview and the PDF for a therapist are made
from) must keep every empty line (issue 15, finding 1: the first empty line typed
in an entry was dropped, so two paragraphs were saved as one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.journeys.desktop import Desktop
from tests.journeys.journals import entries
from tests.journeys.typing_text import as_saved, type_paragraphs, words
from tests.journeys.waiting import wait_for
from tests.journeys.xdo import Xdo

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

PARAGRAPHS = (
    "The first evening in a while.",
    "I said no, and the world went on.",
    "Tea, then bed.",
)


def test_paragraphs_typed_key_by_key_are_saved_exactly(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal]
) -> None:
    journal = keyring_journal()
    app = desktop.launch(journal.folder, "light")
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    type_paragraphs(app.xdo, PARAGRAPHS)
    saved = wait_for(
        lambda: next(
            (e for e in entries(journal.folder) if words(e["body"]) == words(*PARAGRAPHS)), None
        ),
        "the typed entry to be saved with every word",
    )
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()

    assert saved["body"] == as_saved(PARAGRAPHS)


EVENING = (
    ("## Sunday",),
    ("Mum rang twice. I let it ring, then wrote this instead.",),
    ("- tea on the step", "- the long way home", "- bed before eleven"),
    ("> Acting in my own interest is allowed.",),
    ("I'll read this again next time the guilt comes.",),
)


def type_blocks(xdo: Xdo, blocks: tuple[tuple[str, ...], ...]) -> None:
    """Lines of a block apart by one Return, blocks apart by two, all typed key by key."""
    for index, lines in enumerate(blocks):
        if index:
            xdo.key("Return", "Return")
        for number, line in enumerate(lines):
            if number:
                xdo.key("Return")
            xdo.type(line)


def test_an_evening_entry_with_a_heading_a_list_and_a_quote_is_saved_exactly(
    desktop: Desktop, keyring_journal: Callable[..., KeyringJournal]
) -> None:
    """What `threshold show --json` prints is exactly what the keys typed."""
    journal = keyring_journal()
    app = desktop.launch(journal.folder, "dark")
    app.xdo.key("ctrl+n")
    app.screen.wait_for_focus("Entry text")
    type_blocks(app.xdo, EVENING)
    expected = "\n\n".join("\n".join(lines) for lines in EVENING)
    saved = wait_for(
        lambda: next((e for e in entries(journal.folder) if e["body"] == expected), None),
        "the evening entry to be saved exactly as typed",
    )
    app.xdo.key("ctrl+shift+p")  # the preview shows it as a reader will
    wait_for(
        lambda: any("Acting in my own interest" in node.text for node in app.screen.nodes()),
        "the preview to show the quote",
    )
    desktop.shoot(app, app.main_window(), "writing-preview")
    app.xdo.key("ctrl+q")
    assert app.wait_exit() == 0, app.stderr()
    assert saved["body"] == expected
