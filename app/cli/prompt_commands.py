"""The ``prompts`` commands: list, themes, import, add, remove, remove-pack, tonight, phase.

The prompt modules are imported inside the commands that use them, so the other
commands start without reading any prompt pack.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.checkin_options import pull_values
from app.cli.context import CommandContext
from app.cli.output import write_json
from app.cli.parser import NO_PHASE, PHASE_CHOICES
from app.errors import KnownError

if TYPE_CHECKING:
    from app.journal import Journal
    from app.prompts.library import PromptLibrary
    from app.records.prompts import Phase, Prompt

DEEP_NOTICE = (
    "This one goes deeper. If tonight isn't the night for it, "
    "you can ask for another (run this again) or skip it."
)


def list_prompts(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Every prompt the journal can offer, grouped in theme order."""
    with ctx.journal() as journal:
        library = journal.prompts.library()
    if args.theme is not None:
        known_theme(library, args.theme)
    prompts = [p for p in in_theme_order(library) if args.theme in (None, p.theme)]
    if args.json:
        write_json(ctx.stdout, [prompt_json(p) for p in prompts])
        return 0
    id_width = max((len(p.id) for p in prompts), default=0)
    theme_width = max((len(p.theme) for p in prompts), default=0)
    for p in prompts:
        ctx.print(
            f"{p.id:<{id_width}}  {p.theme:<{theme_width}}  "
            f"{p.intensity.value:<6}  {p.source.value:<8}  {p.text}"
        )
    return 0


def themes(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Theme ids (what --theme takes) and their names."""
    with ctx.journal() as journal:
        library = journal.prompts.library()
    if args.json:
        write_json(
            ctx.stdout,
            [{"id": t.id, "name": t.name, "description": t.description} for t in library.themes],
        )
        return 0
    width = max((len(t.id) for t in library.themes), default=0)
    for theme in library.themes:
        ctx.print(f"{theme.id:<{width}}  {theme.name}")
    return 0


def import_pack(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Import a pack file whole; a broken file names its line and stores nothing."""
    with ctx.journal() as journal:
        pack = journal.prompts.import_file(Path(args.file))
    count = len(pack.prompts)
    ctx.print(f"Imported {count} prompt{'' if count == 1 else 's'} from “{pack.name}”.")
    ctx.print(f"Its pack id is {pack.id} (for `threshold prompts remove-pack`).")
    return 0


def add(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Add a prompt of one's own and print its id (the text may come from stdin)."""
    from app.records.prompts import Intensity  # noqa: PLC0415 - only this command

    text = args.text if args.text is not None else ctx.read_body()
    with ctx.journal() as journal:
        known_theme(journal.prompts.library(), args.theme)
        prompt = journal.prompts.add_own(
            args.theme,
            text,
            follow_ups=tuple(args.follow_up or ()),
            intensity=Intensity.DEEP if args.deep else Intensity.GENTLE,
        )
    ctx.print(prompt.id)
    return 0


def remove(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Remove one of the user's own prompts (entries that answered it keep their text)."""
    with ctx.journal() as journal:
        journal.prompts.remove_own(args.id)
    ctx.print("Removed your prompt. Entries that answered it keep their text.")
    return 0


def remove_pack(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Remove an imported pack; shipped packs and one's own prompts are not packs to remove."""
    from app.records.prompts import PromptSource  # noqa: PLC0415 - only this command

    with ctx.journal() as journal:
        if journal.prompts.pack_sources().get(args.pack_id) is not PromptSource.IMPORTED:
            raise KnownError(
                f"There is no imported pack with the id {args.pack_id!r}. "
                "`threshold prompts list --json` shows each prompt's pack."
            )
        name = next(p.name for p in journal.prompts.packs() if p.id == args.pack_id)
        journal.prompts.remove_pack(args.pack_id)
    ctx.print(f"Removed the pack “{name}”. Entries that answered its prompts keep their text.")
    return 0


def tonight(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Tonight's prompt, chosen as the check-in would: phase, history and pulls count."""
    with ctx.journal() as journal:
        library = journal.prompts.library()
        if args.theme is not None:
            known_theme(library, args.theme)
        prompt = choose_tonight(journal, library, pull_values(args.pull), args.theme)
    if args.json:
        theme_name = library.theme_name(prompt.theme)
        write_json(ctx.stdout, {**prompt_json(prompt), "theme_name": theme_name})
        return 0
    ctx.stdout.write(tonight_text(prompt, library))
    return 0


def phase(ctx: CommandContext, args: argparse.Namespace) -> int:
    """Show the phase stored in the journal, or set it ("none" clears it)."""
    from app.records.prompts import Phase  # noqa: PLC0415 - only this command

    with ctx.journal() as journal:
        if args.phase is None:
            current = journal.preferences.load().phase
        else:
            current = None if args.phase == NO_PHASE else Phase(args.phase)
            journal.preferences.save(replace(journal.preferences.load(), phase=current))
    if current is None:
        ctx.print("No phase is set, so every prompt can be offered.")
    else:
        verb = "is" if args.phase is None else "is now"
        ctx.print(f"Your phase {verb} “{phase_name(current)}” ({current.value}).")
    return 0


# ---------------------------------------------------------------------- helpers


def choose_tonight(
    journal: Journal, library: PromptLibrary, pulls: tuple[str, ...], theme: str | None
) -> Prompt:
    """The scheduler's choice for this evening (after midnight still counts as tonight).

    Raises:
        KnownError: the chosen theme has no prompts.
    """
    from app.journal.tonight import tonights_request  # noqa: PLC0415
    from app.prompts.checkin import checkin_day  # noqa: PLC0415 - only this command
    from app.prompts.scheduler import choose_prompt  # noqa: PLC0415

    request = tonights_request(journal, checkin_day(dt.datetime.now()), pulls=pulls, theme=theme)
    prompt = choose_prompt(library.prompts, request)
    if prompt is None:
        raise KnownError("There are no prompts in that theme yet.")
    return prompt


def tonight_text(prompt: Prompt, library: PromptLibrary) -> str:
    """The theme, a notice before a deep prompt, the prompt, its follow-ups, how to answer."""
    lines = [library.theme_name(prompt.theme), ""]
    if prompt.deep:
        lines += [DEEP_NOTICE, ""]
    lines += [prompt.text, ""]
    lines += [f"  - {question}" for question in prompt.follow_ups]
    if prompt.follow_ups:
        lines.append("")
    lines.append(f"To answer it: threshold add --theme {prompt.theme} --prompt {prompt.id}")
    return "\n".join(lines) + "\n"


def in_theme_order(library: PromptLibrary) -> list[Prompt]:
    """Prompts grouped by theme in display order; any of an unknown theme come last."""
    order = {theme.id: index for index, theme in enumerate(library.themes)}
    return sorted(library.prompts, key=lambda p: order.get(p.theme, len(order)))


def known_theme(library: PromptLibrary, theme_id: str) -> None:
    """Refuse a theme id the library doesn't have, pointing to the list.

    Raises:
        KnownError: there is no such theme.
    """
    if library.theme(theme_id) is None:
        raise KnownError(
            f"There is no theme {theme_id!r}. `threshold prompts themes` lists the theme ids."
        )


def prompt_json(prompt: Prompt) -> dict[str, Any]:
    """The JSON object for a prompt."""
    return {
        "id": prompt.id,
        "theme": prompt.theme,
        "intensity": prompt.intensity.value,
        "source": prompt.source.value,
        "pack": prompt.pack,
        "phases": sorted((p.value for p in prompt.phases), key=PHASE_CHOICES.index),
        "text": prompt.text,
        "follow_ups": list(prompt.follow_ups),
    }


def phase_name(current: Phase) -> str:
    """A phase's display name, worded in the check-in data like the app's settings."""
    from app.prompts.checkin_data import checkin_data  # noqa: PLC0415 - only this command

    return checkin_data().phase_name(current)
