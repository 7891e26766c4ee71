"""JSON from an import is read strictly: what Python's parser lets through, refused plainly.

Review 18, findings 4, 7 and 9: a number of thousands of digits, a lone half of a
surrogate pair and deep nesting each escaped as a bare Python error.
"""

from __future__ import annotations

import json

import pytest

from app.transfer.archive_format import loads
from app.transfer.local_files import JsonTooDeep, json_value, load_json
from app.transfer.problems import ImportRefused


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ('{"n": ' + "9" * 5000 + "}", "a number of more than 4,300 digits"),
        ('{"id": "\\ud800E1"}', "broken character"),
        ('{"\\udc00": 1}', "broken character"),
        ('["a", ["\\uDBFF"]]', "broken character"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_what_no_journal_could_keep_is_refused_in_plain_words(data: str, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        json_value(data)
    with pytest.raises(ImportRefused, match="Nothing was imported") as refused:
        load_json(data.encode(), "x.json", "a journal")
    assert "x.json" in str(refused.value)
    with pytest.raises(ValueError, match=said):
        loads(data)


def test_a_whole_pair_and_an_escaped_backslash_are_kept() -> None:
    assert json_value('["\\ud83d\\ude00", "\\\\ud800"]') == ["\U0001f600", "\\ud800"]


def test_deep_nesting_is_its_own_kind() -> None:
    with pytest.raises(JsonTooDeep):
        json_value("[" * 100_000)
    with pytest.raises(ImportRefused, match="nested too deeply to be a journal"):
        load_json("[" * 100_000, "x.json", "a journal")


def test_not_json_is_still_said_by_line_and_column() -> None:
    with pytest.raises(ImportRefused, match=r"line 2, column 1"):
        load_json('{"a":\n}', "x.json", "a journal")
    with pytest.raises(json.JSONDecodeError):
        loads("NaN")
