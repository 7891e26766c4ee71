"""An archive naming one id for two entries is refused when read (review 18, finding 10).

The journal keeps one entry per id and one per (source, id there); an archive
changed by hand that repeats either used to fail at the very end, as a bare
IntegrityError from the database.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.transfer_fixtures import two_entry_archive

Change = Callable[[str, list[str]], list[str]]
"""An entry file's lines changed, given the first entry's ``id:`` line."""


def _tampered(path: Path, change: Change) -> Path:
    out = path.with_name("tampered.zip")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        entries = sorted(n for n in source.namelist() if n.startswith("entries/"))
        first_id = source.read(entries[0]).decode().split("\n")[1]
        for name in source.namelist():
            data = source.read(name)
            if name in entries:
                data = "\n".join(change(first_id, data.decode().split("\n"))).encode()
            target.writestr(name, data)
    return out


def _same_id(first_id: str, lines: list[str]) -> list[str]:
    return [first_id if line.startswith("id:") else line for line in lines]


def _same_source(_: str, lines: list[str]) -> list[str]:
    source = {"source:": 'source: "dayone"', "source_id:": 'source_id: "E1"'}
    return [source.get(line.partition(" ")[0], line) for line in lines]


@pytest.mark.parametrize(("change", "said"), [(_same_id, "one id"), (_same_source, "same")])
def test_two_entries_sharing_an_id_are_refused_naming_both(
    tmp_path: Path, change: Change, said: str
) -> None:
    path = _tampered(two_entry_archive(tmp_path), change)
    with pytest.raises(ImportRefused, match=said) as refused, open_source(path):
        pass
    assert str(refused.value).count("entries/") == 2
    assert "Nothing was imported." in str(refused.value)


def test_an_untouched_archive_is_read(tmp_path: Path) -> None:
    with open_source(_tampered(two_entry_archive(tmp_path), lambda _, lines: lines)) as batch:
        assert len(batch.entries) == 2
