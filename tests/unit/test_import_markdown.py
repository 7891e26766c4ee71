"""A folder of Markdown notes, read and kept in a real journal field by field."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.journal.journal import Journal
from app.records.entries import Entry, EntryFields, EntryFilter
from app.records.imports import SourceKind
from app.transfer import markdown_folder
from app.transfer.markdown_notes import code_masked, text_tags
from app.transfer.problems import ImportRefused
from app.transfer.sources import open_source
from tests.helpers.images import gif_bytes, pdf_bytes
from tests.helpers.transfer_notes import (
    FIXTURES,
    NOTES_MTIME,
    fixture_files,
    import_into,
    local_zone,
    tiny_png,
    write_notes,
)

ZONE = ZoneInfo("Pacific/Auckland")  # NOTES_MTIME (noon UTC) is the next day there
REF = r"attachment:[0-9a-f]{32}"


@pytest.fixture(autouse=True)
def _far_zone() -> Iterator[None]:
    with local_zone(ZONE.key):
        yield


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    return write_notes(tmp_path / "vault")


def _kept(journal: Journal) -> dict[dt.date, Entry]:
    """Every entry by its date (the fixture's notes each have a day of their own)."""
    entries = [journal.entries.get(s.id) for s in journal.entries.summaries()]
    return {entry.date: entry for entry in entries}


def _pictures(journal: Journal, entry: Entry) -> list[bytes]:
    found = journal.attachments.for_entry(entry.id)
    for attachment in found:
        assert f"attachment:{attachment.id}" in entry.body
    return [journal.attachments.read(attachment.id) for attachment in found]


def test_the_folder_is_kept_note_by_note(journal: Journal, vault: Path) -> None:
    result = import_into(journal, vault)
    assert (result.added, result.skipped, result.attachments) == (10, 0, 2)
    kept = _kept(journal)
    assert len(kept) == 10  # not .obsidian, .trash or Logseq's backups
    mtime = NOTES_MTIME.astimezone(ZONE)

    daily = kept[dt.date(2024, 1, 5)]  # Obsidian's daily note; the picture found by name
    assert (daily.title, daily.tags, daily.marked) == ("", ("morning", "walk"), False)
    assert daily.created == daily.updated == mtime
    assert daily.body.startswith("Woke early and walked. #morning #walk\n\n![](attachment:")
    assert _pictures(journal, daily) == [tiny_png()]

    logseq = kept[dt.date(2024, 1, 6)]
    assert logseq.tags == ("group", "logseq", "two words")
    assert logseq.body.startswith("- tags:: logseq")
    assert kept[dt.date(2024, 1, 7)].title == ""  # "2024-01-07 Sunday" is only a date

    letter = kept[dt.date(2024, 1, 8)]  # the day it was written on, in its own zone
    assert letter.title == "An unsent letter"
    assert letter.created == dt.datetime(
        2024, 1, 8, 21, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))
    )
    assert letter.updated == mtime
    assert (letter.tags, letter.marked) == (("letters", "boundaries"), True)
    assert letter.body.startswith("\nDear you,\n\n![The park](attachment:")
    assert "and again ![](attachment:" in letter.body
    assert "<https://example.org/page#section>" in letter.body
    assert _pictures(journal, letter) == [gif_bytes(6, 4)]  # two references, one picture

    ideas = kept[dt.date(2024, 2, 1)]
    assert ideas.created == dt.datetime(2024, 2, 1, 8, 0, tzinfo=ZONE)
    assert (ideas.tags, ideas.marked) == (("ideas", "plans", "plan"), True)
    assert "![code](attachments/walk.png)" in ideas.body  # code stays code
    assert ideas.body.startswith("# Ideas\n")

    empty = kept[mtime.date()]  # no date anywhere: the file's time, in the local zone
    assert (empty.title, empty.body, empty.created) == ("empty", "", mtime)
    only = kept[dt.date(2024, 3, 1)]
    assert (only.title, only.body) == ("Just fields", "")
    stale = kept[dt.date(2024, 3, 2)]
    assert stale.body.startswith("![gone](gone.png) ![[also gone.jpg]] ![web](https://")
    unicode = kept[dt.date(2024, 4, 1)]
    assert (unicode.title, unicode.tags) == ("日記 2024-04-01", ("日記", "ünïcödé", "café"))
    assert kept[dt.date(2024, 5, 1)].body == "Line one\nLine two\n"
    assert {entry.source for entry in kept.values()} == {"markdown"}


def test_the_preview_says_what_was_left_as_written(vault: Path) -> None:
    with open_source(vault) as batch:
        assert batch.kind is SourceKind.MARKDOWN
        assert [n.text for n in batch.notices] == [
            "Pictures the notes show that are not in the folder: 2; their references stay "
            "as written."
        ]
        ids = [entry.source_id for entry in batch.entries]
        bodies = "".join(entry.fields.body for entry in batch.entries)
    assert len(set(ids)) == len(ids) == 10
    assert all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    assert "not a note" not in bodies and "Thrown away" not in bodies and "backup" not in bodies


def test_importing_again_adds_nothing_and_the_filter_finds_them(
    journal: Journal, vault: Path
) -> None:
    import_into(journal, vault)
    (vault / "new note.md").write_text("Written since.\n", encoding="utf-8")
    again = import_into(journal, vault)
    assert (again.added, again.skipped) == (1, 10)
    assert journal.entries.count(EntryFilter(source="markdown")) == 11
    assert journal.entries.count(EntryFilter(source="jrnl")) == 0


def test_a_note_is_known_by_its_name_and_words_not_its_place(
    journal: Journal, tmp_path: Path
) -> None:
    """A sub-folder, then the folder: the same notes. Another folder's note of that name,
    or a note whose words changed: new."""
    vault = write_notes(tmp_path / "vault")
    assert import_into(journal, vault / "journals").added == 1
    assert (import_into(journal, vault).added, import_into(journal, vault).added) == (9, 0)
    other = tmp_path / "phone"
    other.mkdir()
    (other / "2024-01-05.md").write_text("Another day, in my other notes.\n", encoding="utf-8")
    (other / "2024-01-07 Sunday.md").write_text("Quiet day at home.\n", encoding="utf-8")
    again = import_into(journal, other)
    assert (again.added, again.skipped) == (1, 1)
    (vault / "2024-01-07 Sunday.md").write_text(
        "Quiet day at home. Then a call.\n", encoding="utf-8"
    )
    assert import_into(journal, vault).added == 1
    assert journal.entries.count() == 12


def test_one_note_is_a_source_too(journal: Journal, vault: Path) -> None:
    note = vault / "Letters" / "Unsent letter ✉️.md"
    with open_source(note) as batch:
        (entry,) = batch.entries
        # Its own folder is the one chosen: the picture one folder up is outside it,
        # and no other folder is searched by name.
        assert [n.text.split(":")[0] for n in batch.notices] == [
            "Pictures the notes show that are not in the folder",
            "Pictures outside the folder or behind a link, not attached",
        ]
    assert entry.fields.title == "An unsent letter"
    assert import_into(journal, note).added == 1
    # The same note in the folder around it is the same note: not imported twice.
    assert (import_into(journal, vault).added, journal.entries.count()) == (9, 10)


def test_the_fixtures_kept_in_the_repository_are_a_fresh_build(
    journal: Journal, tmp_path: Path
) -> None:
    write_notes(tmp_path / "fresh" / "vault")
    assert fixture_files(FIXTURES / "notes") == fixture_files(tmp_path / "fresh")
    assert import_into(journal, FIXTURES / "notes" / "vault").added == 10


# ---------------------------------------------------------------- links and pictures


def _folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    """A folder "notes" holding ``files`` (by path there; text is written as UTF-8)."""
    folder = tmp_path / "notes"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)
    return folder


def test_no_link_is_followed_and_nothing_outside_the_folder_is_attached(
    journal: Journal, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("Not in the folder.\n", encoding="utf-8")
    (outside / "secret.png").write_bytes(tiny_png())
    folder = tmp_path / "notes"
    (folder / "pics").mkdir(parents=True)
    (folder / "linked.md").symlink_to(outside / "secret.md")
    (folder / "linked folder").symlink_to(outside)
    (folder / "pics" / "link.png").symlink_to(outside / "secret.png")
    (folder / "pics folder").symlink_to(outside)
    text = (
        "![a](pics/link.png) ![b](../outside/secret.png) ![c](pics%20folder/secret.png)\n"
        f"![d]({outside / 'secret.png'}) ![[/etc/secret.png]] ![e](file:///etc/x.png)\n"
        "![f](C:\\pics\\x.png) ![[../../x.png]]\n"
    )
    (folder / "note.md").write_text(text, encoding="utf-8")
    with open_source(folder) as batch:
        assert [e.fields.body for e in batch.entries] == [text]
    assert [n.text.split(":")[0] for n in batch.notices] == [
        "Links to other notes or folders skipped (no link is followed)",
        "Pictures outside the folder or behind a link, not attached",
    ]
    assert "followed): 3." in batch.notices[0].text  # two links to folders, one to a note
    assert "attached: 8;" in batch.notices[1].text
    assert import_into(journal, folder).attachments == 0


def test_pictures_are_found_beside_the_note_then_from_the_top_then_by_name(
    journal: Journal, tmp_path: Path
) -> None:
    pictures: dict[str, bytes] = {
        "days/same.png": tiny_png(4, 3),
        "same.png": tiny_png(5, 3),
        "assets/top.png": tiny_png(6, 3),
        "deep/er/by name ü.png": tiny_png(7, 3),
        "days/pdfs/letter.pdf": pdf_bytes(),
        "days/sp ace.png": tiny_png(8, 3),
        "a/b/c/twice.png": tiny_png(9, 3),
        "z/twice.png": tiny_png(10, 3),  # nearer the top: the one found by name
    }
    text = (
        "![beside](same.png) ![top](assets/top.png 'a title') ![[by name ü.png|300]]\n"
        "![a pdf](pdfs/letter.pdf) ![[by name ü.png|the walk]] ![x](<sp ace.png>)\n"
        "![encoded](by%20name%20%C3%BC.png) ![web](https://example.org/a.png) ![[twice.png]]\n"
    )
    folder = _folder(tmp_path, {**pictures, "days/note.md": text})
    import_into(journal, folder)
    (entry,) = _kept(journal).values()
    body = entry.body
    assert body.count("![beside](attachment:") == 1
    assert "![top](attachment:" in body
    assert "[letter.pdf](attachment:" in body and "![a pdf]" not in body
    assert "![the walk](attachment:" in body and "![](attachment:" in body
    assert "![web](https://example.org/a.png)" in body
    kept = {a.name: journal.attachments.read(a.id) for a in journal.attachments.for_entry(entry.id)}
    assert kept == {
        "same.png": pictures["days/same.png"],
        "top.png": pictures["assets/top.png"],
        "by name ü.png": pictures["deep/er/by name ü.png"],
        "letter.pdf": pictures["days/pdfs/letter.pdf"],
        "sp ace.png": pictures["days/sp ace.png"],
        "twice.png": pictures["z/twice.png"],
    }


def test_a_picture_refused_when_kept_undoes_the_whole_import(
    journal: Journal, tmp_path: Path
) -> None:
    folder = _folder(
        tmp_path, {"a.md": "Fine.\n", "b.md": "![not really](fake.png)\n", "fake.png": "words"}
    )
    with pytest.raises(ImportRefused, match="could not be kept"):
        import_into(journal, folder)
    assert journal.entries.count() == 0


# ---------------------------------------------------------------- fields


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("#one #two-words #a/b #1st", ["one", "two-words", "a/b", "1st"]),
        ("# Heading\n## Another #inner", ["inner"]),
        ("Issue #123 and #2024", []),
        ("https://x.org/p#frag [a](#anchor) x#y &#39;", []),
        ("`#code` ``a `#b` c`` text #real", ["real"]),
        ("```\n#fenced\n```\n~~~~\n#tilde\n~~~~\n    #indented stays a tag", ["indented"]),
        ("```\nnever closed #inside", []),
        ("`never closed #one\n\n#two `x` ``a`#no`` #three", ["one", "two", "three"]),
        ("tags:: a, [[b c]], #d\n- TAGS:: e", ["d", "a", "b c", "d", "e"]),
        ("#trailing. #dash- (#paren)", ["trailing", "dash"]),
    ],
)
def test_hashtags_in_the_text(text: str, tags: list[str]) -> None:
    assert text_tags(code_masked(text)) == tags


@pytest.mark.parametrize(
    ("name", "front", "date", "title", "tags", "marked"),
    [
        ("n.md", "date: 2023-02-03", dt.date(2023, 2, 3), "n", (), False),
        ("n.md", "created: '2023-02-03 07:15'", dt.date(2023, 2, 3), "n", (), False),
        ("n.md", "date: 2023-02-03T23:30:00-05:00", dt.date(2023, 2, 3), "n", (), False),
        ("2023.02.03 x.md", "tags: a b\ntitle: 42", dt.date(2023, 2, 3), "42", ("a", "b"), False),
        ("2023-13-45.md", "tags: [x, 7]\nfavorite: yes", None, "2023-13-45", ("x", "7"), True),
        (
            "2023-02-03.md",
            "tag: one, two\nstarred: false",
            dt.date(2023, 2, 3),
            "",
            ("one", "two"),
            False,
        ),
        ("x.md", "title: ''\ndate: ''\nstarred: 'yes'", None, "x", (), True),
        ("n.md", "date: 2023-02-03 23:30:00 -5", dt.date(2023, 2, 3), "n", (), False),
        (
            "n.md",
            "title: No\ntags: [yes, 1.10, 010, 12:30]",
            None,
            "No",
            ("yes", "1.10", "010", "12:30"),
            False,
        ),
    ],
)
def test_front_matter_and_names(
    tmp_path: Path,
    name: str,
    front: str,
    date: dt.date | None,
    title: str,
    tags: tuple[str, ...],
    marked: bool,
) -> None:
    folder = _folder(tmp_path, {name: f"---\n{front}\n---\nWords.\n"})
    with open_source(folder) as batch:
        (entry,) = batch.entries
    expected = date or dt.datetime.fromtimestamp((folder / name).stat().st_mtime, ZONE).date()
    assert entry.fields.date == expected
    assert (entry.fields.title, entry.fields.tags, entry.fields.marked) == (title, tags, marked)
    assert entry.fields.body == "Words.\n"


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("title: [unclosed", "n"),  # not YAML: only words after a rule
        ("- a list", "n"),  # YAML, but no names and values
        ("date: !!int nope", "n"),  # a value no safe loader builds
        ("Mum said: you will regret this", "n"),
        ("title: Kept\nsummary: The day I said it out loud", "Kept"),
        ("title: Kept # the name I gave it", "Kept"),
        ("title: [a, list]", "n"),
        ("tags: [a, [b, c]]", "n"),
        ("tags: a\ntag: b", "n"),  # the second is never read
        ("date: 2024-01-05\ncreated: 2024-01-04T08:00", "n"),
        ("starred: maybe", "n"),
        ("title: First\ntitle: Second", "n"),  # YAML would keep only the second
        ("tags: [" + "x" * 70 + "]", "n"),  # too long to be a tag
        ("title: " + "t" * 301, "t" * 301),
    ],
)
def test_front_matter_with_more_than_the_entry_keeps_stays_in_the_text(
    tmp_path: Path, front: str, title: str
) -> None:
    text = f"---\n{front}\n---\nWords #tag.\n"
    folder = _folder(tmp_path, {"n.md": text})
    with open_source(folder) as batch:
        (entry,) = batch.entries
        notices = [notice.text for notice in batch.notices]
    assert entry.fields.body == text
    assert entry.fields.title == title
    assert "tag" in entry.fields.tags  # the text after the front matter is read as ever
    assert any(
        "front matter holds more than a title, date, tags and star" in notice
        and ": 1; it stays at the top of their text, as written." in notice
        for notice in notices
    ), notices


def test_front_matter_the_entry_keeps_whole_is_taken_out(tmp_path: Path) -> None:
    front = "title: T\ndate: 2024-01-05\ntags: [a, b]\ntag: ''\nstarred: no\n"  # no other name
    folder = _folder(tmp_path, {"n.md": f"---\n{front}---\nWords.\n", "e.md": "---\n---\nx"})
    with open_source(folder) as batch:
        assert [entry.fields.body for entry in batch.entries] == ["x", "Words.\n"]
        assert not batch.notices


@pytest.mark.parametrize("date", ["last tuesday", "2023-02-30"])
def test_a_date_that_cannot_be_read_falls_back_and_says_so(tmp_path: Path, date: str) -> None:
    folder = _folder(tmp_path, {"2022-08-09.md": f"---\ndate: {date}\n---\nx"})
    with open_source(folder) as batch:
        assert batch.entries[0].fields.date == dt.date(2022, 8, 9)
        assert "could not be read: 1;" in batch.notices[0].text


def test_more_tags_than_an_entry_holds_stay_in_the_text(tmp_path: Path) -> None:
    words = " ".join(f"#t{number}" for number in range(60)) + " #" + "x" * 65
    folder = _folder(tmp_path, {"many.md": words})
    with open_source(folder) as batch:
        assert batch.entries[0].fields.tags == tuple(f"t{number}" for number in range(50))
        assert batch.entries[0].fields.body == words
        assert "1 entries have tags too long or too many" in batch.notices[0].text


# ---------------------------------------------------------------- refusals


def _refused(journal: Journal, folder: Path, said: str) -> None:
    """Refused naming ``said``; the journal still holds only what it held (one entry)."""
    if not journal.entries.count():
        journal.entries.add(EntryFields(body="already here", date=dt.date(2020, 1, 1)))
    with pytest.raises(ImportRefused, match="Nothing was imported") as refusal:
        import_into(journal, folder, SourceKind.MARKDOWN)
    assert said in str(refusal.value)
    assert journal.entries.count() == 1


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"caf\xe9\n", "sub/bad.md is not UTF-8 text (byte 4"),
        (b"a\x00b", "sub/bad.md holds a NUL character"),
    ],
)
def test_a_note_that_cannot_be_read_is_refused_by_name(
    journal: Journal, tmp_path: Path, data: bytes, said: str
) -> None:
    folder = _folder(tmp_path, {"good.md": "Fine.\n", "sub/bad.md": data})
    _refused(journal, folder, said)


def test_over_the_limits_or_no_notes_is_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, {"words.txt": "not a note", ".hidden/x.md": "hidden"})
    _refused(journal, folder, "notes holds no Markdown notes")
    for number in range(3):
        (folder / f"{number}.md").write_text("x" * 2_000_000, encoding="utf-8")
    monkeypatch.setattr(markdown_folder, "MAX_NOTES", 2)
    _refused(journal, folder, "more than 2 notes")
    monkeypatch.setattr(markdown_folder, "MAX_BODY_BYTES", 1_048_576)
    monkeypatch.setattr(markdown_folder, "MAX_NOTES", 100)
    with pytest.raises(
        ImportRefused, match=r"\d\.md is 2 MB; Threshold imports a note of up to 1 MB"
    ):
        import_into(journal, folder)
    assert journal.entries.count() == 1


def test_a_folder_that_cannot_be_opened_is_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path, {"a.md": "x", "locked/b.md": "y"})
    scandir = os.scandir

    def refusing(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    _refused(journal, folder, "The folder locked could not be read")


def test_a_hostile_note_is_read_in_one_pass(tmp_path: Path) -> None:
    """Unclosed pictures, links and code spans: a search per "![" would take hours."""
    hostile = (
        "![" * 500_000
        + "![[" * 300_000
        + "![a](<" * 200_000
        + '![a](b "' * 200_000
        + "".join("`" * k + " x " for k in range(1, 1500))
    )
    folder = _folder(tmp_path, {"hostile.md": hostile})
    started = time.perf_counter()
    with open_source(folder) as batch:
        assert batch.entries[0].fields.body == hostile
    assert time.perf_counter() - started < 10
