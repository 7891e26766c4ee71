"""Tonight's prompt for a journal: the scheduler fed with the journal's history."""

from __future__ import annotations

import datetime as dt

from app.journal.journal import Journal
from app.prompts.checkin_data import checkin_data
from app.prompts.scheduler import REPEAT_WINDOW, PromptRequest


def tonights_request(
    journal: Journal,
    today: dt.date,
    *,
    pulls: tuple[str, ...] = (),
    passed_over: frozenset[str] = frozenset(),
    theme: str | None = None,
    shown: str | None = None,
) -> PromptRequest:
    """What the scheduler needs, read from the journal's settings and history.

    ``shown`` is the prompt offered just before in this check-in, if any: a
    deeper one is never followed by another deeper one.
    """
    return PromptRequest(
        today=today,
        phase=journal.preferences.load().phase,
        pulled_themes=checkin_data().themes_for(pulls),
        last_used=journal.entries.prompt_last_used(today - REPEAT_WINDOW),
        passed_over=passed_over,
        theme=theme,
        previous=shown,
    )
