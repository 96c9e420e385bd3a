"""score_kind end to end: files in, ScoreReport out, for the three kinds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guidekit.errors import InputError
from guidekit.scoring.check import check_problems
from guidekit.scoring.columns import Columns
from guidekit.scoring.formats import FORMATS
from guidekit.scoring.gold import ScoringError
from guidekit.scoring.kinds.api import score_kind
from guidekit.scoring.report import ScoreReport

Write = Callable[[str, str], Path]
Jsonl = Callable[[str, list[dict[str, Any]]], Path]

SETS = [{"id": "g1", "item": {"text": "a"}, "labels": ["billing"]},
        {"id": "g2", "item": {"text": "b"}, "labels": ["billing", "urgent"],
         "also": ["bug"]},
        {"id": "g3", "item": {"text": "c"}, "labels": []}]
TEXTS = {"s1": "Ada met Bob", "s2": "IBM"}
SPANS = [{"id": "s1", "item": {"text": TEXTS["s1"]},
          "spans": [{"start": 0, "end": 3, "label": "PER"}]},
         {"id": "s2", "item": {"text": TEXTS["s2"]},
          "spans": [{"start": 0, "end": 3, "label": "ORG"}]}]
RATINGS = [{"id": f"r{i}", "item": {"text": str(i)}, "rating": 1 + i % 5}
           for i in range(6)]


def test_multi_label_rows_land_in_one_bucket_each(
        kind_spec: Callable[..., Any], write: Write) -> None:
    path = write("a.csv", "annotator,item,label\n"
                 "ann,g1,bill\n"                 # alias
                 "ann,g2,billing | urgent|bug\n"  # bug is optional: exact
                 "ann,g3,[]\n"                   # the empty set, right
                 "bob,g1,billing\n"
                 "bob,g1,urgent\n"               # repeat: the first is kept
                 "bob,g2,urgent|Billing\n"       # no label 'Billing'
                 "bob,x9,bug\n")                 # not gold
    report = score_kind(kind_spec("multi_label", SETS), [path])
    t = report.totals
    assert (t.rows, t.gold, t.non_gold, t.unknown_labels, t.duplicates,
            t.duplicates_differing, t.skipped) == (7, 4, 1, 1, 1, 1, 0)
    assert report.unknown_values == (("Billing", 1),)
    assert [(r.row, r.detail) for r in report.unknown_examples] == [
        (7, "label 'Billing'")]
    assert report.duplicate_examples[0].row == 6
    rows = {a.annotator: a for a in report.annotators}
    assert (rows["ann"].gold_answered, rows["ann"].correct) == (3, 3)
    assert (rows["bob"].gold_answered, rows["bob"].correct) == (1, 1)
    assert (rows["bob"].non_gold, rows["bob"].unknown_labels,
            rows["bob"].duplicates) == (1, 1, 1)
    assert report.agreement is None and report.diagnostics is None


def test_multi_label_jsonl_lists(kind_spec: Callable[..., Any], jsonl: Jsonl) -> None:
    path = jsonl("a.jsonl", [
        {"annotator": "ann", "item": "g1", "label": ["billing", "urgent"]},
        {"annotator": "ann", "item": "g3", "label": []},
        {"annotator": "ann", "item": "g2", "label": "billing|urgent"}])
    report = score_kind(kind_spec("multi_label", SETS), [path])
    assert report.task is not None
    figs = report.task.pooled
    # g1: {billing, urgent} vs {billing}: Jaccard 1/2; g2 and g3 exact: 1 each
    assert (figs.items, figs.exact) == (3, 2)
    assert figs.jaccard is not None
    assert figs.jaccard.value == pytest.approx((0.5 + 1 + 1) / 3)


@pytest.mark.parametrize(("cell", "message"), [
    ('"[""bill"", "', "label (column 'label') is not valid JSON"),
    ('"[""bill"", 3]"', "label (column 'label') is not a JSON list of label"),
])
def test_a_bad_multi_label_cell_is_a_bad_row(
        cell: str, message: str, kind_spec: Callable[..., Any], write: Write) -> None:
    path = write("a.csv", f"annotator,item,label\nann,g1,bill\nann,g2,{cell}\n")
    spec = kind_spec("multi_label", SETS)
    with pytest.raises(InputError) as caught:
        score_kind(spec, [path])
    assert (caught.value.path, caught.value.row) == (str(path), 3)
    assert caught.value.message.startswith(message)
    assert caught.value.message.endswith("use --lenient to skip bad rows and "
                                         "list them")
    report = score_kind(spec, [path], lenient=True)
    assert report.totals.skipped == 1
    assert report.skipped[0].row == 3 and report.skipped[0].detail.startswith(message)
    assert report.totals.gold == 1


def test_a_label_set_outside_the_choice_range_is_a_bad_row(
        kind_spec: Callable[..., Any], write: Write) -> None:
    path = write("a.csv", "annotator,item,label\nann,g1,bill\n"
                 "ann,g2,billing|urgent|bug\nann,g3,[]\n")
    spec = kind_spec("multi_label", SETS, task={"max_choices": 2})
    with pytest.raises(InputError) as caught:
        score_kind(spec, [path])
    assert caught.value.row == 3
    assert caught.value.message.startswith(
        "label (column 'label') names 3 label(s); the task takes 0 to 2")
    report = score_kind(spec, [path], lenient=True)
    assert [r.row for r in report.skipped] == [3]
    assert report.totals.gold == 2  # g1 and g3 ([] is allowed: min_choices 0)


def test_span_offsets_outside_the_text(kind_spec: Callable[..., Any],
                                       jsonl: Jsonl) -> None:
    path = jsonl("a.jsonl", [
        {"annotator": "ann", "item": "s1", "label": [
            {"start": 8, "end": 12, "label": "PER"}]},
        {"annotator": "ann", "item": "s2", "label": [
            {"start": 0, "end": 3, "label": "ORG"}]}])
    spec = kind_spec("span", SPANS)
    with pytest.raises(InputError) as caught:
        score_kind(spec, [path])
    assert caught.value.row == 1
    assert caught.value.message.startswith(
        "label (column 'label') span 1 ends at 12, past the end of the item's "
        "text (11 characters)")
    report = score_kind(spec, [path], lenient=True)
    assert (report.totals.skipped, report.totals.gold) == (1, 1)
    assert report.annotators[0].correct == 1


def test_unknown_span_labels_are_counted_not_guessed(
        kind_spec: Callable[..., Any], jsonl: Jsonl) -> None:
    path = jsonl("a.jsonl", [{"annotator": "ann", "item": "s1", "label": [
        {"start": 0, "end": 3, "label": "per"}]}])
    report = score_kind(kind_spec("span", SPANS), [path])
    assert (report.totals.unknown_labels, report.totals.gold) == (1, 0)
    assert report.unknown_examples[0].detail == "span label 'per'"
    assert report.annotators[0].accuracy.undefined == "no gold items answered"


def test_ratings_off_the_scale_are_unknown_values(
        kind_spec: Callable[..., Any], write: Write) -> None:
    path = write("a.tsv", "who\titem\trating\n"
                 "ann\tr0\t1\nann\tr1\t7\nann\tr2\t3.0\nann\tr3\t4\n")
    columns = Columns(annotator="who", label="rating")
    report = score_kind(kind_spec("rating", RATINGS), [path], columns=columns)
    assert report.unknown_values == (("7", 1), ("3.0", 1))
    assert [r.detail for r in report.unknown_examples] == [
        "rating '7', not a point of the scale 1 to 5",
        "rating '3.0', not a point of the scale 1 to 5"]
    assert (report.totals.gold, report.annotators[0].correct) == (2, 2)
    assert report.labels == ("1", "2", "3", "4", "5")


def test_kappa_thresholds_by_kind(kind_spec: Callable[..., Any], write: Write,
                                  jsonl: Jsonl) -> None:
    pass_ = {"accuracy": 0.1, "kappa": 0.9}
    sets = write("a.csv", "annotator,item,label\nann,g1,billing\n"
                 "ann,g2,billing|urgent\nann,g3,[]\n")
    report = score_kind(kind_spec("multi_label", SETS, pass_=pass_), [sets])
    assert report.spec.pass_kappa is None     # no kappa: not applied, and said so
    assert report.task is not None
    assert report.task.notes[-1] == ("the kappa threshold 0.9 is not applied: "
                                     "multi_label tasks have no kappa")
    assert report.annotators[0].verdict == "pass"
    assert check_problems(report) == []
    # rating: quadratic weighted kappa is judged against the threshold
    given = {"r0": 1, "r1": 2, "r2": 3, "r3": 4, "r4": 1, "r5": 1}   # r4: 5 -> 1
    rated = jsonl("b.jsonl", [{"annotator": "ann", "item": i, "label": r}
                              for i, r in given.items()])
    report = score_kind(kind_spec("rating", RATINGS, pass_=pass_), [rated])
    row = report.annotators[0]
    assert row.kappa.value is not None and row.kappa.value < 0.9
    assert row.verdict == "fail"
    assert any(reason.startswith("kappa ") for reason in row.reasons)
    assert check_problems(report)[0] == "1 of 1 annotator(s) fail: 'ann'"


def test_a_single_label_spec_is_not_a_kind_spec(spec: Any, write: Write) -> None:
    path = write("a.csv", "annotator,item,label\nann,g1,pos\n")
    with pytest.raises(ScoringError, match="scored by guidekit.scoring.api.score"):
        score_kind(spec, [path])


def test_progress_is_told_about_each_file(kind_spec: Callable[..., Any],
                                          write: Write) -> None:
    path = write("a.csv", "annotator,item,label\nann,r0,1\nann,r1,2\n")
    seen: list[tuple[str, int]] = []
    score_kind(kind_spec("rating", RATINGS), [path],
               progress=lambda p, n: seen.append((p, n)))
    assert seen == [(str(path), 3)]


def _reports(kind_spec: Callable[..., Any], jsonl: Jsonl) -> list[ScoreReport]:
    sets = jsonl("m.jsonl", [{"annotator": "ann", "item": "g1", "label": ["bug"]}])
    spans = jsonl("s.jsonl", [{"annotator": "ann", "item": "s1", "label": [
        {"start": 0, "end": 3, "label": "PER"}]}])
    rated = jsonl("r.jsonl", [{"annotator": "ann", "item": "r2", "label": 3}])
    return [score_kind(kind_spec("multi_label", SETS), [sets]),
            score_kind(kind_spec("span", SPANS), [spans]),
            score_kind(kind_spec("rating", RATINGS), [rated])]


def test_json_report_has_the_task_key(kind_spec: Callable[..., Any],
                                      jsonl: Jsonl) -> None:
    multi, span, rating = (json.loads(FORMATS["json"](r))
                           for r in _reports(kind_spec, jsonl))
    assert multi["format"] == "guidekit.score/v1"
    assert multi["task"]["kind"] == "multi_label"
    pooled = multi["task"]["pooled"]
    assert (pooled["items"], pooled["exact"], pooled["rating"]) == (1, 0, None)
    assert pooled["jaccard"] == {"value": 0.0, "undefined": None}
    assert [m["matching"] for m in span["task"]["pooled"]["matches"]] == [
        "exact", "overlap"]
    assert span["task"]["annotators"][0]["annotator"] == "ann"
    assert rating["task"]["pooled"]["rating"]["confusion"]["counts"][2] == [
        0, 0, 1, 0, 0]
    assert rating["overall"]["confusion"]["counts"][2][2] == 1
    assert multi["overall"]["confusion"]["counts"] == []
    assert multi["annotators"][0]["kappa"]["undefined"].startswith("no kappa")


def test_text_formats_show_the_task_figures(kind_spec: Callable[..., Any],
                                            jsonl: Jsonl) -> None:
    multi, span, rating = _reports(kind_spec, jsonl)
    table = FORMATS["table"](span)
    assert "span figures, exact match per item:" in table
    assert "span labels, all gold answers pooled:" in table
    assert "confusion, rows gold" not in table
    assert "linear kappa" in FORMATS["table"](rating)
    assert "confusion, rows gold" in FORMATS["table"](rating)
    markdown = FORMATS["markdown"](multi)
    assert "## Multi\\_label figures, exact match per item" in markdown
    assert "- the Jaccard index of two empty sets is 1" in markdown
    for report in (multi, span, rating):
        assert FORMATS["csv"](report).startswith("annotator,")
        html = FORMATS["html"](report)
        assert ("Confusion (all gold" in html) == (report is rating)
