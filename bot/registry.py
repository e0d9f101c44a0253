"""Discovers the handler modules: every module in ``bot/commands``, ``bot/actions`` and
``bot/modals`` registers itself on import, so adding a subcommand means adding a module there
(no central list to edit, so parallel work merges cleanly)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

PACKAGES = ("bot.commands", "bot.actions", "bot.modals")


@cache
def load_all() -> None:
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if not info.name.startswith("_"):
                importlib.import_module(f"{package_name}.{info.name}")
