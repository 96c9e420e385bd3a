"""Provenance: per-source accuracy, pre-label acceptance, rubber-stamping,
calibration and guideline versions, on the mini spec (tests/scoring/conftest.py).

Mini gold: g1 pos, g2 pos, g3 neg, g4 neg, g5 neg (also pos), é1 café;
labels pos (aliases "1", "Positive"), neg (alias "0"), café; version 2.1.0.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from statsmodels.stats.proportion import proportion_confint  # type: ignore[import-untyped]

from guidekit.cli import main
from guidekit.errors import InputError
from guidekit.scoring import Columns, score
from guidekit.scoring.fmt_json import as_json
from guidekit.scoring.fmt_markdown import format_markdown
from guidekit.scoring.fmt_table import format_table
from guidekit.scoring.provenance_report import Provenance
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
WriteCsv = Callable[..., Path]
GOLD = {"g1": {"pos"}, "g2": {"pos"}, "g3": {"neg"}, "g4": {"neg"},
        "g5": {"neg", "pos"}, "é1": {"café"}}
LABELS = ["pos", "neg", "café"]


def provenance(spec: LoadedSpec, path: Path) -> Provenance:
    found = score(spec, [path]).provenance
    assert found is not None
    return found


def test_acceptance_and_rubber_stamp_hand_worked(spec: LoadedSpec,
                                                 write_csv: WriteCsv) -> None:
    path = write_csv(
        "a.csv",
        "a,g1,pos,pos", "a,g2,neg,pos", "a,g3,pos,pos", "a,g4,neg,pos",
        "a,g5,pos,pos", "a,x1,neg,0", "a,x2,pos,", "a,x3,pos,maybe",
        "b,g3,neg,pos", "b,g4,pos,Positive", "b,g1,pos,neg",
        header="annotator,item,label,prelabel")
    report = score(spec, [path])
    p = report.provenance
    assert p is not None
    a, b = p.prelabels  # highest rubber-stamp rate first
    # a: prelabelled g1-g5 and x1 ("0" spells neg), kept g1 g3 g5 x1;
    # wrong on gold: g3 (pos for neg) and g4; kept g3 only. g5: `also` accepts pos.
    assert (a.annotator, a.prelabelled, a.kept) == ("a", 6, 4)
    assert a.acceptance.value == pytest.approx(4 / 6)
    assert (a.wrong_prelabels, a.stamped) == (2, 1)
    assert a.rubber_stamp.value == pytest.approx(0.5)
    # b: all three prelabels wrong on gold, kept g4 only
    assert (b.annotator, b.prelabelled, b.kept, b.wrong_prelabels, b.stamped) == (
        "b", 3, 1, 3, 1)
    assert b.rubber_stamp.value == pytest.approx(1 / 3)
    # an unknown prelabel is reported, and its row still counts
    assert p.unknown_prelabels == (("maybe", 1),)
    assert p.unknown_examples == ((str(path), 9, "prelabel 'maybe'"),)
    assert report.totals.non_gold == 3
    assert report.totals.unknown_labels == 0


def test_per_source_accuracy_matches_statsmodels_wilson(
        spec: LoadedSpec, write_csv: WriteCsv) -> None:
    rng = random.Random(7)
    rows, expected = [], {"model": [0, 0], "rule": [0, 0], "unspecified": [0, 0]}
    for n in range(30):
        source = ("model", "rule", "")[n % 3]
        for item in GOLD:
            label = rng.choice(LABELS)
            rows.append(f"w{n},{item},{label},{source}")
            tally = expected[source or "unspecified"]
            tally[0] += 1
            tally[1] += label in GOLD[item]
    path = write_csv("a.csv", *rows, "w0,x9,pos,model",
                     header="annotator,item,label,source")
    sources = {s.source: s for s in provenance(spec, path).sources}
    assert set(sources) == set(expected)
    assert sources["model"].answers == 61  # the non-gold row counts as an answer
    for name, (gold, correct) in expected.items():
        s = sources[name]
        assert (s.gold_answered, s.correct) == (gold, correct)
        assert s.accuracy.value == pytest.approx(correct / gold)
        low, high = proportion_confint(correct, gold, alpha=0.05, method="wilson")
        assert s.interval.low == pytest.approx(low)
        assert s.interval.high == pytest.approx(high)


def test_calibration_matches_numpy(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    rng = random.Random(11)
    rows, confs, right = [], [], []
    for n in range(80):
        for item in GOLD:
            label = rng.choice(LABELS)
            value = rng.choice([0.0, 0.1, 0.5, 1.0, rng.random(), rng.random() ** 3])
            rows.append(f"m{n},{item},{label},model,{value!r}")
            confs.append(value)
            right.append(label in GOLD[item])
        rows.append(f"m{n},x1,pos,model,0.99")  # not gold: not calibrated
    p = provenance(spec, write_csv("a.csv", *rows,
                                   header="annotator,item,label,source,confidence"))
    conf, ok = np.array(confs), np.array(right, dtype=float)
    slot = np.minimum(np.floor(conf * 10).astype(int), 9)
    ece = 0.0
    for k, b in enumerate(p.reliability):
        inside = slot == k
        assert b.count == int(inside.sum())
        assert b.low == pytest.approx(k / 10)
        assert b.high == pytest.approx((k + 1) / 10)
        if b.count:
            assert b.confidence.value == pytest.approx(conf[inside].mean())
            assert b.accuracy.value == pytest.approx(ok[inside].mean())
            ece += inside.sum() / len(conf) * abs(ok[inside].mean()
                                                   - conf[inside].mean())
        else:
            assert not b.accuracy.defined
    assert p.calibrated == len(confs)
    assert p.ece.value == pytest.approx(ece)
    assert p.ece.value is not None and p.ece.value > 0


def test_guideline_versions_are_grouped_and_flagged(spec: LoadedSpec,
                                                    write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,g1,pos,2.1.0", "a,g2,pos,2.0.0", "b,g1,pos,2.0.0",
                     "b,g2,neg,1.0", "c,g1,pos,",
                     header="annotator,item,label,guideline_version")
    report = score(spec, [path])
    p = report.provenance
    assert p is not None
    assert p.spec_version == "2.1.0"
    assert p.other_versions == (("2.0.0", 2), ("1.0", 1))
    versions = as_json(report)["provenance"]["guideline_versions"]
    assert versions == {"spec": "2.1.0", "other_rows": 3, "other": [
        {"version": "2.0.0", "rows": 2}, {"version": "1.0", "rows": 1}]}
    flag = ("warning: 3 answer(s) labelled under another guideline version than "
            "the spec's '2.1.0': '2.0.0' (2), '1.0' (1)")
    assert flag in format_table(report)
    assert "2.1.0" in format_markdown(report)


@pytest.mark.parametrize("value", ["abc", "1.5", "-0.1", "nan", "inf"])
def test_bad_confidence_is_a_bad_row_unless_lenient(
        spec: LoadedSpec, write_csv: WriteCsv, value: str) -> None:
    path = write_csv("a.csv", f"a,g1,pos,{value}", "a,g2,pos,0.25",
                     header="annotator,item,label,confidence")
    with pytest.raises(InputError) as caught:
        score(spec, [path])
    assert (caught.value.path, caught.value.row) == (str(path), 2)
    assert "confidence" in str(caught.value) and "--lenient" in str(caught.value)
    report = score(spec, [path], lenient=True)
    assert [r.row for r in report.skipped] == [2]
    assert report.totals.gold == 1
    p = report.provenance
    assert p is not None and p.calibrated == 1


def test_jsonl_reads_provenance_keys(spec: LoadedSpec, write: Writer) -> None:
    lines = [{"annotator": "m", "item": "g1", "label": "pos", "source": "llm",
              "agent": "gpt", "confidence": 0.75, "reviewer": "r1"},
             {"annotator": "m", "item": "g3", "label": "pos", "source": "llm",
              "confidence": 1}]
    path = write("a.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    p = provenance(spec, path)
    (s,) = p.sources
    assert (s.source, s.gold_answered, s.correct) == ("llm", 2, 1)
    assert p.ece.value == pytest.approx((abs(1 - 0.75) + abs(0 - 1.0)) / 2)
    bad = write("b.jsonl", json.dumps(lines[0] | {"confidence": True}) + "\n"
                + json.dumps(lines[1] | {"agent": {"name": "x"}}) + "\n")
    report = score(spec, [bad], lenient=True)
    assert [r.row for r in report.skipped] == [1, 2]


def test_without_provenance_columns_report_is_unchanged(
        spec: LoadedSpec, write: Writer) -> None:
    rows = "a,g1,pos\na,g3,pos\nb,g1,neg\n"
    plain = write("plain.csv", "annotator,item,label\n" + rows)
    empty = write("empty.csv", "annotator,item,label,source,prelabel,confidence\n"
                  + rows.replace("\n", ",,\n"))
    first, second = score(spec, [plain]), score(spec, [empty])
    assert first.provenance is None and second.provenance is None
    left, right = as_json(first), as_json(second)
    assert left["provenance"] is None
    left.pop("files"), right.pop("files")
    assert left == right
    assert "provenance" not in format_table(first)
    assert "rovenance" not in format_markdown(first)


def test_a_column_mapped_to_a_role_is_not_provenance(spec: LoadedSpec,
                                                     write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,g1,pos", header="source,item,label")
    report = score(spec, [path], columns=Columns(annotator="source"))
    assert report.provenance is None
    assert [a.annotator for a in report.annotators] == ["a"]


def test_text_reports_show_sections(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,g1,pos,human,pos,", "m,g1,neg,model,,0.9",
                     header="annotator,item,label,source,prelabel,confidence")
    report = score(spec, [path])
    table = format_table(report)
    assert "provenance: accuracy per source, against gold:" in table
    assert "expected calibration error (10 bins, 1 gold answers" in table
    markdown = format_markdown(report)
    assert "## Provenance: pre-labels kept, highest rubber-stamp rate first" in markdown
    data = as_json(report)["provenance"]
    assert [s["source"] for s in data["sources"]] == ["human", "model"]
    assert data["calibration"]["ece"]["value"] == pytest.approx(0.9)


def test_label_studio_predictions_are_a_model_source(spec: LoadedSpec,
                                                     write: Writer) -> None:
    choice = {"type": "choices", "value": {"choices": ["neg"]},
              "from_name": "sentiment", "to_name": "text"}
    tasks = [{"id": 7, "data": {"id": "g1"},
              "annotations": [{"completed_by": 3, "result": [choice]}],
              "predictions": [{"model_version": "clf", "result": [choice]}]}]
    path = write("export.json", json.dumps(tasks))
    p = provenance(spec, path)
    assert [(s.source, s.gold_answered, s.correct) for s in p.sources] == [
        ("model", 1, 0), ("unspecified", 1, 0)]
    assert (p.rows, p.calibrated, p.prelabels) == (1, 0, ())
    assert not p.ece.defined


def test_cli_json_carries_provenance(spec: LoadedSpec, write_csv: WriteCsv) -> None:
    path = write_csv("a.csv", "a,g1,pos,pos,rev", "a,g3,pos,pos,rev",
                     header="annotator,item,label,prelabel,reviewer")
    result = CliRunner().invoke(main, ["score", str(spec.path), str(path),
                                       "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    data = json.loads(result.stdout)["provenance"]
    (a,) = data["prelabels"]
    assert (a["prelabelled"], a["kept"], a["wrong_prelabels"], a["stamped"]) == (
        2, 2, 1, 1)
    assert a["rubber_stamp"]["value"] == pytest.approx(1.0)
    assert data["calibration"]["ece"] == {
        "value": None, "undefined": "no gold answers with a confidence"}
