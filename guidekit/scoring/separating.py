"""The label pairs answers confuse most, and the rules that separate them.

A confusion is one off-diagonal cell of the pooled confusion matrix:
gold said A, an answer said B (and gold's `also` does not accept B).
Cells come most frequent first, then in the spec's label order.

A rule separates A from B when either holds:

1. it is cited (in a gold item's `rules`) by a gold item labelled A
   that at least one answer labelled B; these come first, the rule
   cited by the most such items first;
2. it is one of A's or B's rules or `not` entries and its text names
   the other label of the pair: that label's value or title, as a whole
   word, ignoring case, after the names of the rule's own label are
   taken out of the text (so "not entailed" on a label titled "Not
   entailed" does not name a label titled "Entailed"). These follow in
   spec order.

A rule without an id is named by its place, e.g. "no: not #1".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Set

import numpy as np

from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.diagnostics import ConfusedPair, RuleRef
from guidekit.scoring.figures import Figure
from guidekit.scoring.gold import GoldKey
from guidekit.spec.models import GoldItem, Label, Rule, Spec

Cell = tuple[str, str]


def confusions(spec: Spec, key: GoldKey, table: ItemTable,
               items: Mapping[str, GoldItem],
               citing: Set[str] | None = None) -> tuple[ConfusedPair, ...]:
    """Every confused (gold, given) cell, most frequent first, with its rules;
    `citing`, if known, holds the ids of the gold items that cite a rule."""
    if citing is None:
        citing = {item_id for item_id, item in items.items() if item.rules}
    counts, where, per_gold = _cells(key, table, citing)
    order = {label: i for i, label in enumerate(key.labels)}
    cells = sorted(counts, key=lambda c: (-counts[c], order[c[0]], order[c[1]]))
    out = []
    for gold, other in cells:
        cited = _cited(spec, where.get((gold, other), set()), items)
        rules = _merge(cited, _naming(spec, gold, other))
        share = Figure.of(counts[(gold, other)] / per_gold[gold])
        out.append(ConfusedPair(gold, other, counts[(gold, other)], share,
                                _declared(spec, gold, other), rules))
    return tuple(out)


def _cells(key: GoldKey, table: ItemTable, citing: Set[str]) -> tuple[
        Counter[Cell], dict[Cell, set[str]], Counter[str]]:
    """Confused cells, the rule-citing items behind each, answers per gold."""
    rows = table.gold_rows()
    counts, accepted = table.counts[rows], table.gold.accepted[rows]
    gold = table.gold.gold[rows]
    labels, size = key.labels, len(key.labels)
    row_label = np.where(accepted, np.arange(size), gold[:, None])
    per_gold = np.bincount(row_label.ravel(), weights=counts.ravel(),
                           minlength=size)
    wrong = (counts > 0) & ~accepted
    at, given = np.nonzero(wrong)
    cells = np.bincount(gold[at] * size + given, weights=counts[at, given],
                        minlength=size * size)
    where: dict[Cell, set[str]] = {}
    names = table.items
    # only items that cite rules can name a separating rule (see _cited)
    cites = (np.array([n in citing for n in names], dtype=np.bool_) if citing
             else np.zeros(len(names), dtype=np.bool_))
    keep = cites[rows[at]] if len(names) else np.zeros(0, dtype=np.bool_)
    for item, g, k in zip(rows[at][keep].tolist(), gold[at][keep].tolist(),
                          given[keep].tolist(), strict=True):
        where.setdefault((labels[g], labels[k]), set()).add(names[item])
    return (Counter({(labels[c // size], labels[c % size]): int(n)
                     for c, n in enumerate(cells.tolist()) if n}),
            where,
            Counter({labels[g]: int(n) for g, n in enumerate(per_gold.tolist())
                     if n}))


def _cited(spec: Spec, confused: set[str],
           items: Mapping[str, GoldItem]) -> list[tuple[str, str, str]]:
    citing: Counter[str] = Counter()
    for item_id in confused:
        rules = items[item_id].rules
        if rules:
            citing.update(set(rules))
    owners = {ref: label for label, ref, _ in _all_rules(spec)}
    return [(rule, owners.get(rule, ""), f"cited by {n} confused gold item(s)")
            for rule, n in sorted(citing.items(), key=lambda kv: (-kv[1], kv[0]))]


def _naming(spec: Spec, gold: str, other: str) -> list[tuple[str, str, str]]:
    found = []
    for label, ref, rule in _all_rules(spec):
        if label not in (gold, other):
            continue
        target = spec.label(other if label == gold else gold)
        own = spec.label(label)
        if target and own and names(rule.text, target, own):
            found.append((ref, label, f"names '{target.value}'"))
    return found


def names(text: str, target: Label, own: Label) -> bool:
    """Whether `text` names `target` once `own`'s names are taken out.

    >>> yes, no = Label(value="yes"), Label(value="no", title="Not yes")
    >>> names("if in doubt choose yes", yes, no), names("Not yes", yes, no)
    (True, False)
    """
    for name in _spellings(own):
        text = re.sub(_word(name), " ", text, flags=re.IGNORECASE)
    return any(re.search(_word(name), text, flags=re.IGNORECASE)
               for name in _spellings(target))


def _spellings(label: Label) -> list[str]:
    found = {label.value, *([label.title] if label.title else [])}
    return sorted((s for s in found if s.strip()), key=len, reverse=True)


def _word(name: str) -> str:
    return rf"(?<!\w){re.escape(name.strip())}(?!\w)"


def _all_rules(spec: Spec) -> Iterator[tuple[str, str, Rule]]:
    for label in spec.labels:
        for kind, rules in (("rules", label.rules), ("not", label.not_)):
            for i, rule in enumerate(rules, start=1):
                yield label.value, rule.id or f"{label.value}: {kind} #{i}", rule


def _merge(*lists: list[tuple[str, str, str]]) -> tuple[RuleRef, ...]:
    merged: dict[str, tuple[str, list[str]]] = {}
    for found in lists:
        for ref, label, why in found:
            merged.setdefault(ref, (label, []))[1].append(why)
    return tuple(RuleRef(ref, label, "; ".join(whys))
                 for ref, (label, whys) in merged.items())


def _declared(spec: Spec, gold: str, other: str) -> bool:
    a, b = spec.label(gold), spec.label(other)
    return bool((a and other in a.confused_with) or (b and gold in b.confused_with))
