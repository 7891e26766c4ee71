"""Find fenced code blocks without trying fences that never close.

Python-Markdown finds fenced blocks with one regular expression searched over
the whole text. For every opening fence that has no closing one, the search
reads on to the end of the text before giving up, so 4,000 lines of ``~~~~a``
took two seconds and the 200,000 characters the preview shows would take
minutes (found by issue 14's corpus). This search first looks up, once per
text, where each fence could close, and tries only the fences that can.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

_OPENING = re.compile(r"^(?:~{3,}|`{3,})", re.MULTILINE)
_CLOSING = re.compile(r"^(~{3,}|`{3,})[ ]*$", re.MULTILINE)


class FenceSearch:
    """A stand-in for ``FencedBlockPreprocessor.FENCED_BLOCK_RE`` with the same matches.

    A block's closing fence is the opening fence exactly, alone on a later
    line; an opening fence without one is not a block, and is skipped.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._text: str | None = None
        self._closings: dict[str, list[int]] = {}

    def search(self, text: str, index: int = 0) -> re.Match[str] | None:
        """The first fenced block at or after ``index``, as ``pattern.search`` finds it."""
        if text is not self._text:  # once per text: it is searched once per block found
            self._text = text
            self._closings = {}
            if "~~~" in text or "```" in text:
                for closing in _CLOSING.finditer(text):
                    self._closings.setdefault(closing.group(1), []).append(closing.start())
        if not self._closings:
            return None
        for opening in _OPENING.finditer(text, index):
            closings = self._closings.get(opening.group(), [])
            if bisect_right(closings, opening.start()) < len(closings):
                found = self._pattern.match(text, opening.start())
                if found:
                    return found
        return None

    def __getattr__(self, name: str) -> Any:
        """Anything else a Python-Markdown version asks of the pattern."""
        return getattr(self._pattern, name)
