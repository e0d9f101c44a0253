"""The Dutch catalogue as one namespace: ``from workflows import messages; messages.X``.

The texts themselves live in ``workflows/text/``, one module per surface; this module only
gathers them. Each name is defined in exactly one of those modules
(tests/workflows/text/test_messages_catalogue.py).
"""

from __future__ import annotations

from workflows.text.cli import *  # noqa: F403
from workflows.text.commands import *  # noqa: F403
from workflows.text.common import *  # noqa: F403
from workflows.text.console import *  # noqa: F403
from workflows.text.editorial import *  # noqa: F403
from workflows.text.importing import *  # noqa: F403
from workflows.text.programmes import *  # noqa: F403
from workflows.text.reminders import *  # noqa: F403
from workflows.text.report import *  # noqa: F403
from workflows.text.rounds import *  # noqa: F403
from workflows.text.service import *  # noqa: F403
