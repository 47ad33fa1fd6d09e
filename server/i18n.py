"""Message language: Chinese by default, English with ``Accept-Language: en``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Language", "Text", "pick_language"]

Language = Literal["zh", "en"]


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing message in both languages."""

    zh: str
    en: str

    def render(self, language: Language) -> str:
        return self.en if language == "en" else self.zh


def pick_language(accept_language: str | None) -> Language:
    """English when the caller's first preference is English; Chinese otherwise."""
    if not accept_language:
        return "zh"
    ranked: list[tuple[float, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality + position * 1e-6, tag.strip().lower()))
    for _, tag in sorted(ranked):
        if tag.startswith("en"):
            return "en"
        if tag.startswith("zh"):
            return "zh"
    return "zh"
