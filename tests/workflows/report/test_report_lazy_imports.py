"""Start-up cost of ``woonzorg rapport``: a report loads only its own format's libraries.

Checked in a fresh interpreter (this test process has imported everything already): a .docx
report never imports openpyxl, a .md report neither python-docx, matplotlib nor openpyxl.
One interpreter imports what every report imports, checks that none of the heavy libraries is
among it, and forks a child per format; each child compiles one report and lists its modules
(three fresh interpreters cost three times the shared imports, for nothing more).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage.db import get_engine, session_scope
from tests.support.report_history import build_history

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("docx", "matplotlib", "openpyxl")
SUFFIXES = (".docx", ".md", ".xlsx")
COMPILE = """
import json, os, sys
from datetime import UTC, datetime
from pathlib import Path
from storage.db import get_engine
from workflows.dates.halfyear import HalfYear
from workflows.report.compile import compile_report
HEAVY = {heavy!r}
assert [name for name in HEAVY if name in sys.modules] == [], "imported before any report"
for path in {paths!r}:
    pid = os.fork()
    if pid == 0:
        compile_report(engine=get_engine({url!r}), workspace_id="", half_year=HalfYear(2026, 2),
                       path=Path(path), now=datetime(2026, 11, 25, 10, tzinfo=UTC))
        print(json.dumps([path, sorted(sys.modules)]))
        sys.stdout.flush()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert status == 0, (path, status)
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
def loaded(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Per report suffix: the heavy libraries its report loaded."""
    folder = tmp_path_factory.mktemp("lazy")
    shutil.copy(sqlite_template, folder / "history.db")
    url = f"sqlite:///{folder / 'history.db'}"
    engine = get_engine(url)
    with session_scope(engine) as session:
        build_history(session)
    engine.dispose()
    paths = [str(folder / f"rapport{suffix}") for suffix in SUFFIXES]
    out = subprocess.run(
        [sys.executable, "-c", COMPILE.format(heavy=HEAVY, paths=paths, url=url)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found: dict[str, list[str]] = {}
    for line in out.splitlines():
        path, modules = json.loads(line)
        assert Path(path).stat().st_size > 0
        assert [name for name in modules if name.startswith(NEVER)] == []
        found[Path(path).suffix] = [name for name in HEAVY if name in modules]
    assert sorted(found) == sorted(SUFFIXES)
    return found


@pytest.mark.parametrize(
    ("suffix", "heavy"),
    [(".docx", ["docx", "matplotlib"]), (".md", []), (".xlsx", ["openpyxl"])],
)
def test_a_report_imports_only_its_formats_libraries(
    loaded: dict[str, list[str]], suffix: str, heavy: list[str]
) -> None:
    assert loaded[suffix] == heavy
