"""A span's quoted `text` is not the text its offsets cover.

Quoting the covered text is optional; when given, it must equal
text[start:end] exactly, so an off-by-one offset shows up at once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from guidekit.spec.checks.answered import (
    in_bounds,
    nearest,
    show,
    slice_name,
    span_owners,
)
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    for owner, spans, text in span_owners(loaded.spec):
        for j, span in enumerate(spans):
            if span.text is None or not in_bounds(span, len(text)):
                continue
            covered = text[span.start:span.end]
            if covered == span.text:
                continue
            where = slice_name(span)
            yield Finding((*owner.at, "spans", j, "text"),
                          f"span {where} of {owner.name} quotes {show(span.text)}, "
                          f"not the text at {where}",
                          _hint(text, covered, span.text, span.start, where))


def _hint(text: str, covered: str, quote: str, start: int, where: str) -> str:
    hint = f"text{where} is {show(covered)}"
    if unicodedata.normalize("NFC", covered) == unicodedata.normalize("NFC", quote):
        return hint + (": the same text in another Unicode form; quote it "
                       "as the item writes it")
    at = nearest(text, quote, start)
    if at is not None:
        return hint + f"; {show(quote)} is at [{at}:{at + len(quote)}]"
    return hint


CHECK = Check(
    "span-text", "error",
    "A span's quoted text differs from the text its offsets cover.", run,
    rationale="The quote is a check on the offsets: an off-by-one offset or "
    "an edited item shows at once. Text in another Unicode form (NFD against "
    "NFC) differs too, since offsets count code points.",
    fix="Correct the offsets (the hint says where the quote is) or the quote.",
)
