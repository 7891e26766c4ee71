"""Merging an entry's states: the same from either side, in any order, no words dropped.

Pure: replicas are plain states here; ``test_sync_journals.py`` does the same
with two real journals and a shared folder.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync.clock import HybridClock, Stamp
from app.sync.entry_state import EntryState, included, joined, merge

DEVICES = ("a" * 32, "b" * 32, "c" * 32)


def state(device: str, body: str, stamp: Stamp, **small: object) -> EntryState:
    return EntryState(
        id="e1",
        created="2026-12-01T10:00:00+00:00",
        title="",
        body=body,
        vector={device: 1},
        written=stamp.text(),
        small=dict(small),
        stamps={name: stamp.text() for name in small},
    )


def edited(before: EntryState, device: str, body: str, stamp: Stamp) -> EntryState:
    vector = dict(before.vector)
    vector[device] = vector.get(device, 0) + 1
    return replace(before, body=body, vector=vector, written=stamp.text(), versions=False)


def test_vectors_say_which_state_holds_the_other() -> None:
    a, b = DEVICES[:2]
    assert included({a: 1}, {a: 2, b: 1}) and not included({a: 2}, {a: 1, b: 5})
    assert joined({a: 2}, {a: 1, b: 3}) == {a: 2, b: 3}


def test_an_edit_made_after_reading_moves_the_other_forward() -> None:
    a, b = DEVICES[:2]
    first = state(a, "first", Stamp(1, 0, a))
    second = edited(first, b, "first, and more", Stamp(2, 0, b))
    merged = merge(first, second)
    assert merged.state == second and merged.kept is None and merged.changed
    assert not merge(second, first).changed  # an older state read late changes nothing


def test_words_edited_apart_are_both_kept_and_the_entry_says_two_versions() -> None:
    a, b = DEVICES[:2]
    base = state(a, "base", Stamp(1, 0, a))
    mine = edited(base, a, "mine", Stamp(5, 0, a))
    theirs = edited(base, b, "theirs", Stamp(3, 0, b))
    here, there = merge(mine, theirs), merge(theirs, mine)
    assert here.state == there.state
    assert here.state.body == "mine" and here.state.versions
    assert here.kept == ("", "theirs") and there.kept is None  # there it was already "theirs"…
    assert there.state.body == "mine"  # …and "theirs" is what it replaces: kept by the store


def test_a_mood_set_on_one_computer_and_words_on_the_other_both_stay() -> None:
    a, b = DEVICES[:2]
    base = state(a, "base", Stamp(1, 0, a), mood=2)
    with_mood = replace(base, small={"mood": 4}, stamps={"mood": Stamp(4, 0, a).text()})
    with_words = edited(base, b, "base, and a line", Stamp(3, 0, b))
    for merged in (merge(with_mood, with_words), merge(with_words, with_mood)):
        assert merged.state.body == "base, and a line" and merged.state.small["mood"] == 4
        assert not merged.state.versions


# ---------------------------------------------------------------------- any order


Step = tuple[str, int, int]  # ("edit", replica, word) or ("read", to, from)


steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 999)),
        st.tuples(st.just("read"), st.integers(0, 2), st.integers(0, 2)),
        st.tuples(st.just("trash"), st.integers(0, 2), st.integers(0, 1)),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(steps, st.permutations(range(9)))
def test_three_computers_end_equal_and_every_word_is_somewhere(
    plan: list[Step], order: list[int]
) -> None:
    clocks = [HybridClock(device, wall=lambda: 1_000) for device in DEVICES]
    first = state(DEVICES[0], "word0", clocks[0].now(), trashed=None)
    replicas: list[EntryState | None] = [first, None, None]
    every_text, kept = {"word0"}, set()

    def read(to: int, source: int) -> None:
        incoming = replicas[source]
        if incoming is None or to == source:
            return
        for stamp in (incoming.written, *incoming.stamps.values()):
            clocks[to].observe(Stamp.parse(stamp))
        merged = merge(replicas[to], incoming)
        if merged.kept is not None:
            kept.add(merged.kept[1])
        current = replicas[to]
        if current is not None and merged.state.body != current.body:
            kept.add(current.body)  # the store keeps what a merge replaces
        replicas[to] = merged.state

    for action, replica, value in plan:
        current = replicas[replica]
        if action == "read":
            read(replica, value)
        elif current is not None and action == "edit":
            text = f"word{value}"
            every_text.add(text)
            kept.add(current.body)
            replicas[replica] = edited(current, DEVICES[replica], text, clocks[replica].now())
        elif current is not None:
            stamp = clocks[replica].now().text()
            small = {**current.small, "trashed": "then" if value else None}
            replicas[replica] = replace(
                current, small=small, stamps={**current.stamps, "trashed": stamp}
            )

    pairs = list(itertools.permutations(range(3), 2))
    for _ in range(2):  # everyone reads everyone, twice, in the drawn order
        for index in order:
            to, source = pairs[index % len(pairs)]
            read(to, source)
    finals = [replica for replica in replicas if replica is not None]
    assert all(replica == finals[0] for replica in finals), finals
    final = finals[0]
    assert every_text <= kept | {final.body}
