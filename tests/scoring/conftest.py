"""Small specs and submission files for the score tests, built per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from guidekit.spec.loader import LoadedSpec, load_spec

SPEC = """\
spec: guidekit/v1
id: mini
title: Mini sentiment
version: "2.1.0"
task:
  fields: [{{name: text}}]
labels:
  - {{value: pos, aliases: ["1", "Positive"]}}
  - {{value: neg, aliases: ["0"]}}
  - {{value: "café"}}
gold:
  - {{id: g1, item: {{text: a}}, label: pos}}
  - {{id: g2, item: {{text: b}}, label: pos}}
  - {{id: g3, item: {{text: c}}, label: neg}}
  - {{id: g4, item: {{text: d}}, label: neg}}
  - {{id: g5, item: {{text: e}}, label: neg, also: [pos]}}
  - {{id: "é1", item: {{text: f}}, label: "café"}}
scoring:
  pass: {pass_}
  min_gold: {min_gold}
"""

Writer = Callable[[str, str], Path]


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """write(name, text) -> path: a file in tmp_path, bytes exactly as given."""
    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        return path
    return _write


@pytest.fixture
def make_spec(write: Writer) -> Callable[..., LoadedSpec]:
    """make_spec(min_gold=2, pass_="{accuracy: 0.8, kappa: 0.5}") -> LoadedSpec."""
    def _make(min_gold: int = 2,
              pass_: str = "{accuracy: 0.8, kappa: 0.5}") -> LoadedSpec:
        path = write("spec.yaml", SPEC.format(min_gold=min_gold, pass_=pass_))
        return load_spec(path)
    return _make


@pytest.fixture
def spec(make_spec: Callable[..., LoadedSpec]) -> LoadedSpec:
    return make_spec()


@pytest.fixture
def write_csv(write: Writer) -> Callable[..., Path]:
    """write_csv(name, *rows, header="annotator,item,label") -> path; LF ends."""
    def _write(name: str, *rows: str, header: str = "annotator,item,label") -> Path:
        return write(name, "".join(line + "\n" for line in (header, *rows)))
    return _write


@pytest.fixture
def row_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read every file row by row, as without pyarrow installed."""
    from guidekit.scoring import columnar
    monkeypatch.setattr(columnar, "available", lambda: False)
