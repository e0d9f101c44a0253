"""The Dutch catalogue is shared by every surface: a name defined twice silently replaces the
first text (it happened), so names must be unique."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import workflows.messages


def test_every_message_name_is_defined_once() -> None:
    tree = ast.parse(Path(workflows.messages.__file__).read_text(encoding="utf-8"))
    names = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    ]
    names += [
        node.target.id
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    ]
    assert [name for name, count in Counter(names).items() if count > 1] == []
