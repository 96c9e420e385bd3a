"""Provenance by agent, by reviewer, and calibration per source and agent,
against a plain count in the test (and statsmodels' Wilson, numpy's means).

Mini gold (tests/scoring/conftest.py): g1 pos, g2 pos, g3 neg, g4 neg,
g5 neg (also pos), é1 café.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from statsmodels.stats.proportion import proportion_confint  # type: ignore[import-untyped]

from guidekit.scoring import score
from guidekit.scoring.fmt_json import as_json
from guidekit.scoring.fmt_markdown import format_markdown
from guidekit.scoring.fmt_table import format_table
from guidekit.scoring.provenance_report import Provenance
from guidekit.spec.loader import LoadedSpec

WriteCsv = Callable[..., Path]
GOLD = {"g1": {"pos"}, "g2": {"pos"}, "g3": {"neg"}, "g4": {"neg"},
        "g5": {"neg", "pos"}, "é1": {"café"}}
LABELS = ["pos", "neg", "café"]
HEADER = "annotator,item,label,source,agent,prelabel,confidence,reviewer"


def provenance(spec: LoadedSpec, path: Path) -> Provenance:
    found = score(spec, [path]).provenance
    assert found is not None
    return found


def test_reviewer_hand_worked(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    path = write_csv(
        "a.csv",
        # r1 signs off 4 rows: g1 pos right (prelabel pos kept), g3 pos wrong
        # (prelabel pos kept: a wrong prelabel let through), g4 neg right
        # (prelabel pos changed), x1 not gold (prelabel neg kept)
        "a,g1,pos,human,,pos,,r1", "a,g3,pos,human,,pos,,r1",
        "b,g4,neg,human,,pos,,r1", "b,x1,neg,human,,neg,,r1",
        # r2: one gold row, no prelabel, wrong
        "c,g2,neg,human,,,,r2",
        header=HEADER)
    p = provenance(spec, path)
    r2, r1 = p.reviewers  # lowest accuracy first: r2 0/1, r1 2/3
    assert (r1.reviewer, r1.reviewed, r1.gold_reviewed, r1.correct) == ("r1", 4, 3, 2)
    assert r1.accuracy.value == pytest.approx(2 / 3)
    assert (r1.prelabelled, r1.kept, r1.wrong_prelabels, r1.stamped) == (4, 3, 2, 1)
    assert r1.acceptance.value == pytest.approx(3 / 4)
    assert r1.rubber_stamp.value == pytest.approx(1 / 2)
    assert (r2.reviewer, r2.gold_reviewed, r2.correct) == ("r2", 1, 0)
    assert not r2.acceptance.defined and not r2.rubber_stamp.defined
    assert r2.rubber_stamp.undefined == "no reviewed gold item with a wrong prelabel"
    low, high = proportion_confint(2, 3, alpha=0.05, method="wilson")
    assert (r1.interval.low, r1.interval.high) == (pytest.approx(low),
                                                   pytest.approx(high))


def _rows(seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for n in range(40):
        source = rng.choice(["model", "llm", "human", ""])
        agent = rng.choice(["gpt-4o", "clf-v2", ""]) if source != "human" else ""
        for item in [*GOLD, "x1", "x2"]:
            label = rng.choice(LABELS)
            conf = rng.choice(["", repr(rng.random()), "1", "0"])
            rows.append({"annotator": f"w{n}", "item": item, "label": label,
                         "source": source, "agent": agent,
                         "prelabel": rng.choice(["", *LABELS, "Positive", "zzz"]),
                         "confidence": conf,
                         "reviewer": rng.choice(["", "r1", "r2", "r3"]),
                         "carry": "yes"})
    return rows


def _write(write_csv: WriteCsv, rows: list[dict[str, str]]) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for r in rows:
        writer.writerow([r[k] for k in HEADER.split(",")])
    return write_csv("a.csv", *out.getvalue().splitlines(), header=HEADER)


def _spelled(value: str) -> str | None:
    return {"Positive": "pos"}.get(value, value if value in LABELS else None)


@pytest.mark.parametrize("seed", [3, 17])
def test_agents_and_reviewers_match_a_plain_count(
        spec: LoadedSpec, write_csv: WriteCsv, seed: int) -> None:
    rows = _rows(seed)
    agents: dict[str, list[int]] = {}
    reviewers: dict[str, list[int]] = {}
    for r in rows:
        gold = r["item"] in GOLD
        right = gold and r["label"] in GOLD[r["item"]]
        if r["agent"]:
            tally = agents.setdefault(r["agent"], [0, 0, 0])
            tally[0] += 1
            tally[1] += gold
            tally[2] += right
        if r["reviewer"]:
            t = reviewers.setdefault(r["reviewer"], [0] * 7)
            t[0] += 1
            t[1] += gold
            t[2] += right
            suggested = _spelled(r["prelabel"])
            if suggested is not None:
                kept = suggested == r["label"]
                wrong = gold and suggested not in GOLD[r["item"]]
                t[3] += 1
                t[4] += kept
                t[5] += wrong
                t[6] += kept and wrong
    p = provenance(spec, _write(write_csv, rows))
    found = {a.agent: [a.answers, a.gold_answered, a.correct] for a in p.agents}
    assert found == agents
    assert [a.agent for a in p.agents] == sorted(agents)
    for a in p.agents:
        low, high = proportion_confint(a.correct, a.gold_answered, method="wilson")
        assert a.interval.low == pytest.approx(low)
        assert a.interval.high == pytest.approx(high)
    got = {r.reviewer: [r.reviewed, r.gold_reviewed, r.correct, r.prelabelled,
                        r.kept, r.wrong_prelabels, r.stamped] for r in p.reviewers}
    assert got == reviewers
    for r in p.reviewers:
        t = reviewers[r.reviewer]
        assert r.accuracy.value == pytest.approx(t[2] / t[1])
        assert r.rubber_stamp.value == pytest.approx(t[6] / t[5])
    rates = [r.accuracy.value for r in p.reviewers]
    assert rates == sorted(rates)  # type: ignore[type-var]


@pytest.mark.parametrize("seed", [5, 29])
def test_calibration_per_group_matches_numpy(
        spec: LoadedSpec, write_csv: WriteCsv, seed: int) -> None:
    rows = _rows(seed)
    p = provenance(spec, _write(write_csv, rows))
    scored = [r for r in rows if r["confidence"] and r["item"] in GOLD]
    groups = sorted({(r["source"] or "unspecified", r["agent"]) for r in scored})
    assert [(g.source, g.agent) for g in p.calibration_groups] == groups
    total = 0
    for g in p.calibration_groups:
        mine = [r for r in scored
                if ((r["source"] or "unspecified"), r["agent"]) == (g.source, g.agent)]
        conf = np.array([float(r["confidence"]) for r in mine])
        ok = np.array([r["label"] in GOLD[r["item"]] for r in mine], dtype=float)
        slot = np.minimum(np.floor(conf * 10).astype(int), 9)
        want = sum((slot == k).sum() / len(conf)
                   * abs(ok[slot == k].mean() - conf[slot == k].mean())
                   for k in range(10) if (slot == k).any())
        assert g.calibrated == len(mine)
        assert g.ece.value == pytest.approx(want)
        assert [b.count for b in g.reliability] == [int((slot == k).sum())
                                                    for k in range(10)]
        total += g.calibrated
    assert total == p.calibrated == len(scored)


def test_reports_show_agents_reviewers_and_groups(spec: LoadedSpec,
                                                  write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "m,g1,pos,model,clf,,0.9,r1",
                     "m,g3,pos,model,clf,,0.8,r1", header=HEADER)
    report = score(spec, [path])
    table = format_table(report)
    assert "provenance: accuracy per agent, against gold:" in table
    assert "provenance: calibration per source and agent (10 bins):" in table
    assert "## Provenance: reviewers, the reviewed label" in format_markdown(report)
    data = as_json(report)["provenance"]
    assert data["agents"][0]["agent"] == "clf"
    assert data["agents"][0]["accuracy"]["value"] == pytest.approx(0.5)
    (group,) = data["calibration"]["groups"]
    assert (group["source"], group["agent"], group["rows"]) == ("model", "clf", 2)
    assert group["ece"]["value"] == pytest.approx((0.1 + 0.8) / 2)
    (rev,) = data["reviewers"]
    assert (rev["reviewer"], rev["gold_reviewed"], rev["correct"]) == ("r1", 2, 1)
