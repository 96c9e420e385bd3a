"""Agreement among annotators on the items they share, gold or not.

Built from CountTables.given (each annotator's first answer per item):
Krippendorff's alpha (alpha), nominal, ordinal in the spec's label order
and interval with the label index as the value, plus a seeded bootstrap
interval for nominal alpha (bootstrap); Fleiss' kappa when every item has
the same number of ratings (fleiss); raw pair agreement and the pairwise
Cohen's kappa table (pairwise); majority vote against gold (majority).
Items with one rating take part in majority vote only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from guidekit.scoring.alpha import alpha_from_coincidences as alpha_of
from guidekit.scoring.alpha import coincidences, unit_counts
from guidekit.scoring.bootstrap import DRAWS, SEED, Bootstrap, bootstrap_alpha
from guidekit.scoring.figures import Figure
from guidekit.scoring.fleiss import fleiss_kappa
from guidekit.scoring.gold import GoldKey
from guidekit.scoring.majority import MajorityVote, majority_vote
from guidekit.scoring.pairwise import PairTable, RawAgreement, pair_table, raw_agreement

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


def by_item(given: Mapping[tuple[str, str], str]) -> dict[str, dict[str, str]]:
    """item -> {annotator: label}, items in the order first seen."""
    items: dict[str, dict[str, str]] = {}
    for (annotator, item), label in given.items():
        items.setdefault(item, {})[annotator] = label
    return items


def agreement(given: Mapping[tuple[str, str], str], key: GoldKey, *,
              min_shared: int = 10, draws: int = DRAWS,
              seed: int = SEED) -> Agreement:
    """Every agreement figure from (annotator, item) -> label value."""
    labels = {label: i for i, label in enumerate(key.labels)}
    named = by_item(given)
    items = {item: {a: labels[v] for a, v in r.items()} for item, r in named.items()}
    units = [list(r.values()) for r in items.values()]
    counts = [unit_counts(u, len(labels)) for u in units]
    matrix = coincidences(units, len(labels))
    sizes = [len(u) for u in units]
    return Agreement(
        len(units), sum(m >= 2 for m in sizes), round(sum(map(sum, matrix))),
        min(sizes, default=0), max(sizes, default=0),
        alpha_of(matrix, "nominal"), alpha_of(matrix, "ordinal"),
        alpha_of(matrix, "interval"),
        bootstrap_alpha(units, len(labels), draws=draws, seed=seed),
        _fleiss(counts, list(items)), raw_agreement(counts),
        majority_vote(named, key.answers),
        pair_table(items, len(labels), min_shared=min_shared))


def _fleiss(counts: list[list[int]], names: list[str]) -> Figure:
    sizes = Counter(sum(row) for row in counts)
    if len(sizes) <= 1:
        return fleiss_kappa(counts)
    usual, _ = sizes.most_common(1)[0]
    odd = [name for name, row in zip(names, counts, strict=True) if sum(row) != usual]
    shown = ", ".join(f"'{name}'" for name in odd[:SHOWN])
    more = f" and {len(odd) - SHOWN} more" if len(odd) > SHOWN else ""
    return Figure.missing(
        f"items have {min(sizes)} to {max(sizes)} ratings ({usual} on most; "
        f"{len(odd)} differ: {shown}{more}); Fleiss' kappa needs the same "
        "number of ratings on every item")
