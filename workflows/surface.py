"""A package's surface whose modules are imported when one of their names is first used.

A package ``__init__`` that imports its modules makes importing any one of them import all of
them: ``woonzorg rapport`` needs ``workflows.editorial.sections``, and the editorial package
used to bring the review, and through it every reminder module, along (issue 11: start-up).
With ``lazy_surface`` the package answers ``from package import name`` through PEP 562's
module ``__getattr__`` instead; the ``if TYPE_CHECKING:`` imports beside it are what mypy and
readers see, and tests/workflows/test_surfaces.py checks that the two name the same things.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping


def lazy_surface(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: ``modules`` maps a module (absolute,
    or ``.name`` inside the package) to the names it gives the package's surface."""
    where = {
        name: importlib.util.resolve_name(module, package)
        for module, names in modules.items()
        for name in names
    }

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # the next look-up is an ordinary one
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__
