"""Statistics the benchmark scripts share: nearest-rank percentiles and a millisecond summary."""

from __future__ import annotations

import math
import statistics

NS_PER_MS = 1_000_000


def percentile(values: list[int], share: float) -> int:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary_ms(values_ns: list[int]) -> dict[str, float]:
    return {
        "median": statistics.median(values_ns) / NS_PER_MS,
        "p90": percentile(values_ns, 0.90) / NS_PER_MS,
        "p99": percentile(values_ns, 0.99) / NS_PER_MS,
        "max": max(values_ns) / NS_PER_MS,
    }
