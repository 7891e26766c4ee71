"""Read and validate a prompt pack file (TOML).

Shipped packs and packs a person imports (a therapist may hand one over) go
through the same checks. Every problem is a ``PackError`` naming the file and the
line, and a pack is only ever returned whole: nothing is half-read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import KnownError
from app.prompts.toml_bounds import ShapeError, check_shape
from app.records.prompts import (
    FOLLOW_UPS,
    MAX_FOLLOW_UP_CHARS,
    MAX_TEXT_CHARS,
    Intensity,
    Phase,
    Prompt,
    PromptPack,
    PromptSource,
    Theme,
)

MAX_PACK_BYTES = 1024 * 1024
MAX_PROMPTS = 2000
MAX_THEMES = 200
MAX_VERSION = 2**31 - 1
MAX_NAME_CHARS = 80
MAX_DESCRIPTION_CHARS = 300
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or hide the text around them (Trojan Source): bidi
# embeddings, overrides and isolates, the deprecated format controls and the
# interlinear annotation marks. The plain direction marks (U+200E, U+200F,
# U+061C), which right-to-left writing needs, are allowed.
_HIDDEN = re.compile("[\u202a-\u202e\u2066-\u206f\ufff9-\ufffb]")
_SHOWN_AS_CODE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u206f\ufff9-\ufffb]")
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_LONG_NUMBER = re.compile(r"\d{4000,}")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]#]*?)\s*\]\]?\s*(#.*)?$")
_PACK_KEYS = {"id", "name", "version", "description"}
_THEME_KEYS = {"id", "name", "description"}
_PROMPT_KEYS = {"id", "theme", "phases", "intensity", "text", "follow_ups"}


class PackError(KnownError):
    """A prompt pack file that can't be used; nothing from it was taken.

    Attributes:
        file: the file's name as the user knows it.
        line: the line the problem is on, when known.
    """

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        shown = _SHOWN_AS_CODE.sub(lambda m: f"\\u{ord(m.group()):04x}", file)
        where = f"{shown}, line {line}" if line else shown
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.line = line


def parse_pack(
    data: bytes,
    file: str,
    known_themes: Mapping[str, Theme] | None = None,
    source: PromptSource = PromptSource.SHIPPED,
) -> PromptPack:
    """Validate a pack file's bytes and return the pack.

    Args:
        data: the file's content.
        file: its name, for error messages.
        known_themes: themes prompts may use besides those the pack declares.
        source: recorded on every prompt.

    Raises:
        PackError: the file is not a valid pack.
    """
    if len(data) > MAX_PACK_BYTES:
        raise PackError(file, None, "the file is larger than 1 MB, too large for a prompt pack.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(file, None, "the file isn't UTF-8 text.") from None
    document = _read_toml(text, file)
    return _PackReader(file, text, source).read(document, known_themes or {})


def _read_toml(text: str, file: str) -> dict[str, Any]:
    """The parsed document, or a PackError naming the line of the problem."""
    try:
        check_shape(text)
        return tomllib.loads(text)
    except ShapeError as error:
        raise PackError(file, error.line, error.problem) from None
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        reason = _TOML_LINE.sub("", str(error)).strip().rstrip(".")
        line = int(found.group(1)) if found else None
        raise PackError(file, line, f"this isn't valid TOML ({reason}).") from None
    except ValueError:  # a number of thousands of digits: Python refuses to read it
        found = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        raise PackError(file, line, "a number here is too long to read.") from None
    except RecursionError:  # the shape check should have caught it; never a traceback
        raise PackError(file, None, "lists or tables are nested too deeply.") from None


@dataclass
class _PackReader:
    """Walks one parsed document, knowing where each table starts for messages."""

    file: str
    text: str
    source: PromptSource

    def __post_init__(self) -> None:
        # Read once: looking lines up per prompt in the whole text was quadratic
        # (a 532 KB pack took 35 s to import).
        self._lines = self.text.splitlines()
        self._headers: dict[str, list[int]] = {}
        for number, line in enumerate(self._lines, 1):
            header = _HEADER.match(line)
            if header:
                self._headers.setdefault(header.group(1), []).append(number)

    def read(self, document: dict[str, Any], known: Mapping[str, Theme]) -> PromptPack:
        self._check_keys(document, {"pack", "themes", "prompts"}, None, "the file")
        header = document.get("pack")
        if not isinstance(header, dict):
            raise PackError(self.file, None, "a pack needs a [pack] table with an id and a name.")
        pack_line = self._table_line("pack", 0)
        self._check_keys(header, _PACK_KEYS, pack_line, "[pack]")
        pack_id = self._id(header, pack_line, "the pack")
        name = self._text(header, "name", pack_line, MAX_NAME_CHARS, "the pack")
        version = header.get("version", 1)
        whole = isinstance(version, int) and not isinstance(version, bool)
        if not whole or not 0 < version <= MAX_VERSION:
            raise PackError(
                self.file,
                self._key_line("version", pack_line),
                f"the pack's version must be a whole number from 1 to {MAX_VERSION}.",
            )
        themes = self._themes(document.get("themes", []))
        all_themes = {**known, **{theme.id: theme for theme in themes}}
        prompts = self._prompts(document.get("prompts", []), all_themes, pack_id)
        if not themes and not prompts:
            raise PackError(self.file, None, "the pack has no themes and no prompts.")
        return PromptPack(pack_id, name, version, themes, prompts)

    # ------------------------------------------------------------------ tables

    def _themes(self, tables: object) -> tuple[Theme, ...]:
        seen: set[str] = set()
        themes: list[Theme] = []
        array = self._array(tables, "themes")
        if len(array) > MAX_THEMES:
            raise PackError(self.file, None, f"a pack can hold up to {MAX_THEMES} themes.")
        for index, table in enumerate(array):
            line = self._table_line("themes", index)
            self._check_keys(table, _THEME_KEYS, line, "a theme")
            theme_id = self._id(table, line, "a theme")
            if theme_id in seen:
                raise PackError(
                    self.file,
                    self._key_line("id", line),
                    f"the theme id {theme_id!r} appears twice.",
                )
            seen.add(theme_id)
            name = self._text(table, "name", line, MAX_NAME_CHARS, f"the theme {theme_id!r}")
            description = self._text(
                table,
                "description",
                line,
                MAX_DESCRIPTION_CHARS,
                f"the theme {theme_id!r}",
                default="",
            )
            themes.append(Theme(theme_id, name, description))
        return tuple(themes)

    def _prompts(
        self, tables: object, themes: Mapping[str, Theme], pack_id: str
    ) -> tuple[Prompt, ...]:
        prompts: list[Prompt] = []
        seen: set[str] = set()
        array = self._array(tables, "prompts")
        if len(array) > MAX_PROMPTS:
            raise PackError(self.file, None, f"a pack can hold up to {MAX_PROMPTS} prompts.")
        for index, table in enumerate(array):
            line = self._table_line("prompts", index)
            prompt = self._prompt(table, line, themes, pack_id)
            if prompt.id in seen:
                raise PackError(
                    self.file,
                    self._key_line("id", line),
                    f"the prompt id {prompt.id!r} appears twice.",
                )
            seen.add(prompt.id)
            prompts.append(prompt)
        return tuple(prompts)

    def _prompt(
        self, table: dict[str, Any], line: int | None, themes: Mapping[str, Theme], pack_id: str
    ) -> Prompt:
        self._check_keys(table, _PROMPT_KEYS, line, "a prompt")
        prompt_id = self._id(table, line, "a prompt")
        what = f"the prompt {prompt_id!r}"
        theme = table.get("theme")
        if not isinstance(theme, str) or theme not in themes:
            raise PackError(
                self.file,
                self._key_line("theme", line),
                f"{what} names the theme {theme!r}, which is neither shipped nor declared in "
                "this pack.",
            )
        return Prompt(
            id=prompt_id,
            theme=theme,
            phases=self._phases(table, line, what),
            intensity=self._intensity(table, line, what),
            text=self._text(table, "text", line, MAX_TEXT_CHARS, what),
            follow_ups=self._follow_ups(table, line, what),
            source=self.source,
            pack=pack_id,
        )

    # ------------------------------------------------------------------ values

    def _phases(self, table: dict[str, Any], line: int | None, what: str) -> frozenset[Phase]:
        raw = table.get("phases")
        names = ", ".join(phase.value for phase in Phase)
        if not isinstance(raw, list) or not raw:
            raise PackError(
                self.file, self._key_line("phases", line), f"{what} needs phases: any of {names}."
            )
        try:
            return frozenset(Phase(value) for value in raw)
        except ValueError:
            raise PackError(
                self.file,
                self._key_line("phases", line),
                f"{what} has an unknown phase; the phases are {names}.",
            ) from None

    def _intensity(self, table: dict[str, Any], line: int | None, what: str) -> Intensity:
        try:
            return Intensity(table.get("intensity"))
        except ValueError:
            raise PackError(
                self.file,
                self._key_line("intensity", line),
                f'{what} needs an intensity of "gentle" or "deep".',
            ) from None

    def _follow_ups(self, table: dict[str, Any], line: int | None, what: str) -> tuple[str, ...]:
        raw = table.get("follow_ups")
        at = self._key_line("follow_ups", line)
        if not isinstance(raw, list) or len(raw) not in FOLLOW_UPS:
            count = len(raw) if isinstance(raw, list) else 0
            raise PackError(
                self.file, at, f"{what} has {count} follow-up questions; it needs 1 to 3."
            )
        questions = []
        for question in raw:
            if not isinstance(question, str) or not question.strip():
                raise PackError(self.file, at, f"{what} has an empty follow-up question.")
            questions.append(
                self._clean(question, at, MAX_FOLLOW_UP_CHARS, f"a follow-up of {what}")
            )
        return tuple(questions)

    def _id(self, table: dict[str, Any], line: int | None, what: str) -> str:
        value = table.get("id")
        if not isinstance(value, str) or not _ID.match(value):
            raise PackError(
                self.file,
                self._key_line("id", line),
                f"{what} needs an id of lowercase letters, digits, '-' and '.' (up to 64).",
            )
        return value

    def _text(
        self,
        table: dict[str, Any],
        key: str,
        line: int | None,
        limit: int,
        what: str,
        *,
        default: str | None = None,
    ) -> str:
        value = table.get(key, default)
        at = self._key_line(key, line)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise PackError(self.file, at, f"{what} needs a {key.replace('_', ' ')} (text).")
        return self._clean(value, at, limit, f"the {key} of {what}")

    def _clean(self, value: str, line: int | None, limit: int, what: str) -> str:
        value = " ".join(value.split())
        if _CONTROL.search(value):
            raise PackError(self.file, line, f"{what} contains a control character.")
        hidden = _HIDDEN.search(value)
        if hidden:
            raise PackError(
                self.file,
                line,
                f"{what} contains a hidden character (U+{ord(hidden.group()):04X}) that "
                "reorders the text around it. Please remove it and import the pack again.",
            )
        if len(value) > limit:
            raise PackError(self.file, line, f"{what} is longer than {limit} characters.")
        return value

    # ------------------------------------------------------------------ structure

    def _array(self, value: object, name: str) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise PackError(self.file, None, f"'{name}' must be written as [[{name}]] tables.")
        return value

    def _check_keys(
        self, table: dict[str, Any], allowed: set[str], line: int | None, what: str
    ) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise PackError(
                self.file,
                self._key_line(unknown[0], line),
                f"{what} has an unknown key {unknown[0]!r}; the keys are "
                + ", ".join(sorted(allowed))
                + ".",
            )

    def _table_line(self, name: str, index: int) -> int | None:
        """The line of the index-th ``[name]`` or ``[[name]]`` header (1-based)."""
        found = self._headers.get(name, [])
        return found[index] if index < len(found) else None

    def _key_line(self, key: str, table_line: int | None) -> int | None:
        """The line where ``key =`` is set inside the table starting at ``table_line``."""
        if table_line is None:
            return None
        for number in range(table_line + 1, len(self._lines) + 1):
            text = self._lines[number - 1].lstrip()
            if text.startswith("["):
                break
            if text.startswith(key) and text[len(key) :].lstrip().startswith("="):
                return number
        return table_line
