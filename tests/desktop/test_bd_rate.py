"""The Bjøntegaard delta rate against values known in closed form and an independent check."""

from __future__ import annotations

import math
from typing import Any

import pytest

from helix_desktop.state.bd_rate import BdRateError, bd_rate

VMAF = (80.0, 85.0, 90.0, 95.0)


def _anchor_log_rate(q: float) -> float:
    """A made-up but smooth rate-quality curve: log(rate) cubic in quality."""
    x = (q - 85.0) / 10.0
    return 7.5 + 0.9 * x + 0.2 * x**2 + 0.05 * x**3


def test_same_curve_is_zero() -> None:
    curve = [(math.exp(_anchor_log_rate(q)), q) for q in VMAF]
    assert bd_rate(curve, curve) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize("ratio", [2.0, 0.8, 0.5, 1.37])
def test_constant_bitrate_ratio_is_that_ratio(ratio: float) -> None:
    anchor = [(math.exp(_anchor_log_rate(q)), q) for q in VMAF]
    test = [(rate * ratio, q) for rate, q in anchor]
    assert bd_rate(anchor, test) == pytest.approx((ratio - 1) * 100, abs=1e-9)


def test_known_mean_over_the_shared_quality_range() -> None:
    # The test curve spends exp(0.01 (q - 82)) times the anchor's bitrate at quality q and
    # measures other qualities; both curves are exact cubics, so the fit is exact and the
    # answer is closed form: the shared range is [82, 95], where the mean of 0.01 (q - 82)
    # is 0.065, so BD-rate = exp(0.065) - 1.
    anchor = [(math.exp(_anchor_log_rate(q)), q) for q in VMAF]
    test_q = (82.0, 86.0, 91.0, 97.0)
    test = [(math.exp(_anchor_log_rate(q) + 0.01 * (q - 82.0)), q) for q in test_q]
    assert bd_rate(anchor, test) == pytest.approx((math.exp(0.065) - 1) * 100, abs=1e-9)
    # Swapping the roles gives the inverse ratio's mean: exp(-0.065) - 1.
    assert bd_rate(test, anchor) == pytest.approx((math.exp(-0.065) - 1) * 100, abs=1e-9)


def test_more_than_four_points_are_fitted_by_least_squares() -> None:
    anchor = [(math.exp(_anchor_log_rate(q)), q) for q in (78, 82, 85, 88, 91, 95, 97)]
    test = [(rate * 0.75, q) for rate, q in anchor]
    assert bd_rate(anchor, test) == pytest.approx(-25.0, abs=1e-9)
    # Noise on a cubic: least squares, not interpolation, so one outlier moves it only a bit.
    noisy = [(rate * (1.02 if i == 3 else 1.0), q) for i, (rate, q) in enumerate(test)]
    assert -25.0 < bd_rate(anchor, noisy) < -24.0


def _lagrange_mean(points: list[tuple[float, float]], low: float, high: float) -> float:
    """Mean of the interpolating cubic of log(rate), by the midpoint rule (independent check)."""

    def value(q: float) -> float:
        total = 0.0
        for i, (qi, yi) in enumerate(points):
            term = yi
            for j, (qj, _) in enumerate(points):
                if j != i:
                    term *= (q - qj) / (qi - qj)
            total += term
        return total

    steps = 20_000
    width = (high - low) / steps
    return sum(value(low + (k + 0.5) * width) for k in range(steps)) * width / (high - low)


def test_measured_psnr_curves_match_an_independent_integration() -> None:
    # HM-style measurements (kbit/s, PSNR dB) of two encoder configurations.
    anchor = [(937.0112, 45.5074), (1405.4792, 47.0002), (3438.7128, 49.9565), (6448.6368, 52.1459)]
    test = [(822.0064, 45.7215), (1608.9144, 47.6227), (3086.912, 50.1394), (5784.7696, 52.3339)]
    low, high = 45.7215, 52.1459
    mean_a = _lagrange_mean([(q, math.log(r)) for r, q in anchor], low, high)
    mean_t = _lagrange_mean([(q, math.log(r)) for r, q in test], low, high)
    expected = (math.exp(mean_t - mean_a) - 1) * 100
    assert bd_rate(anchor, test) == pytest.approx(expected, abs=1e-6)
    assert bd_rate(anchor, test) == pytest.approx(-11.503, abs=1e-3)
    # Order of the points does not matter.
    assert bd_rate(anchor[::-1], test[::-1]) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(
    ("anchor", "test", "words"),
    [
        ([(100, 80), (200, 85), (400, 90)], [(1, 80), (2, 85), (3, 90), (4, 95)], "4 points"),
        ([(100, 80), (200, 80), (300, 85), (400, 90)], None, "4 points"),
        ([(0, 80), (200, 85), (300, 90), (400, 95)], None, "not positive"),
        ([(-1, 80), (200, 85), (300, 90), (400, 95)], None, "not positive"),
        ([(math.inf, 80), (200, 85), (300, 90), (400, 95)], None, "not positive"),
        (
            [(100, 10), (200, 20), (300, 30), (400, 40)],
            [(100, 50), (200, 60), (300, 70), (400, 80)],
            "share no quality",
        ),
    ],
)
def test_unusable_curves_are_refused(
    anchor: list[tuple[float, float]], test: list[tuple[float, float]] | None, words: str
) -> None:
    other = test if test is not None else [(100, 80), (200, 85), (300, 90), (400, 95)]
    with pytest.raises(BdRateError, match=words):
        bd_rate(anchor, other)


def _group(group_id: int, name: str, encoder: str | None) -> Any:
    from server.contract.transcoding import GroupResponse

    return GroupResponse.model_validate(
        {
            "id": group_id,
            "experiment_id": 1,
            "name": name,
            "encoder_version": encoder,
            "order_index": group_id,
            "status": "completed",
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    )


def _metrics(group_id: int, bitrate: float | None, vmaf: float | None) -> Any:
    from server.contract.transcoding import MetricsResponse

    return MetricsResponse.model_validate(
        {
            "id": group_id,
            "group_id": group_id,
            "bitrate": bitrate,
            "vmaf": vmaf,
            "created_at": "2026-01-01T00:00:00+00:00",
        }
    )


def test_families_and_which_allow_a_bd_rate() -> None:
    from helix_desktop.state.rate_quality import encoder_family, rate_quality

    groups = [
        _group(1, "a", "x264 r3107"),
        _group(2, "b", "X264 r3095"),  # same family, whatever the case and release
        _group(3, "c", "x264"),
        _group(4, "d", "x264 r1"),
        _group(5, "hevc 2M", None),  # no encoder version: the name's first word
        _group(6, "hevc 4M", ""),
        _group(7, "unmeasured", "av1"),
        _group(8, "half", "x264 r2"),
    ]
    assert [encoder_family(g) for g in groups[:6]] == ["x264"] * 4 + ["hevc"] * 2
    metrics = {
        1: _metrics(1, 4000, 95),
        2: _metrics(2, 1000, 82),
        3: _metrics(3, 2000, 88),
        4: _metrics(4, 3000, 92),
        5: _metrics(5, 2000, 90),
        6: _metrics(6, 4000, 96),
        7: None,
        8: _metrics(8, 2500, None),  # no VMAF: not a point
    }
    curves = rate_quality(groups, metrics)
    assert sorted(curves.families) == ["hevc", "x264"]
    assert [p.bitrate for p in curves.families["x264"]] == [1000, 2000, 3000, 4000]
    assert curves.comparable == ["x264"]  # hevc has two points only
    assert curves.bd_rate("x264", "hevc") is None
    assert curves.bd_rate("x264", "nope") is None
    assert curves.bd_rate("x264", "x264") == pytest.approx(0.0, abs=1e-9)
