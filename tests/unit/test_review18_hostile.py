"""Review of issue 18: hostile imports that crash instead of being refused in plain words.

The brief: bad input gets "a plain message naming the problem, and nothing
written". Each case below escaped as a bare Python error before the fixes (the CLI
said "Something unexpected went wrong"); each now proves its finding stays fixed.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.journal.journal import Journal
from app.records.imports import ImportOptions, SourceKind
from app.transfer.importing import keep_plan, plan_import
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.transfer_fixtures import two_entry_archive


def _import(
    journal: Journal,
    path: Path,
    kind: SourceKind | None = None,
    options: ImportOptions | None = None,
) -> None:
    with open_source(path, kind, options) as batch, journal.worker_stores() as stores:
        keep_plan(stores, plan_import(stores, batch))


def _dayone_entry(**more: object) -> dict[str, object]:
    return {
        "uuid": "E1",
        "creationDate": "2024-01-01T10:00:00Z",
        "timeZone": "Europe/Berlin",
        "text": "words",
        **more,
    }


def _refused_and_nothing_kept(journal: Journal, path: Path, **how: object) -> None:
    with pytest.raises(ImportRefused):
        _import(journal, path, **how)  # type: ignore[arg-type]
    assert journal.entries.count() == 0


def test_a_number_too_long_to_read_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    entry = '{"title": "a", "body": "b", "date": "2024-01-01", "time": "10:00", "tags": []'
    path.write_text('{"tags": {}, "entries": [' + entry + ', "n": ' + "9" * 5000 + "}]}")
    _refused_and_nothing_kept(journal, path)


def test_a_picture_reference_with_an_encoded_nul_is_left_as_written(
    journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-01-01.md").write_text("A walk ![x](a%00.png)\n", encoding="utf-8")
    _import(journal, folder)
    assert journal.entries.count() == 1


@pytest.mark.parametrize("member", ["./Journal.json", "Journal.json/."])
def test_a_zip_name_that_cleaning_changes_is_refused_or_read(
    journal: Journal, tmp_path: Path, member: str
) -> None:
    """``checked_name`` tidies ``./x`` to ``x``; ``read`` then asks zipfile for a name it lacks."""
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, json.dumps({"metadata": {}, "entries": [_dayone_entry()]}))
    try:
        _import(journal, path, SourceKind.DAYONE)
    except ImportRefused:
        return
    except KeyError as error:
        pytest.fail(f"a bare KeyError: {error}")


def test_a_photo_stored_under_a_doubled_slash_is_read(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "dayone.zip"
    entry = _dayone_entry(
        text="A walk ![](dayone-moment://P1)",
        photos=[{"identifier": "P1", "md5": "abc", "type": "png"}],
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": [entry]}))
        archive.writestr("photos//abc.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    try:
        _import(journal, path)
    except ImportRefused:
        return
    except KeyError as error:
        pytest.fail(f"a bare KeyError: {error}")


def test_a_broken_character_in_a_day_one_uuid_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    document = {"metadata": {}, "entries": [_dayone_entry(uuid="\ud800E1")]}
    path.write_text(json.dumps(document), encoding="utf-8")
    _refused_and_nothing_kept(journal, path)


def test_a_weather_figure_too_large_for_a_float_is_refused_or_left_out(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "Journal.json"
    weather = '{"conditionsDescription": "Rain", "temperatureCelsius": 1' + "0" * 400 + "}"
    entry = json.dumps(_dayone_entry())[:-1] + ', "weather": ' + weather + "}"
    path.write_text('{"metadata": {}, "entries": [' + entry + "]}", encoding="utf-8")
    try:
        _import(journal, path, options=ImportOptions(keep_location=True))
    except ImportRefused:
        return
    except OverflowError as error:
        pytest.fail(f"a bare OverflowError: {error}")


def _rewrite(path: Path, change: dict[str, bytes]) -> Path:
    out = path.with_name("tampered.zip")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            for prefix, new in change.items():
                if name.startswith(prefix):
                    data = new if new else data
            target.writestr(name, data)
    return out


def test_an_archive_with_deeply_nested_revisions_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    path = _rewrite(two_entry_archive(tmp_path), {"revisions.json": deep})
    _refused_and_nothing_kept(journal, path)


def test_an_archive_naming_one_id_for_two_entries_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    path = two_entry_archive(tmp_path)
    with zipfile.ZipFile(path) as source:
        first, second = sorted(n for n in source.namelist() if n.startswith("entries/"))
        one, two = source.read(first).decode(), source.read(second).decode()
    first_id = one.split("\n")[1]
    lines = [first_id if line.startswith("id:") else line for line in two.split("\n")]
    lines = ['source: "dayone"' if line.startswith("source:") else line for line in lines]
    tampered = _rewrite(path, {second: "\n".join(lines).encode()})
    _refused_and_nothing_kept(journal, tampered)
