"""Plain data for themes, prompts and packs, and the limits every prompt keeps.

Phases are where a person is on the way out; a prompt lists the phases it suits.
Intensity tells a gentle prompt from a deep one, which the app introduces with a
short notice before it asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

MAX_TEXT_CHARS = 500
MAX_FOLLOW_UP_CHARS = 300
FOLLOW_UPS = range(1, 4)
"""How many follow-up questions a shipped or imported prompt has (one's own: 0 to 3)."""


class Phase(Enum):
    """Where the user is; set in settings, used to choose fitting prompts."""

    DECIDING = "deciding"
    JUST_LEFT = "just-left"
    AFTERSHOCK = "aftershock"
    REBUILDING = "rebuilding"


class Intensity(Enum):
    """How much a prompt asks of the person answering it."""

    GENTLE = "gentle"
    DEEP = "deep"


class PromptSource(Enum):
    """Where a prompt came from: shipped with the app, imported, or written by the user."""

    SHIPPED = "shipped"
    IMPORTED = "imported"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Theme:
    """A theme from the essay, such as guilt or boundaries."""

    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Prompt:
    """One journaling prompt with its follow-up questions."""

    id: str
    theme: str
    phases: frozenset[Phase]
    intensity: Intensity
    text: str
    follow_ups: tuple[str, ...]
    source: PromptSource = PromptSource.SHIPPED
    pack: str = ""

    @property
    def deep(self) -> bool:
        """Whether the app should say that this one goes deeper before asking."""
        return self.intensity is Intensity.DEEP

    def suits(self, phase: Phase | None) -> bool:
        """Whether the prompt fits a phase (every prompt fits when none is set)."""
        return phase is None or phase in self.phases


@dataclass(frozen=True)
class PromptPack:
    """A validated pack file: its own themes (optional) and its prompts."""

    id: str
    name: str
    version: int
    themes: tuple[Theme, ...]
    prompts: tuple[Prompt, ...]
