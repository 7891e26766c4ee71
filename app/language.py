"""Which language Threshold speaks, and where the words for it are kept.

The window's own strings come from Qt's ``.qm`` catalogues; the data that speaks
(prompts and their follow-ups, themes, the check-in's words and exercises, the help
pages) lives in ``resources/locales/<code>/`` beside the English in ``resources/``.
The language is chosen once, before the first window, and holds for the run: the
shipped data is read and kept per language, so nothing is re-read on a hot path.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.resource_files import resources_dir

SOURCE = "en"
LANGUAGES = {"en": "English", "es": "Español", "de": "Deutsch"}
"""Each language Threshold speaks, by its code, under its own name."""

_chosen = SOURCE


def use(code: str) -> None:
    """Speak ``code`` from now on (an unknown code means English)."""
    global _chosen  # noqa: PLW0603 - one choice for the whole run, made at start
    _chosen = code if code in LANGUAGES else SOURCE


def chosen() -> str:
    """The language in use."""
    return _chosen


def best_match(preferred: Iterable[str]) -> str:
    """The first of the system's languages (``"de-AT"``, ``"es_ES"``) Threshold speaks."""
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE


def locale_dir(code: str | None = None) -> Path:
    """The folder of one language's data (empty for English, whose data is the source)."""
    return resources_dir() / "locales" / (code or _chosen)


def localized(*parts: str, code: str | None = None) -> Path:
    """A data file in the language in use, or the English one when it has no copy."""
    language = code or _chosen
    if language != SOURCE:
        translated = locale_dir(language).joinpath(*parts)
        if translated.is_file():
            return translated
    return resources_dir().joinpath(*parts)
