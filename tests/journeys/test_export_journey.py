"""Journey: share the open entry as a PDF, one paragraph left out and a name replaced.

Ctrl+Shift+E opens the export dialog for the entry on screen. Alt+I goes to the
paragraphs; Down moves to the private one and Space unticks it. Alt+N goes to
"Name", where "Margaret" is typed key by key; Alt+S to "Shown as", "my mother";
Return adds it. A note for the top is typed into its field; Alt+E ("Export…")
asks where, the path is typed over the suggested name, Return writes it. The PDF
is read back with ``pdftotext``, outside the app: the left-out paragraph is not
there, nor is the name; the pseudonym is, with its capital where it starts a
sentence; and every other word is there, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.keyring import KeyringJournal
from tests.helpers.poppler import pdf_text
from tests.journeys.app_process import RunningApp
from tests.journeys.desktop import Desktop
from tests.journeys.journals import add_entry
from tests.journeys.typing_text import words
from tests.journeys.waiting import wait_for

pytestmark = [pytest.mark.journey, pytest.mark.keyring_integration]

EXPORT = r"^Export\b"
PREVIEW = "Preview of what will be exported"
PARAGRAPHS = "Paragraphs to include"
TITLE = "For Thursday's session"
BODY = (
    "Margaret called twice on Sunday. I let it ring, and then I sat on the stairs.",
    "A private thought I keep for myself: part of me still waits for her.",
    "What I'd like to talk about: why telling Margaret no still feels like breaking something.",
    "Small things that helped: tea, the long way home, writing this down.",
)
LEFT_OUT = BODY[1]
NAME, SHOWN_AS = "Margaret", "my mother"
AS_READ = tuple(paragraph.replace(NAME, SHOWN_AS) for paragraph in BODY)
NOTE = "The stairs, and saying no without guilt."


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_an_entry_is_shared_without_a_paragraph_and_with_a_name_replaced(
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
    leave_out(app, LEFT_OUT)
    replace_name(app, NAME, SHOWN_AS)
    app.screen.wait_for_text(PREVIEW, "My mother called twice", part=True)
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
    flat = " ".join(text.split())
    assert "private thought" not in flat and NAME not in flat, text
    assert "My mother called twice on Sunday." in flat, text  # the capital kept
    assert "why telling my mother no" in flat, text  # mid-sentence: as typed
    kept = [paragraph for paragraph in AS_READ if paragraph != LEFT_OUT]
    assert in_order(words(NOTE, TITLE, *kept), words(text)), text


def leave_out(app: RunningApp, paragraph: str, *, most: int = 8) -> None:
    """Alt+I to the paragraphs, Down until ``paragraph`` is the current row, Space."""
    start = paragraph[:30]
    app.xdo.key("alt+i")
    current = wait_for(lambda: focused_row(app), "the focus in the paragraph list")
    for _ in range(most):
        if current.startswith(start):
            app.xdo.key("space")
            wait_for(lambda: start not in preview_text(app), "the preview to leave it out")
            return
        app.xdo.key("Down")
        current = next_row(app, current)
    raise AssertionError(f"{most} Downs never reached {start!r}")


def next_row(app: RunningApp, before: str) -> str:
    """The focused row once it is no longer ``before``."""

    def moved() -> str:
        now = focused_row(app)
        return now if now and now != before else ""

    return wait_for(moved, "the focus to move to the next row")


def focused_row(app: RunningApp) -> str:
    """The name of the focused row of a list ("" when the focus is not on a row)."""
    focused = app.screen.focused()
    return focused.name if focused is not None and focused.role == "list item" else ""


def replace_name(app: RunningApp, name: str, shown_as: str) -> None:
    """Alt+N, the name typed; Alt+S, what it is shown as; Return adds it."""
    app.xdo.key("alt+n")
    app.screen.wait_for_focus("Name")
    app.xdo.type(name)
    app.xdo.key("alt+s")
    app.screen.wait_for_focus("Shown as")
    app.xdo.type(shown_as)
    app.xdo.key("Return")
    app.screen.wait_for_text("Name", "")  # added: the fields are empty again


def preview_text(app: RunningApp) -> str:
    """What the preview shows now, as a screen reader reads it."""
    return next((node.text for node in app.screen.nodes() if node.name == PREVIEW), "")


def in_order(wanted: list[str], found: list[str]) -> bool:
    """Whether every word of ``wanted`` appears in ``found``, in the same order."""
    remaining = iter(found)
    return all(word in remaining for word in wanted)
