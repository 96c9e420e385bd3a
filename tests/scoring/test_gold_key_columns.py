"""GoldKey's answers made a column at a time equal the one-by-one way."""

from __future__ import annotations

import random
import unicodedata

import pytest

from guidekit.scoring.gold import (
    Answer,
    GoldKey,
    ScoringError,
    answers_one_by_one,
    gold_answers,
)
from guidekit.spec.models import GoldItem, Label, Spec, Task

IDS = ["g1", " g1", "caf\u00e9", unicodedata.normalize("NFD", "caf\u00e9"), "g2"]


def _gold(rng: random.Random, repeats: bool) -> list[GoldItem]:
    items = []
    for n in range(rng.randrange(60)):
        name = rng.choice(IDS) if repeats and rng.random() < 0.3 else f"g{n}x"
        also = rng.sample(["b", "c", "zz"], rng.randrange(3)) if n % 5 == 0 else []
        items.append(GoldItem(id=name, item={"text": "t"},
                              label=rng.choice(["a", "b", "zz"]), also=also))
    return items


@pytest.mark.parametrize("seed", range(60))
def test_gold_answers_equal_the_one_by_one_answers(seed: int) -> None:
    rng = random.Random(seed)
    gold = _gold(rng, repeats=seed % 2 == 0)
    values = [item.label or "" for item in gold]
    fast, plain = gold_answers(gold, values), answers_one_by_one(gold, values)
    assert fast == plain and list(fast) == list(plain)


def test_items_of_a_label_without_also_share_one_answer() -> None:
    gold = [GoldItem(id=f"g{n}", item={}, label="a") for n in range(3)]
    gold.append(GoldItem(id="g9", item={}, label="a", also=["b"]))
    answers = gold_answers(gold, ["a"] * 4)
    assert answers["g0"] is answers["g2"]
    assert answers["g9"] == Answer("a", frozenset({"a", "b"}))


def _spec(gold: list[GoldItem]) -> Spec:
    return Spec.model_validate({
        "spec": "guidekit/v1", "id": "s", "title": "S", "version": "1.0.0",
        "task": Task(fields=[{"name": "text"}]), "gold": gold,
        "labels": [Label(value="b"), Label(value="a")]})


def test_labels_are_the_spec_s_then_the_gold_s_in_first_use_order() -> None:
    gold = [GoldItem(id=f"g{n}", item={}, label=v)
            for n, v in enumerate(["zz", "a", "yy", "zz", "b"])]
    assert GoldKey.from_spec(_spec(gold)).labels == ("b", "a", "zz", "yy")


def test_the_first_gold_item_without_a_label_is_named() -> None:
    gold = [GoldItem(id="g1", item={}, label="a"), GoldItem(id="g2", item={}),
            GoldItem(id="g3", item={})]
    with pytest.raises(ScoringError, match="gold 'g2' has no label"):
        GoldKey.from_spec(_spec(gold))
