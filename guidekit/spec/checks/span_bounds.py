"""A span whose offsets are not inside its text: 0 <= start < end <= length.

Offsets count code points of the task's text_field from 0; end is
exclusive (guidekit.spec.models.Span).
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answered import nearest, show, slice_name, span_owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import Span


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    for owner, spans, text in span_owners(loaded.spec):
        for j, span in enumerate(spans):
            found = _problem(span, text)
            if found is not None:
                key, message = found
                yield Finding((*owner.at, "spans", j, key),
                              f"span {slice_name(span)} of {owner.name} {message}",
                              _hint(span, text))


def _problem(span: Span, text: str) -> tuple[str, str] | None:
    if span.start < 0:
        return "start", "starts before the text, expected start >= 0"
    if span.start >= span.end:
        what = "is empty" if span.start == span.end else "ends before it starts"
        return "end", f"{what}, expected start < end"
    if span.end > len(text):
        return "end", (f"ends past the text [{len(text)} characters], "
                       f"expected end <= {len(text)}")
    return None


def _hint(span: Span, text: str) -> str:
    at = nearest(text, span.text, span.start) if span.text else None
    if span.text is not None and at is not None:
        return f"{show(span.text)} is at [{at}:{at + len(span.text)}]"
    return "offsets count characters from 0 and end is exclusive: text[start:end]"


CHECK = Check(
    "span-bounds", "error",
    "A span's offsets are outside its text or empty (0 <= start < end <= "
    "length).", run,
    rationale="Offsets count Unicode code points of task.text_field from 0, "
    "end exclusive, as Python slices do; other tools count bytes or UTF-16 "
    "units, which shifts offsets after the first non-ASCII character.",
    fix="Recount the offsets in code points; quoting the `text` makes the "
    "hint say where it is.",
)
