"""Spans of one answer that overlap against the task's overlap policy.

task.overlap is `forbid` (the default: no two spans share a character),
`nested` (a span may lie wholly inside another, but two may not cross)
or `allow`. A span listed twice (same offsets and label) is reported
whatever the policy. Spans outside their text are left to span-bounds.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answered import in_bounds, slice_name, span_owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import Span

Indexed = list[tuple[int, Span]]
Pair = tuple[tuple[int, Span], tuple[int, Span]]
HINTS = {"forbid": "fix the offsets, or set task.overlap to nested or allow",
         "nested": "a span must lie wholly inside the other; fix the offsets, "
                   "or set task.overlap to allow"}


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    policy = loaded.spec.task.overlap
    for owner, spans, text in span_owners(loaded.spec):
        kept, repeated = split_repeats(spans, len(text))
        for j, span in repeated:
            yield Finding((*owner.at, "spans", j),
                          f"span {slice_name(span)} '{span.label}' of "
                          f"{owner.name} is listed twice", "remove one of them")
        if policy == "allow":
            continue
        verb = "overlaps" if policy == "forbid" else "crosses"
        for (_, first), (j, later) in clashes(kept, policy):
            yield Finding((*owner.at, "spans", j),
                          f"span {slice_name(later)} of {owner.name} {verb} span "
                          f"{slice_name(first)}; task.overlap is {policy}",
                          HINTS[policy])


def split_repeats(spans: list[Span], length: int) -> tuple[Indexed, Indexed]:
    """Spans inside the text, by list index: first of each, and repeats."""
    seen: set[tuple[int, int, str]] = set()
    kept: Indexed = []
    repeated: Indexed = []
    for j, span in enumerate(spans):
        if in_bounds(span, length):
            key = (span.start, span.end, span.label)
            (repeated if key in seen else kept).append((j, span))
            seen.add(key)
    return kept, repeated


def clashes(spans: Indexed, policy: str) -> list[Pair]:
    """Each span that clashes with another, by list index, once: (other, it).

    Under forbid any two spans that share a character clash; under nested
    only two that cross (overlap with neither inside the other).

    >>> s = [(0, Span(start=0, end=5, label="a")), (1, Span(start=3, end=8,
    ...      label="b")), (2, Span(start=1, end=2, label="c"))]
    >>> [(a[0], b[0]) for a, b in clashes(s, "forbid")]
    [(0, 1), (0, 2)]
    >>> [(a[0], b[0]) for a, b in clashes(s, "nested")]
    [(0, 1)]
    """
    found: dict[int, Pair] = {}
    active: Indexed = []
    for this in sorted(spans, key=lambda p: (p[1].start, -p[1].end, p[0])):
        active = [a for a in active if a[1].end > this[1].start]
        for other in active:
            if policy == "forbid" or this[1].end > other[1].end:
                pair = _ordered(other, this)
                found.setdefault(pair[1][0], pair)
        active.append(this)
    return [found[j] for j in sorted(found)]


def _ordered(a: tuple[int, Span], b: tuple[int, Span]) -> Pair:
    return (a, b) if a[0] < b[0] else (b, a)


CHECK = Check(
    "span-overlap", "error",
    "Spans overlap against task.overlap (forbid, nested, allow), or one is "
    "listed twice.", run,
    rationale="The policy is what annotators are told; gold that breaks it "
    "cannot be matched. forbid: no shared character; nested: inside one "
    "another, never crossing; allow: anything. Repeats are always reported.",
    fix="Fix the offsets, or state the policy the task really has.",
)
