"""The ``/woonzorg`` subcommands, one module per group; each handler is declared with
``@subcommand`` (bot/handlers.py) and listed in bot/registry.py."""
