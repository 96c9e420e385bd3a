"""`guidekit gold import` in process: output, messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from guidekit.cli import main

TABLE = "id,answer,body\nb,Y,second\na,N,first &amp; last\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["gold", "import", *args])
    return result.exit_code, result.stdout, result.stderr


def table(folder: Path, text: str = TABLE) -> str:
    path = folder / "t.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_writes_jsonl_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "gold" / "x.jsonl"
    code, stdout, stderr = run(table(tmp_path), "-o", str(out), "--id-col", "id",
                               "--label-col", "answer", "--field", "body=text",
                               "--map", "Y=yes", "--map", "N=no",
                               "--unescape-html", "--author", "kim",
                               "--pool", "practice")
    assert (code, stderr) == (0, "")
    assert stdout == f"wrote 2 gold item(s) to {out} (no 1, yes 1)\n"
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["label"], r["item"]) for r in rows] == [
        ("b", "yes", {"text": "second"}), ("a", "no", {"text": "first & last"})]
    assert rows[0]["provenance"] == {"author": "kim", "source": "human"}
    assert rows[0]["pool"] == "practice"


def test_bad_row_exits_1_naming_file_and_row(tmp_path: Path) -> None:
    path = table(tmp_path, "id,answer,body\n1,Y,a\n1,N,b\n")
    code, stdout, stderr = run(path, "-o", str(tmp_path / "o.jsonl"), "--id-col",
                               "id", "--label-col", "answer", "--field", "body")
    assert (code, stdout) == (1, "")
    assert stderr == (f"guidekit: error: {path}:3: duplicate id '1' "
                      "(first on row 2)\n")
    assert not (tmp_path / "o.jsonl").exists()


def test_missing_column_lists_the_columns(tmp_path: Path) -> None:
    code, _, stderr = run(table(tmp_path), "-o", str(tmp_path / "o.jsonl"),
                          "--id-col", "key", "--label-col", "answer",
                          "--field", "body")
    assert code == 1
    assert "no column 'key'; columns: id, answer, body" in stderr


def test_strict_map_rejects_unmapped_values(tmp_path: Path) -> None:
    code, _, stderr = run(table(tmp_path), "-o", str(tmp_path / "o.jsonl"),
                          "--id-col", "id", "--label-col", "answer", "--field",
                          "body", "--map", "Y=yes", "--strict-map")
    assert code == 1
    assert ":3: label 'N' is not in the value mapping" in stderr


def test_bad_map_option_is_a_usage_error(tmp_path: Path) -> None:
    code, _, stderr = run(table(tmp_path), "-o", str(tmp_path / "o.jsonl"),
                          "--id-col", "id", "--label-col", "answer", "--map", "Y")
    assert code == 2
    assert "'Y' is not FROM=TO" in stderr


def test_no_fields_and_no_spec_is_a_usage_error(tmp_path: Path) -> None:
    code, _, stderr = run(table(tmp_path), "-o", str(tmp_path / "o.jsonl"),
                          "--id-col", "id", "--label-col", "answer")
    assert code == 2
    assert "no item fields given" in stderr


def test_spec_checks_labels_and_reports_a_broken_spec(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text("spec: guidekit/v1\nid: s\ntitle: S\nversion: '1.0.0'\n"
                    "task: {fields: [{name: body}]}\n"
                    "labels: [{value: 'yes', aliases: ['Y']}]\n", encoding="utf-8")
    args = [table(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--id-col", "id",
            "--label-col", "answer", "--spec", str(spec)]
    code, _, stderr = run(*args)
    assert code == 1
    assert "label 'N' is neither a label of spec 's' ('yes')" in stderr
    spec.write_text("spec: guidekit/v1\nid: s\n", encoding="utf-8")
    code, _, stderr = run(*args)
    assert code == 1
    assert stderr.startswith(f"guidekit: error: {spec}:")


def test_gold_is_a_group_with_import(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["gold", "--help"])
    assert result.exit_code == 0
    assert "import" in result.stdout


def test_output_must_be_jsonl_so_a_spec_is_never_overwritten(tmp_path: Path) -> None:
    spec = tmp_path / "guideline.yaml"
    spec.write_text("spec: guidekit/v1\n", encoding="utf-8")
    code, _, stderr = run(table(tmp_path), "-o", str(spec), "--id-col", "id",
                          "--label-col", "answer", "--field", "body")
    assert code == 2
    assert "should end in .jsonl" in stderr
    assert spec.read_text(encoding="utf-8") == "spec: guidekit/v1\n"
