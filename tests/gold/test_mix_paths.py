"""`gold mix` and `gold import` never write over an input; `;` CSV batches.

A clash is a usage error (exit 2) raised before anything is read or
written: every file keeps its bytes, and no output appears.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidekit.cli import main

SPEC = """spec: guidekit/v1
id: paths
title: Paths
version: "1.0.0"
task:
  kind: single_label
  fields: [{name: text}]
labels: [{value: pos}, {value: neg}]
gold:
""" + "".join(f"  - {{id: hp{n}, item: {{text: \"honey; {n}\"}}, label: "
              f"{('pos', 'neg')[n % 2]}, pool: honeypot}}\n" for n in range(20))


def batch_text(delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["id", "text", "prelabel"])
    for n, item in enumerate(random.Random(1).sample(range(1000, 9999), 60)):
        writer.writerow([item, f"real {n}, with a comma", "neg"])
    return out.getvalue()


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    (tmp_path / "batch.csv").write_text(batch_text(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.mark.parametrize(("args", "message"), [
    (["-o", "spec.yaml"], "-o 'spec.yaml' is also the spec"),
    (["-o", "./batch.csv"], "-o './batch.csv' is also the batch"),
    (["-o", "m.csv", "--mapping", "batch.csv"],
     "--mapping 'batch.csv' is also the batch"),
    (["-o", "m.csv", "--mapping", "../" + "{name}/spec.yaml"],
     "is also the spec"),
    (["-o", "m.csv", "--mapping", "m.csv"], "--mapping 'm.csv' is also -o"),
])
def test_mix_refuses_an_output_on_an_input(folder: Path, args: list[str],
                                           message: str) -> None:
    args = [arg.format(name=folder.name) for arg in args]
    before = snapshot(folder)
    result = CliRunner().invoke(main, ["gold", "mix", "spec.yaml", "batch.csv",
                                       "--seed", "3", *args])
    assert result.exit_code == 2
    assert message in result.stderr
    assert "choose another output path" in result.stderr
    assert snapshot(folder) == before  # nothing replaced, nothing added


def test_mix_refuses_a_link_to_an_input(folder: Path) -> None:
    os.symlink("batch.csv", "link.csv")
    before = (folder / "batch.csv").read_bytes()
    result = CliRunner().invoke(main, ["gold", "mix", "spec.yaml", "batch.csv",
                                       "-o", "link.csv"])
    assert result.exit_code == 2 and "is also the batch" in result.stderr
    assert (folder / "batch.csv").read_bytes() == before


@pytest.mark.parametrize(("output", "message"), [
    ("table.jsonl", "-o 'table.jsonl' is also the table"),
    ("spec.jsonl", "-o 'spec.jsonl' is also --spec"),
])
def test_import_refuses_an_output_on_an_input(folder: Path, output: str,
                                              message: str) -> None:
    (folder / "table.jsonl").write_text('{"id": "a", "text": "t", "gold": '
                                        '"pos"}\n', encoding="utf-8")
    (folder / "spec.jsonl").write_text("not read\n", encoding="utf-8")
    before = snapshot(folder)
    result = CliRunner().invoke(main, [
        "gold", "import", "table.jsonl", "-o", output, "--id-col", "id",
        "--label-col", "gold", "--field", "text", "--spec", "spec.jsonl"])
    assert result.exit_code == 2
    assert message in result.stderr
    assert snapshot(folder) == before


def test_a_semicolon_csv_batch_is_mixed_and_written_with_semicolons(
        folder: Path) -> None:
    (folder / "batch.csv").write_text(batch_text(";"), encoding="utf-8")
    result = CliRunner().invoke(main, ["gold", "mix", "spec.yaml", "batch.csv",
                                       "-o", "out.csv", "--seed", "2",
                                       "--traps", "1"])
    assert result.exit_code == 0, result.stderr
    text = (folder / "out.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "id;text;prelabel"
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    mapping = json.loads((folder / "out.csv.honeypots.json").read_text(
        encoding="utf-8"))
    assert len(rows) == 63 and len(mapping["honeypots"]) == 3  # round(3.16)
    planted = [row for row in rows if row["id"] in mapping["honeypots"]]
    # a ';' inside a planted value is quoted, so the row reads back whole
    assert sorted(row["text"] for row in planted) == sorted(
        f"honey; {gold[2:]}" for gold in mapping["honeypots"].values())
    assert sum(row["text"].endswith("with a comma") for row in rows) == 60
    assert all(row["prelabel"] in ("pos", "neg") for row in rows)


def test_a_comma_csv_batch_stays_comma_separated(folder: Path) -> None:
    result = CliRunner().invoke(main, ["gold", "mix", "spec.yaml", "batch.csv",
                                       "-o", "out.csv", "--seed", "2"])
    assert result.exit_code == 0, result.stderr
    lines = (folder / "out.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,text,prelabel"
    assert len(list(csv.reader(lines))) == 64
