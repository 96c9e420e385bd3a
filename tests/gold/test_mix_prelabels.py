"""Honeypot pre-labels follow the batch's own, so accepting them all fails.

Before, an ordinary honeypot carried its gold label as pre-label, and an
annotator who accepted every pre-label passed every ordinary honeypot.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main

LABELS = ("pos", "neg", "neu")
SPEC_HEAD = """spec: guidekit/v1
id: pre
title: Pre
version: "1.0.0"
task:
  kind: single_label
  fields: [{name: text}]
labels:
  - {value: pos, aliases: [positive]}
  - {value: neg}
  - {value: neu}
gold:
"""


def write_spec(folder: Path, honeypots: int) -> str:
    lines = [SPEC_HEAD] + [
        f"  - {{id: hp{n:03d}, item: {{text: \"honey {n}\"}}, "
        f"label: {LABELS[n % 3]}, pool: honeypot}}\n" for n in range(honeypots)]
    path = folder / "spec.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return str(path)


def write_batch(folder: Path, prelabels: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "text", "prelabel"])
    ids = random.Random(5).sample(range(100000, 999999), len(prelabels))
    for n, (item, prelabel) in enumerate(zip(ids, prelabels, strict=True)):
        writer.writerow([item, f"real {n}", prelabel])
    path = folder / "batch.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def mix(spec: str, batch: str, out: Path, *args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["gold", "mix", spec, batch, "-o",
                                       str(out), *args])
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(
        Path(f"{out}.honeypots.json").read_text(encoding="utf-8"))
    return data


def planted(out: Path, mapping: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(disguised id, gold label, pre-label) of each planted row."""
    rows = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
    return [(row["id"], LABELS[int(mapping["honeypots"][row["id"]][2:]) % 3],
             row["prelabel"]) for row in rows if row["id"] in mapping["honeypots"]]


def test_a_batch_all_prelabelled_a_gives_honeypots_a(tmp_path: Path) -> None:
    spec, batch = write_spec(tmp_path, 60), write_batch(tmp_path, ["neg"] * 200)
    for seed in range(4):
        out = tmp_path / f"o{seed}.csv"
        mapping = mix(spec, batch, out, "--rate", "0.2", "--seed", str(seed),
                      "--traps", "5")
        rows = planted(out, mapping)
        assert len(rows) == 50  # round(0.2 * 200 / 0.8)
        for new, gold, prelabel in rows:
            if new in mapping["traps"]:
                assert prelabel != gold
            else:
                assert prelabel == "neg"
            assert mapping["prelabels"][new] == {"prelabel": prelabel,
                                                 "right": prelabel == gold}


def test_honeypot_prelabels_follow_the_batch_distribution(tmp_path: Path) -> None:
    # 60 % pos (half of them spelled by the alias 'positive'), 30 % neg,
    # 10 % neu; unknown and empty pre-labels are not counted
    prelabels = (["pos"] * 300 + ["positive"] * 300 + ["neg"] * 300
                 + ["neu"] * 100 + ["??"] * 40 + [""] * 60)
    random.Random(2).shuffle(prelabels)
    spec, batch = write_spec(tmp_path, 300), write_batch(tmp_path, prelabels)
    seen: Counter[str] = Counter()
    for seed in range(5):
        out = tmp_path / f"o{seed}.csv"
        mapping = mix(spec, batch, out, "--rate", "0.18", "--seed", str(seed),
                      "--traps", "20")
        rows = planted(out, mapping)
        assert len(rows) == 241  # round(0.18 * 1100 / 0.82) = round(241.46)
        for new, gold, prelabel in rows:
            if new in mapping["traps"]:
                assert prelabel != gold and not mapping["prelabels"][new]["right"]
            else:
                seen[prelabel] += 1
    total = sum(seen.values())
    assert total == 5 * (241 - 20)
    assert set(seen) == {"pos", "neg", "neu"}
    # binomial sd at n = 1105 is at most 0.015: 0.05 is over three of them
    expected = {"pos": 0.6, "neg": 0.3, "neu": 0.1}
    for value, share in expected.items():
        assert seen[value] / total == pytest.approx(share, abs=0.05)


def test_an_always_accept_annotator_fails_the_wrong_prelabels(
        tmp_path: Path) -> None:
    prelabels = ["pos"] * 120 + ["neg"] * 60 + ["neu"] * 20
    random.Random(3).shuffle(prelabels)
    spec, batch = write_spec(tmp_path, 60), write_batch(tmp_path, prelabels)
    out = tmp_path / "o.csv"
    mapping = mix(spec, batch, out, "--rate", "0.2", "--seed", "8",
                  "--traps", "6")
    rows = planted(out, mapping)
    wrong = sum(prelabel != gold for _, gold, prelabel in rows)
    assert wrong == sum(not p["right"] for p in mapping["prelabels"].values())
    assert 6 < wrong < len(rows)  # traps, and some ordinary ones, are wrong
    answers = tmp_path / "answers.csv"
    lines = ["annotator,item,label,prelabel"]
    for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))):
        lines.append(f"stamp,{row['id']},{row['prelabel']},{row['prelabel']}")
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, [
        "score", spec, str(answers), "--format", "json", "--honeypots",
        str(tmp_path / "o.csv.honeypots.json")])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    person, stamped = report["annotators"][0], report["provenance"]["prelabels"][0]
    assert report["totals"]["gold"] == len(rows) == 50
    assert (stamped["wrong_prelabels"], stamped["stamped"]) == (wrong, wrong)
    assert stamped["rubber_stamp"]["value"] == pytest.approx(1.0)
    # the share of honeypots the accept-all annotator gets wrong is exactly
    # the share planted with a wrong pre-label
    assert 1 - person["accuracy"]["value"] == pytest.approx(wrong / len(rows))


def test_a_batch_without_prelabel_values_gives_ordinary_honeypots_none(
        tmp_path: Path) -> None:
    spec, batch = write_spec(tmp_path, 30), write_batch(tmp_path, [""] * 100)
    out = tmp_path / "o.csv"
    mapping = mix(spec, batch, out, "--rate", "0.1", "--seed", "1",
                  "--traps", "2")
    rows = planted(out, mapping)
    assert sorted(new for new, _, prelabel in rows if prelabel) == sorted(
        mapping["traps"])
    assert set(mapping["prelabels"]) == set(mapping["traps"])
