"""The layout holds: imports go bot -> workflows -> storage, Slack stays in bot/, and no two
modules import each other, however indirectly (module-level imports, read from the source)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("bot", "workflows", "storage")


def _modules() -> dict[str, Path]:
    found = {}
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> Iterator[str]:
    """Every module named by a module-level import: ``from a import b`` names ``a.b`` when that
    is a module, else ``a``. Imports under ``if TYPE_CHECKING:`` are not module-level."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                yield submodule if submodule in MODULES else node.module


def _graph() -> dict[str, set[str]]:
    return {name: set(_imports(path)) for name, path in MODULES.items()}


def test_layers_import_downwards_only() -> None:
    wrong = []
    for name, imported in _graph().items():
        layer = name.split(".")[0]
        below = LAYERS[LAYERS.index(layer) :]
        for target in imported:
            top = target.split(".")[0]
            if top in LAYERS and top not in below:
                wrong.append(f"{name} imports {target}")
            if layer != "bot" and top in ("slack_bolt", "slack_sdk"):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = {n: {t for t in deps if t in MODULES and t != n} for n, deps in _graph().items()}
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == []
