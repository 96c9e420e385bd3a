"""The `--where COL=VALUE` row filter of gold import: library and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.errors import InputError
from guidekit.gold import filter_rows, import_gold, import_gold_counted, read_table

TABLE = ("id,ok,src,answer,body\n"
         "a,Yes,x,pos,one\nb,No,x,neg,two\nc,Yes,y,neg,three\n"
         "d, Yes ,x,neg,four\ne,yes,x,pos,five\n")


def table(folder: Path) -> Path:
    path = folder / "t.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_filter_keeps_exact_matches_and_their_lines(tmp_path: Path) -> None:
    kept = filter_rows(read_table(table(tmp_path)), [("ok", "Yes")])
    assert [(r.cells["id"], r.line) for r in kept.table.rows] == [
        ("a", 2), ("c", 4), ("d", 5)]
    assert kept.skipped == 2  # "No" and lower-case "yes"


def test_every_condition_must_hold(tmp_path: Path) -> None:
    done = import_gold_counted(table(tmp_path), id_col="id", label_col="answer",
                               fields=["body"], where={"ok": "Yes", "src": "x"})
    assert [item.id for item in done.items] == ["a", "d"]
    assert done.skipped == 3
    plain = import_gold(table(tmp_path), id_col="id", label_col="answer",
                        fields=["body"], where=[("ok", "Yes")])
    assert [item.id for item in plain] == ["a", "c", "d"]


def test_unknown_where_column_names_file_and_columns(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"t\.csv: --where column 'nope'.*ok"):
        import_gold(table(tmp_path), id_col="id", label_col="answer",
                    fields=["body"], where=[("nope", "1")])


def test_filter_that_keeps_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="skipped all 5 row"):
        import_gold(table(tmp_path), id_col="id", label_col="answer",
                    fields=["body"], where=[("ok", "Maybe")])


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["gold", "import", *args])
    return result.exit_code, result.stdout, result.stderr


def test_cli_summary_counts_skipped_rows(tmp_path: Path) -> None:
    out = tmp_path / "g.jsonl"
    code, stdout, stderr = run(str(table(tmp_path)), "-o", str(out), "--id-col",
                               "id", "--label-col", "answer", "--field",
                               "body=text", "--where", "ok=Yes")
    assert (code, stderr) == (0, "")
    assert stdout == (f"wrote 3 gold item(s) to {out} (neg 2, pos 1); "
                      "--where skipped 2 row(s)\n")
    ids = [json.loads(line)["id"] for line in
           out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["a", "c", "d"]


def test_cli_bad_where_is_a_usage_error(tmp_path: Path) -> None:
    code, _, stderr = run(str(table(tmp_path)), "-o", str(tmp_path / "g.jsonl"),
                          "--id-col", "id", "--label-col", "answer",
                          "--field", "body", "--where", "ok")
    assert code == 2
    assert "'ok' is not COL=VALUE" in stderr


def test_cli_unknown_where_column_exits_1(tmp_path: Path) -> None:
    code, _, stderr = run(str(table(tmp_path)), "-o", str(tmp_path / "g.jsonl"),
                          "--id-col", "id", "--label-col", "answer",
                          "--field", "body", "--where", "zz=1")
    assert code == 1
    assert "--where column 'zz'" in stderr
    assert not (tmp_path / "g.jsonl").exists()
