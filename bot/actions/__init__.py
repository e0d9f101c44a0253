"""The buttons (block actions), one module per group; each handler is declared with
``@button("prefix")`` (bot/handlers.py) and listed in bot/registry.py."""
