"""Search snippets that show each matched word whole, with context on both sides.

FTS5's own ``snippet()`` cuts on its tokens, and its tokenizer splits words at
apostrophes and hyphens, so a snippet could begin with the "t" of "don't"; and a
front end that then cut the line to fit its width showed "…when my ph…" or lost
the match altogether. Here the index only marks the matched tokens (FTS5's
``highlight()``); the excerpt is cut from that marked text on whitespace, so it
always starts and ends on a word boundary, and ``narrow`` shortens it further for
a narrow row while keeping the first match whole and in view.

A "word" here is a run of non-space characters. Only a word too long to ever fit
(over ``MAX_WORD_CHARS``, such as a pasted link) may be cut, around its match.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START

ELLIPSIS = "…"
SNIPPET_WORDS = 14  # about what FTS5's 16 tokens showed
LEAD_WORDS = 4  # words of context kept before the first match
MAX_WORD_CHARS = 40  # a longer "word" is cut around its match
# How much text around the first match is read (characters before, after): enough
# for the words shown, and with several terms for the other matches nearby. Reading
# only this much keeps a snippet's cost flat however long the entry is.
CONTEXT_ONE_TERM = (64, 128)
CONTEXT_TERMS = (100, 260)
MAX_CANDIDATES = 12  # matches tried as the snippet's anchor
TERMS_WITHIN = 20_000  # characters looked at when counting the different words matched
# The body first: it is what a person remembers writing; then the title and the rest.
COLUMN_PREFERENCE = (1, 0, 2, 3, 4, 5)

_WORD = re.compile(r"\S+")
_MARKERS = HIGHLIGHT_START + HIGHLIGHT_END
_MARKER = re.compile(f"[{_MARKERS}]")
_NOT_SPACE = re.compile(rf"[^\s{_MARKERS}]")
_MATCHED = re.compile(f"{HIGHLIGHT_START}([^{_MARKERS}]*)")
# An attachment reference's target, whole or cut by the excerpt's edge, and the
# bracket opening its description: a snippet shows the description alone.
_TARGET = re.compile(rf"\]?\([{_MARKERS}]*attachment[{_MARKERS}]*:[0-9a-f{_MARKERS}]*\)?")
_OPENING = re.compile(rf"!?\[(?=[^\]\n]{{0,300}}\]\([{_MARKERS}]*attachment)")


def best_column(marked_columns: Sequence[str | None], *, weigh: bool = True) -> str:
    """The column text (with match markers) that matched the most different words.

    Ties go to the body, then the title, the tags and the check-in's fields, in the
    order of ``COLUMN_PREFERENCE``; with ``weigh`` False (a query of one word or
    phrase: every match is the same term) the first matching column in that order.
    """
    texts = [
        text
        for column in COLUMN_PREFERENCE
        if column < len(marked_columns) and (text := marked_columns[column])
    ]
    matched = [text for text in texts if HIGHLIGHT_START in text]
    if len(matched) <= 1 or not weigh:  # the usual case: nothing to weigh
        return matched[0] if matched else (texts[0] if texts else "")
    counts = [len(_terms(text)) for text in matched]
    return matched[counts.index(max(counts))]


def make_snippet(marked: str, words: int = SNIPPET_WORDS, *, weigh: bool = True) -> str:
    """An excerpt of ``marked`` around its best matches, cut only between words.

    It keeps up to ``words`` words, with a few before the first match, on one
    line (a snippet is read as a line: runs of spaces and line breaks become one
    space); an ellipsis stands where text was left out. Markers come in pairs.
    With ``weigh`` (a query of several terms) the excerpt is the stretch showing
    the most different matched words; without, it is the first match's.
    """
    first = max(marked.find(HIGHLIGHT_START), 0)
    before, after = CONTEXT_TERMS if weigh else CONTEXT_ONE_TERM
    low = max(0, first - before)
    high = min(len(marked), first + after)
    tokens = _descriptions_only(marked[low:high]).split()
    # Words cut by the region's edges go, unless they hold the match (a word too long
    # for any row, which _cut_long_word shortens around its match).
    dropped_first = dropped_last = False
    if tokens and _inside_word(marked, low) and _MARKER.search(tokens[0]) is None:
        tokens.pop(0)
        dropped_first = True
    if tokens and _inside_word(marked, high) and HIGHLIGHT_START not in tokens[-1]:
        tokens.pop()
        dropped_last = True
    if not tokens:
        return ""
    start, end = _window(tokens, words) if weigh else _first_window(tokens, words)
    shown = tokens[start:end]
    if max(map(len, shown)) > MAX_WORD_CHARS:
        shown = [_cut_long_word(token) for token in shown]
    text = _balanced(" ".join(shown))
    cut_before = start > 0 or dropped_first or _NOT_SPACE.search(marked, 0, low) is not None
    cut_after = end < len(tokens) or dropped_last or _NOT_SPACE.search(marked, high) is not None
    lead = ELLIPSIS if cut_before and not text.startswith(ELLIPSIS) else ""
    tail = ELLIPSIS if cut_after and not text.endswith(ELLIPSIS) else ""
    return lead + text + tail


def _descriptions_only(text: str) -> str:
    """Attachment references shown as their description alone (the id means nothing here)."""
    if "attachment" not in text:
        return text
    return _TARGET.sub("", _OPENING.sub("", text))


def narrow(snippet: str, fits: Callable[[str], bool]) -> str:
    """The longest part of ``snippet`` that fits, always holding its first match whole.

    Words are added around the first match, one before and one after in turn, as
    long as ``fits`` accepts the result (a front end measures it in its font). When
    not even the match fits, the match alone is returned (the caller cuts it).
    """
    lead, body, tail = _strip_ellipses(snippet)
    spans = [match.span() for match in _WORD.finditer(body)]
    if not spans:
        return snippet
    first, last = _anchor(body, spans)

    def shown(low: int, high: int) -> str:
        text = _balanced(body[spans[low][0] : spans[high][1]])
        before = ELLIPSIS if lead or low > 0 else ""
        after = ELLIPSIS if tail or high < len(spans) - 1 else ""
        return before + text + after

    if fits(shown(0, len(spans) - 1)):
        return snippet
    low, high = first, last
    grow_before = True
    while True:
        options = [(low - 1, high), (low, high + 1)]
        if not grow_before:
            options.reverse()
        grown = next(
            ((lo, hi) for lo, hi in options if lo >= 0 and hi < len(spans) and fits(shown(lo, hi))),
            None,
        )
        if grown is None:
            return shown(low, high)
        grow_before = grown[0] == low  # the other side's turn next
        low, high = grown


def plain(snippet: str) -> str:
    """The snippet without its match markers."""
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


# ---------------------------------------------------------------------- helpers


def _terms(marked: str) -> set[str]:
    """The different matched words in a marked text (case folded; its first part only)."""
    return {term.casefold() for term in _MATCHED.findall(marked, 0, TERMS_WITHIN)}


def _inside_word(text: str, position: int) -> bool:
    """Whether cutting ``text`` at ``position`` would split a word."""
    return (
        0 < position < len(text)
        and not text[position - 1].isspace()
        and not text[position].isspace()
    )


def _first_window(tokens: list[str], words: int) -> tuple[int, int]:
    """The run of ``words`` words around the first match (start, end indices)."""
    hit = next((i for i, token in enumerate(tokens) if HIGHLIGHT_START in token), 0)
    end = min(len(tokens), max(0, hit - LEAD_WORDS) + words)
    return max(0, end - words), end


def _window(tokens: list[str], words: int) -> tuple[int, int]:
    """The run of ``words`` words (start, end indices) showing the most matched words."""
    hits = [index for index, token in enumerate(tokens) if HIGHLIGHT_START in token]
    terms = [frozenset(t.casefold() for t in _MATCHED.findall(tokens[i])) for i in hits]
    best = (0, min(words, len(tokens)))
    best_score = (-1, 0)
    for hit in hits[:MAX_CANDIDATES]:
        start = max(0, hit - LEAD_WORDS)
        end = min(len(tokens), start + words)
        start = max(0, end - words)
        inside = terms[bisect.bisect_left(hits, start) : bisect.bisect_left(hits, end)]
        score = (len(frozenset().union(*inside)), -hit)
        if score > best_score:
            best, best_score = (start, end), score
    return best


def _cut_long_word(word: str) -> str:
    """A word over ``MAX_WORD_CHARS`` (a pasted link, say) shortened around its match."""
    if len(word) <= MAX_WORD_CHARS:
        return word
    start = word.find(HIGHLIGHT_START)
    if start < 0:
        return word[: MAX_WORD_CHARS // 2] + ELLIPSIS
    low = max(0, start - MAX_WORD_CHARS // 4)
    end = word.find(HIGHLIGHT_END, start)
    high = min(len(word), (end if end >= 0 else start) + MAX_WORD_CHARS // 2)
    return (ELLIPSIS if low else "") + word[low:high] + (ELLIPSIS if high < len(word) else "")


def _strip_ellipses(snippet: str) -> tuple[bool, str, bool]:
    """Whether the snippet starts and ends with a cut, and its text between."""
    lead = snippet.startswith(ELLIPSIS)
    tail = snippet.endswith(ELLIPSIS) and len(snippet) > len(ELLIPSIS) * lead
    body = snippet[len(ELLIPSIS) if lead else 0 : len(snippet) - len(ELLIPSIS) if tail else None]
    return lead, body, tail


def _anchor(body: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The words of the first match (a phrase can span several), as word indices."""
    start = next((i for i, (a, b) in enumerate(spans) if HIGHLIGHT_START in body[a:b]), 0)
    closing = body.find(HIGHLIGHT_END, spans[start][0])
    if closing < 0:
        return start, start
    end = next((i for i in range(start, len(spans)) if spans[i][1] > closing), start)
    return start, end


def _balanced(text: str) -> str:
    """Markers paired up: a match cut by the excerpt's edge is closed there.

    A closing marker whose opening one was left outside is dropped, and so is an
    opening marker inside a match (an entry may itself hold the marker characters).
    """
    markers = _MARKER.findall(text)
    if markers[::2].count(HIGHLIGHT_START) == len(markers[::2]) and markers[1::2].count(
        HIGHLIGHT_END
    ) == len(markers[1::2]) == len(markers[::2]):
        return text  # the usual case: already in pairs
    pieces: list[str] = []
    inside = False
    for char in text:
        if char in _MARKERS:
            wanted = char == HIGHLIGHT_START
            if wanted == inside:
                continue
            inside = wanted
        pieces.append(char)
    if inside:
        pieces.append(HIGHLIGHT_END)
    return "".join(pieces)
