"""The console's read-eval-print loop: one person at a time talks to the same Bot as Slack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from bot.console import modal
from bot.console.adapters import handle_of
from bot.console.render import Pressable, render_message
from bot.core import Bot
from bot.outcomes import Caller, Later, ModalErrors, OpenModal, Outcome, Reply, UpdateMessage
from workflows import messages
from workflows.errors import WoonzorgError
from workflows.programme.mentions import PersonCard, everyone, person_card

Read = Callable[[str], "str | None"]
STOP_WORDS = {"stop", "exit", "quit", "/stop", "/exit", "/quit", "/q"}


class ConsoleSession:
    def __init__(self, bot: Bot, out: Console, read: Read, me: PersonCard) -> None:
        self.bot = bot
        self.out = out
        self.read = read
        self.me = me
        self.buttons: list[Pressable] = []
        # A command typed while a form was open: it cancelled the form and runs next.
        self.pending: str | None = None
        # DMs with buttons sent to someone while another person was at the keyboard (the
        # Notifier keeps them); shown, with pressable numbers, on switching to that person.
        self.take_waiting: Callable[[str], list[tuple[str, list[dict[str, Any]]]]] = lambda _: []

    # -- the loop --------------------------------------------------------------------------

    @property
    def caller(self) -> Caller:
        return Caller(user_id=self.me.slack_id or "", channel_id="console", surface="console")

    def prompt(self) -> str:
        return f"{self.me.name}> "

    def run(self) -> None:
        """Read lines until ``stop`` or the end of input."""
        while True:
            line, self.pending = self.pending, None
            if line is None:
                line = self.read(self.prompt())
            if line is None:
                break
            if not self.handle(line):
                break
        self.out.print(messages.CONSOLE_BYE, style="dim")

    def handle(self, line: str) -> bool:
        """One line of input; False means stop."""
        text = line.strip()
        if not text or text.startswith("#"):
            return True
        if text.lower() in STOP_WORDS:
            return False
        word, _, rest = text.partition(" ")
        word = word.lower()
        if text.isdigit():
            self.press(int(text))
            return True
        self.buttons = []
        if word in ("/woonzorg", "/wz"):
            self.show(self.bot.command(rest, self.caller))
        elif word in ("/als", "/as"):
            self.switch(rest)
        elif word in ("/wie", "/mensen"):
            self.who()
        elif word == "/home":
            self.show_home()
        elif word.startswith("/"):
            self.out.print(messages.CONSOLE_HELP)
        else:  # plain text: taken as a /woonzorg subcommand, which saves typing
            self.show(self.bot.command(text, self.caller))
        return True

    # -- console commands ------------------------------------------------------------------

    def switch(self, who: str) -> None:
        if not who.strip():
            self.out.print(messages.CONSOLE_SWITCH_USAGE)
            return
        try:
            card = person_card(engine=self.bot.engine, directory=self.bot.directory, text=who)
        except WoonzorgError as exc:
            self.out.print(Text(str(exc)))
            return
        if not card.slack_id:
            self.out.print(Text(messages.CONSOLE_NO_SLACK_ID.format(name=card.name)))
            return
        self.me = card
        self.buttons = []
        self.out.print(Text(self.you_are(), style="bold green"))
        for text, blocks in self.take_waiting(card.slack_id):
            self.print_blocks(blocks, messages.CONSOLE_WAITING_DM, text)

    def you_are(self) -> str:
        role = messages.CONSOLE_ROLE_COORDINATOR if self.me.coordinator else ""
        return messages.CONSOLE_YOU_ARE.format(name=self.me.name, role=role)

    def who(self) -> None:
        self.out.print(Text(self.you_are(), style="bold green"))
        self.out.print(messages.CONSOLE_PEOPLE)
        for card in everyone(engine=self.bot.engine):
            if card.slack_id:
                role = messages.CONSOLE_ROLE_COORDINATOR if card.coordinator else ""
                self.out.print(Text(f"  {handle_of(card.name)}  {card.name}{role}"))

    def show_home(self) -> None:
        view = self.bot.home(self.caller)
        self.print_blocks(view.get("blocks", []), messages.CONSOLE_HOME_TITLE)

    def press(self, number: int) -> None:
        if not 1 <= number <= len(self.buttons):
            self.out.print(messages.CONSOLE_NO_SUCH_BUTTON.format(number=number))
            return
        button = self.buttons[number - 1]
        self.buttons = []
        self.show(self.bot.action(button.action_id, button.value, self.caller))

    # -- outcomes --------------------------------------------------------------------------

    def name_of(self, user_id: str) -> str | None:
        info = self.bot.directory.user_info(user_id)
        return info[0] if info else None

    def show_mine(self, title: str, text: str, blocks: list[dict[str, Any]] | None) -> None:
        """A direct message to the person at the keyboard (the Notifier hands it over)."""
        self.print_blocks(blocks or [], title, text)

    def print_blocks(self, blocks: list[dict[str, Any]], title: str, text: str = "") -> None:
        rendering = render_message(
            text, blocks, first_button=len(self.buttons) + 1, names=self.name_of
        )
        self.buttons += rendering.buttons
        self.out.print(Panel(rendering.renderable(), title=title, title_align="left"))

    def show(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            self.show_one(outcome)

    def show_one(self, outcome: Outcome) -> None:
        if isinstance(outcome, Reply):
            title = messages.CONSOLE_ONLY_YOU if outcome.ephemeral else messages.CONSOLE_IN_CHANNEL
            self.print_blocks(outcome.blocks or [], title, outcome.text)
        elif isinstance(outcome, UpdateMessage):
            self.print_blocks(outcome.blocks, messages.CONSOLE_MESSAGE_UPDATED, outcome.text)
        elif isinstance(outcome, Later):
            self.show_one(outcome.ack)
            result = outcome.work()
            if result is not None:
                self.show_one(result)
        elif isinstance(outcome, OpenModal):
            self.run_modal(outcome.view)
        elif isinstance(outcome, ModalErrors):
            self.print_errors(outcome)

    def print_errors(self, errors: ModalErrors, view: dict[str, Any] | None = None) -> None:
        """Each error under the field's Dutch label (the form's), never its block id."""
        labels = {
            b.get("block_id"): b["label"]["text"]
            for b in (view or {}).get("blocks", [])
            if isinstance(b.get("label"), dict) and b["label"].get("text")
        }
        self.out.print(messages.CONSOLE_MODAL_ERRORS, style="bold red")
        for block_id, message in errors.errors.items():
            label = labels.get(block_id)
            line = (
                messages.CONSOLE_FIELD_ERROR.format(label=label, error=message)
                if label
                else message
            )
            self.out.print(Text(f"  {line}", style="red"))

    def run_modal(self, view: dict[str, Any]) -> None:
        self.out.print(
            Text(
                messages.CONSOLE_MODAL_TITLE.format(title=view["title"]["text"]), style="bold cyan"
            )
        )
        self.out.print(messages.CONSOLE_MODAL_HINT, style="dim")
        state = modal.initial_state(view)
        only: set[str] | None = None
        while True:
            try:
                state = modal.fill(self.out, self.read, view, state, only)
            except modal.Interrupted as interruption:
                self.out.print(messages.CONSOLE_MODAL_CANCELLED)
                self.pending = interruption.line
                return
            except modal.Cancelled:
                self.out.print(messages.CONSOLE_MODAL_CANCELLED)
                return
            outcomes = self.bot.submit(
                view["callback_id"], view.get("private_metadata", ""), state, self.caller
            )
            errors = [o for o in outcomes if isinstance(o, ModalErrors)]
            if not errors:
                self.show(outcomes)
                return
            self.print_errors(errors[0], view)
            only = set(errors[0].errors)
