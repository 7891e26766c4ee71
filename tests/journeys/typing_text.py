"""Typing prose the way a person does, and comparing it with what was saved.

Paragraphs are typed key by key and separated by two presses of Return, never
sent as one string with newlines: Qt's editor handles a Return in an empty block
differently from text set at once (see /work/shared/NOTES.md), and only real key
presses show it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tests.journeys.xdo import Xdo

PARAGRAPH_BREAK = ("Return", "Return")


def type_paragraphs(xdo: Xdo, paragraphs: Sequence[str]) -> None:
    """Type each paragraph, with Return Return between them."""
    for index, paragraph in enumerate(paragraphs):
        if index:
            xdo.key(*PARAGRAPH_BREAK)
        xdo.type(paragraph)


def as_saved(paragraphs: Sequence[str]) -> str:
    """The body those key presses must be saved as: paragraphs apart by one empty line."""
    return "\n\n".join(paragraphs)


def words(*texts: str) -> list[str]:
    """The words of ``texts`` in order, without punctuation or case (for PDF text, say)."""
    return [word.lower() for text in texts for word in re.findall(r"[\w']+", text)]
