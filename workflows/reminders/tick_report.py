"""What a tick (or a ``herinner``/``digest`` command) did, and running its sends on a few
threads."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field


@dataclass
class TickReport:
    """What one tick (or one ``herinner``/``digest`` command) did, by notification key."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # nothing left to say when its turn came
    failed: list[str] = field(default_factory=list)  # transient; a later tick retries
    given_up: list[str] = field(default_factory=list)  # permanent; coordinators told once
    superseded: list[str] = field(default_factory=list)
    # Sent, or perhaps sent, but not recorded (no answer from Slack, the database refused):
    # a later tick looks for it in Slack before sending it again.
    unconfirmed: list[str] = field(default_factory=list)

    def merge(self, other: TickReport) -> None:
        for name in ("sent", "skipped", "failed", "given_up", "superseded", "unconfirmed"):
            getattr(self, name).extend(getattr(other, name))


def run_all(jobs: Sequence[Callable[[], TickReport]], *, senders: int) -> TickReport:
    """Run send jobs on a few threads (Slack's rate limit is per workspace, not per
    connection, so a few concurrent senders keep the pipe full while each honours
    Retry-After)."""
    report = TickReport()
    if senders <= 1 or len(jobs) <= 1:
        for job in jobs:
            report.merge(job())
        return report
    with ThreadPoolExecutor(max_workers=senders, thread_name_prefix="woonzorg-send") as pool:
        for result in [pool.submit(job) for job in jobs]:
            report.merge(result.result())
    return report
