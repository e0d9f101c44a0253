"""Starts ``woonzorg tick`` processes quickly: a fork server for the fault tests.

Importing the bot costs seconds of CPU; starting a fresh interpreter for every tick would blow
the fault suite's time budget on a small machine. This process imports the CLI once, and also
what ``woonzorg tick`` imports lazily (Slack client, SQLAlchemy dialects, the reminder
workflows: about 2 s of CPU per child otherwise), then for each request forks a child that runs
``woonzorg <args>`` (the real entry point, ``bot.cli.main``) with its own environment and
working directory. The children are real processes: the tests kill them with SIGKILL at any
moment. Preloading only saves the imports: no connection, engine, thread or logging handler is
made before the fork, so every child opens its own, as a tick started by cron does.

Modules named on the command line are imported too before serving (``woonzorg run``'s stack for
the replica tests: ``python -m tests.faults.forkserver bot.slack.app ...``).

Protocol, one JSON object per line on stdin, one answer per line on stdout:
    {"op": "start", "args": [...], "env": {...}, "cwd": "...", "log": "..."} -> {"pid": 123}
    {"op": "wait", "pid": 123}                                            -> {"status": 0}
"""

from __future__ import annotations

import importlib
import json
import os
import sys

import bot.cli  # noqa: F401 - imported once here, inherited by every child
from bot.cli import main

# What ``bot.cli.tick_cmd.tick_command`` imports when it runs, and what those load on first use
# (the database dialects are chosen by DATABASE_URL). A module left off this list still works:
# the child imports it itself, at the old cost.
PRELOAD = (
    "bot.slack.clients",
    "bot.slack.directory",
    "bot.slack.notifier",
    "bot.views.reminders",
    "workflows.programme.programmes",
    "workflows.reminders",
    "workflows.runtime.database",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "sqlite3",
    "holidays.countries",  # the Dutch public holidays: the package loads every country
    "dateutil.easter",
    "encodings.idna",
    "stringprep",
    "typer._adapters",
    "typer._click.decorators",
)


def preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)


def _child(request: dict[str, object]) -> None:
    os.chdir(str(request["cwd"]))
    log = os.open(str(request["log"]), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.environ.clear()
    os.environ.update({str(k): str(v) for k, v in dict(request["env"]).items()})  # type: ignore[call-overload]
    sys.argv = ["woonzorg", *[str(a) for a in request["args"]]]  # type: ignore[attr-defined]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:  # noqa: BLE001 - reported through the exit status and the log
        import traceback

        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve() -> None:
    preload()
    for line in sys.stdin:
        request = json.loads(line)
        if request["op"] == "start":
            pid = os.fork()
            if pid == 0:
                _child(request)
            answer: dict[str, int] = {"pid": pid}
        else:
            _pid, status = os.waitpid(int(request["pid"]), 0)
            answer = {"status": os.waitstatus_to_exitcode(status)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    for module in sys.argv[1:]:
        importlib.import_module(module)
    serve()
