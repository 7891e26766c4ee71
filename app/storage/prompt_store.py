"""Imported and own prompts, kept in the encrypted database, and the library they make.

An imported pack is stored whole in one transaction or not at all; importing a
pack with the same id again replaces it (a therapist may send a newer version).
The user's own prompts live in one pack, ``custom``. The library logic itself
(shipped packs, lookups, reading a pack file) lives in ``app.prompts.library``;
this store hands it the journal's packs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import EntryNotFound, InvalidInput
from app.records import prompts as records  # the limits a prompt keeps
from app.records.prompts import Intensity, Phase, Prompt, PromptPack, PromptSource, Theme
from app.storage.connection import Connection, transaction
from app.storage.rows import to_text
from app.storage.sql_errors import known_errors
from app.words import QT_TR_NOOP

if TYPE_CHECKING:  # imported when first used: not on the start-up path
    from app.prompts.library import PromptLibrary

CUSTOM_PACK = "custom"
SHIPPED_PREFIX = "threshold."


class PromptStore:
    """Reads and writes the journal's own prompt packs."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    # ------------------------------------------------------------------ reading

    def packs(self) -> list[PromptPack]:
        """Every stored pack (imported ones, then the user's own), prompts in order."""
        with known_errors():
            headers = self._db.execute(
                "SELECT id, name, version, source FROM prompt_packs"
                " ORDER BY source = 'custom', added, id"
            ).fetchall()
            return [self._pack(*header) for header in headers]

    def pack_sources(self) -> dict[str, PromptSource]:
        """Pack id -> where it came from."""
        rows = self._db.execute("SELECT id, source FROM prompt_packs").fetchall()
        return {str(pack): PromptSource(str(source)) for pack, source in rows}

    def library(self) -> PromptLibrary:
        """Every prompt this journal can offer: shipped, imported and the user's own."""
        from app.prompts.library import shipped_library  # noqa: PLC0415 - start-up time

        return shipped_library().with_packs(self.packs())

    def find(self, prompt_id: str, theme: str | None) -> Prompt | None:
        """One prompt by id, without reading every shipped pack (see ``find_prompt``)."""
        from app.prompts.library import find_prompt  # noqa: PLC0415 - start-up time

        return find_prompt(self.packs(), prompt_id, theme)

    def theme_names(self) -> dict[str, str]:
        """Theme id -> name for shipped and imported themes (without reading prompts)."""
        from app.prompts.library import all_theme_names  # noqa: PLC0415 - start-up time

        return all_theme_names(self.packs())

    # ------------------------------------------------------------------ writing

    def import_pack(self, pack: PromptPack, taken_ids: Collection[str]) -> None:
        """Store a validated pack, replacing an earlier import of the same pack.

        Args:
            pack: from ``parse_pack``.
            taken_ids: prompt ids other packs (shipped ones too) already use.

        Raises:
            InvalidInput: the pack would clash with Threshold's or another pack's ids.
        """
        if pack.id.startswith(SHIPPED_PREFIX) or pack.id == CUSTOM_PACK:
            raise InvalidInput(
                QT_TR_NOOP(
                    "The pack id {id} is reserved for Threshold's own packs. "
                    "Please give the pack another id. Nothing was imported."
                ),
                id=repr(pack.id),
            )
        with transaction(self._db):
            own = {
                str(row[0])
                for row in self._db.execute("SELECT id FROM prompts WHERE pack = ?", (pack.id,))
            }
            others = set(taken_ids) - own  # once: rebuilt per prompt, import was quadratic
            clash = next((p.id for p in pack.prompts if p.id in others), None)
            if clash is not None:
                raise InvalidInput(
                    QT_TR_NOOP(
                        "The prompt id {id} is already used by another pack. Nothing was imported."
                    ),
                    id=repr(clash),
                )
            self._db.execute("DELETE FROM prompt_packs WHERE id = ?", (pack.id,))
            self._insert_pack(pack.id, pack.name, pack.version, PromptSource.IMPORTED)
            self._insert_themes(pack.id, pack.themes)
            self._insert_prompts(pack.id, pack.prompts, start=0)

    def import_file(self, path: Path) -> PromptPack:
        """Validate a pack file and store it whole (or nothing, with a clear error).

        Raises:
            PackError: the file is not a valid pack (names the file and line).
            InvalidInput: its ids clash with Threshold's or another pack's.
        """
        from app.prompts.library import read_pack_file  # noqa: PLC0415 - start-up time

        library = self.library()
        pack = read_pack_file(path, library)
        self.import_pack(pack, {p.id for p in library.prompts})
        return pack

    def remove_pack(self, pack_id: str) -> None:
        """Remove an imported pack and its prompts (answered entries keep their text)."""
        with transaction(self._db):
            self._db.execute("DELETE FROM prompt_packs WHERE id = ?", (pack_id,))

    def add_own(
        self,
        theme: str,
        text: str,
        follow_ups: tuple[str, ...] = (),
        phases: frozenset[Phase] = frozenset(Phase),
        intensity: Intensity = Intensity.GENTLE,
        *,
        prompt_id: str | None = None,
    ) -> Prompt:
        """Add a prompt the user wrote. Follow-ups are optional for one's own prompts.

        ``prompt_id`` keeps the id it had (an archive's); the caller checks it is free.
        """
        text = _own_text(text, records.MAX_TEXT_CHARS, *_PROMPT)
        follow_ups = tuple(
            _own_text(q, records.MAX_FOLLOW_UP_CHARS, *_FOLLOW_UP) for q in follow_ups
        )
        if len(follow_ups) > max(records.FOLLOW_UPS):
            raise InvalidInput(QT_TR_NOOP("A prompt can have up to 3 follow-up questions."))
        import uuid  # noqa: PLC0415 - rarely needed; start-up time is a budget

        prompt = Prompt(
            id=prompt_id or f"own-{uuid.uuid4().hex[:12]}",
            theme=theme,
            phases=phases or frozenset(Phase),
            intensity=intensity,
            text=text,
            follow_ups=follow_ups,
            source=PromptSource.CUSTOM,
            pack=CUSTOM_PACK,
        )
        with transaction(self._db):
            exists = self._db.execute(
                "SELECT 1 FROM prompt_packs WHERE id = ?", (CUSTOM_PACK,)
            ).fetchone()
            if not exists:
                self._insert_pack(CUSTOM_PACK, "My prompts", 1, PromptSource.CUSTOM)
            row = self._db.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM prompts WHERE pack = ?",
                (CUSTOM_PACK,),
            ).fetchone()
            self._insert_prompts(CUSTOM_PACK, (prompt,), start=int(row[0]))
        return prompt

    def remove_own(self, prompt_id: str) -> None:
        """Delete one of the user's own prompts."""
        with transaction(self._db):
            cursor = self._db.execute(
                "DELETE FROM prompts WHERE id = ? AND pack = ?", (prompt_id, CUSTOM_PACK)
            )
        if cursor.rowcount == 0:
            raise EntryNotFound(
                QT_TR_NOOP("That prompt isn't one of yours, or it was already removed.")
            )

    # ------------------------------------------------------------------ helpers

    def _pack(self, pack_id: object, name: object, version: object, source: object) -> PromptPack:
        kind = PromptSource(str(source))
        themes = tuple(
            Theme(str(t), str(n), str(d))
            for t, n, d in self._db.execute(
                "SELECT id, name, description FROM prompt_themes WHERE pack = ? ORDER BY position",
                (pack_id,),
            )
        )
        prompts = tuple(
            _prompt_from_row(row, kind, str(pack_id))
            for row in self._db.execute(
                "SELECT id, theme, phases, intensity, text, follow_ups FROM prompts"
                " WHERE pack = ? ORDER BY position",
                (pack_id,),
            )
        )
        return PromptPack(str(pack_id), str(name), int(str(version)), themes, prompts)

    def _insert_pack(self, pack_id: str, name: str, version: int, source: PromptSource) -> None:
        self._db.execute(
            "INSERT INTO prompt_packs (id, name, version, source, added) VALUES (?, ?, ?, ?, ?)",
            (pack_id, name, version, source.value, to_text(dt.datetime.now(dt.UTC))),
        )

    def _insert_themes(self, pack_id: str, themes: tuple[Theme, ...]) -> None:
        self._db.executemany(
            "INSERT INTO prompt_themes (id, pack, position, name, description)"
            " VALUES (?, ?, ?, ?, ?)",
            [(t.id, pack_id, n, t.name, t.description) for n, t in enumerate(themes)],
        )

    def _insert_prompts(self, pack_id: str, prompts: tuple[Prompt, ...], start: int) -> None:
        self._db.executemany(
            "INSERT INTO prompts (id, pack, position, theme, phases, intensity, text, follow_ups)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.id,
                    pack_id,
                    start + n,
                    p.theme,
                    json.dumps(sorted(phase.value for phase in p.phases)),
                    p.intensity.value,
                    p.text,
                    json.dumps(list(p.follow_ups)),
                )
                for n, p in enumerate(prompts)
            ],
        )


def _prompt_from_row(row: tuple[object, ...], source: PromptSource, pack: str) -> Prompt:
    prompt_id, theme, phases, intensity, text, follow_ups = row
    return Prompt(
        id=str(prompt_id),
        theme=str(theme),
        phases=frozenset(Phase(p) for p in json.loads(str(phases))),
        intensity=Intensity(str(intensity)),
        text=str(text),
        follow_ups=tuple(str(q) for q in json.loads(str(follow_ups))),
        source=source,
        pack=pack,
    )


def _own_text(text: str, limit: int, nul: str, empty: str, too_long: str) -> str:
    """``text`` on one line, or a refusal in the words given (a prompt's or a follow-up's)."""
    if "\x00" in text:
        raise InvalidInput(nul)
    text = " ".join(text.split())
    if not text:
        raise InvalidInput(empty)
    if len(text) > limit:
        raise InvalidInput(too_long, limit=limit)
    return text


# Whole sentences per kind of text (NUL, empty, too long), so each translates as one.
_PROMPT = (
    QT_TR_NOOP("The prompt contains a NUL character. Nothing was saved."),
    QT_TR_NOOP("The prompt is empty. Nothing was saved."),
    QT_TR_NOOP("A prompt can be up to {limit} characters. Nothing was saved."),
)
_FOLLOW_UP = (
    QT_TR_NOOP("The follow-up contains a NUL character. Nothing was saved."),
    QT_TR_NOOP("The follow-up is empty. Nothing was saved."),
    QT_TR_NOOP("A follow-up can be up to {limit} characters. Nothing was saved."),
)
