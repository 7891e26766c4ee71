"""A pseudo-locale: every string of the window longer, accented, and optionally right to left.

Built at test time from the code (``pyside6-lupdate`` into a scratch catalogue,
each string rewritten, ``pyside6-lrelease``), so it always covers every string.
A pseudo string keeps its placeholders, tags and mnemonic, bends each letter to an
accented twin (so a font or an encoding that drops accents shows), grows by about
40% (German and Finnish run that long), and sits between ⟦ and ⟧, so a word cut off
at either end, or a string that never went through a catalogue, stands out.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.widgets.translate import tr
from app.words import use_translator
from tests.helpers.paths import REPO

BIN = REPO / ".venv" / "bin"
OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "aceinousyzACEINOUSYZ",
    "áçéîñöûšýžÁÇÉÎÑÖÛŠÝŽ",
)
# Placeholders, tags, entities and the mnemonic's ampersand stay exactly as they are.
_KEPT = re.compile(r"\{[a-z_]*(?::[^}]*)?\}|%[0-9n]|<[^>]+>|&&|&(?=\S)")
# Strings that are QDate/QTime patterns, not words ("d MMM yyyy"): left alone.
_DATE_PATTERN = re.compile(r"^[dMyhHmsapAPt .,:'/\-]+$")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` in the pseudo-locale (a date pattern is returned unchanged)."""
    if not text.strip() or _DATE_PATTERN.match(text):
        return text
    pieces, last = [], 0
    for kept in _KEPT.finditer(text):
        pieces.append(text[last : kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        last = kept.end()
    pieces.append(text[last:].translate(_ACCENTED))
    letters = sum(char.isalpha() for char in text)
    padding = "·" * max(1, round(letters * GROWTH)) if letters else ""
    return f"{OPEN}{''.join(pieces)}{padding}{CLOSE}"


def build_catalogue(folder: Path, right_to_left: bool = False) -> Path:
    """A ``.qm`` of every string of the code in the pseudo-locale; returns its path."""
    source = folder / "pseudo.ts"
    files = subprocess.run(
        ["git", "ls-files", "app/*.py"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *files, "-ts", str(source)],
        cwd=REPO,
        capture_output=True,
        check=True,
        timeout=120,
    )
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        _fill(message)
    if right_to_left:
        _add_direction(tree.getroot())
    tree.write(source, encoding="utf-8", xml_declaration=True)
    built = folder / "pseudo.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(built)],
        check=True,
        timeout=120,
    )
    return built


@contextmanager
def pseudo_installed(
    qapp: QApplication, folder: Path, right_to_left: bool = False
) -> Iterator[None]:
    """The pseudo-locale installed for the window and the core's words, then taken out."""
    translator = QTranslator()
    assert translator.load(str(build_catalogue(folder, right_to_left)))
    qapp.installTranslator(translator)
    use_translator(tr)  # the core's messages too, as the window's start installs it
    qapp.processEvents()  # the language change reaches every widget, and the direction
    try:
        yield
    finally:
        use_translator(str)
        qapp.removeTranslator(translator)
        qapp.processEvents()


def _fill(message: ET.Element) -> None:
    text = pseudo(message.findtext("source") or "")
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for _form in range(2):
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = text


def _add_direction(root: ET.Element) -> None:
    """Qt reads the layout direction from this one translation."""
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "QGuiApplication"
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
    ET.SubElement(message, "translation").text = "RTL"
