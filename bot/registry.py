"""Every subcommand, button and form the bot answers, registered in this one place.

To add one, write its handler and list it below:

- a subcommand: a function in ``bot/commands/`` declared with ``@subcommand("woord", help=...)``
  (``coordinator_only=True`` for coordinators only, ``changes_home=True`` when the caller's App
  Home changes), listed in ``SUBCOMMANDS``; the help shows it by its ``order``;
- a button: ``@button("prefix")`` in ``bot/actions/``, listed in ``BUTTONS``;
- a form (modal submission): ``@submission("callback_id")`` in ``bot/modals/``, listed in
  ``FORMS``.

The decorators live in bot/handlers.py and only describe a handler: nothing registers itself
on import, so what the bot answers is exactly what is listed here.
"""

from __future__ import annotations

from bot.actions.editorial import approve, edit, open_spending, send_back, turn_page
from bot.actions.reminders import reminder_button
from bot.actions.rounds import round_button
from bot.actions.update import open_update
from bot.commands.assigning import deputy, owner
from bot.commands.coordinators import coordinator
from bot.commands.editorial import redactie
from bot.commands.help import show_help
from bot.commands.programmes import koppel
from bot.commands.reading import action, mine, overview
from bot.commands.reminders import digest, herinner
from bot.commands.report import rapport
from bot.commands.rounds import ronde
from bot.commands.spending import besteed
from bot.commands.updating import status, update
from bot.handlers import Registry
from bot.modals.editorial import submit_edit, submit_question, submit_section, submit_spending
from bot.modals.update import submit_update

SUBCOMMANDS = (
    show_help,
    overview,
    mine,
    action,
    update,
    status,
    besteed,
    owner,
    deputy,
    coordinator,
    koppel,
    ronde,
    herinner,
    digest,
    redactie,
    rapport,
)
BUTTONS = (
    open_update,
    reminder_button,
    round_button,
    approve,
    edit,
    send_back,
    turn_page,
    open_spending,
)
FORMS = (submit_update, submit_edit, submit_question, submit_section, submit_spending)

REGISTRY = Registry(subcommands=SUBCOMMANDS, buttons=BUTTONS, forms=FORMS)
