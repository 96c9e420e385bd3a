"""The guide for each task kind: how to answer, and each example's answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from guidekit import LoadedSpec
from guidekit.render import render_guide

WriteSpec = Callable[[dict[str, Any]], LoadedSpec]


def spec(kind: str, examples: list[dict[str, Any]], **task: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "spec": "guidekit/v1", "id": "k", "title": "Kinds", "version": "1.0.0",
        "task": {"kind": kind, "fields": [{"name": "text", "title": "Sentence"}],
                 **task},
        "labels": [{"value": "PER", "title": "Person"}, {"value": "LOC"},
                   {"value": "ORG"}],
        "examples": examples}
    if kind == "rating":
        del data["labels"]
    return data


def test_multi_label_says_how_many_and_lists_each_label(write_spec: WriteSpec,
                                                        scan) -> None:
    loaded = write_spec(spec("multi_label", [
        {"id": "e1", "item": {"text": "x"}, "labels": ["PER", "LOC"]}],
        max_choices=2))
    files = render_guide(loaded)
    page = scan(files["guide.html"])
    chips = page.inside(page.by_class("example-card")[0], "a")

    assert "Choose 1 to 2 labels for each item" in files["guide.html"]
    assert [(c.text, c.attrs["href"]) for c in chips] == [
        ("Person", "#label-per"), ("LOC", "#label-loc")]
    assert "Labels: [Person](#label-per), [LOC](#label-loc)" in files["guide.md"]


def test_rating_shows_the_anchors_and_no_labels(write_spec: WriteSpec,
                                                scan) -> None:
    scale = {"min": 1, "max": 3, "anchors": {1: "Bad <b>", 2: "So so", 3: "Good"}}
    loaded = write_spec(spec("rating", [
        {"id": "e1", "item": {"text": "x"}, "rating": 2}], scale=scale))
    files = render_guide(loaded)
    page = scan(files["guide.html"])
    rows = page.inside(page.find("table")[0], "tr")

    assert [r.text.strip() for r in rows] == ["RatingMeans", "1Bad <b>", "2So so",
                                              "3Good"]
    assert "Bad &lt;b&gt;" in files["guide.html"]
    assert page.find("section", id="labels") == []
    assert "| 1 | Bad \\<b\\> |" in files["guide.md"]
    assert "Rating: **2** — So so" in files["guide.md"]
    assert [c.text for c in page.by_class("rating")] == ["Rating 2 · So so"]


def test_span_marks_the_text_and_lists_the_spans(write_spec: WriteSpec,
                                                 scan) -> None:
    text = "Ada <i>met</i> Rome"
    loaded = write_spec(spec("span", [{"id": "e1", "item": {"text": text},
        "spans": [{"start": 15, "end": 19, "label": "LOC"},
                  {"start": 0, "end": 3, "label": "PER"}]}], text_field="text"))
    files = render_guide(loaded)
    page = scan(files["guide.html"])
    dd = page.find("dd")[0]

    assert [m.text for m in page.inside(dd, "mark")] == ["Ada", "Rome"]
    assert dd.text == text
    assert "&lt;i&gt;met&lt;/i&gt;" in files["guide.html"]
    assert "Mark each stretch of the Sentence" in files["guide.html"]
    assert "- “Ada” (0–3): [Person](#label-per)" in files["guide.md"]
    assert "- “Rome” (15–19): [LOC](#label-loc)" in files["guide.md"]


def test_overlapping_spans_are_listed_but_not_marked(write_spec: WriteSpec,
                                                     scan) -> None:
    loaded = write_spec(spec("span", [{"id": "e1", "item": {"text": "Bank of Spain"},
        "spans": [{"start": 0, "end": 13, "label": "ORG"},
                  {"start": 8, "end": 13, "label": "LOC"}]}],
        text_field="text", overlap="nested"))
    page = scan(render_guide(loaded)["guide.html"])

    assert page.inside(page.find("dd")[0], "mark") == []
    assert [m.text for m in page.inside(page.find("ol", **{"class": "spans"})[0],
                                        "mark")] == ["Bank of Spain", "Spain"]


@pytest.mark.parametrize("kind,sentence", [
    ("single_label", "Choose exactly one label for each item."),
    ("multi_label", "Choose every label that applies to the item (at least 1)."),
])
def test_label_kinds_say_how_to_choose(write_spec: WriteSpec, kind: str,
                                       sentence: str) -> None:
    loaded = write_spec(spec(kind, []))
    files = render_guide(loaded)
    assert f"<p>{sentence} Each item shows:</p>" in files["guide.html"]
    assert f"{sentence} Each item shows:" in files["guide.md"]
