"""multi_label: one answered set of labels against its gold set.

Gold gives the labels that apply (`labels`) and, in `also`, labels an
answer may have or leave out. An optional label counts neither for nor
against an answer: it is taken out of the answer before comparing, so
on that item it is never a tp, fp or fn. With G the gold labels and A
the answer less the optional ones:

- per label: tp for each label in A and G, fp in A only, fn in G only;
- exact match when A == G, that is every gold label given and nothing
  else but optional labels (so any answer `also` allows is exact);
- Jaccard index |A & G| / |A | G|, taken as 1 when both are empty (an
  item where no label applies, answered with none, is answered right).

These are scikit-learn's per-label counts on binarized sets and its
jaccard_score(average="samples", zero_division=1) on A and G.
"""

from __future__ import annotations

from guidekit.scoring.kinds.counts import Tally, bump

Gold = tuple[frozenset[str], frozenset[str]]
"""(labels that apply, optional labels), the two sets disjoint."""


def add_sets(tally: Tally, gold: Gold, answer: frozenset[str]) -> None:
    """Count one answered gold item into `tally`.

    >>> t = Tally()
    >>> add_sets(t, (frozenset("ab"), frozenset("c")), frozenset("bcd"))
    >>> t.exact, round(t.jaccard, 3), t.labels["d"]
    (0, 0.333, [0, 1, 0])
    """
    wanted, optional = gold
    kept = answer - optional if optional else answer
    tally.items += 1
    tally.exact += kept == wanted
    union = len(kept | wanted)
    shared = kept & wanted
    tally.jaccard += len(shared) / union if union else 1.0
    for label in shared:
        bump(tally.labels, label, 0)
    for label in kept - wanted:
        bump(tally.labels, label, 1)
    for label in wanted - kept:
        bump(tally.labels, label, 2)
