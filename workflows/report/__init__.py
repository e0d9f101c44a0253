"""The half-yearly progress report (docs/specification.md section 8): model, writers, workflow.

``compile_report`` builds the report and writes it; ``share_report`` does that for Slack and
posts the file. How it is put together: docs/report.md.
"""

from typing import TYPE_CHECKING

from workflows.surface import lazy_surface

if TYPE_CHECKING:
    from workflows.report.compile import (
        Compiled,
        Options,
        compile_report,
        report_filename,
        writer_for,
    )
    from workflows.report.share import (
        requested_half_year,
        requested_period,
        share_report,
        started_text,
    )

__getattr__, __dir__ = lazy_surface(
    __name__,
    {
        ".compile": ("Compiled", "Options", "compile_report", "report_filename", "writer_for"),
        ".share": ("requested_half_year", "requested_period", "share_report", "started_text"),
    },
)

__all__ = [
    "Compiled",
    "Options",
    "compile_report",
    "report_filename",
    "requested_half_year",
    "requested_period",
    "share_report",
    "started_text",
    "writer_for",
]
