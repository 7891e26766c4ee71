"""Every string the window says reaches the catalogue under the context it is looked up in.

``pyside6-lupdate`` files ``self.tr("…")`` under the class it is written in, and a
bare ``tr("…")`` or ``QT_TR_NOOP("…")`` under the empty context. Anything else is
either not found at all (a context in a variable) or filed under a context the
running code never asks for (``window.tr("…")`` is looked up as the window's class
but filed as "window"), and shows English in a translated window.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.paths import REPO


def _calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for path in sorted((REPO / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [(path, node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"


def test_only_self_and_the_kit_say_tr() -> None:
    wrong = [
        _where(path, call)
        for path, call in _calls()
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and not (isinstance(call.func.value, ast.Name) and call.func.value.id == "self")
    ]
    assert not wrong, "use app.ui.widgets.translate.tr outside a widget's own methods"


def test_no_tr_is_borrowed_under_another_name() -> None:
    wrong = []
    for path in sorted((REPO / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Assign) else None
            if isinstance(value, ast.Attribute) and value.attr == "tr":
                wrong.append(_where(path, node))
    assert not wrong


def test_every_translate_names_its_context_in_the_call() -> None:
    wrong = [
        _where(path, call)
        for path, call in _calls()
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "QCoreApplication"
        and not (call.args and isinstance(call.args[0], ast.Constant))
    ]
    assert not wrong


def test_self_tr_is_given_words_not_a_variable() -> None:
    """``self.tr(name)`` can't be found by lupdate; a marked constant goes through ``tr``."""
    wrong = [
        _where(path, call)
        for path, call in _calls()
        if isinstance(call.func, ast.Attribute)
        and call.func.attr == "tr"
        and call.args
        and not isinstance(call.args[0], ast.Constant)
    ]
    assert not wrong
