"""The agreement section of the reports: JSON object and text lines.

JSON key "agreement" (null when not computed): items, pairable_items,
pairable_values, ratings_per_item {min, max}, alpha {nominal, ordinal,
interval, ordinal_order, interval_values, nominal_bootstrap {low, high,
level, undefined, draws, requested_draws, defined_draws, seed,
method}}, fleiss_kappa,
raw_agreement {pairs, agreeing, value}, majority_vote {gold_items,
decided, correct, ties, ties_with_gold, accuracy, interval},
pairwise_kappa {min_shared, overlapping_pairs, qualifying_pairs,
undefined, pairs [{first, second, shared, agreement, kappa}]}, every
qualifying pair, lowest kappa first. Text formats show the first PAIRS.
"""

from __future__ import annotations

from typing import Any

from guidekit.scoring.agreement import Agreement
from guidekit.scoring.figures import Figure, Interval
from guidekit.scoring.layout import align

PAIRS = 10
PAIR_HEADER = ("first", "second", "shared", "agreement", "kappa")


def _figure(value: Figure) -> dict[str, Any]:
    return {"value": value.value, "undefined": value.undefined}


def _interval(value: Interval) -> dict[str, Any]:
    return {"low": value.low, "high": value.high, "level": value.level,
            "undefined": value.undefined}


def agreement_json(a: Agreement | None) -> dict[str, Any] | None:
    """The "agreement" object of the JSON report, or None."""
    if a is None:
        return None
    boot, vote, pairs = a.alpha_nominal_bootstrap, a.majority, a.pairs
    return {
        "items": a.items, "pairable_items": a.pairable,
        "pairable_values": a.pairable_values,
        "ratings_per_item": {"min": a.min_ratings, "max": a.max_ratings},
        "alpha": {
            "nominal": _figure(a.alpha_nominal),
            "ordinal": _figure(a.alpha_ordinal),
            "interval": _figure(a.alpha_interval),
            "ordinal_order": "labels", "interval_values": "label index",
            "nominal_bootstrap": {
                **_interval(boot.interval), "draws": boot.draws,
                "requested_draws": boot.requested,
                "defined_draws": boot.defined, "seed": boot.seed,
                "method": "percentile, items resampled"}},
        "fleiss_kappa": _figure(a.fleiss_kappa),
        "raw_agreement": {"pairs": a.raw.pairs, "agreeing": a.raw.agreeing,
                          "value": _figure(a.raw.value)},
        "majority_vote": {
            "gold_items": vote.gold_items, "decided": vote.decided,
            "correct": vote.correct, "ties": vote.ties,
            "ties_with_gold": vote.ties_with_gold,
            "accuracy": _figure(vote.accuracy),
            "interval": _interval(vote.interval)},
        "pairwise_kappa": {
            "min_shared": pairs.min_shared,
            "overlapping_pairs": pairs.overlapping,
            "qualifying_pairs": pairs.qualifying, "undefined": pairs.undefined,
            "pairs": [{"first": p.first, "second": p.second, "shared": p.shared,
                       "agreement": _figure(p.agreement),
                       "kappa": _figure(p.kappa)} for p in pairs.pairs]},
    }


def _said(value: Figure) -> str:
    return value.text() if value.defined else f"n/a ({value.undefined})"


def agreement_lines(a: Agreement) -> list[str]:
    """Plain sentences: alpha, Fleiss, raw agreement, majority vote, pairs."""
    boot, vote, pairs = a.alpha_nominal_bootstrap, a.majority, a.pairs
    ci = boot.interval.text() if boot.interval.defined else (
        f"n/a ({boot.interval.undefined})")
    lines = [
        f"items: {a.items} rated, {a.pairable} with 2+ ratings "
        f"({_spread(a)} per item)",
        f"alpha nominal: {_said(a.alpha_nominal)}, 95% bootstrap {ci} "
        f"({boot.defined} of {boot.draws} draws{_capped(a)}, seed {boot.seed})",
        f"alpha ordinal (label order): {_said(a.alpha_ordinal)}; "
        f"interval (label index): {_said(a.alpha_interval)}",
        f"Fleiss' kappa: {_said(a.fleiss_kappa)}",
        f"raw pair agreement: {_said(a.raw.value)} "
        f"({a.raw.agreeing} of {a.raw.pairs} same-item pairs)",
        f"majority vote vs gold: {_said(vote.accuracy)} {vote.interval.text()} "
        f"({vote.correct} of {vote.decided} decided gold items; {vote.ties} "
        f"tied, gold among the tied labels on {vote.ties_with_gold})",
        f"pairwise kappa: {pairs.qualifying} of {pairs.overlapping} pairs share "
        f">= {pairs.min_shared} items" + _cap(a),
    ]
    if pairs.undefined:
        lines.append(f"pairwise kappa not computed: {pairs.undefined}")
    return lines


def _capped(a: Agreement) -> str:
    boot = a.alpha_nominal_bootstrap
    if boot.draws >= boot.requested:
        return ""
    return f", capped from {boot.requested} to bound the work"


def _spread(a: Agreement) -> str:
    if a.min_ratings == a.max_ratings:
        return str(a.min_ratings)
    return f"{a.min_ratings} to {a.max_ratings}"


def _cap(a: Agreement) -> str:
    if a.pairs.qualifying <= PAIRS:
        return ""
    return f"; lowest {PAIRS} shown, every pair in the JSON report"


def pair_rows(a: Agreement) -> list[list[str]]:
    """Header and the first PAIRS pairs, lowest kappa first."""
    return [list(PAIR_HEADER), *([p.first, p.second, str(p.shared),
                                  p.agreement.text(), p.kappa.text()]
                                 for p in a.pairs.pairs[:PAIRS])]


def agreement_table(a: Agreement | None) -> list[str]:
    """The terminal section: a blank line, a title, sentences, pair table."""
    if a is None:
        return []
    lines = ["", "agreement among annotators, all shared items:"]
    lines += [f"  {line}" for line in agreement_lines(a)]
    if a.pairs.pairs:
        lines += ["", *align(pair_rows(a), frozenset({2, 3, 4}))]
    return lines
