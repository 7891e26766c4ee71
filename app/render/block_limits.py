"""Keep Python-Markdown's block pass bounded: in depth, and in work.

Depth: lists, quotes and definition lists parse their content by calling the
block parser again; a few thousand levels cost seconds and then overflow
Python's stack. Past ``max_depth``, the rest shows as a paragraph.

Work: a block processor that finds a heading, a rule or a setext underline
takes the lines up to it and puts the rest of the block back, to be looked at
again; every processor then read the whole rest again, some with a regular
expression. A block of 20,000 rules without a blank line took 2.3 s that way,
and the 200,000 characters the preview shows would take far longer (found by
issue 14's corpus). Two changes keep it near-linear:

- the processors that search a whole block for their kind of line (headings,
  rules, quotes, definitions, references) remember the last block in which
  they found none: the rest of that block, put back, has none either;
- each rendering has a budget for the copying that remains (each rest put back
  is a new string), in proportion to its length; past it, the rest of the text
  shows as one paragraph of its own words (still formatted inline).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from markdown import blockprocessors  # type: ignore[import-untyped]

WORK_PER_CHARACTER = 2000
"""Characters of block copying allowed per character of the text.

Ordinary writing, with blank lines between paragraphs, copies each character
about once; a block of many headings without blank lines, a few hundred times.
"""
WORK_FLOOR = 5_000_000
MANY_BLOCKS = 256  # past this many blocks, the parser takes them from a FrontFirst
WORK_CAP = 1_000_000_000  # about a third of a second of copying
SEARCHING_TESTS = ("HashHeaderProcessor", "HRProcessor", "DefListProcessor", "BlockQuoteProcessor")
SEARCHING_RUNS = ("ReferenceProcessor",)


class BlockBudget:
    """How much block work one rendering may still do."""

    def __init__(self, text_length: int) -> None:
        self.left = min(WORK_CAP, WORK_FLOOR + WORK_PER_CHARACTER * text_length)

    def charge(self, work: int) -> None:
        """Spend ``work`` (the budget may go below zero: then it is spent)."""
        self.left -= work

    @property
    def spent(self) -> bool:
        """Whether no work is left."""
        return self.left < 0


class _PlainRest(blockprocessors.BlockProcessor):  # type: ignore[misc]
    """Once the budget is spent, the blocks left become one paragraph, as written."""

    def __init__(self, parser: Any, budget: BlockBudget) -> None:
        super().__init__(parser)
        self._budget = budget

    def test(self, parent: ElementTree.Element, block: str) -> bool:
        # Asked first about every block the parser looks at: the place to count.
        self._budget.charge(len(block) + 100)
        return self._budget.spent

    def run(self, parent: ElementTree.Element, blocks: list[str]) -> None:
        ElementTree.SubElement(parent, "p").text = "\n\n".join(blocks)
        blocks.clear()


def bound_block_pass(parser: Any, budget: BlockBudget) -> None:
    """Searches that skip the rest of a block already searched, and a work budget."""
    processors = parser.blockprocessors
    for processor in processors:  # by class: looking each up by name costs more
        kind = type(processor).__name__
        if kind in SEARCHING_TESTS:
            processor.test = _remembering_test(processor.test)
        elif kind in SEARCHING_RUNS:
            processor.run = _remembering_run(processor.run)
    processors.register(_PlainRest(parser, budget), "plain_rest", 1000)


class _NothingIn:
    """The last block a whole-block search found nothing in.

    A block put back after a match is the rest of the block, from the start of
    a line: the same lines, fewer of them. A search by line finds nothing in it
    either, so it need not run.
    """

    def __init__(self) -> None:
        self._block: str | None = None

    def covers(self, block: str) -> bool:
        """Whether ``block`` is the rest of the remembered block, from a line start."""
        last = self._block
        if last is None or len(block) > len(last) or not last.endswith(block):
            return False
        cut = len(last) - len(block)
        return cut == 0 or last[cut - 1] == "\n"

    def remember(self, block: str) -> None:
        """Note that the search found nothing in ``block``."""
        self._block = block


def _remembering_test(test: Any) -> Any:
    nothing = _NothingIn()

    def remembering(parent: ElementTree.Element, block: str) -> bool:
        if nothing.covers(block):
            return False
        found = bool(test(parent, block))
        if not found:
            nothing.remember(block)
        return found

    return remembering


def _remembering_run(run: Any) -> Any:
    nothing = _NothingIn()

    def remembering(parent: ElementTree.Element, blocks: list[str]) -> bool | None:
        block = blocks[0]
        if nothing.covers(block):
            return False
        handled: bool | None = run(parent, blocks)
        if handled is False:
            nothing.remember(block)
        return handled

    return remembering


def limit_depth(parser: Any, max_depth: int) -> None:
    """Stop nesting past ``max_depth``; take many blocks from a ``FrontFirst``."""
    parse_blocks = parser.parseBlocks
    depth = 0

    def bounded(parent: ElementTree.Element, blocks: Any) -> None:
        nonlocal depth
        if depth >= max_depth:
            ElementTree.SubElement(parent, "p").text = "\n\n".join(blocks)
            blocks.clear()
            return
        depth += 1
        try:
            many = isinstance(blocks, list) and len(blocks) > MANY_BLOCKS
            parse_blocks(parent, FrontFirst(blocks) if many else blocks)
        finally:
            depth -= 1

    parser.parseBlocks = bounded


class FrontFirst:
    """The blocks still to parse, taken and put back at the front in constant time.

    Python-Markdown keeps them in a list and takes each with ``pop(0)``, which
    moves all the others: 400,000 paragraphs took 25 s. This keeps them in
    reverse, so the front is the end of a list. It offers what the block
    processors use: ``[0]``, ``pop(0)``, ``insert(0, block)``, truth, order.
    """

    def __init__(self, blocks: list[str]) -> None:
        self._reversed = blocks[::-1]

    def __bool__(self) -> bool:
        return bool(self._reversed)

    def __len__(self) -> int:
        return len(self._reversed)

    def __iter__(self) -> Iterator[str]:
        return reversed(self._reversed)

    def __getitem__(self, index: int) -> str:
        return self._reversed[self._position(index)]

    def pop(self, index: int = -1) -> str:
        """Take the block at ``index`` (the front: 0)."""
        return self._reversed.pop(self._position(index))

    def insert(self, index: int, block: str) -> None:
        """Put ``block`` at ``index`` (the front: 0)."""
        size = len(self._reversed)
        index = min(max(index + size if index < 0 else index, 0), size)
        self._reversed.insert(size - index, block)

    def _position(self, index: int) -> int:
        size = len(self._reversed)
        front = index + size if index < 0 else index
        if not 0 <= front < size:
            raise IndexError(index)
        return size - 1 - front

    def clear(self) -> None:
        """Take every block."""
        self._reversed.clear()
