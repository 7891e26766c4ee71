"""Replacing names with initials or pseudonyms before an export."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.export.model import Redaction
from app.export.redaction import apply, initials, match_case, parse_redaction


def test_initials() -> None:
    assert initials("Margaret Smith") == "M. S."
    assert initials("  zoë   ") == "Z."
    assert initials("Anne-Marie Dubois") == "A.-M. D."
    assert initials("Łukasz") == "Ł."


def test_empty_replacement_means_initials_and_a_pseudonym_is_used_as_is() -> None:
    text = "Margaret called. Then Tom came."
    names = (Redaction("Margaret Smith"), Redaction("Margaret"), Redaction("Tom", "Alex"))
    assert apply(text, names) == "M. called. Then Alex came."


def test_any_case_and_possessives() -> None:
    names = (Redaction("Margaret Smith"),)
    text = "MARGARET SMITH's letter; margaret smith\u2019s tone; Margaret  Smith."
    assert apply(text, names) == "M. S.'s letter; M. S.\u2019s tone; M. S.."


def test_longest_name_wins() -> None:
    names = (Redaction("Margaret", "Aunt"), Redaction("Margaret Smith", "Ms X"))
    assert apply("Margaret Smith and Margaret", names) == "Ms X and Aunt"


def test_never_inside_other_words() -> None:
    names = (Redaction("Al", "B"), Redaction("Ann"))
    text = "Al talked to Alice about Ann and Annabel; al_x, Al2 and Ann."
    assert apply(text, names) == "B talked to Alice about A. and Annabel; al_x, Al2 and A.."


def test_accents_in_names_match_in_any_form() -> None:
    names = (Redaction("Zoë", "Z"), Redaction("José"))
    decomposed = unicodedata.normalize("NFD", "ZOË and José and Jose")
    assert apply(decomposed, names) == "Z and J. and Jose"


def test_a_pseudonym_is_not_replaced_again() -> None:
    names = (Redaction("Tom", "Ann"), Redaction("Ann", "Tom"))
    assert apply("Tom met Ann", names) == "Ann met Tom"


def test_pseudonyms_with_backslashes_are_literal() -> None:
    assert apply("Tom", (Redaction("Tom", r"\1 \g<0>"),)) == r"\1 \g<0>"


def test_no_names_changes_nothing() -> None:
    assert apply("Margaret", ()) == "Margaret"
    assert apply("Margaret", (Redaction("  "),)) == "Margaret"


def test_parse_redaction() -> None:
    assert parse_redaction("Margaret Smith=M") == Redaction("Margaret Smith", "M")
    assert parse_redaction(" Tom = ") == Redaction("Tom", "")
    assert parse_redaction("A=B=C") == Redaction("A", "B=C")


@pytest.mark.parametrize("value", ["Margaret", "=M", " =", "Tom\n=X", "Tom=X\x00"])
def test_parse_redaction_refuses_malformed_values(value: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_redaction(value)
    assert "Nothing was exported" in raised.value.message


# ---------------------------------------------------------------- case shape (issue 15, finding 6)

MOTHER = (Redaction("Margaret", "my mother"),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margaret called.", "My mother called."),
        ("I let it ring. Margaret called again!", "I let it ring. My mother called again!"),
        ('He said "no." Margaret left.', 'He said "no." My mother left.'),
        ("Why? Margaret… Margaret knew.", "Why? My mother… My mother knew."),
        ("- Margaret\n- **Margaret** rang", "- My mother\n- **My mother** rang"),
        ("# Margaret\n\n> Margaret said so", "# My mother\n\n> My mother said so"),
        ("1. Margaret\n2) Margaret", "1. My mother\n2) My mother"),
        ("before\n\nMargaret came", "before\n\nMy mother came"),
        ("*Margaret* and (Margaret", "*My mother* and (my mother"),
    ],
)
def test_a_name_starting_a_sentence_gives_a_capitalised_pseudonym(text: str, expected: str) -> None:
    assert apply(text, MOTHER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I told Margaret about it.", "I told my mother about it."),
        ("it was late\nMargaret rang", "it was late\nmy mother rang"),  # one paragraph
        ("margaret called", "my mother called"),  # written in lower case: kept so
        ("Then Margaret's letter came", "Then my mother's letter came"),
    ],
)
def test_mid_sentence_the_pseudonym_is_used_as_typed(text: str, expected: str) -> None:
    assert apply(text, MOTHER) == expected


def test_a_name_in_capitals_gives_a_pseudonym_in_capitals() -> None:
    assert apply("She said MARGARET WAS RIGHT", MOTHER) == "She said MY MOTHER WAS RIGHT"
    assert apply("NO, MARGARET.", (Redaction("Margaret Smith", "Aunt B"), *MOTHER)) == (
        "NO, MY MOTHER."
    )
    # A name typed in capitals tells nothing when it is found in capitals.
    assert apply("I met JJ.", (Redaction("JJ", "Sam"),)) == "I met Sam."


def test_a_pseudonym_typed_with_capitals_keeps_them() -> None:
    names = (Redaction("Margaret", "Aunt B"),)
    assert apply("margaret and Margaret. Margaret", names) == "Aunt B and Aunt B. Aunt B"
    assert apply("Margaret", (Redaction("Margaret", "3 cousins"),)) == "3 cousins"
    assert apply("Margaret", (Redaction("Margaret", "(my aunt)"),)) == "(My aunt)"


_WORD = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=8)


@given(
    name=_WORD,
    pseudonym=st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
    before=st.sampled_from(["", "Then. ", "Yes! ", "Why? ", "- ", "> ", "# ", "x\n\n"]),
)
def test_at_a_sentence_start_only_the_first_letter_changes(
    name: str, pseudonym: str, before: str
) -> None:
    """Property: at a sentence start, the capitalised name gives the pseudonym capitalised."""
    assume(name not in {"then", "yes", "why", "waited", "and", "told", "no"})
    text = f"{before}{name.capitalize()} waited, and I told {name.capitalize()} no."
    result = apply(text, (Redaction(name, pseudonym),))
    first = pseudonym[0].upper() + pseudonym[1:]
    assert result == f"{before}{first} waited, and I told {pseudonym} no."


@given(
    matched=st.text(alphabet=string.ascii_letters, min_size=1, max_size=10),
    pseudonym=st.text(alphabet=string.ascii_letters + " .", min_size=1, max_size=12),
    sentence_start=st.booleans(),
)
def test_only_the_case_of_the_pseudonym_ever_changes(
    matched: str, pseudonym: str, sentence_start: bool
) -> None:
    """Property: the shape changes letters' case, never the letters, and follows capitals."""
    shaped = match_case(matched, "name", pseudonym, sentence_start=sentence_start)
    assert shaped.lower() == pseudonym.lower()
    if matched.isupper() and len(matched) >= 2:
        assert shaped == pseudonym.upper()
    elif not sentence_start or not matched[0].isupper():
        assert shaped == pseudonym
