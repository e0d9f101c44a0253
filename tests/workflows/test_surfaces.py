"""Package surfaces imported on first use (workflows/surface.py): each name the package gives
is the one its ``if TYPE_CHECKING:`` imports name (what mypy and readers see), and importing the
package, or one of its modules, imports none of the others."""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAZY = ("workflows.programme", "workflows.editorial", "workflows.report")


def _type_checking_imports(package: str) -> dict[str, str]:
    """name -> module, from the ``if TYPE_CHECKING:`` block of the package's ``__init__``."""
    tree = ast.parse((ROOT / package.replace(".", "/") / "__init__.py").read_text())
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    return {
        alias.asname or alias.name: node.module or ""
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


@pytest.mark.parametrize("package", LAZY)
def test_each_name_is_the_one_the_type_checker_sees(package: str) -> None:
    imports = _type_checking_imports(package)
    module = importlib.import_module(package)
    assert sorted(imports) == sorted(module.__all__)
    for name, source in imports.items():
        assert getattr(module, name) is getattr(importlib.import_module(source), name), name
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        module.nothing_here  # noqa: B018


@pytest.mark.parametrize("package", LAZY)
def test_no_name_is_also_a_module_of_the_package(package: str) -> None:
    """Importing a module ``x`` of the package sets the package's attribute ``x`` to it, so a
    name ``x`` given lazily would turn into the module once someone imports that module."""
    modules = {path.stem for path in (ROOT / package.replace(".", "/")).iterdir()}
    assert modules & set(importlib.import_module(package).__all__) == set()


def test_importing_a_package_or_one_module_imports_no_other() -> None:
    probe = (
        "import json, sys\n"
        "import workflows.programme, workflows.editorial.sections, workflows.report.compile\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out.splitlines()[-1]))
    assert "workflows.programme.assignments" not in loaded  # the programme package's surface
    assert "workflows.report.share" not in loaded  # the report package's surface
    assert [name for name in loaded if name.startswith("workflows.reminders")] == []
