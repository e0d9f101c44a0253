"""The console's read-eval-print loop: one person at a time talks to the same Bot as Slack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from bot.console import modal
from bot.console.adapters import CONSOLE_WORKSPACE, handle_of
from bot.console.render import Pressable, render_message
from bot.core import Bot
from bot.outcomes import Caller, Later, ModalErrors, OpenModal, Outcome, Reply, UpdateMessage
from workflows import messages
from workflows.errors import WoonzorgError
from workflows.ports.notify import Blocks
from workflows.programme.mentions import PersonCard, everyone, person_card

Read = Callable[[str], "str | None"]


def _nothing_waiting(user_id: str) -> list[tuple[str, str, Blocks]]:
    return []


def _keep_nothing(user_id: str, ref: str, text: str, blocks: Blocks) -> None:
    return None


STOP_WORDS = {"stop", "exit", "quit", "/stop", "/exit", "/quit", "/q"}


class ConsoleSession:
    def __init__(self, bot: Bot, out: Console, read: Read, me: PersonCard) -> None:
        self.bot = bot
        self.out = out
        self.read = read
        self.me = me
        # The buttons that can be pressed by number: those of the answers since the last typed
        # command, numbered on (a button's own answer does not take the others' numbers away).
        self.buttons: list[Pressable] = []
        # Which kept DM (recipient, ref) a button number belongs to, so that the new version a
        # press gives replaces the kept one.
        self.origins: dict[int, tuple[str, str]] = {}
        self.pressed: tuple[str, str] | None = None
        # A command typed while a form was open: it cancelled the form and runs next.
        self.pending: str | None = None
        # DMs with buttons someone received (the Notifier keeps them, as (ref, text, blocks));
        # shown, with pressable numbers, each time the console switches to that person.
        self.waiting_for: Callable[[str], list[tuple[str, str, Blocks]]] = _nothing_waiting
        self.replace_waiting: Callable[[str, str, str, Blocks], None] = _keep_nothing

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
        self.forget_buttons()
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
            card = person_card(
                engine=self.bot.engine,
                directory=self.bot.directory,
                workspace_id=CONSOLE_WORKSPACE,
                text=who,
            )
        except WoonzorgError as exc:
            self.out.print(Text(str(exc)))
            return
        if not card.slack_id:
            self.out.print(Text(messages.CONSOLE_NO_SLACK_ID.format(name=card.name)))
            return
        self.me = card
        self.forget_buttons()
        self.out.print(Text(self.you_are(), style="bold green"))
        for ref, text, blocks in self.waiting_for(card.slack_id):
            self.print_blocks(blocks, messages.CONSOLE_WAITING_DM, text, (card.slack_id, ref))

    def forget_buttons(self) -> None:
        self.buttons = []
        self.origins = {}

    def you_are(self) -> str:
        role = messages.CONSOLE_ROLE_COORDINATOR if self.me.coordinator else ""
        return messages.CONSOLE_YOU_ARE.format(name=self.me.name, role=role)

    def who(self) -> None:
        self.out.print(Text(self.you_are(), style="bold green"))
        self.out.print(messages.CONSOLE_PEOPLE)
        for card in everyone(engine=self.bot.engine, workspace_id=CONSOLE_WORKSPACE):
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
        self.pressed = self.origins.get(number)
        try:
            self.show(self.bot.action(button.action_id, button.value, self.caller))
        finally:
            self.pressed = None

    # -- outcomes --------------------------------------------------------------------------

    def name_of(self, user_id: str) -> str | None:
        info = self.bot.directory.user_info(user_id)
        return info[0] if info else None

    def show_mine(
        self,
        title: str,
        text: str,
        blocks: list[dict[str, Any]] | None,
        origin: tuple[str, str] | None = None,
    ) -> None:
        """A direct message to the person at the keyboard (the Notifier hands it over, with
        its recipient and ref)."""
        self.print_blocks(blocks or [], title, text, origin)

    def print_blocks(
        self,
        blocks: list[dict[str, Any]],
        title: str,
        text: str = "",
        origin: tuple[str, str] | None = None,
    ) -> None:
        first = len(self.buttons) + 1
        rendering = render_message(text, blocks, first_button=first, names=self.name_of)
        self.buttons += rendering.buttons
        if origin is not None:
            for number in range(first, len(self.buttons) + 1):
                self.origins[number] = origin
        self.out.print(Panel(rendering.renderable(), title=title, title_align="left"))

    def show(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            self.show_one(outcome)

    def show_one(self, outcome: Outcome) -> None:
        if isinstance(outcome, Reply):
            title = messages.CONSOLE_ONLY_YOU if outcome.ephemeral else messages.CONSOLE_IN_CHANNEL
            self.print_blocks(outcome.blocks or [], title, outcome.text)
        elif isinstance(outcome, UpdateMessage):
            if self.pressed is not None:  # a kept DM: its new version is the one kept
                self.replace_waiting(*self.pressed, outcome.text, outcome.blocks)
            self.print_blocks(
                outcome.blocks, messages.CONSOLE_MESSAGE_UPDATED, outcome.text, self.pressed
            )
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
