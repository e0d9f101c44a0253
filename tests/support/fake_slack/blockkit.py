"""Block Kit limits as Slack enforces them, so a test fails where Slack would answer invalid_blocks.

Each check returns a list of violations (human-readable strings naming the path); empty means the
payload would be accepted. The limits are Slack's documented ones
(api.slack.com/reference/block-kit).
"""

from __future__ import annotations

from typing import Any

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
MESSAGE_TEXT = 40_000
SECTION_TEXT = 3_000
HEADER_TEXT = 150
SECTION_FIELDS = 10
FIELD_TEXT = 2_000
CONTEXT_ELEMENTS = 10
ACTIONS_ELEMENTS = 25
BUTTON_TEXT = 75
BUTTON_VALUE = 2_000
ID_LENGTH = 255
MODAL_TITLE = 24
MODAL_BUTTON = 24
INPUT_LABEL = 2_000
INPUT_HINT = 2_000
PLACEHOLDER = 150
OPTION_TEXT = 75
OPTION_VALUE = 150
OPTIONS = 100
OVERFLOW_OPTIONS = 5
TEXT_INPUT = 3_000
PRIVATE_METADATA = 3_000
URL_LENGTH = 3_000

BLOCK_TYPES = {"section", "header", "divider", "context", "actions", "input", "image", "rich_text"}
SELECTS = {
    "static_select",
    "multi_static_select",
    "users_select",
    "multi_users_select",
    "conversations_select",
    "channels_select",
    "external_select",
}
INPUT_ELEMENTS = SELECTS | {
    "plain_text_input",
    "datepicker",
    "timepicker",
    "checkboxes",
    "radio_buttons",
    "number_input",
    "email_text_input",
    "url_text_input",
    "rich_text_input",
}
ACTION_ELEMENTS = SELECTS | {
    "button",
    "overflow",
    "datepicker",
    "timepicker",
    "checkboxes",
    "radio_buttons",
}


class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.block_ids: set[str] = set()
        self.action_ids: dict[str, set[str]] = {}

    def fail(self, path: str, message: str) -> None:
        self.errors.append(f"{path}: {message}")

    def text(
        self,
        path: str,
        obj: Any,
        limit: int,
        *,
        plain_only: bool = False,
        required: bool = True,
    ) -> None:
        if obj is None:
            if required:
                self.fail(path, "missing text object")
            return
        if not isinstance(obj, dict) or obj.get("type") not in ("plain_text", "mrkdwn"):
            self.fail(path, "not a text object")
            return
        if plain_only and obj["type"] != "plain_text":
            self.fail(path, "must be plain_text")
        value = obj.get("text")
        if not isinstance(value, str) or not value:
            self.fail(path, "text must be a non-empty string")
        elif len(value) > limit:
            self.fail(path, f"text is {len(value)} characters, limit {limit}")

    def ident(self, path: str, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value or len(value) > ID_LENGTH:
            self.fail(path, f"id must be 1-{ID_LENGTH} characters")

    def options(self, path: str, options: Any, limit: int = OPTIONS) -> None:
        if not isinstance(options, list) or not options:
            self.fail(path, "options must be a non-empty list")
            return
        if len(options) > limit:
            self.fail(path, f"{len(options)} options, limit {limit}")
        for i, option in enumerate(options):
            self.text(f"{path}[{i}].text", option.get("text"), OPTION_TEXT)
            value = option.get("value")
            if value is not None and (not isinstance(value, str) or len(value) > OPTION_VALUE):
                self.fail(f"{path}[{i}].value", f"value over {OPTION_VALUE} characters")

    def element(self, path: str, el: Any, allowed: set[str], block_id: str | None) -> None:
        if not isinstance(el, dict):
            self.fail(path, "element is not an object")
            return
        kind = el.get("type")
        if kind not in allowed and kind not in ("image", "plain_text", "mrkdwn"):
            self.fail(path, f"element type {kind!r} not allowed here")
            return
        action_id = el.get("action_id")
        self.ident(f"{path}.action_id", action_id)
        if action_id is not None:
            seen = self.action_ids.setdefault(block_id or "", set())
            if action_id in seen:
                self.fail(f"{path}.action_id", f"duplicate action_id {action_id!r} in one block")
            seen.add(action_id)
        if "placeholder" in el:
            self.text(f"{path}.placeholder", el["placeholder"], PLACEHOLDER, plain_only=True)
        if kind == "button":
            self.text(f"{path}.text", el.get("text"), BUTTON_TEXT, plain_only=True)
            value = el.get("value")
            if value is not None and (not isinstance(value, str) or len(value) > BUTTON_VALUE):
                self.fail(f"{path}.value", f"value over {BUTTON_VALUE} characters")
            url = el.get("url")
            if url is not None and len(url) > URL_LENGTH:
                self.fail(f"{path}.url", "url too long")
            if el.get("style") not in (None, "primary", "danger"):
                self.fail(f"{path}.style", "style must be primary or danger")
        elif kind in SELECTS and kind.endswith("static_select"):
            if "option_groups" not in el:
                self.options(f"{path}.options", el.get("options"))
            initial = el.get("initial_option")
            if initial is not None:
                values = [o.get("value") for o in el.get("options", [])]
                if initial.get("value") not in values:
                    self.fail(f"{path}.initial_option", "initial_option is not one of the options")
        elif kind == "overflow":
            self.options(f"{path}.options", el.get("options"), OVERFLOW_OPTIONS)
        elif kind in ("checkboxes", "radio_buttons"):
            self.options(f"{path}.options", el.get("options"), 10)
        elif kind == "plain_text_input":
            initial = el.get("initial_value")
            if initial is not None and (not isinstance(initial, str) or len(initial) > TEXT_INPUT):
                self.fail(f"{path}.initial_value", f"initial_value over {TEXT_INPUT} characters")
            max_length = el.get("max_length")
            if max_length is not None and not (0 < int(max_length) <= TEXT_INPUT):
                self.fail(f"{path}.max_length", f"max_length must be 1-{TEXT_INPUT}")
            min_length = el.get("min_length")
            if min_length is not None and not (0 <= int(min_length) <= TEXT_INPUT):
                self.fail(f"{path}.min_length", f"min_length must be 0-{TEXT_INPUT}")
            if isinstance(initial, str) and max_length is not None and len(initial) > max_length:
                self.fail(f"{path}.initial_value", f"initial_value over max_length {max_length}")

    def block(self, path: str, block: Any, surface: str) -> None:
        if not isinstance(block, dict):
            self.fail(path, "block is not an object")
            return
        kind = block.get("type")
        if kind not in BLOCK_TYPES:
            self.fail(path, f"unknown block type {kind!r}")
            return
        block_id = block.get("block_id")
        self.ident(f"{path}.block_id", block_id)
        if block_id is not None:
            if block_id in self.block_ids:
                self.fail(f"{path}.block_id", f"duplicate block_id {block_id!r}")
            self.block_ids.add(block_id)
        if kind == "section":
            if "text" not in block and "fields" not in block:
                self.fail(path, "section needs text or fields")
            if "text" in block:
                self.text(f"{path}.text", block["text"], SECTION_TEXT)
            fields = block.get("fields")
            if fields is not None:
                if not isinstance(fields, list) or not fields or len(fields) > SECTION_FIELDS:
                    self.fail(f"{path}.fields", f"fields must be 1-{SECTION_FIELDS} items")
                else:
                    for i, field in enumerate(fields):
                        self.text(f"{path}.fields[{i}]", field, FIELD_TEXT)
            if "accessory" in block:
                self.element(f"{path}.accessory", block["accessory"], ACTION_ELEMENTS, block_id)
        elif kind == "header":
            self.text(f"{path}.text", block.get("text"), HEADER_TEXT, plain_only=True)
        elif kind == "context":
            elements = block.get("elements")
            if not isinstance(elements, list) or not elements or len(elements) > CONTEXT_ELEMENTS:
                self.fail(f"{path}.elements", f"context needs 1-{CONTEXT_ELEMENTS} elements")
            else:
                for i, el in enumerate(elements):
                    if el.get("type") in ("plain_text", "mrkdwn"):
                        self.text(f"{path}.elements[{i}]", el, SECTION_TEXT)
                    elif el.get("type") != "image":
                        self.fail(f"{path}.elements[{i}]", "context takes text and images only")
        elif kind == "actions":
            elements = block.get("elements")
            if not isinstance(elements, list) or not elements or len(elements) > ACTIONS_ELEMENTS:
                self.fail(f"{path}.elements", f"actions needs 1-{ACTIONS_ELEMENTS} elements")
            else:
                for i, el in enumerate(elements):
                    self.element(f"{path}.elements[{i}]", el, ACTION_ELEMENTS, block_id)
        elif kind == "input":
            if surface == "message":
                self.fail(path, "input blocks belong in modals")
            self.text(f"{path}.label", block.get("label"), INPUT_LABEL, plain_only=True)
            if "hint" in block:
                self.text(f"{path}.hint", block["hint"], INPUT_HINT, plain_only=True)
            self.element(f"{path}.element", block.get("element"), INPUT_ELEMENTS, block_id)

    def blocks(self, path: str, blocks: Any, limit: int, surface: str) -> None:
        if not isinstance(blocks, list):
            self.fail(path, "blocks must be a list")
            return
        if len(blocks) > limit:
            self.fail(path, f"{len(blocks)} blocks, limit {limit}")
        for i, block in enumerate(blocks):
            self.block(f"{path}[{i}]", block, surface)


def check_message(payload: dict[str, Any], *, require_text: bool = True) -> list[str]:
    """Violations in a chat.postMessage / postEphemeral / update or response_url payload."""
    checker = _Checker()
    text = payload.get("text")
    blocks = payload.get("blocks")
    if payload.get("delete_original"):
        return []
    if text is not None and not isinstance(text, str):
        checker.fail("text", "text must be a string")
    elif isinstance(text, str) and len(text) > MESSAGE_TEXT:
        checker.fail("text", f"text is {len(text)} characters, limit {MESSAGE_TEXT}")
    if blocks is not None:
        checker.blocks("blocks", blocks, MESSAGE_BLOCKS, "message")
    if require_text and not text:
        checker.fail("text", "a text fallback is required (notifications, screen readers)")
    return checker.errors


def check_view(view: Any) -> list[str]:
    """Violations in a modal or Home tab view (views.open / update / push / publish)."""
    checker = _Checker()
    if not isinstance(view, dict):
        return ["view: not an object"]
    kind = view.get("type")
    if kind not in ("modal", "home"):
        checker.fail("view.type", "must be modal or home")
    checker.blocks("view.blocks", view.get("blocks"), VIEW_BLOCKS, kind or "modal")
    checker.ident("view.callback_id", view.get("callback_id"))
    metadata = view.get("private_metadata")
    if metadata is not None and len(metadata) > PRIVATE_METADATA:
        checker.fail("view.private_metadata", f"over {PRIVATE_METADATA} characters")
    if kind == "modal":
        checker.text("view.title", view.get("title"), MODAL_TITLE, plain_only=True)
        for key in ("submit", "close"):
            if key in view:
                checker.text(f"view.{key}", view[key], MODAL_BUTTON, plain_only=True)
        has_input = any(
            isinstance(b, dict) and b.get("type") == "input" for b in view.get("blocks") or []
        )
        if has_input and "submit" not in view:
            checker.fail("view.submit", "a modal with input blocks needs a submit button")
    return checker.errors
