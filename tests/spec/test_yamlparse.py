"""The fast YAML paths (libyaml's events, libyaml's nodes) read exactly as
the pure-Python parser does: same data, places, notes and problems."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from guidekit.spec import yamlevents, yamlparse, yamlread
from guidekit.spec.yamlparse import MAX_DEPTH, YamlProblem
from guidekit.spec.yamlread import read_yaml_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted({*ROOT.glob("tests/spec/cases/**/*.yaml"),
                 *ROOT.glob("specs/*/*.yaml")})
SNIPPETS = [
    "a: 1\n\tb: 2\n", "a:\tb\n", "a: b\t\n", "a: [1, 2\n", "a: 'x\n", "- a\nb: 1\n",
    "---\na: 1\n---\nb: 2\n", "---\n", "# only a comment\n", "%YAML 1.1\n---\na: 1\n",
    "a: &x {b: 1}\nc: *x\n", "a: *nope\n", "a: &x [*x]\n",
    "b: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n", "d:\n  <<: {x: 1}\n  y: 2\n",
    "a: &x 1\nb: &y [2, &z {c: 3}]\n", "a: !!merge {x: 1}\n", "'<<': {x: 1}\n",
    "d:\n  ! <<: {x: 1}\n", "d: {\"<<\": 1, x: 2}\n",
    "d:\n  <<: 5\n", "a: !foo x\nb: !!str 1\nc: !<tag:yaml.org,2002:str> 2\n",
    "? [a]\n: 1\n", "{a: 1, a: {b: [c]}, c: 2}\n", "a: 1\nb: 2\na: [3, {x: 4}]\n",
    "a: |\n  x\n b\n", "a: >-\n  x\n\n  y\n", "a: 0o17\nb: 0x1F\nc: 1_000\nd: .inf\n",
    "a: yes\nb: No\nc: ON\nd: ~\ne: null\nf:\ng: 2001-12-14\nh: ''\n",
    "a: 1\r\nb: 2\r\n", "a: b\x07c\n", "a: \"\\u263A\\t\"\nb: 'it''s'\n",
    "x\n", "[a, {b: c}]\n", "😀: 😀\nb: [😀, x]\n", "😀😀: 'x\n",
    "a: " + "[" * (MAX_DEPTH + 50) + "]" * (MAX_DEPTH + 50) + "\n",
    "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 1)) + "  " * 101 + "x\n",
    "a: " + "{b: " * 1200 + "c" + "}" * 1200 + "\n",
    "labels:\n  - value: \"a\"\n    title: A\ngold:\n  - {id: g1, item: {text: x}}\n",
]


def snapshot(raw: bytes) -> Any:
    """Everything a read gives, in comparable form."""
    try:
        doc = read_yaml_text("s.yaml", raw)
    except YamlProblem as exc:
        return exc.problem
    where: Any = doc.where
    values = {path: where.at(path) for path in where._values}
    keys = {path: where.key_at(path) for path in where._keys}
    return doc.data, values, keys, where.notes(), doc.problems


def three_ways(raw: bytes, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The read by events (when streamable), by libyaml's nodes, by pure Python."""
    found = [snapshot(raw)]
    with monkeypatch.context() as patch:
        patch.setattr(yamlread, "streamable", lambda text: False)
        found.append(snapshot(raw))
        patch.setattr(yamlparse, "FAST", None)
        found.append(snapshot(raw))
    return found


@pytest.mark.parametrize("text", SNIPPETS, ids=range(len(SNIPPETS)))
def test_snippets_read_the_same_three_ways(text: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    events, nodes, pure = three_ways(text.encode("utf-8"), monkeypatch)
    assert events == pure
    assert nodes == pure


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(ROOT)))
def test_corpus_and_shipped_specs_read_the_same_three_ways(
        path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events, nodes, pure = three_ways(path.read_bytes(), monkeypatch)
    assert events == nodes == pure


@pytest.mark.skipif(yamlparse.FAST is None, reason="PyYAML built without libyaml")
def test_plain_specs_stream_and_the_rest_take_the_node_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    streamed: list[str] = []
    real = yamlevents.EventBuilder.stream

    def counting(self: yamlevents.EventBuilder, text: str) -> Any:
        data = real(self, text)
        streamed.append(text)
        return data

    monkeypatch.setattr(yamlevents.EventBuilder, "stream", counting)
    texts = ["a: 1\n", "a: &x 1\nb: Q&A\n", "a: &x 1\nb: *x\n", "a:\tb\n",
             "d:\n  <<: {x: 1}\n", "d:\n  !!merge x: {x: 1}\n", "a: [1\n"]
    for text in texts:
        snapshot(text.encode())
    assert streamed == texts[:2]


def test_a_control_character_is_placed() -> None:
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", b"a: 1\nb: x\x07y\n")
    problem = caught.value.problem
    assert (problem.line, problem.col, problem.code) == (2, 5, "yaml-syntax")
    assert problem.message == "character #x0007 is not allowed in YAML"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2000])
def test_deep_nesting_is_one_placed_problem(depth: int) -> None:
    text = "a: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(YamlProblem) as caught:
        read_yaml_text("s.yaml", text.encode())
    problem = caught.value.problem
    # the root mapping is level 0, so the collection at level MAX_DEPTH is
    # the (MAX_DEPTH)th '[' on the line, after "a: "
    assert (problem.line, problem.col, problem.code) == (1, 3 + MAX_DEPTH, "too-deep")


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        read_yaml_text("s.yaml", b"a: [1, 2]\n")
        with pytest.raises(YamlProblem):
            read_yaml_text("s.yaml", b"a: [1, 2\n")
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
