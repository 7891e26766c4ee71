"""Every shipped language has every prompt, follow-up, theme, check-in word and help page.

A translation is checked against the English it follows: the same ids, the same number
of follow-ups, the same check-in structure, and the app's own limits. A gap would show
a Spanish or German reader an English question in the middle of their evening, so any
gap fails here rather than falling back quietly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app import language
from app.language import LANGUAGES, SOURCE, locale_dir, localized
from app.prompts.checkin_data import CheckinData, checkin_data, load_checkin_data
from app.prompts.library import THEMES_FILE, shipped_library, shipped_themes
from app.prompts.pack_file import parse_pack
from app.prompts.translated import PackWords, read_pack_words
from app.records.prompts import MAX_FOLLOW_UP_CHARS, MAX_TEXT_CHARS, PromptPack
from app.resource_files import prompts_dir, resources_dir

TRANSLATED = sorted(code for code in LANGUAGES if code != SOURCE)
PACK_FILES = sorted(path.name for path in prompts_dir().glob("*.toml"))


@pytest.fixture
def speaking() -> Iterator[None]:
    """Puts the language back to English after a test that changes it."""
    yield
    language.use(SOURCE)


def _english(file: str) -> PromptPack:
    known = {
        theme.id: theme
        for theme in parse_pack((prompts_dir() / THEMES_FILE).read_bytes(), THEMES_FILE).themes
    }
    return parse_pack((prompts_dir() / file).read_bytes(), file, known)


def _words(code: str, file: str) -> PackWords:
    path = locale_dir(code) / "prompts" / file
    assert path.is_file(), f"{code}: {file} has no translation"
    return read_pack_words(path)


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("file", PACK_FILES)
def test_every_shipped_prompt_has_its_words(code: str, file: str) -> None:
    english, words = _english(file), _words(code, file)
    assert words.name, f"{code}/{file}: the pack's name"
    assert set(words.prompts) == {prompt.id for prompt in english.prompts}
    assert set(words.themes) == {theme.id for theme in english.themes}
    for prompt in english.prompts:
        text, follow_ups = words.prompts[prompt.id]
        assert 0 < len(text.strip()) <= MAX_TEXT_CHARS, prompt.id
        assert len(follow_ups) == len(prompt.follow_ups), f"{prompt.id}: follow-ups"
        assert all(0 < len(line.strip()) <= MAX_FOLLOW_UP_CHARS for line in follow_ups)
    for theme_id, (name, description) in words.themes.items():
        assert 1 <= len(name.split()) <= 4, theme_id
        assert description.strip(), theme_id


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_library_speaks_the_language(code: str, speaking: None) -> None:
    english = shipped_library()
    language.use(code)
    translated = shipped_library()
    assert [t.id for t in translated.themes] == [t.id for t in english.themes]
    assert [p.id for p in translated.prompts] == [p.id for p in english.prompts]
    same = [p.id for p in translated.prompts if p.text == english.prompt(p.id).text]  # type: ignore[union-attr]
    assert not same, f"{code}: still English: {same[:5]}"
    assert {t.name for t in shipped_themes()} == {t.name for t in translated.themes}


def _shape(data: CheckinData) -> tuple[object, ...]:
    return (
        [info.phase for info in data.phases],
        sorted((cell.energy, cell.pleasantness) for cell in data.moods),
        [(pull.id, pull.themes) for pull in data.pulls],
        len(data.closing_lines),
        [(exercise.id, len(exercise.steps)) for exercise in data.grounding],
    )


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_checkin_has_the_same_shape_in_every_language(code: str, speaking: None) -> None:
    path = locale_dir(code) / "checkin.toml"
    assert path.is_file(), f"{code}: checkin.toml"
    translated, english = load_checkin_data(path), checkin_data()
    assert _shape(translated) == _shape(english)
    language.use(code)
    assert checkin_data() == translated
    untranslated = {info.name for info in translated.phases} & {
        info.name for info in english.phases
    }
    assert not untranslated, f"{code}: {untranslated}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_danger_page_is_translated(code: str) -> None:
    english = (resources_dir() / "help" / "danger.md").read_text(encoding="utf-8")
    path = localized("help", "danger.md", code=code)
    assert path != resources_dir() / "help" / "danger.md", f"{code}: help/danger.md"
    text = path.read_text(encoding="utf-8")
    headings = re.compile(r"^#+ ", re.MULTILINE)
    assert len(headings.findall(text)) == len(headings.findall(english))
    assert text.strip() != english.strip()


def test_an_unknown_language_speaks_english(speaking: None) -> None:
    language.use("xx")
    assert language.chosen() == SOURCE
    assert localized("checkin.toml") == resources_dir() / "checkin.toml"


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [(["de-AT", "en-GB"], "de"), (["fr-FR", "es_MX"], "es"), (["fr"], SOURCE), ([], SOURCE)],
)
def test_the_system_language_is_matched_by_its_first_part(
    preferred: list[str], expected: str
) -> None:
    assert language.best_match(preferred) == expected
