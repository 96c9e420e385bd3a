"""multi_label figures against scikit-learn on seeded random label sets.

The reference binarizes gold sets and answers (MultiLabelBinarizer) with
the gold item's optional (`also`) labels taken out of each answer, as
guidekit's sets.py defines them, and computes every figure with sklearn.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sklearn.metrics import (
    accuracy_score,
    jaccard_score,
    precision_recall_fscore_support,
)
from sklearn.preprocessing import MultiLabelBinarizer
from statsmodels.stats.proportion import proportion_confint

from guidekit.scoring.kinds.api import score_kind

LABELS = ["billing", "urgent", "bug", "praise"]
Answers = dict[str, dict[str, list[str]]]


def _gold(rng: random.Random, items: int) -> list[dict[str, Any]]:
    gold = []
    for i in range(items):
        labels = [v for v in LABELS if rng.random() < 0.4]
        also = [v for v in LABELS if v not in labels and rng.random() < 0.15]
        gold.append({"id": f"g{i}", "item": {"text": f"t{i}"}, "labels": labels,
                     "also": also})
    return gold


def _answers(rng: random.Random, gold: list[dict[str, Any]]) -> Answers:
    out: Answers = {}
    for name, care in (("ann", 0.9), ("bea", 0.7), ("cal", 0.3)):
        mine = out.setdefault(name, {})
        for g in gold:
            if rng.random() < 0.9:
                mine[g["id"]] = [v for v in LABELS if rng.random() < (
                    care if v in g["labels"] else (1 - care) / 2)]
    return out


def _reference(gold: list[dict[str, Any]],
               mine: dict[str, list[str]]) -> dict[str, Any]:
    by_id = {g["id"]: g for g in gold}
    wanted = [set(by_id[i]["labels"]) for i in mine]
    given = [set(a) - set(by_id[i]["also"]) for i, a in mine.items()]
    binar = MultiLabelBinarizer(classes=LABELS).fit([LABELS])
    y, p = binar.transform(wanted), binar.transform(given)
    present = [i for i, _ in enumerate(LABELS) if y[:, i].any() or p[:, i].any()]
    per = precision_recall_fscore_support(y, p, average=None, zero_division=0)
    micro = precision_recall_fscore_support(y, p, average="micro", zero_division=0)
    macro = precision_recall_fscore_support(y, p, average="macro", labels=present,
                                            zero_division=0)
    return {"per": per, "micro": micro, "macro_f1": macro[2],
            "jaccard": jaccard_score(y, p, average="samples", zero_division=1.0),
            "exact": accuracy_score(y, p), "n": len(mine),
            "correct": sum(w == g for w, g in zip(wanted, given, strict=True))}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_multi_label_figures_match_sklearn(
        seed: int, kind_spec: Callable[..., Any],
        jsonl: Callable[[str, list[dict[str, Any]]], Path]) -> None:
    rng = random.Random(seed)
    gold = _gold(rng, 40)
    answers = _answers(rng, gold)
    path = jsonl("a.jsonl", [{"annotator": name, "item": item, "label": labels}
                             for name, mine in answers.items()
                             for item, labels in mine.items()])
    report = score_kind(kind_spec("multi_label", gold), [path])
    assert report.task is not None
    figures = {f.annotator: f for f in report.task.annotators}
    for name, mine in answers.items():
        _same(figures[name], _reference(gold, mine))
    pooled = {f"{n}|{i}": a for n, mine in answers.items() for i, a in mine.items()}
    renamed = [g | {"id": f"{n}|{g['id']}"} for n in answers for g in gold]
    _same(report.task.pooled, _reference(renamed, pooled))


def _same(figs: Any, ref: dict[str, Any]) -> None:
    assert (figs.items, figs.exact) == (ref["n"], ref["correct"])
    assert figs.exact_rate.value == pytest.approx(ref["exact"])
    low, high = proportion_confint(ref["correct"], ref["n"], method="wilson")
    assert (figs.interval.low, figs.interval.high) == pytest.approx((low, high))
    assert figs.jaccard.value == pytest.approx(ref["jaccard"])
    match = figs.matches[0]
    assert match.matching == "labels"
    assert (match.precision.value, match.recall.value, match.micro_f1.value) == \
        pytest.approx(ref["micro"][:3])
    assert match.macro_f1.value == pytest.approx(ref["macro_f1"])
    precision, recall, f1, support = ref["per"]
    for i, score in enumerate(match.per_label):
        assert score.gold == support[i]
        for mine, theirs in ((score.precision, precision[i]),
                             (score.recall, recall[i]), (score.f1, f1[i])):
            # sklearn writes 0 where a figure is undefined; guidekit says why
            expected = theirs if mine.defined else None
            assert mine.value == pytest.approx(expected)
            assert mine.defined or (theirs == 0 and mine.undefined)
