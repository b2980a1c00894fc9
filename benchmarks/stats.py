"""Statistics the benchmark scripts share: nearest-rank percentiles and a millisecond summary."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import TypeVar

NS_PER_MS = 1_000_000


Number = TypeVar("Number", int, float)


def percentile(values: Sequence[Number], share: float) -> Number:
    """Nearest-rank percentile (nanoseconds as int, or seconds as float)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary_ms(values_ns: Sequence[int]) -> dict[str, float]:
    """Median, p90, p99 and max in milliseconds, and how many samples they are of."""
    return {
        "median": statistics.median(values_ns) / NS_PER_MS,
        "p90": percentile(values_ns, 0.90) / NS_PER_MS,
        "p99": percentile(values_ns, 0.99) / NS_PER_MS,
        "max": max(values_ns) / NS_PER_MS,
        "samples": len(values_ns),
    }
