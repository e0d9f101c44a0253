"""The Dutch catalogue is split by surface (workflows/text/) and read as one namespace
(workflows.messages): a name defined twice would silently replace the first text (it happened),
so every name is defined in exactly one module, and messages gathers all of them."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import workflows.messages
import workflows.text

TEXT = Path(workflows.text.__file__).parent


def _defined(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def catalogue() -> dict[str, list[str]]:
    """Each name defined in workflows/text/, with the modules that define it."""
    where: dict[str, list[str]] = {}
    for path in sorted(TEXT.glob("*.py")):
        for name in _defined(path):
            where.setdefault(name, []).append(path.stem)
    return where


def test_every_message_name_is_defined_once() -> None:
    names = [name for path in sorted(TEXT.glob("*.py")) for name in _defined(path)]
    assert [name for name, count in Counter(names).items() if count > 1] == []


def test_messages_gathers_every_module_and_defines_nothing_itself() -> None:
    assert _defined(Path(workflows.messages.__file__)) == []
    missing = [name for name in catalogue() if not hasattr(workflows.messages, name)]
    assert missing == []
