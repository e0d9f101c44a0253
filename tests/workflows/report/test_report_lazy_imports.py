"""Start-up cost of ``woonzorg rapport``: a report loads only its own format's libraries.

Checked in a fresh interpreter (this test process has imported everything already): a .docx
report never imports openpyxl, a .md report neither python-docx, matplotlib nor openpyxl.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("docx", "matplotlib", "openpyxl")
SETUP = """
from datetime import UTC, datetime
from pathlib import Path
from storage.db import get_engine, session_scope
from storage.migrate import upgrade
from tests.support.report_history import build_history
engine = get_engine({url!r})
upgrade(engine)
with session_scope(engine) as session:
    build_history(session)
"""
COMPILE = """
import json, sys
from datetime import UTC, datetime
from pathlib import Path
from storage.db import get_engine
from workflows.dates.halfyear import HalfYear
from workflows.report.compile import compile_report
compile_report(engine=get_engine({url!r}), workspace_id="", half_year=HalfYear(2026, 2),
               path=Path({path!r}),
               now=datetime(2026, 11, 25, 10, tzinfo=UTC))
print(json.dumps(sorted(sys.modules)))
"""
# Never needed by a report: Babel (workflows/numbers.py, workflows/dates/dutch.py write Dutch
# numbers and dates), xml.sax.saxutils (it imports urllib.request, http.client and email; the
# .docx writer escapes text itself), the reminders (editorial.review imports them on use), the
# programme and report packages' whole surfaces (workflows/surface.py).
NEVER = (
    "babel",
    "xml.sax",
    "urllib.request",
    "http.client",
    "workflows.reminders",
    "workflows.programme.assignments",
    "workflows.report.share",
)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('lazy') / 'history.db'}"
    subprocess.run([sys.executable, "-c", SETUP.format(url=url)], cwd=ROOT, check=True)
    return url


def _loaded_by_report(url: str, path: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", COMPILE.format(url=url, path=str(path))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert path.stat().st_size > 0
    loaded = json.loads(out.splitlines()[-1])
    assert [name for name in loaded if name.startswith(NEVER)] == []
    return [name for name in HEAVY if name in loaded]


@pytest.mark.parametrize(
    ("suffix", "heavy"),
    [(".docx", ["docx", "matplotlib"]), (".md", []), (".xlsx", ["openpyxl"])],
)
def test_a_report_imports_only_its_formats_libraries(
    url: str, tmp_path: Path, suffix: str, heavy: list[str]
) -> None:
    assert _loaded_by_report(url, tmp_path / f"rapport{suffix}") == heavy
