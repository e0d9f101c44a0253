"""The cyclic collector is paused around an import or a report, and restored after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from workflows.runtime.collector import cyclic_gc_paused


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_enabled")
def test_the_collector_is_paused_in_the_block_and_runs_again_after() -> None:
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_enabled")
def test_the_collector_runs_again_after_a_failure_in_the_block() -> None:
    with pytest.raises(ValueError), cyclic_gc_paused():
        raise ValueError("kapot")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_enabled")
def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    with cyclic_gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
