"""Time import and export of a 2,000-action programme with 20,000 status updates.

    uv run python bench/import_export.py [--actions 2000] [--updates 20000] [--no-postgres]

For SQLite (a temporary file) and PostgreSQL (127.0.0.1:5432, user postgres; a database made
for the run and dropped afterwards) it times:
  - import of the generated .xlsx and .csv into an empty database,
  - then, with 20,000 status updates in the database, a re-import of a revised .xlsx (every
    10th action's status and text changed, 20 added, 20 missing so cancelled),
  - and export to .xlsx, .csv and .json.
Targets (issue 2): import of 2,000 rows under 5 s, export under 3 s.
"""

from __future__ import annotations

import argparse
import random
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=20000)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
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
