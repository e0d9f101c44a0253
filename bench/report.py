"""Benchmark: compile the half-yearly .docx for 400 and 2,000 actions, against a floor.

    uv run python bench/report.py            # 400 and 2,000 actions, each in its own subprocess
    uv run python bench/report.py 400        # one size (prints JSON)

Each size runs in a fresh subprocess so its peak memory (ru_maxrss) is its own. The database is
a temporary SQLite file with a synthetic programme: 8 actielijnen, every action with an owner,
a planning over six half-years, three status updates of a few hundred characters (one in the
reported half-year's round, a knelpunt and bijsturing when it is late) and a target; every
fourth action has three sub-actions (2.4a-c) that roll up, every third a budget, partners and
owners with a team, and two indicators with a measured series. Every part of the report is in
it (key messages, deviations, the actielijn tables, outlook, finance, indicators with their
charts, changes, accounting). Timed: building the model and writing the .docx (charts
included); the database setup is not timed.

Cold is the first report in the process (it pays for importing python-docx and matplotlib, as
``woonzorg rapport`` does); warm is the median of the next three (a running bot). The floor,
run alternately with the warm reports so that other work on the machine falls on both alike:
what any Word file with a chart costs, python-docx opening its template, adding a paragraph and
saving, and matplotlib drawing one bar chart to PNG. Peak memory is compared with the process's
peak before its first report (the libraries imported and the database built).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

SIZES = (400, 2000)
WARM_RUNS = 3
HALF = "2026-H2"
TEXT = (
    "De pilot loopt in drie wijken; de evaluatie door de GGD is afgerond en de resultaten zijn "
    "besproken met de corporaties en zorgaanbieders. Voor de opschaling naar de hele regio is "
    "extra formatie nodig; het voorstel ligt bij het college. Knelpunt blijft de beschikbaarheid "
    "van geschikte woonruimte, vooral voor jongeren en mensen met een complexe zorgvraag."
)


def _setup(url: str, size: int) -> None:
    from storage.db import get_engine, session_scope
    from storage.migrate import upgrade
    from storage.models import (
        Action,
        Indicator,
        Measurement,
        Person,
        Programme,
        Round,
        StatusUpdate,
        Theme,
    )

    engine = get_engine(url)
    upgrade(engine)
    statuses = ["on_track", "attention", "delayed", "not_started", "done", "on_track"]
    planning = {
        "2026-H1": "preparation",
        "2026-H2": "realisation",
        "2027-H1": "realisation",
        "2027-H2": "realisation",
    }
    with session_scope(engine) as session:
        programme = Programme(name="Benchmarkprogramma")
        session.add(programme)
        session.flush()
        themes = []
        for n in range(1, 9):
            theme = Theme(
                programme_id=programme.id, number=str(n), title=f"Actielijn {n}", position=n
            )
            session.add(theme)
            themes.append(theme)
        people = [
            Person(
                name=f"Persoon {i}",
                email=f"p{i}@example.nl",
                slack_id=f"UBENCH{i:04d}",
                organisation=f"Team {i % 7}",
            )
            for i in range(40)
        ]
        session.add_all(people)
        session.flush()
        round_ = Round(
            programme_id=programme.id,
            half_year=HALF,
            deadline=date(2026, 11, 13),
            opened_at=datetime(2026, 9, 1, tzinfo=UTC),
        )
        session.add(round_)
        for n in range(2):
            indicator = Indicator(
                programme_id=programme.id,
                name=f"Indicator {n}",
                unit="woningen",
                baseline=0,
                baseline_year=2022,
                target_min=750,
                target_max=900,
                target_year=2030,
                position=n,
            )
            session.add(indicator)
            session.flush()
            for year in (2023, 2024, 2025):
                session.add(
                    Measurement(
                        indicator_id=indicator.id,
                        value=200 * (year - 2022),
                        date=date(year, 12, 31),
                    )
                )
        session.flush()
        created = datetime(2025, 9, 1, tzinfo=UTC)
        for i in range(size):
            status = statuses[i % len(statuses)]
            parent, sub = i - i % 4, i % 4
            theme_no = (i // 4) % 8
            code = f"{theme_no + 1}.{parent}" + ("" if sub == 0 else "abc"[sub - 1])
            action = Action(
                programme_id=programme.id,
                theme_id=themes[theme_no].id,
                code=code,
                partners=["SDD", "GGD", "corporaties"],
                budget=120_000.0 if i % 3 == 0 else None,
                spent=45_000.0 if i % 3 == 0 else None,
                title=f"Actie {i}: uitbreiding aanbod tussen- en vervolgvoorzieningen",
                planning=planning,
                target_text="24 woonplekken",
                target_min=24,
                target_max=24,
                status=status,
                status_text=TEXT,
                owner_id=people[i % 40].id,
                position=i,
                created_at=created,
            )
            session.add(action)
            session.flush()
            for month, in_round in ((10, False), (3, False), (10, True)):
                year = 2025 if month == 10 and not in_round else 2026
                if i % 5 == 0 and in_round:
                    continue  # some owners are late
                session.add(
                    StatusUpdate(
                        action_id=action.id,
                        round_id=round_.id if in_round else None,
                        created_at=datetime(year, month, 1 + i % 27, tzinfo=UTC),
                        status=status,
                        text=f"{TEXT} ({year}-{month})",
                        realised_quantity=i % 24,
                        reason="Geen locatie." if status in ("attention", "delayed") else None,
                        correction="Zoeken in de regio." if status == "delayed" else None,
                    )
                )


def _compile(url: str, folder: str, name: str) -> tuple[float, float, float, int]:
    """One compile: (model wall s, docx wall s, total CPU s, file size)."""
    from storage.db import get_engine, session_scope
    from workflows.dates.halfyear import HalfYear
    from workflows.report.build import build_report
    from workflows.report.docx_writer import write_docx
    from workflows.report.output import write_atomically

    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    cpu = time.process_time()
    start = time.perf_counter()
    with session_scope(get_engine(url)) as session:
        report = build_report(
            session=session, half_year=HalfYear.parse(HALF), now=now, workspace_id=""
        )
    built = time.perf_counter()
    path = Path(folder) / name
    write_atomically(path, lambda temp: write_docx(report, temp))
    done = time.perf_counter()
    return built - start, done - built, time.process_time() - cpu, path.stat().st_size


def _floor(folder: str) -> tuple[float, float]:
    """(wall s, CPU s) of the least a Word file with a chart costs: see the module docstring."""
    import io

    from docx import Document
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    cpu = time.process_time()
    start = time.perf_counter()
    document = Document()
    document.add_paragraph("Voortgangsrapportage")
    figure = Figure(figsize=(6.5, 5.0), dpi=150)
    FigureCanvasAgg(figure)
    figure.add_subplot().barh(["a", "b", "c"], [1, 2, 3])
    figure.savefig(io.BytesIO(), format="png", dpi=150, bbox_inches="tight")
    document.save(str(Path(folder) / "floor.docx"))
    return time.perf_counter() - start, time.process_time() - cpu


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_one(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        _setup(url, size)
        before_mb = _peak_mb()
        cold_model, cold_docx, _, _ = _compile(url, folder, "cold.docx")
        warm: list[tuple[float, float, float, int]] = []
        floor: list[tuple[float, float]] = []
        for _ in range(WARM_RUNS):
            floor.append(_floor(folder))
            warm.append(_compile(url, folder, "warm.docx"))
        model = statistics.median(w[0] for w in warm)
        docx_s = statistics.median(w[1] for w in warm)
        total = statistics.median(w[0] + w[1] for w in warm)
        cpu = statistics.median(w[2] for w in warm)
        floor_wall = statistics.median(f[0] for f in floor)
        floor_cpu = statistics.median(f[1] for f in floor)
        return {
            "actions": size,
            "cold_s": round(cold_model + cold_docx, 2),
            "model_s": round(model, 2),
            "docx_s": round(docx_s, 2),
            "warm_s": round(total, 2),
            "warm_cpu_s": round(cpu, 2),
            "floor_s": round(floor_wall, 3),
            "floor_cpu_s": round(floor_cpu, 3),
            "ratio": round(total / floor_wall, 1),
            "ratio_cpu": round(cpu / floor_cpu, 1),
            "before_mb": before_mb,
            "peak_mb": _peak_mb(),
            "file_kb": round(warm[-1][3] / 1024),
        }


def main() -> None:
    if len(sys.argv) > 1:
        print(json.dumps(run_one(int(sys.argv[1]))))
        return
    print(f"load average {os.getloadavg()[0]:.1f}; warm: median of {WARM_RUNS}")
    print(
        "| actions | cold (s) | warm: model (s) | warm: .docx (s) | warm total (s) | warm CPU (s) "
        "| floor (s) | floor CPU (s) | ratio wall | ratio CPU | RSS before (MB) | peak RSS (MB) "
        "| file (KB) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in SIZES:
        out = subprocess.run(
            [sys.executable, __file__, str(size)], check=True, capture_output=True, text=True
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"| {r['actions']} | {r['cold_s']} | {r['model_s']} | {r['docx_s']} | "
            f"{r['warm_s']} | {r['warm_cpu_s']} | {r['floor_s']} | {r['floor_cpu_s']} | "
            f"{r['ratio']}x | {r['ratio_cpu']}x | {r['before_mb']} | {r['peak_mb']} | "
            f"{r['file_kb']} |",
            flush=True,
        )
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
