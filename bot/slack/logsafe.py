"""Keeps Slack secrets out of the log: tokens (xoxb-, xoxp-, xoxa-, xapp-...) and the signing
secret are masked in every record, including tracebacks, whichever library logged them."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

TOKEN = re.compile(r"\b(xox[abpre]|xapp)-[A-Za-z0-9-]+")
MASK = "[verborgen]"
# Slack puts a verification token and a response_url (a capability: whoever has it can post)
# in every slash command and interaction body; Bolt logs the whole body of a request whose
# signature fails. Form-encoded (token=...&) and JSON ("token": "...") forms are both masked.
FORM_SECRET = re.compile(r"(?<![A-Za-z0-9_])(token|response_url|trigger_id)=[^&\s,)]+")
JSON_SECRET = re.compile(r'("(?:token|response_url|trigger_id)"\s*:\s*)"[^"]*"')
URL_SECRET = re.compile(r"https://hooks\.slack\.com/\S+")
# Bolt logs the whole body of a request whose signature fails: anybody on the internet can make
# the log grow by the size of what they post (the HTTP adapter refuses those before Bolt, but
# Bolt is not the only way in). Only the fact is kept.
UNSIGNED_BODY = re.compile(r"^(Invalid request signature detected \(.*?), body: .*\)$", re.DOTALL)
OMITTED = "[weggelaten]"


class SecretFilter(logging.Filter):
    """A handler filter: rewrites the record's message (and traceback) with secrets masked."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        # Longest first, so a secret containing another is masked whole.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 6}, key=len, reverse=True)

    def mask(self, text: str) -> str:
        text = UNSIGNED_BODY.sub(lambda m: f"{m.group(1)}, body: {OMITTED})", text)
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        text = FORM_SECRET.sub(lambda m: f"{m.group(1)}={MASK}", text)
        text = JSON_SECRET.sub(lambda m: f'{m.group(1)}"{MASK}"', text)
        text = URL_SECRET.sub(MASK, text)
        return TOKEN.sub(MASK, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


def install(secrets: Iterable[str | None], logger: logging.Logger | None = None) -> SecretFilter:
    """Put the filter on every handler of ``logger`` (default: the root logger).

    Handler filters see records from all loggers that propagate to it; logger filters would
    only see records logged on that very logger.
    """
    target = logger or logging.getLogger()
    found = SecretFilter(secrets)
    for handler in target.handlers:
        for old in [f for f in handler.filters if isinstance(f, SecretFilter)]:
            handler.removeFilter(old)
        handler.addFilter(found)
    return found
