"""Search: safe query building, ranking, snippets, prefixes and filters."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.journal import Journal
from app.records.entries import HIGHLIGHT_END, HIGHLIGHT_START, EntryFields, EntryFilter
from app.storage.search import build_match


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hope", '"hope"*'),
        ("guilt holiday", '"guilt" AND "holiday"*'),
        ('"said no" today', '"said no" AND "today"*'),
        ('"said no"', '"said no"'),
        ("NEAR(a b) OR x*", '"NEAR(a" AND "b)" AND "OR" AND "x*"*'),
        ("  ", None),
        ("!!! ---", None),
    ],
)
def test_build_match(query: str, expected: str | None) -> None:
    assert build_match(query) == expected


def test_ranked_with_highlighted_snippets(journal: Journal) -> None:
    journal.entries.add(
        EntryFields(body="A long day. The holiday dinner was hard, guilt everywhere.")
    )
    best = journal.entries.add(
        EntryFields(title="Guilt", body="guilt guilt: whose guilt is it?", tags=("guilt",))
    )
    journal.entries.add(EntryFields(body="Nothing to do with it."))
    hits = journal.entries.search("guilt")
    assert hits[0].entry.id == best.id
    assert len(hits) == 2
    assert f"{HIGHLIGHT_START}guilt{HIGHLIGHT_END}" in hits[0].snippet.lower()


def test_prefix_and_diacritics(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="Le café était calme."))
    assert len(journal.entries.search("caf")) == 1
    assert len(journal.entries.search("etait")) == 1
    assert journal.entries.search("cafés") == []


def test_tags_are_searchable(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="plain", tags=("contact-log",)))
    assert len(journal.entries.search("contact")) == 1


def test_search_follows_edits_and_trash(journal: Journal) -> None:
    entry = journal.entries.add(EntryFields(body="an old word"))
    journal.entries.save(entry.id, EntryFields(body="a new word"))
    assert journal.entries.search("old") == []
    assert len(journal.entries.search("new")) == 1
    journal.entries.trash(entry.id)
    assert journal.entries.search("new") == []
    assert len(journal.entries.search("new", EntryFilter(trashed=True))) == 1


def test_search_filters(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="hope", date=dt.date(2020, 1, 1), marked=True))
    journal.entries.add(EntryFields(body="hope", date=dt.date(2024, 1, 1)))
    assert len(journal.entries.search("hope", EntryFilter(since=dt.date(2023, 1, 1)))) == 1
    assert len(journal.entries.search("hope", EntryFilter(marked=True))) == 1
    assert len(journal.entries.search("hope", limit=1)) == 1


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=80))
def test_any_query_is_safe(journal: Journal, query: str) -> None:
    journal.entries.search(query)  # never raises, whatever is typed


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.text(
        alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]),
        max_size=400,
    ),
    title=st.text(
        alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]),
        max_size=40,
    ),
)
def test_any_text_round_trips_and_is_found(journal: Journal, body: str, title: str) -> None:
    entry = journal.entries.add(EntryFields(body=body, title=title))
    assert journal.entries.get(entry.id).body == body
    words = [word for word in body.split() if word.isalnum() and word.isascii()]
    if words:
        found = {hit.entry.id for hit in journal.entries.search(f'"{words[0]}"', limit=1000)}
        assert entry.id in found


def test_trashed_matches_never_crowd_out_live_ones(journal: Journal) -> None:
    live = [journal.entries.add(EntryFields(body=f"ember {n}")).id for n in range(4)]
    for n in range(10):
        trashed = journal.entries.add(EntryFields(title="ember ember ember", body=f"ember {n}"))
        journal.entries.trash(trashed.id)
    hits = journal.entries.search("ember", limit=3)
    assert len(hits) == 3
    assert {hit.entry.id for hit in hits} <= set(live)
    assert len(journal.entries.search("ember", EntryFilter(trashed=True), limit=20)) == 10


def test_title_matches_rank_first_and_scores_ascend(journal: Journal) -> None:
    journal.entries.add(EntryFields(body="the lantern was lit, and the lantern again"))
    titled = journal.entries.add(EntryFields(title="Lantern", body="a short note"))
    hits = journal.entries.search("lantern")
    assert hits[0].entry.id == titled.id
    assert [hit.score for hit in hits] == sorted(hit.score for hit in hits)


def test_a_pasted_page_as_query_is_quick_and_still_finds_the_entry(journal: Journal) -> None:
    """Found by issue 14's review: a 300 KB paste took 19 s (search runs as you type)."""
    import time

    from app.records.entries import EntryFields
    from app.storage.search import MAX_TERMS, build_match

    page = " ".join(f"word{n % 500}" for n in range(60_000)) + " kitchen"
    journal.entries.add(EntryFields(body=" ".join(page.split()[:600])))
    match = build_match(page)
    assert match is not None and match.count(" AND ") == MAX_TERMS - 1
    started = time.monotonic()
    hits = journal.entries.search(page)
    assert time.monotonic() - started < 2
    assert len(hits) == 1
    assert build_match("no no no") == '"no"*'
