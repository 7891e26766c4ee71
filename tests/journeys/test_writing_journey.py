"""Journey: paragraphs typed key by key are saved exactly as typed.

Return Return between paragraphs is how people write; the saved body (what
``threshold show`` prints, what the preview and the PDF for a therapist are made
from) must keep every empty line (issue 15, finding 1: the first empty line typed
in an entry was dropped, so two paragraphs were saved as one).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.journeys.desktop import Desktop
from tests.journeys.journals import KeyringJournal, entries, needs_keyring
from tests.journeys.typing_text import as_saved, type_paragraphs, words
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, *needs_keyring]

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
