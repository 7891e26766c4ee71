"""The window's catalogues: complete, current with the code, and true to each placeholder.

A string left unfinished shows English in the middle of a Spanish or German window; a
placeholder that differs (``{count}`` renamed, a ``%n`` lost, a mnemonic's ``&``
dropped, a tag cut) shows a raw brace, a wrong number or a menu without its key. The
catalogues are read with ``pyside6-lupdate`` from the code each run, so a string
added without its translations fails here, not in front of a reader.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.language import LANGUAGES, SOURCE
from tests.helpers.paths import REPO

FOLDER = REPO / "resources" / "translations"
TRANSLATED = sorted(code for code in LANGUAGES if code != SOURCE)
BIN = Path(shutil.which("pyside6-lupdate") or REPO / ".venv" / "bin" / "pyside6-lupdate").parent
MARKS = re.compile(r"\{[a-z_]*\}|%[0-9n]|<[^>]+>")


@dataclass(frozen=True)
class Message:
    """One string of a catalogue and what it says in the catalogue's language."""

    context: str
    source: str
    comment: str
    plural: bool
    forms: tuple[str, ...]
    finished: bool


def read_catalogue(path: Path) -> list[Message]:
    """Every message of a ``.ts`` file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    plural=message.get("numerus") == "yes",
                    forms=tuple(forms) if forms else (translation.text or "",),
                    finished=translation.get("type") is None,
                )
            )
    return messages


def marks(text: str, plural: bool) -> tuple[list[str], int]:
    """The placeholders and tags of a string, and its mnemonic ampersands."""
    found = sorted(MARKS.findall(text))
    if plural:
        found = [mark for mark in found if mark != "%n"]
    return found, text.replace("&&", "").count("&")


def source_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "app/*.py"], cwd=REPO, capture_output=True, text=True, check=True
    )
    return listed.stdout.split()


@pytest.fixture(scope="module")
def current_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, str]]:
    """Every string the code says now, as lupdate reads it."""
    fresh = tmp_path_factory.mktemp("lupdate") / "threshold_xx.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *source_files(), "-ts", str(fresh)],
        cwd=REPO,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return {(m.context, m.source, m.comment) for m in read_catalogue(fresh)}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_of_the_window_is_translated(
    code: str, current_strings: set[tuple[str, str, str]]
) -> None:
    messages = read_catalogue(FOLDER / f"threshold_{code}.ts")
    keys = {(m.context, m.source, m.comment) for m in messages}
    assert not sorted(current_strings - keys)[:10], "run scripts/translations update"
    assert not sorted(keys - current_strings)[:10], "run scripts/translations update"
    unfinished = [m.source for m in messages if not m.finished or not all(m.forms)]
    assert not unfinished[:10], f"{len(unfinished)} unfinished"
    plurals = [m.source for m in messages if m.plural and len(m.forms) != 2]
    assert not plurals


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_placeholder_mnemonic_and_tag_survives(code: str) -> None:
    wrong = [
        (m.source, form)
        for m in read_catalogue(FOLDER / f"threshold_{code}.ts")
        for form in m.forms
        if m.finished and marks(form, m.plural) != marks(m.source, m.plural)
    ]
    assert not wrong[:10], f"{len(wrong)} differ"


def test_english_has_both_forms_of_every_plural(
    current_strings: set[tuple[str, str, str]],
) -> None:
    messages = read_catalogue(FOLDER / "threshold_en.ts")
    assert all(m.plural and m.finished and len(m.forms) == 2 for m in messages)
    assert all("%n" in form for m in messages for form in m.forms)
    assert {(m.context, m.source, m.comment) for m in messages} <= current_strings


@pytest.mark.parametrize("code", [*TRANSLATED, SOURCE])
def test_each_catalogue_builds_and_loads(code: str, tmp_path: Path) -> None:
    built = tmp_path / f"threshold_{code}.qm"
    catalogue = FOLDER / f"threshold_{code}.ts"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(built)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(built))
    if code == SOURCE:
        assert translator.translate("", "%n entries", "", 1) == "%n entry"  # Qt fills %n
    else:
        said = translator.translate("ScreenSettings", "Language")
        assert said and said != "Language"
