"""A report that cannot be written says why, from the errno: not "the folder does not exist"
for a folder that exists but takes no files."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from workflows.errors import OutputError
from workflows.report.output import write_atomically


def _write(path: Path) -> None:
    path.write_text("# Rapport\n", encoding="utf-8")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc (a folder that takes no files)")
def test_an_existing_folder_that_takes_no_files_is_not_called_missing() -> None:
    with pytest.raises(OutputError) as caught:
        write_atomically(Path("/proc/r.docx"), _write)
    assert "in de map /proc kunnen geen bestanden worden gemaakt" in str(caught.value)
    assert "bestaat niet" not in str(caught.value)


def test_a_file_used_as_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "notities.txt").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match=r"notities.txt is geen map"):
        write_atomically(tmp_path / "notities.txt" / "r.md", _write)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EACCES, "geen schrijfrechten in de map {folder}"),
        (errno.EROFS, "de map {folder} staat op een alleen-lezen schijf"),
        (errno.ENOSPC, "de schijf is vol"),
    ],
)
def test_the_reason_follows_the_errno(tmp_path: Path, code: int, reason: str) -> None:
    def refused(temp: Path) -> None:
        raise OSError(code, "refused")

    target = tmp_path / "r.md"
    with pytest.raises(OutputError) as caught:
        write_atomically(target, refused)
    assert str(caught.value) == (
        f"Het rapport kan niet worden geschreven naar {target}: {reason.format(folder=tmp_path)}."
    )
    assert list(tmp_path.iterdir()) == []
