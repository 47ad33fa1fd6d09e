"""The Bjøntegaard delta rate (BD-rate) between two rate-quality curves.

Standard method (G. Bjøntegaard, VCEG-M33, 2001): for each curve fit a cubic
polynomial of log(rate) against quality (least squares; exact through four
points), integrate both over the quality interval the two curves share, and turn
the mean difference of log(rate) back into a percentage. A negative BD-rate
means the test curve needs that much less bitrate than the anchor for the same
quality. Pure Python: no numerical library for a 4x4 system.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["MIN_POINTS", "BdRateError", "bd_rate"]

MIN_POINTS = 4  # a cubic needs four points
Point = tuple[float, float]  # (bitrate, quality)


class BdRateError(ValueError):
    """The curves do not allow a BD-rate (too few points, no overlap, bad rates)."""


def _solve(matrix: list[list[float]], rhs: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting; raises on a singular system."""
    n = len(rhs)
    a = [[*row, value] for row, value in zip(matrix, rhs, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            raise BdRateError("qualities too close together to fit a curve")
        a[col], a[pivot] = a[pivot], a[col]
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            for k in range(col, n + 1):
                a[row][k] -= factor * a[col][k]
    solution = [0.0] * n
    for row in range(n - 1, -1, -1):
        tail = sum(a[row][k] * solution[k] for k in range(row + 1, n))
        solution[row] = (a[row][n] - tail) / a[row][row]
    return solution


def _cubic_fit(xs: Sequence[float], ys: Sequence[float]) -> list[float]:
    """Least-squares cubic ``c0 + c1 x + c2 x^2 + c3 x^3`` through the points."""
    normal = [[sum(x ** (i + j) for x in xs) for j in range(4)] for i in range(4)]
    moments = [sum(y * x**i for x, y in zip(xs, ys, strict=True)) for i in range(4)]
    return _solve(normal, moments)


def _integral(coefficients: Sequence[float], low: float, high: float) -> float:
    return sum(c * (high ** (i + 1) - low ** (i + 1)) / (i + 1) for i, c in enumerate(coefficients))


def _checked(points: Sequence[Point], which: str) -> tuple[list[float], list[float]]:
    if len({q for _, q in points}) < MIN_POINTS:
        raise BdRateError(f"the {which} curve needs {MIN_POINTS} points of different quality")
    rates, qualities = [], []
    for rate, quality in points:
        if not (math.isfinite(rate) and math.isfinite(quality)) or rate <= 0:
            raise BdRateError(f"the {which} curve has a bitrate that is not positive")
        rates.append(math.log(rate))
        qualities.append(quality)
    return rates, qualities


def bd_rate(anchor: Sequence[Point], test: Sequence[Point]) -> float:
    """BD-rate of ``test`` against ``anchor`` in percent; points are ``(bitrate, quality)``."""
    log_a, q_a = _checked(anchor, "anchor")
    log_t, q_t = _checked(test, "test")
    low, high = max(min(q_a), min(q_t)), min(max(q_a), max(q_t))
    if high <= low:
        raise BdRateError("the two curves share no quality range")
    return (
        math.exp(_mean_log_rate(log_t, q_t, low, high) - _mean_log_rate(log_a, q_a, low, high)) - 1
    ) * 100


def _mean_log_rate(
    log_rates: list[float], qualities: list[float], low: float, high: float
) -> float:
    """Mean of the fitted log(rate) over ``[low, high]``."""
    # Fit on the curve's own quality range mapped to [-1, 1]: powers up to x^6 in the
    # normal equations stay well conditioned whatever the units (VMAF 0..100, SSIM 0..1).
    centre = (min(qualities) + max(qualities)) / 2
    scale = (max(qualities) - min(qualities)) / 2
    fitted = _cubic_fit([(q - centre) / scale for q in qualities], log_rates)
    area = scale * _integral(fitted, (low - centre) / scale, (high - centre) / scale)
    return area / (high - low)
