"""A lone surrogate escape in a Label Studio export or a Prodigy stream.

A value guidekit reads (annotator, item, label, model_version, task id,
a from_name it names) is a bad row at the line of the string; a value
it never reads is left alone. Every report format is tried, strict and
lenient, in process, as the JSONL submissions reader is tested.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.scoring import FORMATS
from guidekit.scoring.columns import Columns
from guidekit.scoring.read import read_rows
from guidekit.scoring.rows import BadRow, Row
from guidekit.spec.loader import LoadedSpec

Writer = Callable[[str, str], Path]
HALF = "is half of a UTF-16 surrogate pair alone, not valid Unicode"


def choice(label: str, control: str = "sentiment") -> dict[str, Any]:
    return {"type": "choices", "from_name": control, "value": {"choices": [label]}}


def task(tid: Any, item: str, *annotations: dict[str, Any],
         **extra: Any) -> dict[str, Any]:
    return {"id": tid, "data": {"id": item, "text": "t"},
            "annotations": list(annotations), **extra}


def ann(by: Any, *result: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"completed_by": by, "result": list(result), **extra}


GOOD = [task(1, "g1", ann({"id": 1, "email": "a@x"}, choice("pos"))),
        task(3, "g3", ann({"id": 1, "email": "a@x"}, choice("neg")))]
# the second task of each export; (its task, the bad string, the reason)
LABEL_STUDIO = {
    "annotator": (task(2, "g2", ann({"id": 1, "email": "a\ud800"}, choice("pos"))),
                  "a\ud800", "task 2 (id 2), annotation 1: '\\ud800' in "
                  f"completed_by {HALF}"),
    "item": (task(2, "g\ud800", ann(1, choice("pos"))), "g\ud800",
             f"task 2 (id 2): '\\ud800' in data field 'id' {HALF}"),
    "label": (task(2, "g2", ann(1, choice("p\udfff"))), "p\udfff",
              f"task 2 (id 2), annotation 1: '\\udfff' in choice {HALF}"),
    "model": (task(2, "g2", predictions=[
        {"model_version": "m\udbff", "result": [choice("pos")]}]), "m\udbff",
        f"task 2 (id 2), prediction 1: '\\udbff' in model_version {HALF}"),
    "task id": (task("t\ud800", "g2", ann(1, choice("pos"))), "t\ud800",
                f"task 2: '\\ud800' in task id {HALF}"),
    "cancelled": (task(2, "g2", ann("a\ud800", was_cancelled=True)), "a\ud800",
                  f"task 2 (id 2), annotation 1: '\\ud800' in completed_by {HALF}"),
    "from_name": (task(2, "g2", ann(1, choice("pos", "s\ud800"), choice("neg"))),
                  "s\ud800", f"task 2 (id 2), annotation 1: '\\ud800' in "
                  f"from_name {HALF}"),
}


def prodigy(**extra: Any) -> dict[str, Any]:
    return {"text": "t", "meta": {"id": "g2"}, "label": "pos", "answer": "accept",
            "_input_hash": 1, "_task_hash": 2, "_annotator_id": "w",
            "_session_id": "s", **extra}


OPTIONS = [{"id": "pos"}, {"id": "p\ud800"}]
PRODIGY = {
    "annotator": (prodigy(_annotator_id="w\ud800"),
                  f"'\\ud800' in annotator key '_annotator_id' {HALF}"),
    "item": (prodigy(meta={"id": "g\ud800"}),
             f"'\\ud800' in item key 'meta.id' {HALF}"),
    "label": (prodigy(label="p\udfff"), f"'\\udfff' in label {HALF}"),
    "accepted": (prodigy(options=OPTIONS, accept=["p\ud800"]),
                 f"'\\ud800' in accepted option {HALF}"),
    "rejected": (prodigy(_annotator_id="w\ud800", answer="reject"),
                 f"'\\ud800' in annotator key '_annotator_id' {HALF}"),
}


def label_studio(write: Writer, bad: dict[str, Any], name: str = "export") -> Path:
    # indent: each string on a line of its own, below the line its task starts on
    return write(f"{name}.json", json.dumps([GOOD[0], bad, GOOD[1]], indent=2))


def stream(write: Writer, bad: dict[str, Any], name: str = "db") -> Path:
    good = [prodigy(meta={"id": "g1"}), prodigy(meta={"id": "g3"}, label="neg")]
    return write(f"{name}.jsonl", "".join(json.dumps(x) + "\n"
                                          for x in (good[0], bad, good[1])))


def line_of(path: Path, value: str) -> int:
    """The line holding `value` as json.dumps spells it, found by hand."""
    lines = path.read_text(encoding="utf-8").splitlines()
    (number,) = [n for n, line in enumerate(lines, start=1)
                 if json.dumps(value) in line]
    return number


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["score", *map(str, args)])


def cases(write: Writer) -> list[tuple[Path, int, str]]:
    """(file, line, reason) for every bad value, both tools."""
    found = []
    for n, (bad, value, reason) in enumerate(LABEL_STUDIO.values()):
        path = label_studio(write, bad, f"export{n}")
        found.append((path, line_of(path, value), reason))
    for n, (record, reason) in enumerate(PRODIGY.values()):
        found.append((stream(write, record, f"db{n}"), 2, reason))
    return found


@pytest.mark.parametrize("case", [*LABEL_STUDIO, *(f"prodigy {k}" for k in PRODIGY)])
def test_the_reader_makes_a_bad_row_at_the_string_line(write: Writer,
                                                       case: str) -> None:
    if case.startswith("prodigy "):
        record, reason = PRODIGY[case.removeprefix("prodigy ")]
        path, line = stream(write, record), 2
    else:
        bad, value, reason = LABEL_STUDIO[case]
        path = label_studio(write, bad)
        line = line_of(path, value)
        starts = [n for n, text in enumerate(path.read_text(
            encoding="utf-8").splitlines(), start=1) if text == "  {"]
        assert starts[1] < line < starts[2]  # inside the task, not at its start
    found = list(read_rows(path, Columns()))
    assert BadRow(str(path), line, reason) in found
    assert sum(isinstance(r, BadRow) for r in found) == 1
    assert [r.item for r in found if isinstance(r, Row)] == ["g1", "g3"]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_strict_is_an_error_at_file_and_line_in_every_format(
        spec: LoadedSpec, write: Writer, fmt: str) -> None:
    for path, line, reason in cases(write):
        result = run(spec.path, path, "--format", fmt)
        assert result.exit_code == 1, (reason, result.output)
        assert isinstance(result.exception, SystemExit), reason
        assert result.stderr.startswith(
            f"guidekit: error: {path}:{line}: {reason}; fix the row")
        assert result.stdout == ""


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_lenient_skips_and_lists_the_row_in_every_format(
        spec: LoadedSpec, write: Writer, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / "report.out"
    for path, _, reason in cases(write):
        result = run(spec.path, path, "--format", fmt, "--lenient")
        assert result.exit_code == 0, (reason, result.output)
        if fmt not in ("csv", "provenance-csv"):  # these list no skipped rows
            assert result.stdout.count(HALF) == 1, reason
        assert run(spec.path, path, "--format", fmt, "--lenient",
                   "-o", out).exit_code == 0
        assert out.read_text(encoding="utf-8") == result.stdout


@pytest.mark.parametrize("tool", ["labelstudio", "prodigy"])
def test_lenient_json_lists_the_reason(spec: LoadedSpec, write: Writer,
                                       tool: str) -> None:
    for path, line, reason in cases(write):
        if (path.suffix == ".json") != (tool == "labelstudio"):
            continue
        result = run(spec.path, path, "--format", "json", "--lenient")
        report = json.loads(result.stdout)
        assert report["skipped"]["rows"] == [
            {"file": str(path), "row": line, "detail": reason}]
        assert report["totals"]["gold"] == 2


UNREAD: dict[str, Callable[[Writer], Path]] = {
    "label studio text": lambda write: label_studio(write, task(
        2, "g2", ann(1, choice("pos"), lead="x\ud800"),
        data={"id": "g2", "text": "cut \ud83d", "\udfff": 1})),
    "label studio other control": lambda write: label_studio(write, task(
        2, "g2", ann(1, choice("pos"), {"type": "textarea", "from_name": "n\ud800",
                                        "value": {"text": ["\ud800"]}}))),
    "prodigy text": lambda write: stream(write, prodigy(
        text="cut \ud83d", spans=[{"label": "\udc00"}])),
    "jsonl comment": lambda write: write("a.jsonl", "".join(
        json.dumps({"annotator": "w", "item": item, "label": "pos",
                    "comment": "cut \ud83d"}) + "\n" for item in ("g1", "g2"))),
}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_a_value_never_read_is_no_error(spec: LoadedSpec, write: Writer,
                                        fmt: str) -> None:
    for name, make in UNREAD.items():
        path = make(write)
        result = run(spec.path, path, "--format", fmt)
        assert result.exit_code == 0, (name, result.output)
        assert "\\ud83d" not in result.stdout and "cut" not in result.stdout
        if fmt == "json":
            report = json.loads(result.stdout)
            assert report["totals"]["skipped"] == 0
            assert report["totals"]["gold"] in (2, 3), name
