"""The sync folder's files: sealed, named opaquely, refused whole when anything is off.

The first slice of issue 22 (``docs/plans/sync.md``): the hybrid clock, the keys
and names, and a change file written whole or not at all, which opens only under
its own name with this journal's key.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sync.change_file import ChangeFile, ChangeFileRefused, decode, encode, write
from app.sync.clock import MAX_COUNTER, HybridClock, Stamp
from app.sync.names import change_name, looks_like_a_name, stream_name
from app.sync.sealing import BUCKETS, MEBIBYTE, SealBroken, open_sealed, padded_size, seal
from app.sync.sealing import sync_key as derive

KEY = derive(b"\x01" * 32)
OTHER_KEY = derive(b"\x02" * 32)
DEVICE, OTHER_DEVICE = "a" * 32, "b" * 32
WORDS = "Tea with Ana, and the long way home."


class Wall:
    """A wall clock the test sets (and sets back)."""

    def __init__(self, at: int) -> None:
        self.at = at

    def __call__(self) -> int:
        return self.at


# ---------------------------------------------------------------------- the clock


def test_stamps_never_go_back_when_the_wall_clock_does() -> None:
    wall = Wall(1_000)
    clock = HybridClock(DEVICE, wall)
    first = clock.now()
    wall.at = 500  # someone set the clock back
    second, third = clock.now(), clock.now()
    assert first < second < third
    assert (second.wall, second.counter) == (1_000, 1)


def test_a_change_read_from_a_computer_ahead_orders_what_follows_after_it() -> None:
    clock = HybridClock(DEVICE, Wall(1_000))
    ahead = Stamp(9_000, 3, OTHER_DEVICE)
    clock.observe(ahead)
    after = clock.now()
    assert after > ahead and after.device == DEVICE


def test_two_devices_always_agree_which_of_two_stamps_is_later() -> None:
    mine, theirs = Stamp(5, 0, DEVICE), Stamp(5, 0, OTHER_DEVICE)
    assert (mine < theirs) != (theirs < mine)


def test_a_full_millisecond_borrows_the_next() -> None:
    clock = HybridClock(DEVICE, Wall(7), last=Stamp(7, MAX_COUNTER, DEVICE))
    assert clock.now() == Stamp(8, 0, DEVICE)


@given(st.integers(0, 10**17), st.integers(0, MAX_COUNTER))
def test_a_stamp_reads_back_from_its_text_and_sorts_as_text(wall: int, counter: int) -> None:
    stamp = Stamp(wall, counter, DEVICE)
    assert Stamp.parse(stamp.text()) == stamp
    later = (
        Stamp(wall, counter + 1, DEVICE) if counter < MAX_COUNTER else Stamp(wall + 1, 0, DEVICE)
    )
    assert stamp.text() < later.text()


@pytest.mark.parametrize("text", ["", "12-0000-x", "000000000000000001-00-x", "a-b"])
def test_text_that_is_no_stamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


# ---------------------------------------------------------------------- sealing


def test_a_sealed_payload_opens_only_with_its_key_and_its_name() -> None:
    sealed = seal(KEY, "one", WORDS.encode())
    assert open_sealed(KEY, "one", sealed) == WORDS.encode()
    assert WORDS.encode() not in sealed
    for key, name in ((OTHER_KEY, "one"), (KEY, "two")):
        with pytest.raises(SealBroken):
            open_sealed(key, name, sealed)


def test_sizes_say_little_the_padding_rounds_to_a_few_buckets() -> None:
    sizes = {len(seal(KEY, "n", os.urandom(length))) for length in (1, 100, 2_000, 3_900)}
    assert len(sizes) == 1  # all inside the smallest bucket
    assert [padded_size(n) for n in (1, 4096, 4097, 300_000, MEBIBYTE + 1)] == [
        BUCKETS[0],
        BUCKETS[0],
        BUCKETS[1],
        MEBIBYTE,
        2 * MEBIBYTE,
    ]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_changed_or_missing_byte_is_refused(data: st.DataObject) -> None:
    sealed = seal(KEY, "n", WORDS.encode())
    where = data.draw(st.integers(0, len(sealed) - 1))
    if data.draw(st.booleans()):
        broken = sealed[:where]
    else:
        broken = (
            sealed[:where]
            + bytes([sealed[where] ^ data.draw(st.integers(1, 255))])
            + sealed[where + 1 :]
        )
    with pytest.raises(SealBroken):
        open_sealed(KEY, "n", broken)


# ---------------------------------------------------------------------- names


def test_names_are_stable_opaque_and_differ_per_journal() -> None:
    assert stream_name(KEY, DEVICE) == stream_name(KEY, DEVICE)
    assert stream_name(KEY, DEVICE) != stream_name(OTHER_KEY, DEVICE)
    names = {change_name(KEY, DEVICE, sequence) for sequence in range(1, 200)}
    assert len(names) == 199 and all(looks_like_a_name(name) for name in names)
    assert not any(DEVICE[:6] in name for name in names)
    assert not looks_like_a_name(".partial") and not looks_like_a_name("desktop.ini")


# ---------------------------------------------------------------------- change files


def change(entry: str, body: str = WORDS) -> dict[str, object]:
    return {"kind": "entry", "id": entry, "body": body}


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 10**6),
    st.lists(st.dictionaries(st.text(max_size=8), st.text(max_size=40), max_size=4), max_size=5),
)
def test_a_change_file_reads_back_as_written(sequence: int, changes: list[dict[str, str]]) -> None:
    written = ChangeFile(DEVICE, sequence, tuple(changes))
    assert decode(KEY, written.name(KEY), encode(KEY, written), DEVICE) == written


def test_a_file_written_is_whole_and_leaves_no_temp_file(tmp_path: Path) -> None:
    written = ChangeFile(DEVICE, 1, (change("e1"),))
    path = write(tmp_path / stream_name(KEY, DEVICE), KEY, written)
    assert path.name == change_name(KEY, DEVICE, 1)
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert decode(KEY, path.name, path.read_bytes()) == written
    assert WORDS.encode() not in path.read_bytes()


def test_a_file_copied_under_the_next_name_is_refused() -> None:
    """A replay as a new file: the name is bound into the seal."""
    first = ChangeFile(DEVICE, 1, (change("e1"),))
    with pytest.raises(ChangeFileRefused) as refused:
        decode(KEY, change_name(KEY, DEVICE, 2), encode(KEY, first))
    assert "doesn't open with this journal's key" in refused.value.message


def test_a_file_from_another_stream_or_journal_is_refused() -> None:
    theirs = ChangeFile(OTHER_DEVICE, 1, (change("e1"),))
    with pytest.raises(ChangeFileRefused) as refused:
        decode(KEY, theirs.name(KEY), encode(KEY, theirs), device=DEVICE)
    assert "another file's changes" in refused.value.message
    with pytest.raises(ChangeFileRefused):
        decode(OTHER_KEY, theirs.name(OTHER_KEY), encode(KEY, theirs))


@pytest.mark.parametrize("cut", [0, 10, 100, 4_000])
def test_a_file_cut_short_is_refused(cut: int) -> None:
    written = ChangeFile(DEVICE, 1, (change("e1"),))
    with pytest.raises(ChangeFileRefused):
        decode(KEY, written.name(KEY), encode(KEY, written)[:cut])
