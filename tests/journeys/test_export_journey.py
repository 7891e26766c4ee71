"""Journey: export the open entry to PDF by keyboard; every word reaches the file.

Ctrl+Shift+E opens the export dialog for the entry on screen; a note for the top
is typed into its field; Alt+E ("Export…") asks where, the path is typed over the
suggested name, Return writes it. The PDF is then read back with ``pdftotext``,
outside the app: the note, the title and every word of every paragraph are there,
in order.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.journeys.desktop import Desktop
from tests.journeys.journals import KeyringJournal, add_entry, needs_keyring
from tests.journeys.typing_text import words
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, *needs_keyring]

EXPORT = r"^Export\b"
PREVIEW = "Preview of what will be exported"
TITLE = "For Thursday's session"
BODY = (
    "He called twice on Sunday. I let it ring, and then I sat on the stairs for a while.",
    "What I'd like to talk about: why saying no still feels like breaking something.",
    "Small things that helped: tea, the long way home, writing this down.",
)
NOTE = "What I'd like to talk about: the stairs, and saying no without guilt."


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_the_open_entry_exports_to_a_pdf_with_every_word(
    desktop: Desktop,
    keyring_journal: Callable[..., KeyringJournal],
    tmp_path: Path,
    appearance: str,
) -> None:
    journal = keyring_journal()
    add_entry(journal.folder, TITLE, "\n\n".join(BODY))
    pdf = tmp_path / "for-my-therapist" / "thursday.pdf"
    pdf.parent.mkdir()

    app = desktop.launch(journal.folder, appearance)
    app.screen.wait_for_text("Title", TITLE)
    app.xdo.key("ctrl+shift+e")
    dialog = app.wait_window(EXPORT)
    app.tab_to("A note at the top")
    app.xdo.type(NOTE)
    app.screen.wait_for_text(PREVIEW, NOTE, part=True)  # the preview caught up
    desktop.shoot(app, dialog, "export")
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

    text = pdf_text(pdf)
    assert in_order(words(NOTE, TITLE, *BODY), words(text)), text


def pdf_text(path: Path) -> str:
    """The PDF's text as ``pdftotext`` (poppler-utils) reads it."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return done.stdout


def in_order(wanted: list[str], found: list[str]) -> bool:
    """Whether every word of ``wanted`` appears in ``found``, in the same order."""
    remaining = iter(found)
    return all(word in remaining for word in wanted)
