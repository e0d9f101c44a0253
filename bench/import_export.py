"""Time import and export of a 2,000-action programme with 20,000 status updates.

    uv run python bench/import_export.py [--actions 2000] [--updates 20000] [--no-postgres]

For SQLite (a temporary file) and PostgreSQL (127.0.0.1:5432, user postgres; a database made
for the run and dropped afterwards) it times:
  - import of the generated .xlsx and .csv into an empty database,
  - then, with 20,000 status updates in the database, a re-import of a revised .xlsx (every
    10th action's status and text changed, 20 added, 20 missing so cancelled),
  - and export to .xlsx, .csv and .json.
Targets (issue 2): import of 2,000 rows under 5 s, export under 3 s.

    uv run python bench/import_export.py --large [--rows 10000] [--runs 3]

Issue 11: a 10,000-row .xlsx imported into an empty PostgreSQL database, and the dry run of a
revised file against it, each under 5 s and 500 MB. Every measurement runs in a fresh child
process (elapsed time and peak RSS), alternated with the floor measured in the same run: a
child that only opens the same .xlsx with openpyxl (read_only) and iterates its rows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.db import get_engine
from storage.migrate import upgrade
from storage.models import Action, StatusUpdate
from workflows.exporting import export_file
from workflows.exporting.tables import Cell, Sheet
from workflows.exporting.write import write_csv, write_xlsx
from workflows.importing import import_file

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HALVES = ["1e helft 2026", "2e helft 2026", "1e helft 2027", "2e helft 2027"]
STATUSES = ["nog niet gestart", "op schema", "aandacht nodig", "vertraagd", "gereed"]
TARGETS = ["24 woonplekken", "jaarlijks 25 woningen", "6-12 plekken", "ntb", "30 plekken", ""]


def programme_sheet(actions: int, seed: int, revised: bool = False) -> Sheet:
    """A programme like the real ones: 20 actielijnen, multi-line texts, 200 owners."""
    rng = random.Random(seed)
    headers = ["Nr", "Actielijn", "Actie", "Omschrijving", "Regiehouder", "Partners", *HALVES,
               "Doel", "Status", "Stand van zaken"]  # fmt: skip
    rows: list[list[Cell]] = []
    codes = range(20, actions + 20) if revised else range(actions)
    for index in codes:
        theme = index % 20 + 1
        code = f"{theme}.{index // 20 + 1}"
        changed = revised and index % 10 == 0
        owner = rng.randrange(200)
        grid = [rng.choice(["", "V", "R", "R"]) for _ in HALVES]
        rows.append([
            code,
            f"{theme}. Actielijn nummer {theme}",
            f"Actie {code}: uitbreiding aanbod tussen- en vervolgvoorzieningen",
            "We realiseren woon(zorg)concepten voor verschillende doelgroepen.\n"
            "- locaties zoeken in Dordrecht en de regio\n- afspraken met corporaties",
            f"Regiehouder {owner} <regiehouder{owner}@voorbeeld.invalid>",
            "GGD; SDD; corporaties",
            *grid,
            TARGETS[index % len(TARGETS)],
            STATUSES[(index + changed) % len(STATUSES)],
            f"Stand van zaken van actie {code}{' (herzien)' if changed else ''}.\n"
            "Locatieonderzoek loopt; overleg met regiogemeenten.",
        ])  # fmt: skip
    return Sheet("Acties", headers, rows, wide=("Omschrijving", "Stand van zaken"))


def add_updates(engine: Engine, count: int) -> None:
    """Bulk-insert a history of status updates (not timed: it is the export's setting)."""
    with Session(engine) as session:
        ids = list(session.exec(select(Action.id)).all())
        rows = [
            {
                "action_id": ids[i % len(ids)],
                "created_at": NOW - timedelta(hours=i),
                "status": "on_track",
                "text": f"Update {i}: de voortgang is besproken met de partners.",
                "source": "slack",
                "help_needed": False,
                "carried_over": False,
            }
            for i in range(count)
        ]
        session.execute(insert(StatusUpdate), rows)
        session.commit()


@contextmanager
def postgres_database() -> Iterator[str]:
    name = f"woonzorg_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        yield url
    finally:
        get_engine(url).dispose()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(label: str, fn: Callable[[], object], results: list[tuple[str, float]]) -> None:
    start = time.perf_counter()
    fn()
    results.append((label, time.perf_counter() - start))


def run(backend: str, urls: list[str], files: dict[str, Path], folder: Path, updates: int,
        results: list[tuple[str, float]]) -> None:  # fmt: skip
    fresh, other = (get_engine(u) for u in urls)
    for engine in (fresh, other):
        upgrade(engine)
    timed(f"{backend}: import .xlsx (empty db)", lambda: import_file(
        fresh, files["xlsx"], now=NOW), results)  # fmt: skip
    timed(f"{backend}: import .csv (empty db)", lambda: import_file(
        other, files["csv"], now=NOW), results)  # fmt: skip
    add_updates(fresh, updates)  # the history is there for the re-import and exports
    timed(f"{backend}: dry run of revised .xlsx", lambda: import_file(
        fresh, files["revised"], now=NOW + timedelta(days=1), dry_run=True), results)  # fmt: skip
    timed(f"{backend}: re-import revised .xlsx", lambda: import_file(
        fresh, files["revised"], now=NOW + timedelta(days=1)), results)  # fmt: skip
    for suffix in ("xlsx", "csv", "json"):
        target = folder / f"{backend}-export.{suffix}"
        timed(f"{backend}: export .{suffix}", lambda t=target: export_file(fresh, t), results)


def child(task: str, file: str, url: str) -> None:
    """One measurement in this (fresh) process: prints elapsed seconds, this process's CPU
    seconds (less disturbed by other work on the machine than the elapsed time; PostgreSQL's
    own work is not in it) and peak RSS in MB."""
    start, cpu = time.perf_counter(), time.process_time()
    if task == "floor":
        from openpyxl import load_workbook

        book = load_workbook(file, read_only=True, data_only=True)
        for _row in book["Acties"].iter_rows(values_only=True):
            pass
        book.close()
    else:
        import_file(get_engine(url), Path(file), now=NOW + timedelta(days=task == "dry"),
                    dry_run=task == "dry")  # fmt: skip
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "cpu": cpu, "mb": peak}))


def measure(task: str, file: Path, url: str = "") -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(file), url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return dict(json.loads(out.strip().splitlines()[-1]))


def large(rows: int, runs: int) -> None:
    """``--large``: the 10,000-row import and dry run on PostgreSQL against the floor."""
    results: dict[str, list[dict[str, float]]] = {"floor": [], "import": [], "dry": []}
    with tempfile.TemporaryDirectory() as tmp:
        original, revised = Path(tmp) / "programma.xlsx", Path(tmp) / "herzien.xlsx"
        write_xlsx(original, [programme_sheet(rows, seed=1)], title="Benchmark")
        write_xlsx(revised, [programme_sheet(rows, 1, True)], title="Benchmark")
        for _ in range(runs):
            with postgres_database() as url:
                upgrade(get_engine(url))
                get_engine(url).dispose()
                results["floor"].append(measure("floor", original))
                results["import"].append(measure("import", original, url))
                results["floor"].append(measure("floor", revised))
                results["dry"].append(measure("dry", revised, url))
    floor = sorted(r["seconds"] for r in results["floor"])[len(results["floor"]) // 2]
    floor_mb = sorted(r["mb"] for r in results["floor"])[len(results["floor"]) // 2]
    floor_cpu = sorted(r["cpu"] for r in results["floor"])[len(results["floor"]) // 2]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{rows} rows, PostgreSQL, {runs} runs (python {sys.version.split()[0]}); "
          f"load average {load}")  # fmt: skip
    for task, found in results.items():
        seconds = sorted(r["seconds"] for r in found)
        cpu = sorted(r["cpu"] for r in found)
        mb = max(r["mb"] for r in found)
        print(f"  {task:<7} {seconds[0]:6.2f} - {seconds[-1]:6.2f} s "
              f"(median {seconds[len(seconds) // 2] / floor:4.2f}x floor), "
              f"cpu {cpu[0]:5.2f} - {cpu[-1]:5.2f} s "
              f"(median {cpu[len(cpu) // 2] / floor_cpu:4.2f}x floor), "
              f"peak {mb:5.0f} MB ({mb / floor_mb:4.2f}x floor)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=20000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("TASK", "FILE", "URL"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if args.large:
        large(args.rows, args.runs)
        return
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {"xlsx": folder / "programma.xlsx", "csv": folder / "programma.csv",
                 "revised": folder / "herzien.xlsx"}  # fmt: skip
        sheet = programme_sheet(args.actions, seed=1)
        write_xlsx(files["xlsx"], [sheet], title="Benchmark")
        write_csv(files["csv"], sheet)
        write_xlsx(files["revised"], [programme_sheet(args.actions, 1, True)], title="Benchmark")
        urls = [f"sqlite:///{folder / 'a.db'}", f"sqlite:///{folder / 'b.db'}"]
        run("SQLite", urls, files, folder, args.updates, results)
        if not args.no_postgres:
            with postgres_database() as first, postgres_database() as second:
                run("PostgreSQL", [first, second], files, folder, args.updates, results)
    print(
        f"{args.actions} actions, {args.updates} status updates (python {sys.version.split()[0]})"
    )
    for label, seconds in results:
        print(f"  {label:<40} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
