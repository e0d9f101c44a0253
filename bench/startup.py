"""Benchmark: start-up of whole ``woonzorg`` processes against a floor measured in the same run.

    uv run python bench/startup.py [--runs 5] [--only help|tick|rapport] [--compiled]
                                   [--against TREE]

Each case runs the real command (the ``woonzorg`` script next to this Python) and a "floor": a
Python process that only imports the libraries the command cannot do without. The two are run
alternately, ``--runs`` times each, so load from other work falls on both alike; the figures
are medians of the wall time (and of the CPU time, user + system, which other work on the
machine disturbs less). Python compiles every module it imports from source in every process
when it may not write bytecode (``PYTHONDONTWRITEBYTECODE``, as in the shared work machine) and
none was compiled at install; ``--compiled`` measures as the Docker image runs (its
``UV_COMPILE_BYTECODE=1``): bytecode in a temporary ``PYTHONPYCACHEPREFIX``, written by the
warm-up run of each process. ``--against TREE`` runs each command a third time, alternately with
the other two, with another checkout of the project first on ``PYTHONPATH`` (``/work/main``:
before and after a change, measured in the same run). Cases and targets (issue 11):

- ``woonzorg --help``: within 1.5x of ``python -c "import typer"``;
- ``woonzorg tick`` with nothing due (a migrated, empty SQLite database; no Slack call is
  made): within 1.3x of a process importing sqlmodel and slack_sdk;
- ``woonzorg rapport 2026-H2 -o FILE.docx`` on 400 actions (bench/report.py's programme):
  within 1.3x of a process importing sqlmodel, python-docx and matplotlib's Figure and Agg
  canvas, plus 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
WOONZORG = str(Path(sys.executable).parent / "woonzorg")
PY = sys.executable


@dataclass
class Case:
    name: str
    command: list[str]
    floor: list[str]
    floor_name: str
    ratio: float
    extra: float = 0.0  # seconds allowed on top of ratio x floor
    context: list[str] | None = None  # another process to show beside them (not a target)
    context_env: dict[str, str] | None = None  # its environment, if not the case's


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one whole process (which must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(case: Case, runs: int, env: dict[str, str], cwd: Path) -> None:
    context_env = case.context_env or env
    run(case.command, env, cwd)  # warm the file cache for all
    run(case.floor, env, cwd)
    if case.context:
        run(case.context, context_env, cwd)
    cmd: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    context: list[tuple[float, float]] = []
    for _ in range(runs):
        cmd.append(run(case.command, env, cwd))
        floor.append(run(case.floor, env, cwd))
        if case.context:
            context.append(run(case.context, context_env, cwd))
    wall, floor_wall = (statistics.median(w for w, _ in xs) for xs in (cmd, floor))
    cpu, floor_cpu = (statistics.median(c for _, c in xs) for xs in (cmd, floor))
    allowed = case.ratio * floor_wall + case.extra
    extra = f" + {case.extra:.1f} s" if case.extra else ""
    print(f"{case.name}")
    print(
        f"  wall: {wall:.3f} s vs floor {floor_wall:.3f} s ({case.floor_name}): "
        f"{wall / floor_wall:.2f}x; target <= {case.ratio}x{extra} = {allowed:.3f} s: "
        f"{'met' if wall <= allowed else 'MISSED'}"
    )
    print(f"  cpu:  {cpu:.3f} s vs floor {floor_cpu:.3f} s: {cpu / floor_cpu:.2f}x")
    if case.context:
        where = f" (PYTHONPATH={context_env['PYTHONPATH']})" if case.context_env else ""
        print(
            f"  beside: {' '.join(case.context[1:])}{where}: "
            f"{statistics.median(w for w, _ in context):.3f} s wall, "
            f"{statistics.median(c for _, c in context):.3f} s cpu"
        )
    print(f"  wall runs: {' '.join(f'{w:.2f}' for w, _ in cmd)}", flush=True)


def py(code: str) -> list[str]:
    return [PY, "-c", code]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--only", choices=("help", "tick", "rapport"), help="measure one case (default: all)"
    )
    parser.add_argument(
        "--compiled", action="store_true", help="read compiled bytecode, as the Docker image does"
    )
    parser.add_argument(
        "--against",
        metavar="TREE",
        help="also run each command with this checkout first on PYTHONPATH (before/after)",
    )
    args = parser.parse_args()

    sys.path.insert(0, str(BENCH))
    import report as report_bench  # bench/report.py: the 400-action programme

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {
            **os.environ,
            "COLUMNS": "100",
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_API_URL": "http://127.0.0.1:9/api/",  # nothing is due: never called
        }
        if args.compiled:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        empty = {**env, "DATABASE_URL": f"sqlite:///{work / 'empty.db'}"}
        programme = {**env, "DATABASE_URL": f"sqlite:///{work / 'programme.db'}"}
        run([WOONZORG, "migrate"], empty, work)
        report_bench._setup(programme["DATABASE_URL"], 400)
        compiled = "compiled bytecode" if args.compiled else "modules compiled as imported"
        print(f"{args.runs} runs each, medians, {compiled}; load average {os.getloadavg()[0]:.1f}")
        cases = [
            (
                Case(
                    "woonzorg --help",
                    [WOONZORG, "--help"],
                    py("import typer"),
                    "import typer",
                    1.5,
                    context=py("import typer.rich_utils"),  # what Typer's help screens import
                ),
                env,
            ),
            (
                Case(
                    "woonzorg tick (nothing due)",
                    [WOONZORG, "tick"],
                    py("import sqlmodel, slack_sdk"),
                    "import sqlmodel, slack_sdk",
                    1.3,
                ),
                empty,
            ),
            (
                Case(
                    "woonzorg rapport 2026-H2 (400 actions)",
                    [WOONZORG, "rapport", report_bench.HALF, "-o", str(work / "r.docx")],
                    py(
                        "import sqlmodel, docx; from matplotlib.figure import Figure; "
                        "from matplotlib.backends.backend_agg import FigureCanvasAgg"
                    ),
                    "import sqlmodel, docx, matplotlib Figure + Agg",
                    1.3,
                    0.5,
                ),
                programme,
            ),
        ]
        keys = ("help", "tick", "rapport")
        for key, (case, case_env) in zip(keys, cases, strict=True):
            if args.only and key != args.only:
                continue
            if args.against:
                against = str(Path(args.against).resolve())
                case.context = case.command
                case.context_env = {**case_env, "PYTHONPATH": against}
            measure(case, args.runs, case_env, work)
        print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
