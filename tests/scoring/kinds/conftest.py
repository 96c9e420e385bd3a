"""Small multi_label, span and rating specs, built per test from gold dicts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.spec.loader import LoadedSpec, load_spec

HEAD = """\
spec: guidekit/v1
id: {kind}-mini
title: Mini {kind}
version: "1.0.0"
"""
TASKS = {
    "multi_label": {"kind": "multi_label", "fields": [{"name": "text"}],
                    "min_choices": 0},
    "span": {"kind": "span", "fields": [{"name": "text"}], "text_field": "text",
             "overlap": "allow"},
    "rating": {"kind": "rating", "fields": [{"name": "text"}],
               "scale": {"min": 1, "max": 5, "anchors": {
                   str(p): t for p, t in
                   enumerate(["bad", "poor", "fair", "good", "great"], start=1)}}},
}
LABELS = {
    "multi_label": [{"value": "billing", "aliases": ["bill"]}, {"value": "urgent"},
                    {"value": "bug"}, {"value": "praise"}],
    "span": [{"value": "PER", "aliases": ["person"]}, {"value": "ORG"},
             {"value": "LOC"}],
    "rating": [],
}

KindSpec = Callable[..., LoadedSpec]


@pytest.fixture
def kind_spec(tmp_path: Path) -> KindSpec:
    """kind_spec(kind, gold, min_gold=1, pass_=None, task={}) -> LoadedSpec.

    `task` adds settings to the kind's task; the spec is written as JSON,
    which is YAML.
    """
    def make(kind: str, gold: list[dict[str, Any]], min_gold: int = 1,
             pass_: dict[str, float] | None = None,
             task: dict[str, Any] | None = None) -> LoadedSpec:
        body: dict[str, Any] = {"task": TASKS[kind] | (task or {}), "gold": gold,
                                "scoring": {"min_gold": min_gold,
                                            "pass": pass_ or {}}}
        if LABELS[kind]:
            body["labels"] = LABELS[kind]
        text = HEAD.format(kind=kind) + "\n".join(
            f"{key}: {json.dumps(value)}" for key, value in body.items()) + "\n"
        path = tmp_path / f"{kind}.yaml"
        path.write_text(text, encoding="utf-8")
        return load_spec(path)
    return make


@pytest.fixture
def jsonl(tmp_path: Path) -> Callable[[str, list[dict[str, Any]]], Path]:
    """jsonl(name, records) -> path of a JSONL file, one record a line."""
    def write(name: str, records: list[dict[str, Any]]) -> Path:
        path = tmp_path / name
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        path.write_text(text, encoding="utf-8")
        return path
    return write
