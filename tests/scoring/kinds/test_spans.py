"""span scoring on hand-worked cases: exact and overlap matching.

The worked case (one annotator, three gold items):

s1 "Ada Lovelace met Charles Babbage in London"
   gold   (0,12,PER) (17,32,PER) (36,42,LOC)
   answer (0,3,PER) (4,12,PER) (17,32,PER) (36,42,ORG)
   exact:   PER tp 1 (17,32), fp 2, fn 1 (0,12); ORG fp 1; LOC fn 1
   overlap: (17,32)~(17,32) shares 15, (0,12)~(4,12) shares 8, then
            (0,12)~(0,3) is passed over (gold taken): PER tp 2, fp 1, fn 0;
            ORG fp 1; LOC fn 1 (ORG never matches LOC)
s2 "IBM hired Grace"   gold (0,3,ORG) (10,15,PER), answered the same
s3 "nothing here"      gold none, answered none

Exact, summed: PER tp 2 fp 2 fn 1, ORG tp 1 fp 1 fn 0, LOC tp 0 fp 0 fn 1.
  PER P 2/4, R 2/3, F1 4/7; ORG P 1/2, R 1, F1 2/3; LOC P undefined, R 0,
  F1 0. Micro: tp 3 fp 3 fn 2: P 1/2, R 3/5, F1 6/11. Macro F1 (4/7 +
  2/3 + 0) / 3.
Overlap, summed: PER tp 3 fp 1 fn 0, ORG tp 1 fp 1, LOC fn 1.
  PER F1 6/7, ORG 2/3, LOC 0. Micro: tp 4 fp 2 fn 1: P 2/3, R 4/5, F1 8/11.
Items: 3, exact 2 (s2, s3).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.scoring.kinds.api import score_kind
from guidekit.scoring.kinds.spans import overlap_pairs

GOLD = [
    {"id": "s1", "item": {"text": "Ada Lovelace met Charles Babbage in London"},
     "spans": [{"start": 0, "end": 12, "label": "PER"},
               {"start": 17, "end": 32, "label": "PER"},
               {"start": 36, "end": 42, "label": "LOC"}]},
    {"id": "s2", "item": {"text": "IBM hired Grace"},
     "spans": [{"start": 0, "end": 3, "label": "ORG"},
               {"start": 10, "end": 15, "label": "PER"}]},
    {"id": "s3", "item": {"text": "nothing here"}, "spans": []},
]
S1 = [{"start": 0, "end": 3, "label": "PER"}, {"start": 4, "end": 12, "label": "PER"},
      {"start": 17, "end": 32, "label": "person"},
      {"start": 36, "end": 42, "label": "ORG"}]


def _answers(jsonl: Callable[[str, list[dict[str, Any]]], Path]) -> Path:
    return jsonl("a.jsonl", [
        {"annotator": "ann", "item": "s1", "label": S1},
        {"annotator": "ann", "item": "s2", "label": GOLD[1]["spans"][::-1]},
        {"annotator": "ann", "item": "s3", "label": []}])


def test_the_worked_case(kind_spec: Callable[..., Any],
                         jsonl: Callable[[str, list[dict[str, Any]]], Path]) -> None:
    report = score_kind(kind_spec("span", GOLD), [_answers(jsonl)])
    assert report.task is not None
    figs = report.task.annotators[0]
    assert (figs.items, figs.exact) == (3, 2)
    assert figs.exact_rate.value == pytest.approx(2 / 3)
    exact, overlap = figs.matches
    assert (exact.matching, overlap.matching) == ("exact", "overlap")
    assert [(s.label, s.correct, s.given, s.gold) for s in exact.per_label] == [
        ("PER", 2, 4, 3), ("ORG", 1, 2, 1), ("LOC", 0, 0, 1)]
    per, org, loc = exact.per_label
    assert (per.precision.value, per.recall.value, per.f1.value) == pytest.approx(
        (1 / 2, 2 / 3, 4 / 7))
    assert (org.precision.value, org.recall.value, org.f1.value) == pytest.approx(
        (1 / 2, 1.0, 2 / 3))
    assert loc.precision.undefined == "no answer has 'LOC'"
    assert (loc.recall.value, loc.f1.value) == pytest.approx((0.0, 0.0))
    assert (exact.precision.value, exact.recall.value, exact.micro_f1.value) == \
        pytest.approx((1 / 2, 3 / 5, 6 / 11))
    assert exact.macro_f1.value == pytest.approx((4 / 7 + 2 / 3) / 3)
    assert [(s.label, s.correct, s.given, s.gold) for s in overlap.per_label] == [
        ("PER", 3, 4, 3), ("ORG", 1, 2, 1), ("LOC", 0, 0, 1)]
    assert (overlap.precision.value, overlap.recall.value,
            overlap.micro_f1.value) == pytest.approx((2 / 3, 4 / 5, 8 / 11))
    assert overlap.macro_f1.value == pytest.approx((6 / 7 + 2 / 3) / 3)
    # the report's own columns: correct = exact items, macro-F1 = exact matching
    row = report.annotators[0]
    assert (row.gold_answered, row.correct) == (3, 2)
    assert row.macro_f1 == exact.macro_f1
    assert row.kappa.undefined is not None and row.confusion == ()


def test_a_csv_cell_holds_the_spans_as_json(
        kind_spec: Callable[..., Any], write: Callable[[str, str], Path]) -> None:
    cell = '"[{""start"": 0, ""end"": 3, ""label"": ""ORG""}]"'
    path = write("a.csv", f"annotator,item,label\nann,s2,{cell}\nann,s3,[]\n")
    report = score_kind(kind_spec("span", GOLD), [path])
    assert report.task is not None
    figs = report.task.pooled
    assert (figs.items, figs.exact) == (2, 1)
    assert [(s.label, s.correct, s.given, s.gold) for s in figs.matches[0].per_label
            ] == [("PER", 0, 0, 1), ("ORG", 1, 1, 1), ("LOC", 0, 0, 0)]
    assert figs.matches[0].per_label[2].f1.undefined == (
        "'LOC' occurs in neither gold nor answers")
    # LOC is left out of the macro mean: (PER 0 + ORG 1) / 2
    assert figs.matches[0].macro_f1.value == pytest.approx(0.5)


def test_overlap_ties_go_to_the_earlier_gold_span() -> None:
    gold = frozenset({(0, 10, "P"), (10, 20, "P")})
    assert overlap_pairs(gold, frozenset({(5, 15, "P")})) == [
        ((0, 10, "P"), (5, 15, "P"))]
    # one answer span covering two gold spans matches one of them only
    assert overlap_pairs(gold, frozenset({(0, 20, "P")})) == [
        ((0, 10, "P"), (0, 20, "P"))]
    # touching is not overlapping: end is exclusive
    assert overlap_pairs(gold, frozenset({(20, 25, "P")})) == []
    assert overlap_pairs(gold, frozenset({(0, 10, "Q")})) == []
