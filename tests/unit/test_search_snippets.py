"""Search snippets show every matched word whole, with context, cut only between words.

Issue 15, finding 11: a snippet read "…when my ph…" (the row cut the matched
word) or began with the "t" of "don't" (FTS5 cuts on its tokens, and its tokenizer
splits words at apostrophes). The properties here hold for random texts and words:
through the real index, for the excerpt itself, and for ``narrow``, which fits an
excerpt to a row.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.journal import Journal
from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntryFields
from app.storage.search_snippets import (
    ELLIPSIS,
    best_column,
    make_snippet,
    narrow,
    plain,
)

# Letters (some accented), digits and the marks that split FTS5 tokens inside a word.
WORD = st.text(alphabet="abcdefghijklmnoprstuvwyzéüß0123'-.,!?", min_size=1, max_size=12)
GAP = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\t"])
TOKEN = re.compile(r"[^\W_]+")


@st.composite
def texts(draw: st.DrawFn, min_words: int = 1) -> tuple[str, int]:
    """A text of random words and the index of one word holding a token to search."""
    words = draw(st.lists(WORD, min_size=min_words, max_size=120))
    gaps = draw(st.lists(GAP, min_size=len(words), max_size=len(words)))
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=True)).rstrip()
    return text, draw(st.integers(0, len(words) - 1))


def core_of(snippet: str) -> str:
    """The snippet's text without markers and without the ellipses at its ends."""
    text = plain(snippet)
    text = text.removeprefix(ELLIPSIS)
    return text.removesuffix(ELLIPSIS)


def on_word_boundaries(core: str, source: str) -> bool:
    """Whether ``core`` occurs in ``source`` starting and ending between words.

    A snippet is one line: runs of whitespace in the source count as one space.
    """
    source = " ".join(source.split())
    if not core or core[0].isspace() or core[-1].isspace():
        return False
    start = source.find(core)
    while start >= 0:
        end = start + len(core)
        before = start == 0 or source[start - 1].isspace()
        after = end == len(source) or source[end].isspace()
        if before and after:
            return True
        start = source.find(core, start + 1)
    return False


def marked_words(snippet: str) -> list[str]:
    """The whole (whitespace-delimited) words of a snippet that hold a match."""
    words = snippet.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS).split()
    return [plain(word) for word in words if HIGHLIGHT_START in word or HIGHLIGHT_END in word]


def mark(text: str, word_index: int) -> str:
    """``text`` with the first token of one word marked, as FTS5's highlight() does."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    start, end = spans[word_index]
    token = TOKEN.search(text, start, end)
    assert token is not None
    a, b = token.span()
    return text[:a] + HIGHLIGHT_START + text[a:b] + HIGHLIGHT_END + text[b:]


# ---------------------------------------------------------------- through the index


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts(min_words=20), st.booleans())
def test_a_found_word_shows_whole_on_word_boundaries(
    journal: Journal, sample: tuple[str, int], as_prefix: bool
) -> None:
    text, index = sample
    tokens = TOKEN.findall(text.split()[index])
    assume(tokens)
    query = tokens[0][:2] if as_prefix and len(tokens[0]) > 2 else tokens[0]
    entry = journal.entries.add(EntryFields(body=text))
    hits = [hit for hit in journal.entries.search(query, limit=1000) if hit.entry.id == entry.id]
    assert hits, "the entry is found"
    snippet = hits[0].snippet
    assert HIGHLIGHT_START in snippet and HIGHLIGHT_END in snippet
    assert on_word_boundaries(core_of(snippet), text), snippet
    assert set(marked_words(snippet)) <= set(text.split())
    one_line = " ".join(text.split())
    assert snippet.startswith(ELLIPSIS) == (not one_line.startswith(core_of(snippet)))


def test_an_apostrophe_never_starts_the_snippet(journal: Journal) -> None:
    body = " ".join(["quiet"] * 30) + " I don't want to go back, not this time."
    journal.entries.add(EntryFields(body=body))
    snippet = journal.entries.search('"t"')[0].snippet
    assert f"don'{HIGHLIGHT_START}t{HIGHLIGHT_END}" in snippet
    assert on_word_boundaries(core_of(snippet), body)


def test_a_match_in_the_title_only_shows_the_title(journal: Journal) -> None:
    journal.entries.add(EntryFields(title="Lantern evening", body="nothing about it here"))
    assert plain(journal.entries.search("lantern")[0].snippet) == "Lantern evening"


# ---------------------------------------------------------------- the excerpt alone


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_excerpt_holds_the_match_whole_with_context(sample: tuple[str, int]) -> None:
    text, index = sample
    assume(TOKEN.search(text.split()[index]))
    snippet = make_snippet(mark(text, index))
    assert on_word_boundaries(core_of(snippet), text), snippet
    assert marked_words(snippet) == [text.split()[index]]
    words = snippet.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS).split()
    position = next(i for i, word in enumerate(words) if HIGHLIGHT_START in word)
    assert position >= min(index, 2), "a little context before the match"
    assert len(words) - position - 1 >= min(len(text.split()) - index - 1, 2), "and after it"


def test_the_excerpt_prefers_the_window_with_the_most_matched_words() -> None:
    filler = " ".join(["still"] * 20)
    s, e = HIGHLIGHT_START, HIGHLIGHT_END
    marked = f"{s}phone{e} {filler} my mother {s}phone{e} {s}call{e} {filler}"
    snippet = make_snippet(marked)
    assert "mother" in snippet and f"{s}call{e}" in snippet


def test_a_pasted_link_is_cut_around_its_match() -> None:
    link = (
        "https://example.org/" + "a" * 300 + HIGHLIGHT_START + "ember" + HIGHLIGHT_END + "b" * 300
    )
    snippet = make_snippet(f"before {link} after")
    assert f"{HIGHLIGHT_START}ember{HIGHLIGHT_END}" in snippet
    assert len(plain(snippet)) < 80


def test_the_column_with_the_most_matched_words_wins_ties_go_to_the_body() -> None:
    s, e = HIGHLIGHT_START, HIGHLIGHT_END
    assert best_column([f"{s}a{e}", f"{s}a{e} x", None, "", "", ""]) == f"{s}a{e} x"
    assert best_column([f"{s}a{e} {s}b{e}", f"{s}a{e}", "", "", "", ""]).startswith(s + "a")


# ---------------------------------------------------------------- fitted to a row


@settings(max_examples=400, deadline=None)
@given(texts(), st.integers(1, 120))
def test_narrowing_keeps_the_match_whole_and_cuts_between_words(
    sample: tuple[str, int], room: int
) -> None:
    text, index = sample
    assume(TOKEN.search(text.split()[index]))
    snippet = make_snippet(mark(text, index))
    shown = narrow(snippet, lambda candidate: len(plain(candidate)) <= room)
    assert marked_words(shown) == [text.split()[index]]
    assert on_word_boundaries(core_of(shown), core_of(snippet)), (snippet, shown)
    alone = len(marked_words(shown)) == len(core_of(shown).split())
    assert len(plain(shown)) <= room or alone
    if core_of(shown) != core_of(snippet):
        assert ELLIPSIS in shown


def test_narrowing_adds_context_on_both_sides() -> None:
    s, e = HIGHLIGHT_START, HIGHLIGHT_END
    snippet = f"…it was late when my {s}phone{e} rang and I did not answer it…"
    shown = narrow(snippet, lambda candidate: len(plain(candidate)) <= 30)
    assert plain(shown) == "…late when my phone rang and…"


def test_a_phrase_is_kept_whole_when_narrowed() -> None:
    s, e = HIGHLIGHT_START, HIGHLIGHT_END
    snippet = f"one two three {s}said no{e} four five six"
    shown = narrow(snippet, lambda candidate: len(plain(candidate)) <= 9)
    assert plain(shown) == "…said no…" and shown.count(s) == shown.count(e) == 1


def test_an_attachment_reference_shows_as_its_description(journal: Journal) -> None:
    picture, deed = "a1" * 16, "b2" * 16
    journal.entries.add(
        EntryFields(
            body=f"He sent it again.\n\n![the message](attachment:{picture})\n\n"
            f"[the deed](attachment:{deed})"
        )
    )
    for query in ("message", "attachment", "a1a1", "deed"):
        (hit,) = journal.entries.search(query)
        shown = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        assert "attachment" not in shown and picture not in shown, (query, shown)
        assert "the message" in shown or "the deed" in shown
