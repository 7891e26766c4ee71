"""No command ever leaves entry text, a passphrase or the recovery key in a file.

Pictures whose metadata holds a marker are attached and exported in every
format: no file outside the journal may hold the marker, compressed or not.

The real ``threshold`` CLI runs in separate processes, with a private temp folder
(TMPDIR, TEMP, TMP) and a private HOME/XDG tree, through every command. Entries
carry random marker strings in their body, title and tag. Then every file in the
test's folders (the data folder with its -wal, -shm, key-slot and lock files, the
temp folder, HOME) and every new entry in the system temp folders is searched for
each marker in UTF-8, UTF-16-LE and UTF-16-BE, in upper, lower and folded case,
and for the random part alone (what a search index would store). The scan runs
once while another connection holds the journal open, so the WAL and shared-memory
files exist and are searched too, and once at the end.

Limit: SQLite unlinks its temp files as soon as it creates them, so a scan after
the fact cannot see them; ``temp_store=MEMORY`` (checked by unit tests) covers that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.files import JournalFiles
from app.journal import open_journal
from app.storage.contacts import Channel, ContactFields
from app.vault.recovery_key import RecoveryKey
from app.vault.slot_secret import SlotSecret
from tests.helpers.cli import run_threshold
from tests.helpers.images import gif_bytes, jpeg_bytes, pdf_bytes, png_bytes, png_chunk, webp_bytes
from tests.leak_scan import (
    SYSTEM_TEMP_DIRS,
    check_private_modes,
    needles_for,
    private_env,
    scan,
    top_level_entries,
)


def test_scanner_finds_a_marker_in_a_plain_file(tmp_path: Path) -> None:
    """The scan can fail: it finds markers in any encoding, case and folder depth."""
    marker = f"MARKÉR-标记-😀-{uuid.uuid4().hex}"
    needles = needles_for("marker", marker, marker[-32:])
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (tmp_path / "clean.txt").write_bytes(b"nothing to see " * 1000)
    assert scan([tmp_path], needles) == []

    cases = {
        "utf8.txt": ("some text " + marker + " more").encode(),
        "upper16le.bin": b"\x00junk" + marker.upper().encode("utf-16-le"),
        "lower16be.bin": marker.lower().encode("utf-16-be") + b"junk",
        "core-only.db-wal": b"\x01" * 4096 + marker[-32:].encode() + b"\x02" * 4096,
        "nfd.keys": unicodedata.normalize("NFD", marker).encode(),
    }
    for name, data in cases.items():
        (nested / name).write_bytes(data)
        hits = scan([tmp_path], needles)
        assert any(hit.endswith(f"in {nested / name}") for hit in hits), (name, hits)
        (nested / name).unlink()
    assert scan([tmp_path], needles) == []


# ---------------------------------------------------------------------- the run


@dataclass(frozen=True)
class Markers:
    """Random strings that cannot occur by chance (128 random bits each)."""

    body: str
    title: str
    tag: str
    edited_body: str
    edited_title: str
    purged_body: str
    purged_title: str
    purged_tag: str
    who: str
    incident: str
    incident_place: str
    incident_reason: str
    incident_purged: str
    passphrase: str
    new_passphrase: str

    @classmethod
    def make(cls, unicode: bool) -> Markers:
        def marker(kind: str) -> str:
            token = uuid.uuid4().hex
            return f"MARKÉR-{kind}-é标记😀-{token}" if unicode else f"MARKER-{kind}-{token}"

        def passphrase() -> str:
            token = uuid.uuid4().hex
            return f"pässwörd 秘密 🔑 {token}" if unicode else f"passphrase-{token}"

        return cls(
            body=marker("BODY"),
            title=marker("TITLE"),
            tag=marker("TAG"),
            edited_body=marker("EDITED"),
            edited_title=marker("RETITLED"),
            purged_body=marker("PURGED"),
            purged_title=marker("PURGEDTITLE"),
            purged_tag=marker("PURGEDTAG"),
            who=marker("WHO"),
            incident=marker("INCIDENT"),
            incident_place=marker("PLACE"),
            incident_reason=marker("REASON"),
            incident_purged=marker("INCIDENTGONE"),
            passphrase=passphrase(),
            new_passphrase=passphrase(),
        )

    def content(self) -> dict[str, str]:
        return {
            name: value
            for name, value in vars(self).items()
            if name not in {"passphrase", "new_passphrase"}
        }


@pytest.mark.parametrize("unicode", [False, True], ids=["ascii", "non-ascii"])
def test_no_plaintext_anywhere(tmp_path: Path, unicode: bool) -> None:
    markers = Markers.make(unicode)
    data_dir = tmp_path / "Threshold"
    private_tmp = tmp_path / "tmp"
    home = tmp_path / "home"
    secrets = tmp_path / "secrets"
    for folder in (private_tmp, home, secrets):
        folder.mkdir(mode=0o700)
    env = private_env(private_tmp, home, markers.passphrase)
    before = top_level_entries(SYSTEM_TEMP_DIRS)

    def threshold(*argv: str, stdin: str = "", **extra: str) -> str:
        result = run_threshold(*argv, data_dir=data_dir, stdin=stdin.encode(), env={**env, **extra})
        assert result.returncode == 0, (argv, result.stderr.decode(errors="replace"))
        return result.stdout.decode()

    # init (passphrase journal, no keyring) and two entries full of markers
    created = json.loads(threshold("init", "--json"))
    assert sorted(created["opens_with"]) == ["passphrase", "recovery"]
    recovery = RecoveryKey.parse(created["recovery_key"])

    # Another connection keeps the journal open, so -wal and -shm stay on disk to be scanned.
    holder = open_journal(JournalFiles(data_dir), SlotSecret.passphrase(markers.passphrase))
    try:
        kept = threshold(
            "add",
            "--title",
            markers.title,
            "--tag",
            markers.tag,
            "--tag",
            "ordinary",
            stdin=f"Dear journal,\n\ntoday {markers.body} happened. Ça va — 大丈夫.\n",
        ).strip()
        purged = threshold(
            "add",
            "--title",
            markers.purged_title,
            "--tag",
            markers.purged_tag,
            stdin=f"Delete this for good: {markers.purged_body}\n",
        ).strip()

        listed = threshold("list")
        assert markers.title in listed
        assert markers.purged_title in listed
        assert {row["id"] for row in json.loads(threshold("list", "--json"))} == {kept, purged}
        shown = json.loads(threshold("show", kept, "--json"))
        assert markers.body in shown["body"]
        assert shown["title"] == markers.title
        assert markers.tag in shown["tags"]
        assert markers.title in threshold("show", kept[:8])
        assert [hit["id"] for hit in json.loads(threshold("search", markers.body, "--json"))] == [
            kept
        ]
        tagged = json.loads(threshold("search", markers.title, "--tag", markers.tag, "--json"))
        assert [hit["id"] for hit in tagged] == [kept]
        assert purged[:8] in threshold("search", markers.purged_body)

        threshold(
            "edit",
            kept,
            "--title",
            markers.edited_title,
            stdin=f"Rewritten: {markers.edited_body}\nand {markers.body} again.\n",
        )
        history = json.loads(threshold("history", kept, "--json"))
        assert len(history) == 1
        assert markers.body in history[0]["body"]
        assert markers.title == history[0]["title"]
        assert "characters" in threshold("history", kept)
        assert markers.edited_title in threshold("show", kept)

        threshold("delete", purged)
        assert [row["id"] for row in json.loads(threshold("trash", "--json"))] == [purged]
        assert markers.purged_title in threshold("trash")
        threshold("restore", purged)
        assert json.loads(threshold("trash", "--json")) == []
        threshold("delete", purged)
        assert "sound" in threshold("verify")

        # a contact naming someone (names are as private as the words)
        holder.contacts.add(
            ContactFields(
                dt.datetime(2026, 11, 1, 9), Channel.CALL, said="A call", who=(markers.who,)
            )
        )
        rows = json.loads(threshold("contacts", "--who", markers.who, "--json"))
        assert [row["who"] for row in rows] == [[markers.who]]
        assert markers.who in threshold("contacts")

        # the incident record: an account, an amendment, one deleted for good
        happened = ("--happened", "2026-11-02 22:15", "--kind", "threat", "--who", markers.who)
        record = threshold(
            "incidents", "add", *happened, "--place", markers.incident_place,
            stdin=f'He said:\n\n> "{markers.incident}"\n',
        ).strip()  # fmt: skip
        threshold("incidents", "amend", record, "--reason", markers.incident_reason, "--harm", "x")
        gone = threshold("incidents", "add", *happened, stdin=markers.incident_purged).strip()
        threshold("incidents", "delete", gone)
        threshold("incidents", "delete", gone, "--for-good")
        assert markers.incident in threshold("incidents", "show", record)
        assert "holds" in threshold("incidents", "verify")

        wal = Path(f"{JournalFiles(data_dir).database}-wal")
        assert wal.is_file()
        assert wal.stat().st_size > 0
        scanned = check_private_modes(data_dir)
        assert {path.name for path in scanned} >= {
            "journal.db",
            "journal.db-wal",
            "journal.db-shm",
            "journal.keys",
            "journal.lock",
        }
        secrets_needles = _secret_needles(markers, recovery)
        hits = scan([data_dir, private_tmp, home], {**_content_needles(markers), **secrets_needles})
        assert hits == [], "plaintext while the journal is open:\n" + "\n".join(hits)
    finally:
        holder.close()

    # keys: status, a new passphrase, and a new database key
    status = json.loads(threshold("keys", "status", "--json"))
    assert sorted(status["opens_with"]) == ["passphrase", "recovery"]
    assert "passphrase" in threshold("keys", "status")
    threshold("keys", "set-passphrase", THRESHOLD_NEW_PASSPHRASE=markers.new_passphrase)
    env["THRESHOLD_PASSPHRASE"] = markers.new_passphrase
    recovery_file = secrets / "recovery.txt"
    recovery_file.write_text(f"{recovery}\n")
    recovery_file.chmod(0o600)
    try:
        threshold("keys", "rotate", "--recovery-key-file", str(recovery_file))
    finally:
        recovery_file.unlink()
    assert "sound" in threshold("verify")
    assert markers.edited_body in json.loads(threshold("show", kept, "--json"))["body"]

    # empty the trash: the purged entry is gone for good
    assert "Deleted 1 entry" in threshold("trash", "--empty", "--yes")
    assert json.loads(threshold("trash", "--json")) == []
    assert [row["id"] for row in json.loads(threshold("list", "--json"))] == [kept]
    assert "sound" in threshold("verify")

    assert data_dir / "journal.db" in check_private_modes(data_dir)
    needles = {**_content_needles(markers), **_secret_needles(markers, recovery)}
    hits = scan([tmp_path], needles)
    assert hits == [], "plaintext left in a file:\n" + "\n".join(hits)
    new_in_system_temp = top_level_entries(SYSTEM_TEMP_DIRS) - before
    hits = scan(sorted(new_in_system_temp), needles, strict=False)
    assert hits == [], "plaintext in the system temp folder:\n" + "\n".join(hits)


def _content_needles(markers: Markers) -> dict[str, bytes]:
    needles: dict[str, bytes] = {}
    for name, value in markers.content().items():
        needles |= needles_for(name, value, value[-32:])
    return needles


def _secret_needles(markers: Markers, recovery: RecoveryKey) -> dict[str, bytes]:
    needles = {
        **needles_for("passphrase", markers.passphrase, markers.passphrase[-32:]),
        **needles_for("new passphrase", markers.new_passphrase, markers.new_passphrase[-32:]),
        **needles_for("recovery key", str(recovery), str(recovery).replace("-", "")),
        **needles_for("recovery key hex", recovery.secret.hex()),
    }
    needles["recovery key (raw bytes)"] = recovery.secret
    return needles


# ---------------------------------------------------------------------- pictures


def test_scanner_finds_a_marker_compressed_in_a_picture(tmp_path: Path) -> None:
    """A PNG's zTXt chunk holds its text compressed: only ``inflate`` sees it."""
    marker = f"PICMARK-{uuid.uuid4().hex}"
    (tmp_path / "a.png").write_bytes(
        png_chunk(b"zTXt", b"k\x00\x00" + zlib.compress(marker.encode()))
    )
    needles = needles_for("marker", marker)
    assert scan([tmp_path], needles) == []
    assert scan([tmp_path], needles, inflate=True) != []


def test_exported_pictures_carry_none_of_their_metadata(tmp_path: Path) -> None:
    """Pictures whose EXIF, GPS, XMP, comments and text chunks hold a marker are
    attached, exported in every format; no file outside the journal holds the
    marker, and the originals in the journal are unchanged."""
    marker = f"PICMARK-{uuid.uuid4().hex}"
    passphrase = f"passphrase-{uuid.uuid4().hex}"
    data_dir, private_tmp, home, sources = (
        tmp_path / name for name in ("Threshold", "tmp", "home", "sources")
    )
    for folder in (private_tmp, home, sources):
        folder.mkdir(mode=0o700)
    env = private_env(private_tmp, home, passphrase)
    before = top_level_entries(SYSTEM_TEMP_DIRS)

    def threshold(*argv: str, stdin: str = "") -> str:
        result = run_threshold(*argv, data_dir=data_dir, stdin=stdin.encode(), env=env)
        assert result.returncode == 0, (argv, result.stderr.decode(errors="replace"))
        return result.stdout.decode()

    originals = {
        "photo.png": png_bytes(marker=marker),
        "photo.jpg": jpeg_bytes(marker=marker),
        "photo.webp": webp_bytes(marker=marker),
        "photo.gif": gif_bytes(marker=marker),
        "deed.pdf": pdf_bytes(marker=marker),
    }
    for name, data in originals.items():
        (sources / name).write_bytes(data)
    threshold("init", "--json")
    attach = [part for name in originals for part in ("--attach", str(sources / name))]
    entry_id = threshold("add", *attach, stdin="What they sent me.\n").strip()
    for name in originals:
        (sources / name).unlink()

    exports = home / "exports"
    exports.mkdir(mode=0o700)
    for fmt in ("md", "txt", "html", "pdf"):
        threshold("export", entry_id, "--format", fmt, "-o", str(exports / f"{fmt}.{fmt}"))
    for fmt in ("md", "txt"):
        assert len(list((exports / f"{fmt} files").iterdir())) == len(originals)
    assert b"data:image/png;base64," in (exports / "html.html").read_bytes()

    needles = needles_for("picture metadata", marker)
    hits = scan([data_dir, private_tmp, home, sources], needles, inflate=True)
    assert hits == [], "picture metadata left in a file:\n" + "\n".join(hits)
    new_in_system_temp = top_level_entries(SYSTEM_TEMP_DIRS) - before
    assert scan(sorted(new_in_system_temp), needles, strict=False, inflate=True) == []

    kept = json.loads(threshold("attachments", entry_id, "--json"))
    wanted = {hashlib.sha256(data).hexdigest() for data in originals.values()}
    assert {item["sha256"] for item in kept} == wanted  # the originals, as they were
