"""Every message the core gives a person reaches the catalogue, whole and translatable.

A ``KnownError`` (and a ``Said``) carries a template marked ``QT_TR_NOOP("…")``
and its details, never a sentence already put together: an f-string, a
concatenation or a ``.format`` call bakes English words in before the window can
translate them, and ``pyside6-lupdate`` can't find them. The command line still
prints English (it installs no translator), so ``app/cli`` is left out.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.errors
from app.errors import KnownError
from app.words import Said, Writing, english, say, use_translator
from tests.helpers.paths import REPO

# Functions that build a KnownError (or an import's notice) from the words they are given,
# and the notice itself.
BUILDERS = {"refused", "password_needed", "notice", "ImportNotice"}
CORE = [
    path
    for path in sorted((REPO / "app").rglob("*.py"))
    if path.relative_to(REPO / "app").parts[0] not in {"ui", "pdf_export", "cli"}
    and path.name not in {"__main__.py", "main.py"}
]


def _error_names() -> set[str]:
    """Every KnownError class's name, and ``Said``."""
    names, pending = {"Said", *BUILDERS}, [KnownError]
    for path in CORE:
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        __import__(module)
    while pending:
        kind = pending.pop()
        names.add(kind.__name__)
        pending += kind.__subclasses__()
    return names


def _marked_constants() -> set[str]:
    """Module constants defined as ``NAME = QT_TR_NOOP("…")`` anywhere in the app."""
    names = set()
    for path in (REPO / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign | ast.AnnAssign)
                and isinstance(node.value, ast.Call)
                and _is_marker(node.value)
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _marked_tables() -> set[str]:
    """Module tables (dicts, tuples) whose every value is a ``QT_TR_NOOP("…")``."""
    names = set()
    for path in CORE:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                value = node.value
                if isinstance(value, ast.Dict | ast.Tuple | ast.List) and _all_marked(value):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def _all_marked(node: ast.expr) -> bool:
    if isinstance(node, ast.Call):
        return _is_marker(node)
    if isinstance(node, ast.Dict):
        return all(_all_marked(value) for value in node.values)
    if isinstance(node, ast.Tuple | ast.List):
        return all(_all_marked(item) for item in node.elts)
    return False


def _from_table(text: ast.expr, tables: set[str]) -> bool:
    """``TABLE[key]`` (or ``TABLE[a][b]``) of a marked table."""
    while isinstance(text, ast.Subscript):
        text = text.value
    return isinstance(text, ast.Name) and text.id in tables


def _is_marker(call: ast.Call) -> bool:
    func = call.func
    named = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return named == "QT_TR_NOOP" and bool(call.args) and isinstance(call.args[0], ast.Constant)


def _constructions(names: set[str]) -> Iterator[tuple[Path, ast.Call]]:
    for path in CORE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            named = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if named in names:
                yield path, node


def test_every_core_message_is_a_marked_template() -> None:
    names, constants, tables = _error_names(), _marked_constants(), _marked_tables()
    wrong = []
    for path, call in _constructions(names):
        if not call.args:
            continue
        text = call.args[0]
        if isinstance(text, ast.Call) and _is_marker(text):
            continue
        if isinstance(text, ast.Call) and getattr(text.func, "id", "") == "Said":
            continue  # a Said handed on whole is checked where it is built
        if isinstance(text, ast.Subscript) and _from_table(text, tables):
            continue
        if isinstance(text, ast.Name) and text.id in constants:
            continue
        if isinstance(text, ast.Attribute) and text.attr in constants:
            continue
        if isinstance(text, ast.Name | ast.Attribute) and _is_passed_through(path, call):
            continue
        wrong.append(f"{path.relative_to(REPO)}:{call.lineno}: {ast.unparse(text)[:70]}")
    assert not wrong, f"{len(wrong)} messages are not marked templates:\n  " + "\n  ".join(wrong)


def _is_passed_through(path: Path, call: ast.Call) -> bool:
    """A template handed on by a function's own parameter (the caller marked it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text = call.args[0]
    name = text.id if isinstance(text, ast.Name) else None
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            inside = any(
                isinstance(node, ast.Call)
                and (node.lineno, node.col_offset) == (call.lineno, call.col_offset)
                for node in ast.walk(function)
            )
            parameters = {a.arg for a in function.args.args + function.args.kwonlyargs}
            if inside and name in parameters:
                return True
    return False


@pytest.fixture
def shouting() -> Iterator[None]:
    use_translator(lambda text: f"<{text}>")
    yield
    use_translator(str)


def test_a_message_is_said_through_the_translator_with_its_details(shouting: None) -> None:
    error = KnownError("{name} can't be read.", name="notes.txt")
    assert error.message == "<notes.txt can't be read.>"
    inner = Said("Nothing was changed.")
    assert say("{problem} {rest}", {"problem": "A", "rest": inner}) == "<A <Nothing was changed.>>"


def test_english_is_the_template_itself() -> None:
    assert KnownError("The disk is full.").message == "The disk is full."
    assert str(KnownError("{n} left.", n=3)) == "3 left."
    assert "say" in inspect.getsource(app.errors)


def test_a_count_is_written_in_the_readers_digits() -> None:
    assert say("{count} notes.", {"count": 12345}) == "12,345 notes."
    use_translator(str, Writing(number=lambda n: f"{n:_}"))
    try:
        assert say("{count} notes, {flag}.", {"count": 12345, "flag": True}) == (
            "12_345 notes, True."
        )
    finally:
        use_translator(str)


def test_english_is_said_whatever_the_window_speaks(shouting: None) -> None:
    inner = Said("{count} links", {"count": 1234})
    assert english(Said("{where}, as of {at}.", {"where": inner, "at": "noon"})) == (
        "1,234 links, as of noon."
    )
