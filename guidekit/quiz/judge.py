"""Whether an answer matches the gold, and which labels a miss touches.

`is_right` follows the quiz page (templates/quiz/kinds.js): single_label
and rating are right when the answer is the gold's or one of `also`;
multi_label when every label chosen or left out that differs from the
gold is in `also`; span when the set of (start, end, label) is the gold's.
`touched` names the labels a wrong answer involves, for feedback that
says what to re-read without saying what was right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def is_right(kind: str, answer: Any, also: Sequence[str], given: Any) -> bool:
    """True when `given` (saved shape) matches the gold `answer`.

    >>> is_right("multi_label", ["a"], ["b"], ["a", "b"])
    True
    >>> is_right("single_label", "a", [], "b")
    False
    """
    if given is None:
        return False
    if kind == "multi_label":
        return not (set(answer) ^ set(given)) - set(also)
    if kind == "span":
        return _span_set(answer) == _span_set(given)
    return str(given) == str(answer) or str(given) in also


def touched(kind: str, answer: Any, also: Sequence[str], given: Any) -> list[str]:
    """Labels (or scale points) where `given` and the gold differ, sorted.

    An unanswered question touches the gold's own labels.

    >>> touched("single_label", "a", [], "b")
    ['a', 'b']
    >>> touched("span", [{"start": 0, "end": 2, "label": "P"}], [], [])
    ['P']
    """
    if kind == "multi_label":
        differ = set(answer) ^ set(given or [])
        return sorted(differ - set(also)) if given is not None else sorted(answer)
    if kind == "span":
        gold, mine = _span_set(answer), _span_set(given or [])
        return sorted({label for _, _, label in gold ^ mine})
    if given is None:
        return [str(answer)]
    return sorted({str(answer), str(given)})


def _span_set(spans: Any) -> set[tuple[int, int, str]]:
    return {(int(s["start"]), int(s["end"]), str(s["label"])) for s in spans}
