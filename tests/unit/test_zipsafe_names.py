"""SafeZip tidies a member's name but opens the member by its own entry (review 18, finding 6)."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest

from app.records.imports import SourceKind
from app.transfer.problems import ImportRefused
from app.transfer.sources import detect
from app.transfer.zipsafe import SafeZip


def _zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of a name given twice
        with zipfile.ZipFile(path, "w") as out:
            for name, data in members:
                out.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [("./journal.json", "journal.json"), ("photos//x.png", "photos/x.png"), ("a/./b", "a/b")],
)
def test_a_tidied_name_reads_the_member_it_came_from(tmp_path: Path, raw: str, tidy: str) -> None:
    path = _zip(tmp_path / "a.zip", [(raw, b"{}")])
    with SafeZip(path) as opened:
        assert list(opened.names()) == [tidy]
        assert opened.read(tidy, 10) == b"{}"


@pytest.mark.parametrize("second", ["journal.json", "./journal.json", "journal.json/."])
def test_two_members_of_one_name_are_refused(tmp_path: Path, second: str) -> None:
    path = _zip(tmp_path / "a.zip", [("journal.json", b"{}"), (second, b"[]")])
    with pytest.raises(ImportRefused, match="two files") as refused:
        SafeZip(path)
    assert "Nothing was imported." in str(refused.value)


def test_a_day_one_journal_under_a_tidied_name_is_recognised(tmp_path: Path) -> None:
    path = _zip(tmp_path / "a.zip", [("./Journal.json", b'{"metadata": {}, "entries": []}')])
    assert detect(path) is SourceKind.DAYONE
