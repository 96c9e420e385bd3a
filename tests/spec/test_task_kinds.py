"""Task kinds: the answer models, the kind checks' messages, and overlap rules.

The corpus cases (cases/kind-*.yaml) pin codes and places; these tests pin
the wording authors read, the helpers the checks share, and the overlap
sweep against a brute-force count over every pair.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from guidekit.problems import Problem
from guidekit.spec.checks.span_overlap import clashes
from guidekit.spec.models import Example, GoldItem, Span, Spec
from guidekit.spec.schema import spec_schema
from guidekit.spec.validate import validate_spec

CASES = Path(__file__).parent / "cases"


def spec_data(kind: str, **task: Any) -> dict[str, Any]:
    return {"spec": "guidekit/v1", "id": "k", "title": "K", "version": "1.0.0",
            "task": {"kind": kind, "fields": [{"name": "text"}], **task},
            "labels": [{"value": v, "definition": v.upper()} for v in ("a", "b", "c")],
            "lint": {"gold-coverage": "off"},
            "changelog": [{"version": "1.0.0", "changes": ["First."]}]}


def problems(tmp_path: Path, data: dict[str, Any], code: str) -> list[Problem]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return [p for p in validate_spec(path) if p.code == code]


def test_answer_keys_and_labels_of_each_kind() -> None:
    span = Span(start=0, end=2, label="c")
    gold = GoldItem(id="g", item={"text": "xy"}, labels=["a", "b"], spans=[span])
    example = Example(id="e", item={"text": "x"}, rating=3)

    assert gold.answer_keys() == ["labels", "spans"]
    assert gold.answer_labels() == ["a", "b", "c"]
    assert (example.answer_keys(), example.answer_labels()) == (["rating"], [])


def test_max_choices_defaults_to_the_number_of_labels() -> None:
    data = spec_data("multi_label", min_choices=0)
    assert Spec.model_validate(data).choice_range() == (0, 3)
    data["task"]["max_choices"] = 2
    assert Spec.model_validate(data).choice_range() == (0, 2)


def test_wrong_answer_key_names_both_keys(tmp_path: Path) -> None:
    data = spec_data("multi_label")
    data["gold"] = [{"id": "g1", "item": {"text": "x"}, "labels": ["a"]},
                    {"id": "g3", "item": {"text": "y"}, "label": "a"}]
    [found] = problems(tmp_path, data, "answer-shape")

    assert found.message == ("gold 'g3' has 'label' but task kind multi_label "
                             "needs 'labels'")
    assert found.hint == 'write the answer as labels: ["a", "b"]'
    assert found.json_path == "$.gold[1].label"


def test_choice_count_says_the_range(tmp_path: Path) -> None:
    data = spec_data("multi_label", max_choices=2)
    data["gold"] = [{"id": "g1", "item": {"text": "x"}, "labels": ["a", "b", "c"]}]
    [found] = problems(tmp_path, data, "choice-count")

    assert found.message == "gold 'g1' has 3 label(s), expected 1 to 2"
    assert "raise task.max_choices" in (found.hint or "")


def test_span_text_hint_shows_the_slice_and_where_the_quote_is(
        tmp_path: Path) -> None:
    data = spec_data("span", text_field="text")
    data["gold"] = [{"id": "g1", "item": {"text": "see Paris now"},
                     "spans": [{"start": 3, "end": 8, "label": "a",
                                "text": "Paris"}]}]
    [found] = problems(tmp_path, data, "span-text")

    assert found.message == ("span [3:8] of gold 'g1' quotes 'Paris', not the "
                             "text at [3:8]")
    assert found.hint == "text[3:8] is ' Pari'; 'Paris' is at [4:9]"


def test_offsets_count_code_points_not_bytes(tmp_path: Path) -> None:
    data = spec_data("span", text_field="text")
    text = "naïve café"  # 10 code points, 12 bytes in UTF-8
    data["gold"] = [{"id": "g1", "item": {"text": text},
                     "spans": [{"start": 6, "end": 10, "label": "a", "text": "café"},
                               {"start": 6, "end": 12, "label": "b"}]}]
    found = problems(tmp_path, data, "span-bounds")

    assert len(text) == 10
    assert [p.message for p in found] == [
        "span [6:12] of gold 'g1' ends past the text [10 characters], "
        "expected end <= 10"]
    assert problems(tmp_path, data, "span-text") == []


def brute_force(spans: list[Span], policy: str) -> set[int]:
    """Indices of spans that clash with a span listed before them, pair by pair."""
    def clash(a: Span, b: Span) -> bool:
        shared = max(a.start, b.start) < min(a.end, b.end)
        inside = (a.start <= b.start and b.end <= a.end) or (
            b.start <= a.start and a.end <= b.end)
        return shared and (policy == "forbid" or not inside)
    return {j for j in range(len(spans)) for i in range(j) if clash(spans[i], spans[j])}


@pytest.mark.parametrize("policy", ["forbid", "nested"])
def test_overlap_sweep_matches_every_pair(policy: str) -> None:
    rng = random.Random(7)
    with_clashes = 0
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 7)):
            start = rng.randint(0, 12)
            spans.append(Span(start=start, end=start + rng.randint(1, 6), label="a"))
        found = {pair[1][0] for pair in clashes(list(enumerate(spans)), policy)}
        assert found == brute_force(spans, policy), spans
        with_clashes += bool(found)
    assert 50 < with_clashes < 300  # the draw gives both kinds of answer


def test_a_huge_scale_is_reported_without_listing_every_point(
        tmp_path: Path) -> None:
    data = spec_data("rating", scale={"min": 0, "max": 10**9, "anchors": {0: "None."}})
    del data["labels"]
    [found] = problems(tmp_path, data, "rating-range")
    assert found.message == ("scale 0 to 1000000000 has no anchor text for "
                             "point(s) 1, 2, 3, 4, 5, 6, 7, 8, ... [1000000000]")


@pytest.mark.parametrize("case", sorted(CASES.glob("kind-*-clean.yaml")),
                         ids=lambda p: p.stem)
def test_clean_kind_cases_pass_the_schema_alone(case: Path) -> None:
    data = json.loads(json.dumps(yaml.safe_load(case.read_text(encoding="utf-8")),
                                 default=str))
    errors = jsonschema.Draft202012Validator(spec_schema()).iter_errors(data)
    assert [e.message for e in errors] == []


def test_the_schema_rejects_a_span_without_offsets() -> None:
    schema = spec_schema()
    gold = {"$defs": schema["$defs"], "$ref": "#/$defs/GoldItem"}
    item = {"id": "g1", "item": {"text": "x"}, "spans": [{"label": "a"}]}
    errors = list(jsonschema.Draft202012Validator(gold).iter_errors(item))
    inner = [c for e in errors for c in e.context or ()]  # spans: a list, or null
    assert len(errors) == 1 and errors[0].json_path == "$.spans"
    assert sorted(c.message for c in inner if c.validator == "required") == [
        "'end' is a required property", "'start' is a required property"]


def test_single_label_gold_without_a_label_is_an_answer_shape_error(
        tmp_path: Path) -> None:
    data = spec_data("single_label")
    data["gold"] = [{"id": "g1", "item": {"text": "x"}}]
    [found] = problems(tmp_path, data, "answer-shape")

    assert found.message == ("gold 'g1' has no answer; task kind single_label "
                             "needs 'label'")
    assert found.hint == 'add label: "a"'


def test_unquoted_values_in_labels_get_the_quoting_hint(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(
        "spec: guidekit/v1\nid: k\ntitle: K\nversion: '1.0.0'\n"
        "task: {kind: multi_label, fields: [{name: text}]}\n"
        "labels: [{value: 'yes'}, {value: 'no'}]\n"
        "gold:\n  - {id: g1, item: {text: x}, labels: [yes, no]}\n",
        encoding="utf-8")
    found = [p for p in validate_spec(path) if p.code == "implicit-type"]

    assert [(p.line, p.col, p.hint) for p in found] == [
        (8, 40, 'quote it: "yes"'), (8, 45, 'quote it: "no"')]


def test_a_dumped_spec_with_every_default_written_out_is_clean(
        tmp_path: Path) -> None:
    data = Spec.model_validate(spec_data("single_label")).model_dump(
        mode="json", by_alias=True)
    assert data["task"]["overlap"] == "forbid" and data["task"]["min_choices"] == 1
    assert problems(tmp_path, data, "task-settings") == []

    data["task"]["overlap"] = "nested"
    assert [p.message for p in problems(tmp_path, data, "task-settings")] == [
        "'overlap' is a setting of span tasks, not of single_label"]
