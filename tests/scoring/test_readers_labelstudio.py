"""Label Studio JSON exports: ids, annotators, predictions, marks and errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import InputError
from guidekit.scoring import score
from guidekit.scoring.columns import Columns
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Note, Row
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]


def choice(label: str, control: str = "sentiment") -> dict[str, Any]:
    return {"type": "choices", "value": {"choices": [label]},
            "from_name": control, "to_name": "text"}


def task(tid: int, data: dict[str, Any], *annotations: dict[str, Any],
         predictions: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    return {"id": tid, "data": data, "annotations": list(annotations),
            "predictions": list(predictions)}


def ann(by: Any, *result: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"completed_by": by, "result": list(result), **extra}


def export(write: Writer, *tasks: dict[str, Any]) -> Path:
    return write("export.json", json.dumps(list(tasks), indent=2))


def task_lines(path: Path) -> list[int]:
    """Line numbers where json.dumps(indent=2) starts each task: "  {"."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if line == "  {"]


def records(path: Path, **columns: str) -> list[Row | BadRow | Note]:
    return list(read_rows(path, Columns(**columns)))


def test_item_is_data_id_else_task_id_and_annotator_id_or_email(
        write: Writer) -> None:
    path = export(write, task(7, {"id": "g1"}, ann(3, choice("pos")),
                              ann({"id": 4, "email": "a@x"}, choice("neg"))),
                  task(8, {"text": "b"}, ann({"id": 5}, choice("pos"))))
    shown, (first, second) = str(path), task_lines(path)
    assert first == 2
    assert records(path) == [Row(shown, 2, "3", "g1", "pos"),
                             Row(shown, 2, "a@x", "g1", "neg"),
                             Row(shown, second, "5", "8", "pos")]


def test_item_and_annotator_options_name_fields(write: Writer) -> None:
    path = export(write, task(7, {"doc": {"key": "g2"}},
                              ann({"id": 4, "email": "a@x"}, choice("pos"))))
    found = records(path, item="doc.key", annotator="id")
    assert [(r.annotator, r.item) for r in found if isinstance(r, Row)] == [
        ("4", "g2")]
    missing = records(path, item="uid")
    assert isinstance(missing[0], BadRow)
    assert missing[0].reason == ("task 1 (id 7): data has no field 'uid' for "
                                 "the item; name the data field with --item-col")


def test_predictions_are_model_rows(write: Writer) -> None:
    prediction = {"model_version": "clf-3", "score": 0.9, "result": [choice("neg")]}
    path = export(write, task(7, {"id": "g1"}, predictions=(prediction,)))
    assert records(path) == [Row(str(path), 2, "clf-3", "g1", "neg", "model",
                                 agent="clf-3", confidence=0.9)]


def test_result_score_wins_over_prediction_score(write: Writer) -> None:
    scored = {**choice("neg"), "score": 0.25}
    both = {"model_version": "m", "score": 0.9, "result": [scored]}
    only_result = {"model_version": "m", "result": [scored]}
    neither = {"model_version": "m", "result": [choice("neg")]}
    null = {"model_version": "m", "score": 0.7,
            "result": [{**choice("neg"), "score": None}]}
    path = export(write, task(7, {"id": "g1"},
                              predictions=(both, only_result, neither, null)))
    found = records(path)
    assert [r.confidence for r in found if isinstance(r, Row)] == [
        pytest.approx(0.25), pytest.approx(0.25), None, pytest.approx(0.7)]


@pytest.mark.parametrize("bad", [1.5, -0.1, "0.5", True, float("nan")])
def test_bad_prediction_score_is_a_bad_row(write: Writer, bad: Any) -> None:
    prediction = {"model_version": "m", "score": 0.5,
                  "result": [{**choice("neg"), "score": bad}]}
    text = json.dumps([task(7, {"id": "g1"}, predictions=(prediction,))])
    path = write("export.json", text)
    (found,) = records(path)
    assert isinstance(found, BadRow)
    assert found.row == 1
    assert "prediction 1" in found.reason and "not a number from 0 to 1" in found.reason


def test_prediction_scores_feed_calibration_per_agent(spec: LoadedSpec,
                                                      write: Writer) -> None:
    # g1 pos, g3 neg: model a right at 0.8 and wrong at 0.6; model b right at 0.95
    preds = {"g1": [("a", "pos", 0.8), ("b", "pos", 0.95)], "g3": [("a", "pos", 0.6)]}
    tasks = [task(n, {"id": item}, predictions=tuple(
        {"model_version": m, "score": s, "result": [choice(label)]}
        for m, label, s in rows)) for n, (item, rows) in enumerate(preds.items())]
    report = score(spec, [export(write, *tasks)])
    p = report.provenance
    assert p is not None
    groups = {(g.source, g.agent): g for g in p.calibration_groups}
    assert set(groups) == {("model", "a"), ("model", "b")}
    # a: bin 8 has 1 right at 0.8 (gap 0.2), bin 6 has 1 wrong at 0.6 (gap 0.6)
    assert groups["model", "a"].ece.value == pytest.approx((0.2 + 0.6) / 2)
    assert groups["model", "b"].ece.value == pytest.approx(0.05)
    assert p.ece.value == pytest.approx((0.2 + 0.6 + 0.05) / 3)
    agents = {a.agent: (a.gold_answered, a.correct) for a in p.agents}
    assert agents == {"a": (2, 1), "b": (1, 1)}


def test_cancelled_left_out_ground_truth_kept_and_noted(write: Writer) -> None:
    path = export(write, task(7, {"id": "g1"},
                              ann(1, was_cancelled=True),
                              ann(2, choice("pos"), ground_truth=True)))
    found = records(path)
    assert [type(r).__name__ for r in found] == ["Note", "Note", "Row"]
    notes = [r for r in found if isinstance(r, Note)]
    assert [r.kind for r in notes] == ["cancelled", "ground truth"]
    assert notes[0].detail == "task 1 (id 7), annotation 1: cancelled by '1'; left out"


@pytest.mark.parametrize("result,reason", [
    ([], "empty result: no choice was made"),
    ([{"type": "textarea", "value": {"text": ["hm"]}}], "no choices result"),
    ([choice("pos", "a"), choice("neg", "b")],
     "2 choices results (a, b); name the control with --label-col"),
    ([{"type": "choices", "value": {"choices": ["pos", "neg"]}}],
     "2 choices given; a single-label task takes one"),
])
def test_bad_results_are_bad_rows(write: Writer, result: list[Any],
                                  reason: str) -> None:
    path = export(write, task(9, {"id": "g1"}, ann(1, *result)))
    assert records(path) == [BadRow(str(path), 2,
                                    f"task 1 (id 9), annotation 1: {reason}")]


def test_label_col_picks_the_control(write: Writer) -> None:
    path = export(write, task(9, {"id": "g1"},
                              ann(1, choice("pos", "a"), choice("neg", "b"))))
    assert [r.label for r in records(path, label="b") if isinstance(r, Row)] == [
        "neg"]


def test_strict_error_names_file_task_line_and_position(
        write: Writer, spec: LoadedSpec) -> None:
    path = export(write, task(7, {"id": "g1"}, ann(1, choice("pos"))),
                  task(8, {"id": "g2"}, ann(1, choice("pos")), ann(2)))
    with pytest.raises(InputError) as caught:
        score(spec, [path])
    err, line = caught.value, task_lines(path)[1]
    assert (err.path, err.row) == (str(path), line)
    assert err.message.startswith("task 2 (id 8), annotation 2: empty result")
    assert "--lenient" in err.message
    report = score(spec, [path], lenient=True)
    assert [(r.row, r.detail) for r in report.skipped] == [
        (line, "task 2 (id 8), annotation 2: empty result: no choice was made")]
    assert report.totals.gold == 2


def test_not_a_list_and_broken_json_are_file_errors(write: Writer) -> None:
    with pytest.raises(InputError, match="expected a list of tasks"):
        records(write("a.json", '{"id": 1}'))
    with pytest.raises(InputError) as caught:
        records(write("b.json", '[\n {"id": 1, "data": {}},\n {"id": 2,,}\n]'))
    assert caught.value.row == 3
    assert caught.value.message.startswith("not valid JSON")


def test_an_empty_export_has_no_rows(write: Writer) -> None:
    assert records(write("e.json", " [ ]\n")) == []
