"""One set of judgements, exported by each tool, scores the same.

3 annotators x 6 items (5 gold, 1 not), written as long CSV, as an Excel
CSV (BOM, CRLF, `;`, a quoted newline), a Label Studio JSON export, a
Prodigy JSONL stream and an MTurk batch results CSV; each tool file also
holds the records the tool marks (cancelled, reject/ignore, rejected
assignment), which are reported as notes and change no figure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.spec.loader import LoadedSpec

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "readers"
EXPORTS = {  # file -> (extra options, notes the tool's marks give)
    "judgements.csv": ((), {}),
    "judgements_excel.csv": ((), {}),
    "judgements.json": ((), {"cancelled": 1, "ground truth": 1}),
    "judgements.jsonl": ((), {"reject": 1, "ignore": 1}),
    "judgements_mturk.csv": (("--label-col", "sentiment"),
                             {"rejected assignment": 1}),
}


def report(spec: LoadedSpec, name: str) -> dict[str, Any]:
    options, _ = EXPORTS[name]
    result = CliRunner().invoke(main, ["score", str(spec.path),
                                       str(FIXTURES / name), "--format", "json",
                                       *options])
    assert (result.exit_code, result.stderr) == (0, "")
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def without_places(value: Any) -> Any:
    """`value` with file names and row numbers dropped: they differ by format."""
    if isinstance(value, dict):
        return {k: without_places(v) for k, v in value.items()
                if k not in ("files", "file", "row", "notes")}
    if isinstance(value, list):
        return [without_places(v) for v in value]
    return value


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_export_gives_the_long_csv_report(spec: LoadedSpec,
                                                name: str) -> None:
    assert without_places(report(spec, name)) == without_places(
        report(spec, "judgements.csv"))


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_the_tool_marks_are_notes(spec: LoadedSpec, name: str) -> None:
    notes = report(spec, name)["notes"]
    assert notes["kinds"] == EXPORTS[name][1]
    assert notes["count"] == sum(EXPORTS[name][1].values())
    assert len(notes["examples"]) == notes["count"]


def test_the_shared_report_matches_a_hand_count(spec: LoadedSpec) -> None:
    # gold g1 pos, g2 pos, g3 neg, g4 neg, é1 café; n1 is not gold.
    # ann right on all 5; bob on g1, g3; cy on g1 (alias), g2, g4.
    data = report(spec, "judgements.json")
    correct = {a["annotator"]: (a["correct"], a["gold_answered"])
               for a in data["annotators"]}
    assert correct == {"ann@example.org": (5, 5), "bob@example.org": (2, 5),
                       "cy@example.org": (3, 5)}
    accuracy = {a["annotator"]: a["accuracy"]["value"] for a in data["annotators"]}
    assert accuracy["cy@example.org"] == pytest.approx(3 / 5)
    totals = data["totals"]
    assert (totals["rows"], totals["gold"], totals["non_gold"],
            totals["unknown_labels"]) == (18, 15, 2, 1)


def test_the_table_lists_the_notes(spec: LoadedSpec) -> None:
    result = CliRunner().invoke(main, ["score", str(spec.path),
                                       str(FIXTURES / "judgements.jsonl")])
    assert result.exit_code == 0
    assert "notes from the tool export: ignore x1, reject x1" in result.stdout
    assert (f"{FIXTURES / 'judgements.jsonl'}:5: answer 'reject' by "
            "'bob@example.org'; left out") in result.stdout


def test_input_format_option(spec: LoadedSpec, tmp_path: Path) -> None:
    stream = tmp_path / "stream.txt"
    stream.write_bytes((FIXTURES / "judgements.jsonl").read_bytes())
    args = ["score", str(spec.path), str(stream), "--format", "json"]
    named = CliRunner().invoke(main, [*args, "--input-format", "prodigy"])
    assert named.exit_code == 0
    assert without_places(json.loads(named.stdout)) == without_places(
        report(spec, "judgements.csv"))
    unnamed = CliRunner().invoke(main, args)
    assert unnamed.exit_code == 1
    assert "or pass --input-format" in unnamed.stderr
    assert CliRunner().invoke(main, [*args, "--input-format", "xls"]).exit_code == 2
