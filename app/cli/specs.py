"""What a command is declared with: its handler, its options, and the values they take.

``app.cli.commands`` spells every command with these; a group of commands with many
options (``entry_specs``, ``incident_specs``) spells its own in a module beside it,
and so do the options many commands share (``JSON``, ``ID``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.cli.context import CommandContext


@dataclass(frozen=True)
class Handler:
    """A command's handler: ``function`` in ``app.cli.<module>``, imported when it runs."""

    module: str
    function: str

    def resolve(self) -> Callable[[CommandContext, argparse.Namespace], int]:
        """The handler function itself (importing its module now)."""
        handler: Callable[[CommandContext, argparse.Namespace], int] = getattr(
            importlib.import_module(f"app.cli.{self.module}"), self.function
        )
        return handler

    def __call__(self, context: CommandContext, args: argparse.Namespace) -> int:
        """Run the command."""
        return self.resolve()(context, args)


@dataclass(frozen=True)
class Arg:
    """One ``add_argument`` call: the names and what argparse is told about it."""

    names: tuple[str, ...]
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Spec:
    """A command: its line of help and its handler and options, or a group's actions."""

    text: str
    handler: Handler | None = None
    args: tuple[Arg, ...] = ()
    actions: Mapping[str, Spec] = field(default_factory=dict)


def arg(*names: str, **settings: Any) -> Arg:
    """An option or positional argument, spelled as for ``add_argument``."""
    return Arg(names, settings)


JSON = arg("--json", action="store_true")
"""``--json``: the command's output as JSON (many commands take it)."""
ID = arg("id")
"""The id (or a unique prefix) of what the command acts on."""


def iso_date(text: str) -> dt.date:
    """A day given as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; use YYYY-MM-DD") from error


def mood_value(text: str) -> int:
    """A mood from 1 (low) to 5 (bright)."""
    if text not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError("mood is a number from 1 to 5")
    return int(text)


def energy_value(text: str) -> int:
    """Energy from 1 to 3."""
    if text not in {"1", "2", "3"}:
        raise argparse.ArgumentTypeError("energy is a number from 1 to 3")
    return int(text)


def positive_number(text: str) -> int:
    """A whole number from 1 up."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)
