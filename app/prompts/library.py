"""All prompts a journal can offer: the shipped packs plus its imported and own ones.

Shipped packs are read from ``resources/prompts`` once per process; imported and
custom prompts come from the encrypted database and are passed in by the caller
(``PromptStore`` hands over its packs), so nothing here knows about storage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from app.language import SOURCE, chosen
from app.prompts.pack_file import MAX_PACK_BYTES, PackError, parse_pack
from app.prompts.translated import pack_words, translate_pack
from app.records.prompts import Prompt, PromptPack, PromptSource, Theme
from app.resource_files import prompts_dir
from app.words import QT_TR_NOOP

THEMES_FILE = "themes.toml"


@dataclass(frozen=True)
class PromptLibrary:
    """Themes in display order and every prompt, looked up by id."""

    themes: tuple[Theme, ...]
    prompts: tuple[Prompt, ...]
    _by_id: dict[str, Prompt] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.prompts})

    def theme(self, theme_id: str | None) -> Theme | None:
        """A theme by id (None for unknown ids, such as one typed by hand)."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def theme_name(self, theme_id: str | None) -> str:
        """What to show for an entry's theme: the name when known, else the text as is."""
        theme = self.theme(theme_id)
        return theme.name if theme else (theme_id or "")

    def prompt(self, prompt_id: str | None) -> Prompt | None:
        """A prompt by id, or None when it is unknown (say, from a removed pack)."""
        return self._by_id.get(prompt_id or "")

    def in_theme(self, theme_id: str) -> list[Prompt]:
        """The prompts of one theme, in pack order."""
        return [p for p in self.prompts if p.theme == theme_id]

    def with_packs(self, packs: Iterable[PromptPack]) -> PromptLibrary:
        """This library plus more packs (their themes and prompts appended)."""
        themes, prompts = list(self.themes), list(self.prompts)
        known = {t.id for t in themes}
        for pack in packs:
            themes += [t for t in pack.themes if t.id not in known]
            known |= {t.id for t in pack.themes}
            prompts += pack.prompts
        return PromptLibrary(tuple(themes), tuple(prompts))


def shipped_library() -> PromptLibrary:
    """The packs that come with Threshold, in the language in use (read once each).

    Raises:
        PackError: a shipped file is broken (a packaging bug; tests guard it).
    """
    return _shipped_library(chosen())


def shipped_themes() -> tuple[Theme, ...]:
    """The shipped themes alone (cheap: the timeline names themes before prompts are read)."""
    return _shipped_themes(chosen())


def shipped_theme_pack(theme_id: str) -> tuple[Prompt, ...]:
    """The prompts of one shipped theme, read from its own file (~2 ms, not ~25 ms).

    Shipped packs are named after their theme; an unknown theme has no file.
    """
    return _shipped_theme_pack(theme_id, chosen())


@cache
def _shipped_library(code: str) -> PromptLibrary:
    return load_library(prompts_dir(), code)


@cache
def _shipped_themes(code: str) -> tuple[Theme, ...]:
    return _read_shipped(prompts_dir() / THEMES_FILE, code).themes


@cache
def _shipped_theme_pack(theme_id: str, code: str) -> tuple[Prompt, ...]:
    path = prompts_dir() / f"{theme_id}.toml"
    if theme_id == THEMES_FILE.removesuffix(".toml") or not path.is_file():
        return ()
    known = {t.id: t for t in _shipped_themes(code)}
    return _read_shipped(path, code, known).prompts


def _read_shipped(path: Path, code: str, known: dict[str, Theme] | None = None) -> PromptPack:
    """One shipped file, its words in ``code`` where a translation has them."""
    pack = parse_pack(path.read_bytes(), path.name, known)
    return translate_pack(pack, pack_words(path.name, code))


def theme_names(themes: Iterable[Theme]) -> dict[str, str]:
    """Theme id -> display name."""
    return {theme.id: theme.name for theme in themes}


def find_prompt(own: Sequence[PromptPack], prompt_id: str, theme: str | None) -> Prompt | None:
    """One prompt by id, cheaply: a journal's ``own`` packs, then the theme's shipped file.

    Showing an answered entry needs one prompt; reading every pack takes ~25 ms.
    """
    for pack in own:
        found = next((p for p in pack.prompts if p.id == prompt_id), None)
        if found is not None:
            return found
    shipped = shipped_theme_pack(theme) if theme else ()
    found = next((p for p in shipped if p.id == prompt_id), None)
    return found or shipped_library().prompt(prompt_id)


def all_theme_names(own: Sequence[PromptPack]) -> dict[str, str]:
    """Theme id -> name for the shipped themes and those of ``own`` packs (reads no prompt)."""
    return theme_names([*shipped_themes(), *(theme for pack in own for theme in pack.themes)])


def read_pack_file(path: Path, library: PromptLibrary) -> PromptPack:
    """A pack file a person chose, validated against ``library``'s themes.

    Never reads more than the limit and never blocks (a pipe, ``/dev/zero``).

    Raises:
        PackError: the file can't be read or is not a valid pack (names the file and line).
    """
    from app.files import FileTooLarge, NotARegularFile, read_small_file  # noqa: PLC0415

    try:
        data = read_small_file(path, MAX_PACK_BYTES)
    except FileTooLarge:
        raise PackError(QT_TR_NOOP("the file is larger than 1 MB."), path.name, None) from None
    except (NotARegularFile, IsADirectoryError):
        raise PackError(
            QT_TR_NOOP("is not a file (a folder or a device)."), path.name, None
        ) from None
    except OSError as error:
        raise PackError(
            QT_TR_NOOP("can't be read ({reason})."), path.name, None, reason=error.strerror
        ) from None
    except ValueError:  # a name no file can have (a NUL character, say)
        raise PackError(QT_TR_NOOP("is not a name a file can have."), path.name, None) from None
    known = {theme.id: theme for theme in library.themes}
    return parse_pack(data, path.name, known, PromptSource.IMPORTED)


def load_library(folder: Path, code: str = SOURCE) -> PromptLibrary:
    """Every pack in a folder: ``themes.toml`` first, then the others by name.

    ``code`` is the language the words are wanted in (shipped packs have translations).
    """
    themes_pack = _read_shipped(folder / THEMES_FILE, code)
    known = {t.id: t for t in themes_pack.themes}
    packs = [
        _read_shipped(path, code, known)
        for path in sorted(folder.glob("*.toml"))
        if path.name != THEMES_FILE
    ]
    _refuse_duplicates([p for pack in packs for p in pack.prompts])
    return PromptLibrary(themes_pack.themes, ()).with_packs(packs)


def _refuse_duplicates(prompts: Sequence[Prompt]) -> None:
    seen: dict[str, str] = {}
    for prompt in prompts:
        if prompt.id in seen:
            raise PackError(
                QT_TR_NOOP("the prompt id {id} is also used in the pack {pack}."),
                prompt.pack,
                None,
                id=repr(prompt.id),
                pack=repr(seen[prompt.id]),
            )
        seen[prompt.id] = prompt.pack
