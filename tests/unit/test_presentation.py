"""The on-screen choices: checked before saving, defaults for anything unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import APP_NAME
from app.errors import InvalidInput, KnownError
from app.presentation import (
    HideMode,
    Presentation,
    WindowIcon,
    load_presentation,
    save_presentation,
)


def test_defaults_are_the_apps_own_name_and_icon(tmp_path: Path) -> None:
    presentation = load_presentation(tmp_path / "missing.ini")
    assert presentation == Presentation()
    assert presentation.title == APP_NAME
    assert not presentation.is_neutral


def test_choices_round_trip_and_are_tidied(tmp_path: Path) -> None:
    path = tmp_path / "config" / "presentation.ini"
    chosen = Presentation(
        title="  Shopping   list ",
        icon=WindowIcon.NOTES,
        hide_mode=HideMode.COVER,
        hide_shortcut="Ctrl+Alt+H",
        clear_clipboard_seconds=60,
    )
    stored = save_presentation(path, chosen)
    assert stored.title == "Shopping list"
    assert load_presentation(path) == stored
    assert stored.is_neutral
    assert not path.with_name("presentation.ini.new").exists()


@pytest.mark.parametrize(
    "bad",
    [
        Presentation(title="   "),
        Presentation(title="x" * 41),
        Presentation(title="Notes\x07"),
        Presentation(hide_shortcut="Ctrl+" * 20),
        Presentation(clear_clipboard_seconds=7),
    ],
)
def test_bad_choices_are_refused_and_nothing_is_written(tmp_path: Path, bad: Presentation) -> None:
    path = tmp_path / "presentation.ini"
    with pytest.raises(InvalidInput):
        save_presentation(path, bad)
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not an ini file",
        b"[presentation]\nicon = rocket\n",
        b"[presentation]\nclear_clipboard_seconds = soon\n",
        b"[presentation]\ntitle = " + b"y" * 200 + b"\n",
        b"\xff\xfe\x00garbage",
    ],
)
def test_an_unreadable_file_gives_the_defaults(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "presentation.ini"
    path.write_bytes(content)
    assert load_presentation(path) == Presentation()


def test_a_config_folder_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(KnownError) as caught:
        save_presentation(blocker / "presentation.ini", Presentation(title="Notes"))
    assert "config folder" in str(caught.value.message)


def test_a_language_this_threshold_does_not_speak_keeps_the_neutral_name(tmp_path: Path) -> None:
    """A newer Threshold may have written "fr": the name must not fall back to Threshold."""
    path = tmp_path / "presentation.ini"
    path.write_text(
        "[presentation]\ntitle = Notes\nicon = notes\nlanguage = fr\nhigh_contrast = yes\n"
    )
    loaded = load_presentation(path)
    assert (loaded.title, loaded.language, loaded.high_contrast) == ("Notes", "", True)
