"""Recovery keys: typeable, checksummed, and strict about typos."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import MalformedRecoveryKey
from app.vault.recovery_key import ALPHABET, RecoveryKey


def test_has_eight_groups_of_five() -> None:
    text = str(RecoveryKey.generate())
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(group) == 5 and set(group) <= set(ALPHABET) for group in groups)


def test_keys_are_random() -> None:
    assert RecoveryKey.generate() != RecoveryKey.generate()


@given(st.binary(min_size=20, max_size=20))
def test_round_trips_through_text(secret: bytes) -> None:
    key = RecoveryKey(secret)
    assert RecoveryKey.parse(str(key)) == key


def test_parse_forgives_case_spacing_and_lookalikes() -> None:
    key = RecoveryKey(bytes(range(20)))
    text = str(key)
    sloppy = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert RecoveryKey.parse(sloppy) == key


@given(st.binary(min_size=20, max_size=20), st.integers(0, 39), st.integers(1, 31))
def test_every_single_character_typo_is_caught(secret: bytes, position: int, shift: int) -> None:
    compact = str(RecoveryKey(secret)).replace("-", "")
    wrong = ALPHABET[(ALPHABET.index(compact[position]) + shift) % 32]
    typo = compact[:position] + wrong + compact[position + 1 :]
    with pytest.raises(MalformedRecoveryKey, match=f"Group {position // 5 + 1} "):
        RecoveryKey.parse(typo)


def test_swapped_neighbours_are_caught() -> None:
    key = RecoveryKey(bytes(range(20)))
    compact = str(key).replace("-", "")
    for i in range(len(compact) - 1):
        if i % 5 == 4 or compact[i] == compact[i + 1]:
            continue  # across groups, or nothing changes
        swapped = compact[:i] + compact[i + 1] + compact[i] + compact[i + 2 :]
        with pytest.raises(MalformedRecoveryKey):
            RecoveryKey.parse(swapped)


@pytest.mark.parametrize(
    ("text", "message"),
    [("ABCDE-12345", "8 groups of 5"), ("U" * 40, "never contains 'U'"), ("", "this one has 0")],
)
def test_malformed_keys_get_plain_messages(text: str, message: str) -> None:
    with pytest.raises(MalformedRecoveryKey, match=message):
        RecoveryKey.parse(text)


def test_repr_hides_the_secret() -> None:
    key = RecoveryKey.generate()
    assert str(key) not in repr(key)
    assert key.group(1) == str(key).split("-")[0]


def test_a_key_file_with_an_explanation_line_or_groups_over_lines_is_read() -> None:
    """The file the app's "Save as file…" writes has a line of explanation above the key."""
    from app.cli.secrets import recovery_key_in

    key = RecoveryKey.generate()
    text = str(key)
    saved = f"Recovery key for your Threshold journal: it opens the journal.\n\n{text}\n"
    assert recovery_key_in(saved) == key
    groups = text.split("-")
    assert recovery_key_in("-".join(groups[:4]) + "\n" + "-".join(groups[4:])) == key
    typo = text[:7] + ("A" if text[7] != "A" else "B") + text[8:]
    with pytest.raises(MalformedRecoveryKey, match="group"):
        recovery_key_in(f"An explanation line that is long.\n{typo}\n")
