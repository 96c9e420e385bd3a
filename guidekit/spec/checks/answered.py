"""What the answer checks share: who has an answer, and the span helpers.

Examples and gold items both carry an answer (guidekit.spec.models.Answered).
Span offsets count code points of the task's text field from 0, end
exclusive; see guidekit.spec.models.Span.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from guidekit.spec.models import Answered, Span, Spec

SHOWN = 40
MAX_FINDS = 1000


class Owner(NamedTuple):
    """An example or gold item and its data path, such as ('gold', 3)."""

    at: tuple[Any, ...]
    thing: Answered

    @property
    def name(self) -> str:
        """How messages name it: gold 'g3', example 'ex-1'."""
        what = "gold" if self.at[0] == "gold" else "example"
        return f"{what} '{self.thing.id}'"


def owners(spec: Spec) -> Iterator[Owner]:
    """Every gold item, then every example, in spec order."""
    for i, gold in enumerate(spec.gold):
        yield Owner(("gold", i), gold)
    yield from examples(spec)


def examples(spec: Spec) -> Iterator[Owner]:
    """Every example: owners() for a check that has cleared all the gold."""
    for i, example in enumerate(spec.examples):
        yield Owner(("examples", i), example)


def span_owners(spec: Spec) -> Iterator[tuple[Owner, list[Span], str]]:
    """Owners with spans, and the text the offsets count in.

    Only for a span task whose text_field is a task field, and only for
    items that have that field (other checks report the rest).
    """
    field = spec.task.text_field
    if spec.task.kind != "span" or field not in spec.field_names():
        return
    for owner in owners(spec):
        text = owner.thing.item.get(field or "")
        if owner.thing.spans is not None and text is not None:
            yield owner, owner.thing.spans, text


def in_bounds(span: Span, length: int) -> bool:
    return 0 <= span.start < span.end <= length


def slice_name(span: Span) -> str:
    """'[3:8]', the span's offsets as a Python slice."""
    return f"[{span.start}:{span.end}]"


def show(text: str) -> str:
    r"""Text quoted for a message: escapes visible, long text shortened.

    >>> print(show("two\nlines"), show("x" * 50))
    'two\nlines' 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'
    """
    inner = repr(text)[1:-1]
    return f"'{inner}'" if len(inner) <= SHOWN else f"'{inner[:SHOWN - 3]}...'"


def nearest(text: str, quote: str, start: int) -> int | None:
    """Offset of the occurrence of `quote` in `text` nearest to `start`.

    >>> nearest("a b a b a", "a", 5), nearest("abc", "z", 0)
    (4, None)
    """
    best: int | None = None
    found = text.find(quote) if quote else -1
    for _ in range(MAX_FINDS):
        if found < 0:
            break
        if best is None or abs(found - start) < abs(best - start):
            best = found
        found = text.find(quote, found + 1)
    return best
