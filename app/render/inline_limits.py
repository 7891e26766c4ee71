"""Keep Python-Markdown's inline pass near-linear on text built to make it crawl.

Issue 14 found entries that took minutes to render (200,000 ``&#x1F600;``, or
``[`` x 200,000 then ``](`` x 50,000). Profiling showed three causes, each a cost
in proportion to the whole paragraph paid again and again:

- finding the ``]`` that closes a link's text, the ``)`` that closes its
  address (``getText``, ``getLink``) and the backticks that close a code span
  (``find_code_spans``) scan to the end of the paragraph for every opening that
  never closes;
- after every match (a link, an entity, an emphasis...) the paragraph is
  rebuilt as a new string.

The scans look a short way ahead first, which settles anything people write;
otherwise they answer from a table built once per paragraph text, with the
same results. The rebuilding is Python-Markdown's own design, so each
rendering gets a budget of inline work in proportion to its length: past it,
the rest of the text is shown as written, unformatted, every word still there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

WORK_PER_CHARACTER = 2000
"""Inline work allowed per character of the text (a unit: a character copied).

Ordinary writing uses a few dozen per character; only a paragraph holding
thousands of links, entities or emphases runs out.
"""
WORK_FLOOR = 20_000_000
WORK_CAP = 2_000_000_000  # about a second, whatever the length
CALL_WORK = 100  # a pattern tried on a piece of text, besides copying it
NEARBY = 32  # brackets, parentheses or backtick runs looked at before a table is built
QUOTED_WINDOW = 4096  # how far a link address with a quote in it is followed

_BRACKETS = re.compile(r"[\[\]]")
_PARENS_OR_QUOTES = re.compile(r"""[()'"]""")
_TICKS = re.compile(r"`+")

LinkResult = tuple[str, str | None, int, bool]


class InlineBudget:
    """How much inline work one rendering may still do."""

    def __init__(self, text_length: int) -> None:
        self.left = min(WORK_CAP, WORK_FLOOR + WORK_PER_CHARACTER * text_length)

    def charge(self, work: int) -> bool:
        """Spend ``work``; False once the budget is used up."""
        self.left -= work
        return self.left >= 0


def bound_inline_pass(inline: Any, budget: InlineBudget) -> None:
    """Make Python-Markdown's inline tree processor stop matching once ``budget`` is spent.

    Each try of a pattern may copy the whole text once (``__applyPattern``);
    past the budget, no pattern matches, so the rest stays as written.
    """
    apply_pattern = inline._InlineProcessor__applyPattern

    def bounded(pattern: Any, data: str, index: int, start: int = 0) -> tuple[str, bool, int]:
        budget.left -= len(data) + CALL_WORK  # inline: called for every pattern and text
        if budget.left < 0:
            return data, False, 0
        result: tuple[str, bool, int] = apply_pattern(pattern, data, index, start)
        return result

    inline._InlineProcessor__applyPattern = bounded


class _PerText:
    """A table about one text, rebuilt (and paid for) only when the text changes."""

    def __init__(self, budget: InlineBudget) -> None:
        self._budget = budget
        self._text: str | None = None

    def current(self, text: str) -> bool:
        """Whether the table is about ``text`` already (then it answers at once)."""
        return text is self._text

    def fresh(self, text: str) -> bool:
        """Make the table current for ``text``; False if the budget cannot pay for it."""
        if text is self._text:
            return True
        if not self._budget.charge(4 * len(text)):
            return False
        self._text = text
        self.build(text)
        return True

    def build(self, text: str) -> None:
        """Fill the table for ``text``."""
        raise NotImplementedError


class BracketEnds(_PerText):
    """Finds the ``]`` that closes a link's ``[`` (a drop-in for ``getText``)."""

    def __init__(self, budget: InlineBudget) -> None:
        super().__init__(budget)
        self._closing: dict[int, int] = {}

    def get_text(self, data: str, index: int) -> tuple[str, int, bool]:
        """The text inside the brackets opened just before ``index``.

        Returns:
            The text, the index after the closing bracket, and whether one was
            found. Without one, no text: every caller ignores it then, and
            copying the rest of the text for each ``[`` was quadratic.
        """
        if self.current(data):
            return self._far(data, index)
        depth = 1
        for seen, found in enumerate(_BRACKETS.finditer(data, index)):
            if seen == NEARBY:
                return self._far(data, index)
            depth += 1 if found.group() == "[" else -1
            if depth == 0:
                return data[index : found.start()], found.end(), True
        return "", len(data), False

    def _far(self, data: str, index: int) -> tuple[str, int, bool]:
        closing = self._closing.get(index - 1) if self.fresh(data) else None
        if closing is None or data[index - 1] != "[":
            return "", len(data), False
        return data[index:closing], closing + 1, True

    def build(self, text: str) -> None:
        """Map each matched ``[`` position to its ``]`` position."""
        self._closing = {}
        opened: list[int] = []
        for found in _BRACKETS.finditer(text):
            if found.group() == "[":
                opened.append(found.start())
            elif opened:
                self._closing[opened.pop()] = found.start()


class ParenEnds(_PerText):
    """Finds the ``)`` that closes a link's address (wraps ``getLink``).

    With no quote before it, the address ends at the parenthesis matching the
    one it opens with, and ``getLink`` is asked about that much text alone. With
    a quote (a title), ``getLink``'s own rules apply, within ``QUOTED_WINDOW``.
    """

    def __init__(self, budget: InlineBudget) -> None:
        super().__init__(budget)
        self._closing: dict[int, int] = {}
        self._quotes: list[int] = []

    def get_link(
        self,
        original: Callable[[str, int], LinkResult],
        address: re.Pattern[str],
        data: str,
        index: int,
    ) -> LinkResult:
        """``original(data, index)``, without reading to the end of ``data`` each time.

        Args:
            original: the processor's own ``getLink``.
            address: its ``RE_LINK``; an address in angle brackets needs no scan.
            data: the text.
            index: where the address's ``(`` should be.
        """
        angled = address.match(data, index)
        if angled is None or angled.group(1):
            return original(data, index)
        closing, quoted = self._nearby(data, index)
        if quoted:
            if not self._budget.charge(QUOTED_WINDOW):
                return "", None, index, False
            end = index + QUOTED_WINDOW
        elif closing is None:
            return "", None, index, False
        else:
            end = closing + 1
        href, title, after, handled = original(data[index:end], 0)
        return href, title, after + index if after >= 0 else after, handled  # -1 as upstream

    def _nearby(self, data: str, index: int) -> tuple[int | None, bool]:
        """The matching ``)`` (or None) and whether a quote comes first."""
        if self.current(data):
            return self._far(data, index)
        depth = 1
        for seen, found in enumerate(_PARENS_OR_QUOTES.finditer(data, index + 1)):
            if seen == NEARBY:
                return self._far(data, index)
            character = found.group()
            if character in "'\"":
                return None, True
            depth += 1 if character == "(" else -1
            if depth == 0:
                return found.start(), False
        return None, False

    def _far(self, data: str, index: int) -> tuple[int | None, bool]:
        if not self.fresh(data):
            return None, False
        closing = self._closing.get(index)
        quote = bisect_right(self._quotes, index)
        quoted = quote < len(self._quotes) and (closing is None or self._quotes[quote] < closing)
        return closing, quoted

    def build(self, text: str) -> None:
        """Match every parenthesis and note every quote."""
        self._closing, self._quotes = {}, []
        opened: list[int] = []
        for found in _PARENS_OR_QUOTES.finditer(text):
            character = found.group()
            if character == "(":
                opened.append(found.start())
            elif character == ")":
                if opened:
                    self._closing[opened.pop()] = found.start()
            else:
                self._quotes.append(found.start())


class TickEnds(_PerText):
    """Finds a code span's closing backticks (a drop-in for ``find_code_spans``).

    Same answer as Python-Markdown's: the first later run exactly as long as the
    opening one; failing that, the first of the longest later runs if it is
    shorter than the opening; failing that, none.
    """

    def __init__(self, budget: InlineBudget) -> None:
        super().__init__(budget)
        self._starts: list[int] = []
        self._by_length: dict[int, list[int]] = {}
        self._longest: list[tuple[int, int]] = []  # from each run on: (length, its end)

    def find_code_spans(self, start: int, text: str) -> tuple[int, int | None]:
        """Where the code starts and ends (None: no closing run) for the run at ``start``."""
        ticks = _run_length(text, start)
        after = start + ticks
        if self.current(text):
            return self._far(text, after, ticks)
        longest, longest_end = 0, 0
        for seen, run in enumerate(_TICKS.finditer(text, after)):
            if seen == NEARBY:
                return self._far(text, after, ticks)
            length = run.end() - run.start()
            if length == ticks:
                return after, run.start()
            if length > longest:
                longest, longest_end = length, run.end()
        return _fallback(after, ticks, longest, longest_end)

    def _far(self, text: str, after: int, ticks: int) -> tuple[int, int | None]:
        if not self.fresh(text):
            return after + ticks, None
        same = self._by_length.get(ticks, [])
        exact = bisect_left(same, after)
        if exact < len(same):
            return after, same[exact]
        first = bisect_left(self._starts, after)
        longest, end = self._longest[first] if first < len(self._starts) else (0, 0)
        return _fallback(after, ticks, longest, end)

    def build(self, text: str) -> None:
        """Note every run of backticks, by length, and the longest from each on."""
        runs = [(run.start(), run.end()) for run in _TICKS.finditer(text)]
        self._starts = [start for start, _ in runs]
        self._by_length = {}
        for start, end in runs:
            self._by_length.setdefault(end - start, []).append(start)
        self._longest = [(0, 0)] * len(runs)
        best = (0, 0)
        for index in range(len(runs) - 1, -1, -1):
            start, end = runs[index]
            if end - start >= best[0]:
                best = (end - start, end)
            self._longest[index] = best


def _run_length(text: str, start: int) -> int:
    found = _TICKS.match(text, start)
    return found.end() - start if found else 0


def _fallback(after: int, ticks: int, longest: int, end: int) -> tuple[int, int | None]:
    """Python-Markdown's answer when no run is as long as the opening one."""
    if 0 < longest < ticks:
        return after - (ticks - longest), end - longest
    return after + ticks, None
