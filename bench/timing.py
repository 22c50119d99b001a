"""Timing one call many times, the same way for every figure."""

from __future__ import annotations

import time
from collections.abc import Callable


def repeat(call: Callable[[], object], times: int) -> list[float]:
    """Milliseconds per call, after one warm-up call."""
    call()
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return samples
