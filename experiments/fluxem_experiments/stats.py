"""95% confidence intervals over seeds (Student's t; seeds are the replicates)."""

from __future__ import annotations

import math
import statistics

#: Two-sided 95% quantiles of Student's t, t_{0.975, df} for df = 1..30 (beyond: the normal's
#: 1.96 is within 2% of the true value).
T975 = (
    *(12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228),
    *(2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086),
    *(2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042),
)


def t975(df: int) -> float:
    return T975[df - 1] if df <= len(T975) else 1.96


def t_interval(values: list[float]) -> tuple[float, float, float] | None:
    """(mean, low, high) of the 95% t interval of the mean; None under two values."""
    n = len(values)
    if n < 2 or not all(math.isfinite(v) for v in values):
        return None
    mean = statistics.fmean(values)
    half = t975(n - 1) * statistics.stdev(values) / math.sqrt(n)
    return mean, mean - half, mean + half


def paired_difference(
    a: dict[int, float], b: dict[int, float]
) -> tuple[float, float, float] | None:
    """95% t interval of the mean per-seed difference ``a - b`` over the seeds both have."""
    seeds = sorted(set(a) & set(b))
    return t_interval([a[s] - b[s] for s in seeds])


__all__ = ["T975", "paired_difference", "t975", "t_interval"]
