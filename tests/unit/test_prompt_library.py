"""Shipped packs, importing a pack, one's own prompts and the journal's preferences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import EntryNotFound, InvalidInput
from app.journal import Journal
from app.prompts.checkin_data import NOTHING_PULL, checkin_data
from app.prompts.library import shipped_library
from app.prompts.pack_file import PackError
from app.records.prompts import Intensity, Phase, PromptSource
from app.storage.preferences import DEFAULT_REMINDER_TEXT, Preferences

ESSAY_THEMES = {
    "guilt", "obligation", "shame", "worth", "dependency", "hope-reality", "tenderness",
    "boundaries", "control-tactics", "decision", "aftershock", "autonomy", "strength", "shield",
}  # fmt: skip
PACK = """\
[pack]
id = "dr-lee.sessions"
name = "From my sessions"

[[prompts]]
id = "lee-sleep"
theme = "guilt"
phases = ["aftershock"]
intensity = "gentle"
text = "What did the guilt keep you from tonight?"
follow_ups = ["What would you do with that time?"]
"""


# ---------------------------------------------------------------------- shipped


def test_every_essay_theme_has_at_least_six_prompts() -> None:
    library = shipped_library()
    assert {t.id for t in library.themes} >= ESSAY_THEMES
    for theme in ESSAY_THEMES:
        assert len(library.in_theme(theme)) >= 6, theme


def test_shipped_prompt_ids_are_unique_and_well_formed() -> None:
    prompts = shipped_library().prompts
    assert len({p.id for p in prompts}) == len(prompts)
    for prompt in prompts:
        assert 1 <= len(prompt.follow_ups) <= 3, prompt.id
        assert prompt.phases, prompt.id
        assert prompt.source is PromptSource.SHIPPED
        assert prompt.text.strip() and "!" not in prompt.text, prompt.id


def test_every_theme_offers_gentle_and_deep_prompts_for_each_phase() -> None:
    library = shipped_library()
    for theme in ESSAY_THEMES:
        prompts = library.in_theme(theme)
        assert {p.intensity for p in prompts} == set(Intensity), theme
        for phase in Phase:
            assert any(p.suits(phase) for p in prompts), (theme, phase)


def test_checkin_data_is_complete() -> None:
    data = checkin_data()
    assert len(data.moods) == 15
    assert data.pulls[-1].id == NOTHING_PULL
    themes = {t.id for t in shipped_library().themes}
    for pull in data.pulls:
        assert pull.themes <= themes, pull.id
    assert data.closing_lines
    assert all(exercise.steps for exercise in data.grounding)
    assert [info.phase for info in data.phases] == list(Phase)


def test_no_shipped_text_copies_the_essay() -> None:
    essay = (Path(__file__).parents[2].parent / "shared/seed").glob("*.txt")
    words = " ".join(path.read_text() for path in essay).lower().split()
    if not words:
        pytest.skip("the essay is not beside this checkout")
    phrases = {" ".join(words[n : n + 7]) for n in range(len(words) - 6)}
    resources = Path(__file__).parents[2] / "resources"
    shipped = " ".join(
        " ".join(path.read_text().lower().split()) for path in resources.rglob("*.toml")
    )
    assert not [phrase for phrase in phrases if phrase in shipped]


# ---------------------------------------------------------------------- imported


def write(tmp_path: Path, text: str, name: str = "pack.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_an_imported_pack_joins_the_library(journal: Journal, tmp_path: Path) -> None:
    pack = journal.prompts.import_file(write(tmp_path, PACK))
    library = journal.prompts.library()
    prompt = library.prompt("lee-sleep")
    assert prompt is not None
    assert (prompt.source, prompt.pack, pack.name) == (
        PromptSource.IMPORTED,
        "dr-lee.sessions",
        "From my sessions",
    )
    assert len(library.prompts) == len(shipped_library().prompts) + 1


def test_importing_again_replaces_the_pack(journal: Journal, tmp_path: Path) -> None:
    journal.prompts.import_file(write(tmp_path, PACK))
    newer = PACK.replace("lee-sleep", "lee-rest").replace("tonight", "today")
    journal.prompts.import_file(write(tmp_path, newer))
    library = journal.prompts.library()
    assert library.prompt("lee-sleep") is None
    assert library.prompt("lee-rest") is not None


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        (PACK.replace('theme = "guilt"', 'theme = "nope"'), PackError, "pack.toml, line 7"),
        (PACK.replace("dr-lee.sessions", "threshold.guilt"), InvalidInput, "reserved"),
        (PACK.replace("lee-sleep", shipped_library().prompts[0].id), InvalidInput, "already"),
        (PACK + "\n[[prompts]]\nid = 'x'\n", PackError, "theme"),
    ],
)
def test_a_bad_pack_imports_nothing(
    journal: Journal, tmp_path: Path, text: str, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        journal.prompts.import_file(write(tmp_path, text))
    assert journal.prompts.packs() == []
    assert journal.prompts.library() == shipped_library()


def test_a_missing_file_is_a_plain_error(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(PackError, match=r"missing\.toml: can.t be read"):
        journal.prompts.import_file(tmp_path / "missing.toml")


def test_removing_a_pack_removes_its_prompts(journal: Journal, tmp_path: Path) -> None:
    journal.prompts.import_file(write(tmp_path, PACK))
    journal.prompts.remove_pack("dr-lee.sessions")
    assert journal.prompts.library().prompt("lee-sleep") is None


# ---------------------------------------------------------------------- own prompts


def test_own_prompts_are_kept_in_order(journal: Journal) -> None:
    first = journal.prompts.add_own("shield", "  One reason  I left? ")
    second = journal.prompts.add_own(
        "worth", "What did I do well today?", ("And yesterday?",), frozenset({Phase.REBUILDING})
    )
    own = journal.prompts.packs()[-1]
    assert [p.id for p in own.prompts] == [first.id, second.id]
    assert own.prompts[0].text == "One reason I left?"
    assert own.prompts[1].phases == frozenset({Phase.REBUILDING})
    journal.prompts.remove_own(first.id)
    assert journal.prompts.library().prompt(first.id) is None
    with pytest.raises(EntryNotFound):
        journal.prompts.remove_own(first.id)


@pytest.mark.parametrize(
    ("text", "follow_ups"), [("   ", ()), ("x" * 501, ()), ("ok", ("a", "b", "c", "d"))]
)
def test_bad_own_prompts_are_refused(journal: Journal, text: str, follow_ups: tuple[str]) -> None:
    with pytest.raises(InvalidInput):
        journal.prompts.add_own("guilt", text, follow_ups)
    assert journal.prompts.packs() == []


# ---------------------------------------------------------------------- preferences


def test_preferences_default_and_round_trip(journal: Journal) -> None:
    assert journal.preferences.load() == Preferences()
    chosen = Preferences(
        phase=Phase.AFTERSHOCK,
        offer_checkin=False,
        reminder_on=True,
        reminder_time=dt.time(20, 30, 15),
        reminder_text="  Tea   time ",
    )
    stored = journal.preferences.save(chosen)
    assert stored.reminder_text == "Tea time"
    assert stored.reminder_time == dt.time(20, 30)
    assert journal.preferences.load() == stored


def test_an_empty_reminder_text_falls_back_to_the_neutral_one(journal: Journal) -> None:
    assert journal.preferences.save(Preferences(reminder_text=" ")).reminder_text == (
        DEFAULT_REMINDER_TEXT
    )
    with pytest.raises(InvalidInput):
        journal.preferences.save(Preferences(reminder_text="x" * 121))


def test_finding_one_prompt_cheaply(journal: Journal, tmp_path: Path) -> None:
    shipped = shipped_library().in_theme("boundaries")[2]
    assert journal.prompts.find(shipped.id, "boundaries") == shipped
    assert journal.prompts.find(shipped.id, None) == shipped  # no theme: every pack is read
    assert journal.prompts.find(shipped.id, "guilt") == shipped  # a wrong theme still finds it
    own = journal.prompts.add_own("shield", "One reason?")
    assert journal.prompts.find(own.id, "shield") == own
    assert journal.prompts.find("no-such-prompt", "guilt") is None


def test_theme_names_include_imported_themes(journal: Journal, tmp_path: Path) -> None:
    pack = PACK.replace('theme = "guilt"', 'theme = "sleep"') + (
        '\n[[themes]]\nid = "sleep"\nname = "Sleep"\n'
    )
    journal.prompts.import_file(write(tmp_path, pack))
    names = journal.prompts.theme_names()
    assert names["sleep"] == "Sleep"
    assert names["hope-reality"] == shipped_library().theme_name("hope-reality")
