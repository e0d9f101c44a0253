"""The modal submissions, one module per form; each handler is declared with
``@submission("callback_id")`` (bot/handlers.py) and listed in bot/registry.py."""
