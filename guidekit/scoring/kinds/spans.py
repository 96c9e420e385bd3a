"""span: one answered list of spans against gold, matched two ways.

A span is (start, end, label), offsets as in answers.py. Both ways of
matching are one to one, and per label give tp (matched answer spans),
fp (answer spans left unmatched) and fn (gold spans left unmatched):

- exact: an answer span matches a gold span with the same start, end
  and label;
- overlap: an answer span may match a gold span with the same label
  whose range it overlaps (shares at least one character). Pairs are
  taken greedily, largest overlap (in characters) first; among equal
  overlaps the earlier gold span, then the earlier answer span (by
  start, end, label), goes first; a span already matched is passed over.

An item is an exact match when the answer's spans are exactly gold's
(the same set; both empty counts too).
"""

from __future__ import annotations

from guidekit.scoring.kinds.answers import Span
from guidekit.scoring.kinds.counts import Tally, bump


def add_spans(tally: Tally, gold: frozenset[Span], answer: frozenset[Span]) -> None:
    """Count one answered gold item into `tally`.

    >>> t = Tally()
    >>> add_spans(t, frozenset({(0, 5, "P")}), frozenset({(1, 5, "P")}))
    >>> t.exact, t.labels["P"], t.overlap["P"]
    (0, [0, 1, 1], [1, 0, 0])
    """
    tally.items += 1
    tally.exact += gold == answer
    _count(tally.labels, gold & answer, answer - gold, gold - answer)
    pairs = overlap_pairs(gold, answer)
    matched_gold = {g for g, _ in pairs}
    matched_answer = {a for _, a in pairs}
    _count(tally.overlap, matched_answer, answer - matched_answer,
           gold - matched_gold)


def overlap_pairs(gold: frozenset[Span],
                  answer: frozenset[Span]) -> list[tuple[Span, Span]]:
    """(gold, answer) pairs matched one to one by largest overlap first.

    >>> overlap_pairs(frozenset({(0, 4, "P")}), frozenset({(0, 2, "P"), (1, 4, "P")}))
    [((0, 4, 'P'), (1, 4, 'P'))]
    """
    candidates = []
    for g in gold:
        for a in answer:
            shared = min(g[1], a[1]) - max(g[0], a[0])
            if shared > 0 and g[2] == a[2]:
                candidates.append((-shared, g, a))
    candidates.sort()
    pairs, used_gold, used_answer = [], set(), set()
    for _, g, a in candidates:
        if g not in used_gold and a not in used_answer:
            pairs.append((g, a))
            used_gold.add(g)
            used_answer.add(a)
    return pairs


def _count(counts: dict[str, list[int]], hits: set[Span] | frozenset[Span],
           extra: set[Span] | frozenset[Span],
           missed: set[Span] | frozenset[Span]) -> None:
    for slot, spans in enumerate((hits, extra, missed)):
        for span in spans:
            bump(counts, span[2], slot)
