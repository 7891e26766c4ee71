"""How the core is put together: one way to reach a store, and a cheap ``import app.journal``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from app.journal import Journal
from app.storage.contacts import ContactStore
from app.storage.entries import EntryStore
from app.storage.export_log import ExportLog
from app.storage.preferences import PreferenceStore
from app.storage.prompt_store import PromptStore
from app.storage.reasons import ReasonStore
from app.storage.reread import RereadStore

REPO = Path(__file__).resolve().parents[2]
STORES = {
    "entries": EntryStore,
    "contacts": ContactStore,
    "reasons": ReasonStore,
    "exports": ExportLog,
    "prompts": PromptStore,
    "preferences": PreferenceStore,
    "reread": RereadStore,
}
MADE_ON_FIRST_USE = (
    "app.prompts",
    "app.storage.contacts",
    "app.storage.reasons",
    "app.storage.export_log",
    "app.storage.prompt_store",
    "app.storage.preferences",
    "app.storage.reread",
    "app.storage.backup_preview",
)


def test_every_store_is_an_attribute_made_once(journal: Journal) -> None:
    """The one way to a store is ``journal.<store>``, the same object every time."""
    for name, kind in STORES.items():
        store = getattr(journal, name)
        assert isinstance(store, kind), name
        assert getattr(journal, name) is store, name
        assert f"``.{name}``" in (Journal.__doc__ or "") or name == "entries", name


def test_importing_the_journal_loads_no_store_it_does_not_need_yet() -> None:
    """The CLI starts by importing the journal; the other stores load when first used."""
    probe = (
        "import sys\nimport app.journal\n"
        f"print(sorted(m for m in sys.modules if m.startswith({MADE_ON_FIRST_USE!r})))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert output.stdout.strip() == "[]"


def test_records_import_nothing_of_threshold() -> None:
    """Plain records sit below everything (using only each other), so any layer can share them."""

    def outside(name: str) -> bool:
        return name.startswith("app") and not name.startswith("app.records.")

    for module in sorted((REPO / "app" / "records").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not outside(node.module or ""), module.name
            elif isinstance(node, ast.Import):
                assert not any(outside(a.name) for a in node.names), module.name
