"""Importing and exporting everything leaves no plaintext anywhere the person did not ask for.

Sources full of markers (a Day One export with a place, a tag and a photo whose
EXIF holds one; a jrnl JSON journal; a folder of Markdown notes with a marker in a
picture's file name) are imported with the real CLI, in a private HOME and temp
folder; a dry run first, which must write nothing. The sources are then removed,
and the whole journal exported as a password-protected archive. No file under the
test's folders (the journal's, the temp folder, HOME, and the protected archive,
whose names and contents are encrypted) may hold a marker, compressed or not.
"""

from __future__ import annotations

import json
import shutil
import uuid
import zipfile
from pathlib import Path

from tests.helpers.cli import run_threshold
from tests.helpers.images import jpeg_bytes, png_bytes
from tests.helpers.transfer_fixtures import build_dayone_zip, dayone_entry, dayone_photo
from tests.leak_scan import (
    SYSTEM_TEMP_DIRS,
    needles_for,
    private_env,
    scan,
    top_level_entries,
)


def _marker(kind: str) -> str:
    return f"IMPMARK-{kind}-{uuid.uuid4().hex}"


def test_imports_and_a_protected_archive_leave_no_plaintext(tmp_path: Path) -> None:
    markers = {
        kind: _marker(kind) for kind in ("DAYONE", "TAG", "PLACE", "EXIF", "JRNL", "NOTE", "FILE")
    }
    passphrase = f"passphrase-{uuid.uuid4().hex}"
    archive_password = f"archive-{uuid.uuid4().hex}"
    data_dir, private_tmp, home, sources = (
        tmp_path / name for name in ("Threshold", "tmp", "home", "sources")
    )
    for folder in (private_tmp, home, sources):
        folder.mkdir(mode=0o700)
    env = private_env(private_tmp, home, passphrase)
    before = top_level_entries(SYSTEM_TEMP_DIRS)

    def threshold(*argv: str) -> str:
        result = run_threshold(*argv, data_dir=data_dir, env=env)
        assert result.returncode == 0, (argv, result.stderr.decode(errors="replace"))
        return result.stdout.decode()

    photo = dayone_photo(jpeg_bytes(marker=markers["EXIF"]), "PHOTO1")
    dayone = build_dayone_zip(
        sources / "Journal.zip",
        {
            "Journal": [
                dayone_entry(
                    "DAYONE1",
                    "2024-05-01T20:00:00Z",
                    f"They said {markers['DAYONE']}.\n\n{photo.moment}",
                    [photo],
                    timeZone="Europe/Berlin",
                    tags=[markers["TAG"]],
                    location={"placeName": markers["PLACE"], "latitude": 52.5, "longitude": 13.4},
                )
            ]
        },
        [photo],
    )
    jrnl = sources / "jrnl.json"
    jrnl.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {
                        "title": "An evening.",
                        "body": f"It was {markers['JRNL']}.",
                        "date": "2023-02-03",
                        "time": "21:30",
                        "tags": [],
                        "starred": False,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    notes = sources / "notes"
    (notes / "pictures").mkdir(parents=True)
    (notes / "pictures" / f"{markers['FILE']}.png").write_bytes(png_bytes())
    (notes / "2022-01-02.md").write_text(
        f"Noted: {markers['NOTE']}.\n\n![a picture](pictures/{markers['FILE']}.png)\n",
        encoding="utf-8",
    )

    threshold("init", "--json")
    assert "dry run" in threshold("import", str(dayone), "--dry-run")
    for source in (dayone, jrnl, notes):
        assert "Imported 1 entry" in threshold("import", str(source))
    listed = threshold("list", "--json")
    assert len(json.loads(listed)) == 3
    shown = threshold("search", markers["DAYONE"], "--json")
    assert len(json.loads(shown)) == 1
    shutil.rmtree(sources)  # the person's own files: not ours to judge

    password_file = private_tmp / "password.txt"
    password_file.write_text(archive_password + "\n")
    exports = home / "exports"
    exports.mkdir(mode=0o700)
    archive = exports / "everything.zip"
    threshold(
        "export",
        "--all",
        "--format",
        "archive",
        "-o",
        str(archive),
        "--password-file",
        str(password_file),
    )
    password_file.unlink()
    assert archive.stat().st_mode & 0o777 == 0o600

    needles: dict[str, bytes] = {}
    for kind, value in markers.items():
        needles |= needles_for(kind, value)
    needles |= needles_for("archive password", archive_password)
    hits = scan([data_dir, private_tmp, home], needles, inflate=True)
    assert hits == [], "plaintext left in a file:\n" + "\n".join(hits)
    new_in_system_temp = top_level_entries(SYSTEM_TEMP_DIRS) - before
    assert scan(sorted(new_in_system_temp), needles, strict=False, inflate=True) == []
    # A zip deflates without zlib headers, so the scan above cannot look inside one:
    # every member of the protected archive must be encrypted, its names plain.
    with zipfile.ZipFile(archive) as opened:
        members = opened.infolist()
        assert all(info.flag_bits & 0x1 for info in members)
        assert not any(value in info.filename for info in members for value in markers.values())
    # ... while the same journal's plain archive, which a person may ask for, has them all.
    plain = tmp_path / "asked-for.zip"
    threshold("export", "--all", "--format", "archive", "-o", str(plain))
    with zipfile.ZipFile(plain) as opened:
        inside = b"".join(opened.read(info) for info in opened.infolist())
    for kind in ("DAYONE", "TAG", "JRNL", "NOTE", "EXIF", "FILE"):
        assert markers[kind].encode() in inside, kind
    assert markers["PLACE"].encode() not in inside  # a place is dropped unless asked for
