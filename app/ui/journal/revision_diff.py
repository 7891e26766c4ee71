"""Where two versions of an entry differ, as character spans to tint in each.

Qt-free: the earlier-versions dialog tints these spans; tests check them on
plain strings.
"""

from __future__ import annotations

import difflib
import itertools
import re

MAX_WORD_PAIRS = 4_000_000  # beyond this, changed paragraphs are tinted whole
Span = tuple[int, int]  # start and end offsets in a text
_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*|[^\w\s]+")  # "don't" is one word


def changed_spans(old: str, new: str) -> tuple[list[Span], list[Span]]:
    """Where two texts differ, as character spans in each.

    Paragraphs are compared first and then words inside changed paragraphs: the
    tint shows what changed without colouring whole paragraphs, and the word
    comparison (quadratic in difflib) stays small.
    """
    old_lines, new_lines = old.split("\n"), new.split("\n")
    old_starts, new_starts = _line_starts(old_lines), _line_starts(new_lines)
    left: list[Span] = []
    right: list[Span] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, old_first, old_end, new_first, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = (old_starts[old_first], "\n".join(old_lines[old_first:old_end]))
        after = (new_starts[new_first], "\n".join(new_lines[new_first:new_end]))
        spans = (
            _word_spans(before, after) if tag == "replace" else ([_whole(before)], [_whole(after)])
        )
        left.extend(spans[0])
        right.extend(spans[1])
    return _by_line(old, left), _by_line(new, right)


def _by_line(text: str, spans: list[Span]) -> list[Span]:
    """Spans cut at line breaks, so blank lines between changed paragraphs stay untinted."""
    return [
        (start + line.start(), start + line.end())
        for start, end in spans
        for line in re.finditer(r"[^\n]+", text[start:end])
    ]


def _line_starts(lines: list[str]) -> list[int]:
    """The offset of each line, and one past the end (for an insertion at the end)."""
    return list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))


def _whole(region: tuple[int, str]) -> Span:
    return region[0], region[0] + len(region[1])


def _word_spans(before: tuple[int, str], after: tuple[int, str]) -> tuple[list[Span], list[Span]]:
    """Spans of the words that differ between two changed regions."""
    old_words = [
        (m.start() + before[0], m.end() + before[0], m.group()) for m in _WORDS.finditer(before[1])
    ]
    new_words = [
        (m.start() + after[0], m.end() + after[0], m.group()) for m in _WORDS.finditer(after[1])
    ]
    if len(old_words) * len(new_words) > MAX_WORD_PAIRS:
        return [_whole(before)], [_whole(after)]
    matcher = difflib.SequenceMatcher(
        None, [w[2] for w in old_words], [w[2] for w in new_words], autojunk=False
    )
    left: list[Span] = []
    right: list[Span] = []
    for tag, old_first, old_end, new_first, new_end in matcher.get_opcodes():
        if tag != "equal" and old_end > old_first:
            left.append((old_words[old_first][0], old_words[old_end - 1][1]))
        if tag != "equal" and new_end > new_first:
            right.append((new_words[new_first][0], new_words[new_end - 1][1]))
    return left, right
