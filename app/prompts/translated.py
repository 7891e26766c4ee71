"""The shipped prompts and themes in the language in use.

A translation is an overlay, not a second pack: ``resources/locales/<code>/prompts/``
holds, per shipped file, the words alone (a pack's name, each theme's name and
description, each prompt's text and follow-ups) keyed by the English ids. Phases,
intensity and order stay in the English pack, so they can never drift apart. A word
with no translation stays English (tests refuse a shipped language with any gap).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.language import SOURCE, locale_dir
from app.prompts.pack_file import PackError
from app.records.prompts import Prompt, PromptPack, Theme
from app.words import QT_TR_NOOP


@dataclass(frozen=True)
class PackWords:
    """One file's translated words, by the English ids."""

    name: str | None
    themes: dict[str, tuple[str, str]]
    prompts: dict[str, tuple[str, tuple[str, ...]]]


def pack_words(file: str, code: str) -> PackWords | None:
    """The words of shipped ``file`` in ``code``, or None when there is no translation.

    Raises:
        PackError: the translation is not readable (a packaging bug; tests guard it).
    """
    if code == SOURCE:
        return None
    path = locale_dir(code) / "prompts" / file
    if not path.is_file():
        return None
    return read_pack_words(path)


def read_pack_words(path: Path) -> PackWords:
    """Read one overlay file.

    Raises:
        PackError: the file is not TOML of the expected shape.
    """
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
        return _words(document)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PackError(
            QT_TR_NOOP("can't be read ({reason})."), path.name, None, reason=error
        ) from None
    except (KeyError, TypeError, ValueError) as error:
        raise PackError(
            QT_TR_NOOP("is malformed ({reason})."), path.name, None, reason=repr(error)
        ) from None


def _words(document: dict[str, Any]) -> PackWords:
    pack = document.get("pack", {})
    return PackWords(
        name=str(pack["name"]) if "name" in pack else None,
        themes={
            str(t["id"]): (str(t["name"]), str(t.get("description", "")))
            for t in document.get("themes", [])
        },
        prompts={
            str(p["id"]): (str(p["text"]), tuple(map(str, p["follow_ups"])))
            for p in document.get("prompts", [])
        },
    )


def translate_pack(pack: PromptPack, words: PackWords | None) -> PromptPack:
    """``pack`` with every word the overlay has put in its place."""
    if words is None:
        return pack
    return replace(
        pack,
        name=words.name or pack.name,
        themes=tuple(translate_theme(theme, words) for theme in pack.themes),
        prompts=tuple(_translate_prompt(prompt, words) for prompt in pack.prompts),
    )


def translate_theme(theme: Theme, words: PackWords | None) -> Theme:
    """One theme under its translated name and description."""
    if words is None or theme.id not in words.themes:
        return theme
    name, description = words.themes[theme.id]
    return replace(theme, name=name, description=description or theme.description)


def _translate_prompt(prompt: Prompt, words: PackWords) -> Prompt:
    found = words.prompts.get(prompt.id)
    if found is None:
        return prompt
    text, follow_ups = found
    return replace(prompt, text=text, follow_ups=follow_ups or prompt.follow_ups)
