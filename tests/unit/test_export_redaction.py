"""Replacing names with initials or pseudonyms before an export."""

from __future__ import annotations

import unicodedata

import pytest

from app.errors import InvalidInput
from app.export.model import Redaction
from app.export.redaction import apply, initials, parse_redaction


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
