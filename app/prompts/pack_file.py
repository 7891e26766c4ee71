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

from app.prompts.pack_error import PackError
from app.prompts.toml_bounds import (
    MAX_KEY_PARTS,
    MAX_NESTING,
    TOO_DEEP,
    TOO_DOTTED,
    TooDeep,
    TooDotted,
    check_shape,
)
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
from app.words import QT_TR_NOOP, Said

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
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_LONG_NUMBER = re.compile(r"\d{4000,}")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\[\]#]*?)\s*\]\]?\s*(#.*)?$")
_PACK_KEYS = {"id", "name", "version", "description"}
_THEME_KEYS = {"id", "name", "description"}
_PROMPT_KEYS = {"id", "theme", "phases", "intensity", "text", "follow_ups"}
__all__ = ["MAX_PACK_BYTES", "PackError", "parse_pack"]
_THE_FILE = Said(QT_TR_NOOP("the file"))
_THE_PACK = Said(QT_TR_NOOP("the pack"))
_A_THEME = Said(QT_TR_NOOP("a theme"))
_A_PROMPT = Said(QT_TR_NOOP("a prompt"))


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
        raise PackError(
            QT_TR_NOOP("the file is larger than 1 MB, too large for a prompt pack."), file, None
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackError(QT_TR_NOOP("the file isn't UTF-8 text."), file, None) from None
    document = _read_toml(text, file)
    return _PackReader(file, text, source).read(document, known_themes or {})


def _read_toml(text: str, file: str) -> dict[str, Any]:
    """The parsed document, or a PackError naming the line of the problem."""
    try:
        check_shape(text)
        return tomllib.loads(text)
    except TooDeep as error:
        raise PackError(TOO_DEEP, file, error.line, depth=MAX_NESTING) from None
    except TooDotted as error:
        raise PackError(TOO_DOTTED, file, error.line, parts=MAX_KEY_PARTS) from None
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        reason = _TOML_LINE.sub("", str(error)).strip().rstrip(".")
        line = int(found.group(1)) if found else None
        raise PackError(
            QT_TR_NOOP("this isn't valid TOML ({reason})."), file, line, reason=reason
        ) from None
    except ValueError:  # a number of thousands of digits: Python refuses to read it
        found = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        raise PackError(QT_TR_NOOP("a number here is too long to read."), file, line) from None
    except RecursionError:  # the shape check should have caught it; never a traceback
        raise PackError(QT_TR_NOOP("lists or tables are nested too deeply."), file, None) from None


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
        self._check_keys(document, {"pack", "themes", "prompts"}, None, _THE_FILE)
        header = document.get("pack")
        if not isinstance(header, dict):
            raise PackError(
                QT_TR_NOOP("a pack needs a [pack] table with an id and a name."), self.file, None
            )
        pack_line = self._table_line("pack", 0)
        self._check_keys(header, _PACK_KEYS, pack_line, "[pack]")
        pack_id = self._id(header, pack_line, _THE_PACK)
        name = self._text(header, "name", pack_line, MAX_NAME_CHARS, _THE_PACK)
        version = header.get("version", 1)
        whole = isinstance(version, int) and not isinstance(version, bool)
        if not whole or not 0 < version <= MAX_VERSION:
            raise PackError(
                QT_TR_NOOP("the pack's version must be a whole number from 1 to {most}."),
                self.file,
                self._key_line("version", pack_line),
                most=str(MAX_VERSION),  # a bound, written as the file writes it
            )
        themes = self._themes(document.get("themes", []))
        all_themes = {**known, **{theme.id: theme for theme in themes}}
        prompts = self._prompts(document.get("prompts", []), all_themes, pack_id)
        if not themes and not prompts:
            raise PackError(QT_TR_NOOP("the pack has no themes and no prompts."), self.file, None)
        return PromptPack(pack_id, name, version, themes, prompts)

    # ------------------------------------------------------------------ tables

    def _themes(self, tables: object) -> tuple[Theme, ...]:
        seen: set[str] = set()
        themes: list[Theme] = []
        array = self._array(tables, "themes")
        if len(array) > MAX_THEMES:
            raise PackError(
                QT_TR_NOOP("a pack can hold up to {count} themes."),
                self.file,
                None,
                count=MAX_THEMES,
            )
        for index, table in enumerate(array):
            line = self._table_line("themes", index)
            self._check_keys(table, _THEME_KEYS, line, _A_THEME)
            theme_id = self._id(table, line, _A_THEME)
            if theme_id in seen:
                raise PackError(
                    QT_TR_NOOP("the theme id {id} appears twice."),
                    self.file,
                    self._key_line("id", line),
                    id=repr(theme_id),
                )
            seen.add(theme_id)
            what = Said(QT_TR_NOOP("the theme {id}"), {"id": repr(theme_id)})
            name = self._text(table, "name", line, MAX_NAME_CHARS, what)
            description = self._text(
                table, "description", line, MAX_DESCRIPTION_CHARS, what, default=""
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
            raise PackError(
                QT_TR_NOOP("a pack can hold up to {count} prompts."),
                self.file,
                None,
                count=MAX_PROMPTS,
            )
        for index, table in enumerate(array):
            line = self._table_line("prompts", index)
            prompt = self._prompt(table, line, themes, pack_id)
            if prompt.id in seen:
                raise PackError(
                    QT_TR_NOOP("the prompt id {id} appears twice."),
                    self.file,
                    self._key_line("id", line),
                    id=repr(prompt.id),
                )
            seen.add(prompt.id)
            prompts.append(prompt)
        return tuple(prompts)

    def _prompt(
        self, table: dict[str, Any], line: int | None, themes: Mapping[str, Theme], pack_id: str
    ) -> Prompt:
        self._check_keys(table, _PROMPT_KEYS, line, _A_PROMPT)
        prompt_id = self._id(table, line, _A_PROMPT)
        what = Said(QT_TR_NOOP("the prompt {id}"), {"id": repr(prompt_id)})
        theme = table.get("theme")
        if not isinstance(theme, str) or theme not in themes:
            raise PackError(
                QT_TR_NOOP(
                    "{what} names the theme {theme}, which is neither shipped nor declared in "
                    "this pack."
                ),
                self.file,
                self._key_line("theme", line),
                what=what,
                theme=repr(theme),
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

    def _phases(self, table: dict[str, Any], line: int | None, what: Said) -> frozenset[Phase]:
        raw = table.get("phases")
        names = ", ".join(phase.value for phase in Phase)
        if not isinstance(raw, list) or not raw:
            raise PackError(
                QT_TR_NOOP("{what} needs phases: any of {names}."),
                self.file,
                self._key_line("phases", line),
                what=what,
                names=names,
            )
        try:
            return frozenset(Phase(value) for value in raw)
        except ValueError:
            raise PackError(
                QT_TR_NOOP("{what} has an unknown phase; the phases are {names}."),
                self.file,
                self._key_line("phases", line),
                what=what,
                names=names,
            ) from None

    def _intensity(self, table: dict[str, Any], line: int | None, what: Said) -> Intensity:
        try:
            return Intensity(table.get("intensity"))
        except ValueError:
            raise PackError(
                QT_TR_NOOP('{what} needs an intensity of "gentle" or "deep".'),
                self.file,
                self._key_line("intensity", line),
                what=what,
            ) from None

    def _follow_ups(self, table: dict[str, Any], line: int | None, what: Said) -> tuple[str, ...]:
        raw = table.get("follow_ups")
        at = self._key_line("follow_ups", line)
        if not isinstance(raw, list) or len(raw) not in FOLLOW_UPS:
            count = len(raw) if isinstance(raw, list) else 0
            raise PackError(
                QT_TR_NOOP("{what} has {count} follow-up questions; it needs 1 to 3."),
                self.file,
                at,
                what=what,
                count=count,
            )
        questions = []
        for question in raw:
            if not isinstance(question, str) or not question.strip():
                raise PackError(
                    QT_TR_NOOP("{what} has an empty follow-up question."), self.file, at, what=what
                )
            follow_up = Said(QT_TR_NOOP("a follow-up of {what}"), {"what": what})
            questions.append(self._clean(question, at, MAX_FOLLOW_UP_CHARS, follow_up))
        return tuple(questions)

    def _id(self, table: dict[str, Any], line: int | None, what: Said) -> str:
        value = table.get("id")
        if not isinstance(value, str) or not _ID.match(value):
            raise PackError(
                QT_TR_NOOP(
                    "{what} needs an id of lowercase letters, digits, '-' and '.' (up to 64)."
                ),
                self.file,
                self._key_line("id", line),
                what=what,
            )
        return value

    def _text(
        self,
        table: dict[str, Any],
        key: str,
        line: int | None,
        limit: int,
        what: Said,
        *,
        default: str | None = None,
    ) -> str:
        value = table.get(key, default)
        at = self._key_line(key, line)
        if not isinstance(value, str) or (default is None and not value.strip()):
            raise self._missing(key, at, what)
        return self._clean(value, at, limit, _field_of(key, what))

    def _missing(self, key: str, line: int | None, what: Said) -> PackError:
        """A text field is missing or blank (one sentence per field: its words differ)."""
        if key == "name":
            return PackError(QT_TR_NOOP("{what} needs a name (text)."), self.file, line, what=what)
        if key == "description":
            return PackError(
                QT_TR_NOOP("{what} needs a description (text)."), self.file, line, what=what
            )
        return PackError(QT_TR_NOOP("{what} needs a text (text)."), self.file, line, what=what)

    def _clean(self, value: str, line: int | None, limit: int, what: Said) -> str:
        value = " ".join(value.split())
        if _CONTROL.search(value):
            raise PackError(
                QT_TR_NOOP("{what} contains a control character."), self.file, line, what=what
            )
        hidden = _HIDDEN.search(value)
        if hidden:
            raise PackError(
                QT_TR_NOOP(
                    "{what} contains a hidden character ({code}) that reorders the text "
                    "around it. Please remove it and import the pack again."
                ),
                self.file,
                line,
                what=what,
                code=f"U+{ord(hidden.group()):04X}",
            )
        if len(value) > limit:
            raise PackError(
                QT_TR_NOOP("{what} is longer than {limit} characters."),
                self.file,
                line,
                what=what,
                limit=limit,
            )
        return value

    # ------------------------------------------------------------------ structure

    def _array(self, value: object, name: str) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise PackError(
                QT_TR_NOOP("'{name}' must be written as [[{name}]] tables."),
                self.file,
                None,
                name=name,
            )
        return value

    def _check_keys(
        self, table: dict[str, Any], allowed: set[str], line: int | None, what: Said | str
    ) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise PackError(
                QT_TR_NOOP("{what} has an unknown key {key}; the keys are {keys}."),
                self.file,
                self._key_line(unknown[0], line),
                what=what,
                key=repr(unknown[0]),
                keys=", ".join(sorted(allowed)),
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


def _field_of(key: str, what: Said) -> Said:
    """A text field of ``what``, named in the reader's language."""
    if key == "name":
        return Said(QT_TR_NOOP("the name of {what}"), {"what": what})
    if key == "description":
        return Said(QT_TR_NOOP("the description of {what}"), {"what": what})
    return Said(QT_TR_NOOP("the text of {what}"), {"what": what})
