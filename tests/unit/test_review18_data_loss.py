"""Review of issue 18: words a Markdown import loses or changes without a word.

Each test proves a review finding stays fixed (each failed before its fix).
"""

from __future__ import annotations

from pathlib import Path

from app.journal.journal import Journal
from app.records.entries import Entry
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
