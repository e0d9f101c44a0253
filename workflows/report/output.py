"""Writing a report file atomically: a temporary file in the same folder, then a rename.

A failure at any point (a full disk, a chart that cannot be drawn, a crash) leaves either the old
file or no file, never a half-written one that Word would call corrupt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from workflows import messages
from workflows.errors import OutputError

FILE_MODE = 0o644  # mkstemp makes 0600; a report is meant to be shared


def _failure(path: Path, exc: OSError) -> OutputError:
    folder = path.parent
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        # "No such file" also comes from a folder that exists but takes no new files (/proc).
        if not folder.exists():
            reason = messages.REPORT_WRITE_NO_FOLDER.format(folder=folder)
        elif not folder.is_dir():
            reason = messages.REPORT_WRITE_NOT_A_FOLDER.format(folder=folder)
        else:
            reason = messages.REPORT_WRITE_FOLDER_READ_ONLY.format(folder=folder)
    elif exc.errno in (errno.EACCES, errno.EPERM):
        reason = messages.REPORT_WRITE_NO_PERMISSION.format(folder=folder)
    elif exc.errno == errno.EROFS:
        reason = messages.REPORT_WRITE_READ_ONLY_DISK.format(folder=folder)
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = messages.REPORT_WRITE_DISK_FULL
    elif exc.errno == errno.EISDIR:
        reason = messages.REPORT_WRITE_IS_FOLDER
    else:
        reason = messages.REPORT_WRITE_OTHER.format(reason=exc.strerror or exc)
    return OutputError(messages.REPORT_WRITE_FAILED.format(path=path, reason=reason))


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` and move the result to ``path`` only when it succeeded."""
    if path.is_dir():
        raise _failure(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    folder = path.parent
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _failure(path, exc) from None
    os.close(handle)
    temp = Path(name)
    try:
        write(temp)
        os.chmod(temp, FILE_MODE)
        os.replace(temp, path)
    except OSError as exc:
        _remove(temp)
        raise _failure(path, exc) from None
    except BaseException:
        _remove(temp)
        raise


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
