"""Entry → Link What Happened Next…, as the window wires it: the dialog loads on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.journal.page import JournalPage


def link_what_happened_next(page: JournalPage, say: Callable[[str, int], None]) -> None:
    """Choose the later entry that tells what came of the open one (see ``link_dialog``)."""
    from app.ui.journal.link_dialog import link_what_happened_next as run  # noqa: PLC0415

    run(page, say)
