"""`guidekit gold mix` on a Label Studio tasks batch, scored from its export."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main

SPEC = """spec: guidekit/v1
id: ls
title: LS
version: "2.0.0"
task:
  kind: single_label
  fields: [{name: text}]
labels: [{value: pos}, {value: neg}, {value: neu}]
gold:
"""
LABELS = ("pos", "neg", "neu")


def prediction(label: str) -> dict[str, Any]:
    return {"model_version": "m1", "result": [{
        "from_name": "sentiment", "to_name": "text", "type": "choices",
        "value": {"choices": [label]}}]}


@pytest.fixture()
def files(tmp_path: Path) -> tuple[str, Path]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC + "".join(
        f"  - {{id: hp{n}, item: {{text: honey {n}}}, label: {LABELS[n % 3]}, "
        "pool: honeypot}\n" for n in range(12)), encoding="utf-8")
    rng = random.Random(8)
    tasks = [{"data": {"id": f"t{rng.getrandbits(32):08x}", "text": f"real {n}",
                       "meta": "x"}, "predictions": [prediction("pos")]}
             for n in range(100)]
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps(tasks), encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["gold", "mix", str(spec), str(batch), "-o",
                                       str(out), "--rate", "0.1", "--seed", "4",
                                       "--traps", "3"])
    assert result.exit_code == 0, result.stderr
    assert "columns left empty in planted rows: meta" in result.stdout
    return str(spec), out


def test_planted_tasks_look_like_batch_tasks(files: tuple[str, Path]) -> None:
    _, out = files
    tasks = json.loads(out.read_text(encoding="utf-8"))
    mapping = json.loads(Path(f"{out}.honeypots.json").read_text(encoding="utf-8"))
    assert len(tasks) == 111 and len(mapping["honeypots"]) == 11
    for task in tasks:
        assert list(task) == ["data", "predictions"]
        assert list(task["data"]) == ["id", "text", "meta"]
        assert len(task["data"]["id"]) == 9 and task["data"]["id"][0] == "t"
        gold = mapping["honeypots"].get(task["data"]["id"])
        choice = task["predictions"][0]["result"][0]["value"]["choices"][0]
        if gold is None:
            continue
        right = LABELS[int(gold[2:]) % 3]
        assert task["data"]["text"] == f"honey {gold[2:]}"
        if task["data"]["id"] in mapping["traps"]:
            assert choice != right
        else:  # every batch task is predicted 'pos': so is every honeypot
            assert choice == "pos"
        assert mapping["prelabels"][task["data"]["id"]] == {
            "prelabel": choice, "right": choice == right}
        assert task["predictions"][0]["result"][0]["from_name"] == "sentiment"


def test_an_export_of_the_mixed_tasks_scores_with_honeypots(
        files: tuple[str, Path], tmp_path: Path) -> None:
    spec, out = files
    tasks = json.loads(out.read_text(encoding="utf-8"))
    mapping_path = Path(f"{out}.honeypots.json")
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    for number, task in enumerate(tasks, start=1):
        # what Label Studio adds on export: a task id, an annotation per person
        gold = mapping["honeypots"].get(task["data"]["id"])
        label = LABELS[int(gold[2:]) % 3] if gold else "neg"
        task["id"] = number
        task["annotations"] = [{"completed_by": 3, "result": [{
            "from_name": "sentiment", "to_name": "text", "type": "choices",
            "value": {"choices": [label]}}]}]
        task.pop("predictions")
    export = tmp_path / "export.json"
    export.write_text(json.dumps(tasks), encoding="utf-8")
    result = CliRunner().invoke(main, ["score", spec, str(export), "--format",
                                       "json", "--honeypots", str(mapping_path)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["totals"]["gold"], report["totals"]["non_gold"]) == (11, 100)
    assert report["annotators"][0]["accuracy"]["value"] == pytest.approx(1.0)


def test_a_task_with_a_top_level_id_is_refused(tmp_path: Path,
                                               files: tuple[str, Path]) -> None:
    spec, _ = files
    batch = tmp_path / "b2.json"
    batch.write_text(json.dumps([{"data": {"id": "a", "text": "x"}},
                                 {"id": 5, "data": {"id": "b", "text": "y"}}]),
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["gold", "mix", spec, str(batch), "-o",
                                       str(tmp_path / "o.json"), "--rate", "0.4"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: {batch}: task 2: has a "
                                    "top-level 'id'")
