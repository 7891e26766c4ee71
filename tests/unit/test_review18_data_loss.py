"""Review of issue 18: words a Markdown import loses or changes without a word.

Each test proves a review finding stays fixed (each failed before its fix).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from app.journal.journal import Journal
from app.records.entries import Entry
from app.transfer import markdown_folder
from tests.helpers.images import gif_bytes
from tests.helpers.transfer_notes import import_into


def _entries(journal: Journal) -> list[Entry]:
    return [journal.entries.get(s.id) for s in journal.entries.summaries()]


def _note(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_second_folder_with_the_same_daily_note_name_is_not_skipped(
    journal: Journal, tmp_path: Path
) -> None:
    """Two vaults (or a folder imported a sub-folder at a time) both hold 2024-01-05.md."""
    first = _note(tmp_path / "old laptop", "2024-01-05.md", "What she said at the door.\n")
    second = _note(tmp_path / "phone", "2024-01-05.md", "A different day, in my other notes.\n")
    assert import_into(journal, first).added == 1
    result = import_into(journal, second)
    bodies = sorted(entry.body for entry in _entries(journal))
    assert bodies == [
        "A different day, in my other notes.\n",
        "What she said at the door.\n",
    ], f"the second note was skipped as 'already in the journal' ({result.skipped} skipped)"


def test_words_that_parse_as_front_matter_are_kept(journal: Journal, tmp_path: Path) -> None:
    """A note opening with a --- rule; another with a field Threshold has no place for."""
    folder = _note(
        tmp_path / "notes",
        "2024-02-01.md",
        "---\nMum said: you will regret this\n---\nI did not answer.\n",
    )
    _note(folder, "2024-02-02.md", "---\nsummary: The day I said it out loud\n---\nBody.\n")
    import_into(journal, folder)
    kept = "\n".join(entry.body for entry in _entries(journal))
    assert "you will regret this" in kept
    assert "The day I said it out loud" in kept


def test_front_matter_words_stay_the_words_written(journal: Journal, tmp_path: Path) -> None:
    """Obsidian reads these as text (YAML 1.2); PyYAML's SafeLoader makes bools and numbers."""
    text = "---\ntitle: Yes\ntags: [no, 12:30, 1.10, 010]\n---\nBody.\n"
    import_into(journal, _note(tmp_path / "notes", "2024-03-01.md", text))
    (entry,) = _entries(journal)
    assert entry.title == "Yes"  # today: "True"
    assert entry.tags == ("no", "12:30", "1.10", "010")  # today: False, 750, 1.1, 8


# The second review's findings (each failed before its fix).


def test_the_same_words_in_an_untitled_note_on_two_days_are_two_entries(
    journal: Journal, tmp_path: Path
) -> None:
    """Two incidents written alike, each in its month's Untitled.md, with its picture."""
    root = tmp_path / "vault"
    for month, stamp in (("2023-03", 1_678_000_000), ("2023-04", 1_681_000_000)):
        folder = _note(root / month, "Untitled.md", "He came back again. ![](door.gif)\n")
        (folder / "door.gif").write_bytes(gif_bytes())
        os.utime(folder / "Untitled.md", (stamp, stamp))
    result = import_into(journal, root)
    assert (result.added, result.skipped) == (2, 0)
    days = sorted(entry.date.isoformat()[:7] for entry in _entries(journal))
    assert days == ["2023-03", "2023-04"]
    assert import_into(journal, root).added == 0  # and the same folder again adds nothing


def test_a_field_with_no_value_is_words_and_stays(journal: Journal, tmp_path: Path) -> None:
    text = "---\ntitle: Tuesday\nThings I am afraid of:\n---\nBody.\n"
    import_into(journal, _note(tmp_path / "notes", "2024-04-01.md", text))
    (entry,) = _entries(journal)
    assert entry.title == "Tuesday"
    assert entry.body == text  # the block stays, as written


def test_a_title_over_two_lines_keeps_its_block(journal: Journal, tmp_path: Path) -> None:
    text = "---\ntitle: |\n  The day\n  I left\n---\nBody.\n"
    import_into(journal, _note(tmp_path / "notes", "2024-04-02.md", text))
    (entry,) = _entries(journal)
    assert entry.body == text


def test_a_file_name_holding_a_lone_surrogate_is_named_not_a_crash() -> None:
    """Windows can hand back unpaired surrogates in names (not UTF-8 at all)."""
    first = markdown_folder._source_id("a/b\ud800.md", dt.date(2024, 1, 1), "x")
    assert len(first) == 32 and first != markdown_folder._source_id(
        "a/b.md", dt.date(2024, 1, 1), "x"
    )
