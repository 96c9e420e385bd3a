"""The quick paths of loading equal the plain ones, on seeded random input.

A JSONL side file is read by a fast scan, falling back to the plain parse
line by line; each meaning check first tests all the gold at once, then
walks it item by item. Forcing the plain way must change nothing.
"""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from guidekit.problems import Problem
from guidekit.spec import gold_jsonl
from guidekit.spec.checks import CHECKS
from guidekit.spec.loader import LoadedSpec, read_spec

SEEDS = range(80)
TEXTS = ["Hello", "hello ", " HELLO", "x", "y", "\ufb01le", "file", "caf\u0065\u0301"]


def _line(rng: random.Random) -> str:
    row = {"id": f"g{rng.randrange(9)}", "item": {"text": rng.choice(TEXTS)},
           "label": rng.choice(["a", "b", "{[x:"])}
    text = json.dumps(row, ensure_ascii=rng.random() < 0.5)
    return rng.choice([
        lambda: text, lambda: text, lambda: f" {text}\t", lambda: text + "\r",
        lambda: "", lambda: " \x0c ", lambda: text[:-3],
        lambda: text.replace('"label"', '"id"'),
        lambda: text.replace('{"text"', '{"text": "a", "text"'),
        lambda: "[" * 101 + "]" * 101, lambda: "[" * 50 + "]" * 50,
        lambda: "[" * 5000, lambda: '"just text"',
        lambda: "[1, 2]", lambda: f"{text} {text}", lambda: "{\"a\": 1e999}",
    ])()


def _plain(raw: bytes, shown: str) -> tuple[list[Any], list[Problem], list[int]]:
    """read_jsonl the plain way: every line through _parse."""
    problems: list[Problem] = []
    text = gold_jsonl.decode_side_file(raw, shown, problems) or ""
    rows, lines = [], []
    for number, record in enumerate(text.split("\n"), start=1):
        if record.strip():
            row = gold_jsonl._parse(record, shown, number, problems)
            if row is not gold_jsonl._BAD:
                rows.append(row)
                lines.append(number)
    return rows, problems, lines


@pytest.mark.parametrize("seed", SEEDS)
def test_jsonl_quick_scan_reads_what_the_plain_parse_reads(seed: int) -> None:
    rng = random.Random(seed)
    raw = "\n".join(_line(rng) for _ in range(60)).encode("utf-8")
    problems: list[Problem] = []
    rows, where = gold_jsonl.read_jsonl(raw, "g.jsonl", problems)
    want_rows, want_problems, want_lines = _plain(raw, "g.jsonl")
    assert rows == want_rows and problems == want_problems
    assert [where.at((i,)).line for i in range(len(rows))] == want_lines


ODDITIES = ["fields", "other key", "no answer", "undefined", "also", "rules",
            "hard", "provenance", "repeat"]


def _gold(rng: random.Random, key: str, odd: dict[str, float]) -> dict[str, Any]:
    """A gold item with its answer under `key`; `odd` gives how often each
    oddity happens (most seeds turn on one or two, to test each alone)."""
    def happens(name: str) -> bool:
        return rng.random() < odd.get(name, 0.0)
    number = rng.randrange(12) if happens("repeat") else rng.randrange(10**6)
    text = rng.choice(TEXTS) if happens("repeat") else f"item {number}"
    gold: dict[str, Any] = {"id": f"g{number}", "item": {"text": text}}
    if happens("fields"):
        gold["item"] = rng.choice([{}, {"text": "x", "other": "y"}])
    label = "z" if happens("undefined") else rng.choice("abc")
    answers = {"label": label, "labels": [label, rng.choice("ab")],
               "spans": [{"start": 0, "end": 2, "label": label}], "rating": 2}
    keys = [] if happens("no answer") else [key]
    if happens("other key"):
        keys.append(rng.choice([k for k in answers if k != key]))
    gold.update({k: answers[k] for k in keys})
    extras = {"also": [rng.choice("bcz")], "rules": [rng.choice(["R1", "R9"])],
              "hard": "hard", "provenance": {"source": rng.choice(["human", "model"])}}
    gold.update({("difficulty" if k == "hard" else k): v for k, v in extras.items()
                 if happens(k)})
    return gold


def _label(number: int, value: str) -> dict[str, Any]:
    return {"value": value, "rules": [{"id": f"R{number}", "text": "t"}]}


def _example(gold: dict[str, Any], number: int) -> dict[str, Any]:
    shown = {"item", "label", "labels", "spans", "rating"}
    return {"id": f"ex{number}", **{k: v for k, v in gold.items() if k in shown}}


def _spec(rng: random.Random, tmp_path: Path) -> LoadedSpec:
    kind = rng.choice(["single_label", "multi_label", "span", "rating"])
    chosen = rng.sample(ODDITIES, rng.randrange(3))
    odd = {name: rng.choice([0.02, 0.2]) for name in chosen}
    task: dict[str, Any] = {"kind": kind, "fields": [{"name": "text"}]}
    task.update({"span": {"text_field": "text"}, "rating": {"scale": {
        "min": 1, "max": 3, "anchors": {"1": "x", "2": "y", "3": "z"}}}}.get(kind, {}))
    key = {"single_label": "label", "multi_label": "labels", "span": "spans",
           "rating": "rating"}[kind]
    spec = {"spec": "guidekit/v1", "id": "r", "title": "R", "version": "1.0.0",
            "task": task, "labels": [_label(n, v) for n, v in enumerate("abc")],
            "gold": [_gold(rng, key, odd) for _ in range(rng.randrange(40))],
            "examples": [_example(_gold(rng, key, odd), i)
                         for i in range(rng.randrange(3))]}
    path = tmp_path / "guideline.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")
    loaded, _ = read_spec(path)
    assert loaded is not None
    return loaded


PLAIN_WAY = {  # module attribute -> stand-in that makes the check walk every item
    "answer_shape._gold_clean": lambda *args: False,
    "unknown_label._gold_clean": lambda *args: False,
    "item_fields.same_fields": lambda *args: False,
    "gold_leak.same_fields": lambda *args: False,
    "answers.any_set": lambda values: True,
    "machine_gold_unreviewed.all_none": lambda values: False,
    "hard_no_rationale.gold_column": lambda loaded, name: ["hard"],
}


@pytest.mark.parametrize("seed", SEEDS)
def test_checks_find_the_same_with_their_quick_tests_off(
        seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = _spec(random.Random(seed), tmp_path)
    quick = {code: list(check.run(loaded)) for code, check in CHECKS.items()}
    for name, stand_in in PLAIN_WAY.items():
        monkeypatch.setattr(f"guidekit.spec.checks.{name}", stand_in)
    fresh = replace(loaded)  # a new spec for the memos of shared work
    plain = {code: list(check.run(fresh)) for code, check in CHECKS.items()}
    assert quick == plain
