"""Agreement among annotators on the items they share, gold or not.

Built from the first answers (first.py; each annotator's first answer
per item) as per-item label counts n_ik (answer_counts.py):
Krippendorff's alpha (alpha), nominal, ordinal in the spec's label order
and interval with the label index as the value, plus a seeded bootstrap
interval for nominal alpha (bootstrap); Fleiss' kappa when every item has
the same number of ratings (fleiss); raw pair agreement and the pairwise
Cohen's kappa table (pairwise); majority vote against gold (majority).
Items with one rating take part in majority vote only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from guidekit.scoring.alpha import alpha_from_coincidences as alpha_of
from guidekit.scoring.alpha import coincidences_of_counts
from guidekit.scoring.answer_counts import ItemTable
from guidekit.scoring.bootstrap import DRAWS, SEED, Bootstrap, bootstrap_alpha
from guidekit.scoring.figures import Figure
from guidekit.scoring.first import FirstAnswers
from guidekit.scoring.fleiss import fleiss_kappa
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.majority import MajorityVote, majority_vote
from guidekit.scoring.pair_tally import pair_table_of
from guidekit.scoring.pairwise import (
    PAIR_BUDGET,
    PairTable,
    RawAgreement,
    pair_table,
    raw_agreement,
    same_item_pairs,
)

SHOWN = 5


@dataclass(frozen=True)
class Agreement:
    """Agreement figures over `items` rated items (`pairable` with >= 2)."""

    items: int
    pairable: int
    pairable_values: int
    min_ratings: int
    max_ratings: int
    alpha_nominal: Figure
    alpha_ordinal: Figure
    alpha_interval: Figure
    alpha_nominal_bootstrap: Bootstrap
    fleiss_kappa: Figure
    raw: RawAgreement
    majority: MajorityVote
    pairs: PairTable


def agreement(first: FirstAnswers, key: GoldKey, *, table: ItemTable | None = None,
              min_shared: int = 10, draws: int = DRAWS, seed: int = SEED,
              pair_budget: int = PAIR_BUDGET) -> Agreement:
    """Every agreement figure from the first answers of each annotator.

    `table` is ItemTable.of(first, key), when the caller has it already.
    """
    table = table or ItemTable.of(first, key)
    counts, gold = table.counts, table.gold
    rated = np.flatnonzero(counts.sum(axis=1))
    counts = counts[rated]
    sizes = counts.sum(axis=1)
    matrix = coincidences_of_counts(counts)
    names = table.items
    return Agreement(
        len(rated), int((sizes >= 2).sum()), round(sum(map(sum, matrix))),
        int(sizes.min()) if len(sizes) else 0, int(sizes.max(initial=0)),
        alpha_of(matrix, "nominal"), alpha_of(matrix, "ordinal"),
        alpha_of(matrix, "interval"),
        bootstrap_alpha(counts, draws=draws, seed=seed),
        _fleiss(counts, rated, names), raw_agreement(counts),
        majority_vote(counts, gold.gold[rated], gold.accepted[rated]),
        _pairs(first, counts, min_shared, pair_budget))


def _pairs(first: FirstAnswers, counts: NDArray[np.int64], min_shared: int,
           budget: int) -> PairTable:
    """The pairwise table; the ratings are gathered only within budget."""
    work = same_item_pairs(counts)
    if work > budget:
        return pair_table({}, first.labels, min_shared=min_shared, budget=budget,
                          work=work)
    return pair_table_of(first, min_shared=min_shared, budget=budget)


def _fleiss(counts: NDArray[np.int64], rated: NDArray[np.intp],
            names: list[str]) -> Figure:
    """Fleiss' kappa of the rated items (codes `rated`), or which items differ."""
    sizes = counts.sum(axis=1)
    values, seen = np.unique(sizes, return_counts=True)
    if len(values) <= 1:
        return fleiss_kappa(counts)
    usual = int(values[np.argmax(seen)])
    odd = [names[i] for i in rated[sizes != usual].tolist()]
    shown = ", ".join(f"'{name}'" for name in odd[:SHOWN])
    more = f" and {len(odd) - SHOWN} more" if len(odd) > SHOWN else ""
    return Figure.missing(
        f"items have {values[0]} to {values[-1]} ratings ({usual} on most; "
        f"{len(odd)} differ: {shown}{more}); Fleiss' kappa needs the same "
        "number of ratings on every item")
