"""Guideline diagnostics on a small spec, every figure worked by hand.

Five annotators answer six gold items (g6 also accepts neg); d always says
neg and answers one item that is not gold. Right answers per item:
g1 4/5, g2 3/5, g3 5/5, g4 2/5, g5 3/5, g6 5/5 (a, b, c, d, e below).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from statsmodels.stats.proportion import proportion_confint

from guidekit.scoring import FORMATS, ScoreReport, score
from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diag_sections import TEXT_ROWS, diagnostics_table
from guidekit.scoring.diagnostics import Diagnostics, GroupScore
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.fmt_diagnostics import settle_json
from guidekit.scoring.gold import Answer, GoldKey
from guidekit.scoring.per_rule import gold_items, groups
from guidekit.scoring.separating import confusions, names
from guidekit.scoring.suspect_gold import suspect_gold
from guidekit.spec.loader import load_spec
from guidekit.spec.models import GoldItem, Label

Writer = Callable[[str, str], Path]

SPEC = """\
spec: guidekit/v1
id: diag
title: Diagnostics
version: "1.0.0"
task:
  fields: [{name: text}]
labels:
  - value: pos
    rules: [{id: P1, text: Praise of the product.}]
    not: [{id: P2, text: Sarcastic praise is neg.}]
    confused_with: [neg]
  - value: neg
    rules:
      - {id: N1, text: Complaints.}
      - {text: "A mixed review that ends in a complaint; choose this, not neutral."}
  - value: neu
    title: Neutral
    rules: [{id: U1, text: Facts with no opinion.}]
gold:
  - {id: g1, item: {text: a}, label: pos, rules: [P1], tags: [short],
     difficulty: easy}
  - {id: g2, item: {text: b}, label: pos, rules: [P1, P2], tags: [sarcasm],
     difficulty: hard}
  - {id: g3, item: {text: c}, label: neg, rules: [N1], tags: [short],
     difficulty: easy}
  - {id: g4, item: {text: d}, label: neg, rules: [P2], tags: [sarcasm],
     difficulty: hard}
  - {id: g5, item: {text: e}, label: neu, rules: [U1], difficulty: medium}
  - {id: g6, item: {text: f}, label: neu, also: [neg], rules: [U1]}
scoring:
  pass: {accuracy: 0.3}
  min_gold: 3
"""

ANSWERS = {
    "a": "pos pos neg neg neu neu",
    "b": "pos pos neg pos neu neg",
    "c": "pos neg neg pos neg neu",
    "d": "neg neg neg neg neg neg",
    "e": "pos pos neg pos neu neu",
}


@pytest.fixture
def report(write: Writer) -> ScoreReport:
    rows = ["annotator,item,label", "d,x1,neg"]
    for name, labels in ANSWERS.items():
        rows += [f"{name},g{i},{lb}" for i, lb in enumerate(labels.split(), 1)]
    spec = load_spec(write("spec.yaml", SPEC))
    return score(spec, [write("a.csv", "\n".join(rows) + "\n")])


@pytest.fixture
def diag(report: ScoreReport) -> Diagnostics:
    assert report.diagnostics is not None
    return report.diagnostics


def figures(groups: tuple[GroupScore, ...]) -> list[tuple[str, int, int, int]]:
    return [(g.name, g.items, g.answers, g.correct) for g in groups]


def test_per_rule_tag_and_difficulty_worst_first(diag: Diagnostics) -> None:
    # P1: g1+g2 = 7/10; P2: g2+g4 = 5/10; N1: g3 5/5; U1: g5+g6 = 8/10
    assert figures(diag.per_rule) == [("P2", 2, 10, 5), ("P1", 2, 10, 7),
                                      ("U1", 2, 10, 8), ("N1", 1, 5, 5)]
    assert [g.accuracy.value for g in diag.per_rule] == pytest.approx(
        [0.5, 0.7, 0.8, 1.0])
    assert figures(diag.per_tag) == [("sarcasm", 2, 10, 5), ("short", 2, 10, 9)]
    assert figures(diag.per_difficulty) == [("hard", 2, 10, 5), ("medium", 1, 5, 3),
                                            ("easy", 2, 10, 9)]


def test_group_intervals_match_statsmodels(diag: Diagnostics) -> None:
    for group in (*diag.per_rule, *diag.per_tag, *diag.per_difficulty):
        low, high = proportion_confint(group.correct, group.answers, alpha=0.05,
                                       method="wilson")
        assert (group.interval.low, group.interval.high) == pytest.approx(
            (low, high), abs=1e-12)


def test_confusions_with_the_rules_that_separate_them(diag: Diagnostics) -> None:
    cells = [(c.gold, c.given, c.count, c.declared) for c in diag.confusions]
    # pos->neg: g1 d, g2 c d; neg->pos: g4 b c e; neu->neg: g5 c d
    assert cells == [("pos", "neg", 3, True), ("neg", "pos", 3, True),
                     ("neu", "neg", 2, False)]
    # rows of the pooled matrix: pos 10; neg 10 + g6's accepted neg (b, d);
    # neu g5's 5 + g6's three neu
    assert [c.share.value for c in diag.confusions] == pytest.approx(
        [3 / 10, 3 / 12, 2 / 8])
    rules = [[(r.rule, r.label, r.why) for r in c.rules] for c in diag.confusions]
    assert rules[0] == [("P1", "pos", "cited by 2 confused gold item(s)"),
                        ("P2", "pos", "cited by 1 confused gold item(s); "
                                      "names 'neg'")]
    assert rules[1] == [("P2", "pos", "cited by 1 confused gold item(s); "
                                      "names 'neg'")]
    assert rules[2] == [("U1", "neu", "cited by 1 confused gold item(s)"),
                        ("neg: rules #2", "neg", "names 'neu'")]


def test_confusions_add_up_to_the_pooled_matrix(report: ScoreReport) -> None:
    assert report.diagnostics is not None
    at = {label: i for i, label in enumerate(report.labels)}
    for c in report.diagnostics.confusions:
        assert report.overall.confusion[at[c.gold]][at[c.given]] == c.count
    off = sum(n for i, row in enumerate(report.overall.confusion)
              for j, n in enumerate(row) if i != j)
    assert off == sum(c.count for c in report.diagnostics.confusions)


def test_label_names_are_whole_words_without_the_own_label() -> None:
    pos, neu = Label(value="pos"), Label(value="neu", title="Not positive")
    positive = Label(value="p", title="Positive")
    assert names("choose pos, not neu", pos, neu)
    assert not names("a post about it", pos, neu)
    assert names("POSITIVE wins", positive, neu)
    assert not names("this is not positive", positive, neu)


def test_suspect_gold(report: ScoreReport, diag: Diagnostics) -> None:
    passing = sorted(a.annotator for a in report.annotators if a.verdict == "pass")
    assert passing == ["a", "b", "e"]
    assert diag.suspect_rule.passing == 3
    # g4 (gold neg): a neg, b pos, e pos -> 2 of 3 say pos; g6's neg is accepted
    found = [(s.item, s.gold, s.crowd, s.agreeing, s.passing, s.counts)
             for s in diag.suspect_gold]
    assert found == [("g4", "neg", "pos", 2, 3, (("pos", 2), ("neg", 1)))]


def test_suspect_gold_needs_three_answers_and_two_thirds() -> None:
    answers = {i: Answer("y", frozenset({"y"})) for i in ("i1", "i2", "i3")}
    key = GoldKey(("y", "n"), {"y": "y", "n": "n"}, answers)
    given = {("a", "i1"): "n", ("b", "i1"): "n",            # only 2 answers
             ("a", "i2"): "n", ("b", "i2"): "n", ("c", "i2"): "y", ("d", "i2"): "y",
             ("a", "i3"): "n", ("b", "i3"): "n", ("c", "i3"): "n", ("d", "i3"): "y",
             ("x", "i3"): "y"}
    first = FirstAnswers.of({pair: key.labels.index(v) for pair, v in given.items()},
                            len(key.labels))
    who = np.array([a in {"a", "b", "c", "d"} for a in first.annotators])
    found = suspect_gold(key, ItemTable.of(first, key, who))
    # i2: 2 of 4 is under 2/3; i3: 3 of 4 (x does not pass and is left out)
    assert [(s.item, s.agreeing, s.passing) for s in found] == [("i3", 3, 4)]


def test_flagged_annotators_with_their_volume(diag: Diagnostics) -> None:
    assert [(f.annotator, f.flags, f.answered, f.gold_answered)
            for f in diag.flagged] == [("d", ("near chance", "one label"), 7, 6)]
    # d: 3 of 6 right, all neg: p_o = 1/2, p_e = (6 * 3) / 36 = 1/2, kappa 0
    assert diag.flagged[0].kappa.value == pytest.approx(0.0)
    assert diag.flagged[0].accuracy.value == pytest.approx(0.5)


def test_json_holds_diagnostics_and_settle(report: ScoreReport) -> None:
    data = json.loads(FORMATS["json"](report))
    d = data["diagnostics"]
    assert [g["name"] for g in d["per_rule"]] == ["P2", "P1", "U1", "N1"]
    assert d["per_rule"][0]["accuracy"]["value"] == pytest.approx(0.5)
    assert d["suspect_gold"]["items"][0] == {
        "item": "g4", "gold": "neg", "crowd": "pos", "agreeing": 2, "passing": 3,
        "counts": {"pos": 2, "neg": 1}}
    assert d["confusions"][2]["rules"][1]["rule"] == "neg: rules #2"
    assert d["flagged"][0]["answered"] == 7
    found = {a["annotator"]: a for a in data["annotators"]}
    assert found["a"]["settle"] is None
    # c: 3 of 6 right against 0.3, interval [0.188, 0.812]: borderline
    assert found["c"]["verdict"] == "borderline"
    assert found["c"]["settle"]["towards"] == "pass"
    assert found["c"]["settle"]["more_gold"] > 0


def test_settle_says_how_much_gold_settles_kappa(report: ScoreReport) -> None:
    c = next(a for a in report.annotators if a.annotator == "c")
    straddling = replace(c, kappa=Figure.of(0.6),
                         kappa_interval=Interval.between(0.4, 0.8, 0.95))
    # the low side, 0.2 wide, must shrink to the 0.1 gap: n (0.2 / 0.1) ** 2 =
    # 24 answers in all for c's 6, so 18 more
    assert settle_json(straddling, 0.3, 0.5)["settle"]["kappa"] == {
        "more_gold": 18, "towards": "pass"}
    clear = replace(straddling, kappa_interval=Interval.between(0.55, 0.8, 0.95))
    assert settle_json(clear, 0.3, 0.5)["settle"]["kappa"] is None
    assert settle_json(straddling, 0.3, None)["settle"]["kappa"] is None


def test_table_and_markdown_show_short_sections(report: ScoreReport) -> None:
    table = FORMATS["table"](report)
    assert "accuracy per rule, all answers pooled, worst first:" in table
    assert "suspect gold: at least 3 of the 3 passing annotators" in table
    assert "g4    neg   pos      2 of 3  pos 2, neg 1" in table
    markdown = FORMATS["markdown"](report)
    assert "## Accuracy per tag, all answers pooled, worst first" in markdown
    assert "| d | near chance, one label | 7 | 6 |" in markdown


def test_text_sections_are_capped(write: Writer) -> None:
    gold = "".join(f"  - {{id: t{i}, item: {{text: x}}, label: pos, tags: [k{i}]}}\n"
                   for i in range(TEXT_ROWS + 3))
    text = SPEC.split("gold:\n")[0] + "gold:\n" + gold
    spec = load_spec(write("capped.yaml", text))
    rows = "annotator,item,label\n" + "".join(
        f"a,t{i},pos\n" for i in range(TEXT_ROWS + 3))
    report = score(spec, [write("c.csv", rows)])
    assert report.diagnostics is not None
    assert len(report.diagnostics.per_tag) == TEXT_ROWS + 3
    lines = diagnostics_table(report.diagnostics)
    assert "... and 3 more (all in --format json)" in lines


def test_groups_are_made_in_one_loop_as_one_at_a_time(write: Writer) -> None:
    items = gold_items(load_spec(write("spec.yaml", SPEC)).spec)
    groupers: list[Callable[[GoldItem], list[str]]] = [
        lambda g: [*g.rules, *g.rules], lambda g: g.tags,
        lambda g: [] if g.difficulty is None else [g.difficulty]]
    for found, grouper in zip(groups(items), groupers, strict=True):
        plain: dict[str, list[str]] = {}
        for item_id, item in items.items():
            for name in dict.fromkeys(grouper(item)):
                plain.setdefault(name, []).append(item_id)
        assert found == plain
    assert groups(items)[0]["U1"] == ["g5", "g6"]


def test_confusions_find_the_citing_items_themselves(write: Writer,
                                                     diag: Diagnostics) -> None:
    spec = load_spec(write("spec.yaml", SPEC)).spec
    key = GoldKey.from_spec(spec)
    given = {(name, f"g{i}"): key.labels.index(label)
             for name, labels in ANSWERS.items()
             for i, label in enumerate(labels.split(), 1)}
    table = ItemTable.of(FirstAnswers.of(given, len(key.labels)), key)
    assert confusions(spec, key, table, gold_items(spec)) == diag.confusions
    assert any(c.rules for c in diag.confusions)
