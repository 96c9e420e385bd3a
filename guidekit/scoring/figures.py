"""Figures that may be undefined, said so plainly instead of NaN or 0."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """A number, or None with the reason it is undefined.

    >>> Figure.of(0.5).text()
    '0.500'
    >>> Figure.missing("no gold answered").text()
    'n/a'
    """

    value: float | None
    undefined: str | None = None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.undefined is None):
            raise ValueError("a Figure has either a value or an undefined reason")
        if self.value is not None and not math.isfinite(self.value):
            raise ValueError(f"figure value must be finite, got {self.value!r}")

    @classmethod
    def of(cls, value: float) -> Figure:
        return cls(float(value))

    @classmethod
    def missing(cls, reason: str) -> Figure:
        return cls(None, reason)

    @property
    def defined(self) -> bool:
        return self.value is not None

    def text(self, digits: int = 3) -> str:
        """The value with `digits` decimals, or 'n/a'."""
        return "n/a" if self.value is None else f"{self.value:.{digits}f}"


@dataclass(frozen=True)
class Interval:
    """A confidence interval [low, high] at `level`, or why there is none."""

    low: float | None
    high: float | None
    level: float = 0.95
    undefined: str | None = None

    @classmethod
    def between(cls, low: float, high: float, level: float) -> Interval:
        return cls(low, high, level)

    @classmethod
    def missing(cls, reason: str, level: float) -> Interval:
        return cls(None, None, level, reason)

    @property
    def defined(self) -> bool:
        return self.low is not None and self.high is not None

    def contains(self, value: float) -> bool:
        if self.low is None or self.high is None:
            return False
        return self.low <= value <= self.high

    def text(self, digits: int = 3) -> str:
        """`[low, high]` with `digits` decimals, or 'n/a'."""
        if self.low is None or self.high is None:
            return "n/a"
        return f"[{self.low:.{digits}f}, {self.high:.{digits}f}]"
