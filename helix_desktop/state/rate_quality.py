"""Groups' bitrate and VMAF as rate-quality curves per encoder family, and BD-rates between them.

Pure data, no Qt. An encoder *family* is the first word of a group's encoder version
(``x264 r3107`` and ``x264 r3095`` are both ``x264``), or of its name when the version
is empty, compared case-insensitively.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from helix_desktop.state.bd_rate import MIN_POINTS, BdRateError, bd_rate
from server.contract.transcoding import GroupResponse, MetricsResponse

__all__ = ["CurvePoint", "RateQuality", "encoder_family", "rate_quality"]


@dataclass(frozen=True, slots=True)
class CurvePoint:
    group_id: int
    name: str
    bitrate: float
    vmaf: float


@dataclass(frozen=True, slots=True)
class RateQuality:
    """Points per family (by bitrate), and which families allow a BD-rate."""

    families: dict[str, list[CurvePoint]]

    @property
    def comparable(self) -> list[str]:
        """Families with at least four groups at different bitrates (and VMAFs)."""
        return [
            family
            for family, points in self.families.items()
            if len({p.bitrate for p in points}) >= MIN_POINTS
            and len({p.vmaf for p in points}) >= MIN_POINTS
        ]

    def bd_rate(self, anchor: str, test: str) -> float | None:
        """BD-rate of ``test`` against ``anchor`` in percent; ``None`` when not computable."""
        try:
            return bd_rate(
                [(p.bitrate, p.vmaf) for p in self.families[anchor]],
                [(p.bitrate, p.vmaf) for p in self.families[test]],
            )
        except (BdRateError, KeyError):
            return None


def encoder_family(group: GroupResponse) -> str:
    label = (group.encoder_version or "").strip() or group.name.strip()
    return label.split()[0].casefold() if label else ""


def rate_quality(
    groups: Sequence[GroupResponse], metrics: Mapping[int, MetricsResponse | None]
) -> RateQuality:
    """Every group with both a bitrate and a VMAF, per family, ordered by bitrate."""
    families: dict[str, list[CurvePoint]] = {}
    for group in groups:
        measured = metrics.get(group.id)
        if measured is None or measured.bitrate is None or measured.vmaf is None:
            continue
        point = CurvePoint(group.id, group.name, measured.bitrate, measured.vmaf)
        families.setdefault(encoder_family(group), []).append(point)
    for points in families.values():
        points.sort(key=lambda p: (p.bitrate, p.group_id))
    return RateQuality(families)
