"""bot/slack uses slack_bolt and slack_sdk through their public modules only: their internals
(``slack_bolt.request.internals``, ``_``-prefixed modules) may change in any release, and
pyproject.toml does not bound those packages to a minor range."""

from __future__ import annotations

import ast
from pathlib import Path

SLACK = Path(__file__).resolve().parents[3] / "bot" / "slack"


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] in ("slack_bolt", "slack_sdk") and any(
                p == "internals" or p.startswith("_") for p in parts
            ):
                found.append(f"{path.name}: {name}")
    return found


def test_no_slack_internals_are_imported() -> None:
    found = [hit for path in sorted(SLACK.glob("*.py")) for hit in _private_imports(path)]
    assert found == []
