"""A sampling profiler of every thread, for benchmarks whose work runs on thread pools (which
cProfile does not see): every ``interval`` seconds each thread's stack is read
(``sys._current_frames``) and put in the first category, from the innermost frame outwards,
that one of its frames matches. The summary is the share of samples per category: where the
threads were, working or waiting."""

from __future__ import annotations

import sys
import threading
from collections import Counter

# (path fragment, category), the most specific first; a stack takes the category of its
# innermost frame that matches any fragment.
CATEGORIES = (
    ("sqlalchemy/util/queue", "waiting for a database connection from the pool"),
    ("sqlalchemy/pool", "waiting for a database connection from the pool"),
    ("psycopg", "PostgreSQL round trips (psycopg)"),
    ("bot/slack/ratelimit", "rate limiter: waiting for the workspace's turn"),
    ("http/client", "Slack Web API calls (HTTP)"),
    ("urllib/request", "Slack Web API calls (HTTP)"),
    ("socket.py", "Slack Web API calls (HTTP)"),
    ("slack_sdk", "slack_sdk (building requests, parsing answers)"),
    ("sqlalchemy", "SQLAlchemy/ORM in Python"),
    ("sqlmodel", "SQLAlchemy/ORM in Python"),
    ("pydantic", "pydantic (settings copies, models)"),
    ("concurrent/futures/thread", "idle pool thread"),
    ("workflows/", "workflows code"),
    ("bot/", "bot code"),
)


class Sampler:
    def __init__(self, interval: float = 0.02, prefix: str | tuple[str, ...] = "woonzorg-") -> None:
        self.interval = interval
        self.prefix = prefix
        self.counts: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def start(self) -> Sampler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if not names.get(ident, "").startswith(self.prefix):
                    continue
                self.counts[self._category(frame)] += 1
                self.samples += 1

    @staticmethod
    def _category(frame: object) -> str:
        innermost = None
        current = frame
        while current is not None:
            path = current.f_code.co_filename.replace("\\", "/")  # type: ignore[attr-defined]
            if innermost is None:
                innermost = f"{path.rsplit('/', 1)[-1]}:{current.f_code.co_name}"  # type: ignore[attr-defined]
            for fragment, category in CATEGORIES:
                if fragment in path:
                    return category
            current = current.f_back  # type: ignore[attr-defined]
        return f"other ({innermost})"

    def summary(self, top: int = 10) -> list[str]:
        total = max(1, self.samples)
        return [
            f"{count / total:6.1%}  {category}" for category, count in self.counts.most_common(top)
        ]
