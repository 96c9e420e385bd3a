"""`guidekit quiz build` in process: files, output and exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from guidekit.cli import main

Variant = Callable[[Callable[[dict[str, Any]], None]], Path]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_build_writes_three_files_and_a_summary(small_path: Path,
                                                tmp_path: Path) -> None:
    out = tmp_path / "quiz"
    result = run("quiz", "build", str(small_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:3] == [f"wrote {out / name}"
                         for name in ("quiz.json", "quiz.html", "key.json")]
    assert len(lines) == 4
    quiz_id = json.loads((out / "quiz.json").read_text(encoding="utf-8"))["quiz"]
    assert lines[3] == (f"quiz {quiz_id}: 5 of 10 exam question(s), seed 11; "
                        "per label: yes 3, no 1, unknown 1")
    assert result.stderr == ""


def test_questions_and_seed_options(small_path: Path, tmp_path: Path) -> None:
    result = run("quiz", "build", str(small_path), "-o", str(tmp_path),
                 "--questions", "4", "--seed", "5")
    assert result.exit_code == 0, result.output
    assert "4 of 10 exam question(s), seed 5; per label: yes 2, no 1, unknown 1" in (
        result.stdout)
    key = json.loads((tmp_path / "key.json").read_text(encoding="utf-8"))
    assert (key["requested"], key["seed"], len(key["questions"])) == (4, 5, 4)


def test_more_questions_than_the_pool_says_so(small_path: Path,
                                              tmp_path: Path) -> None:
    result = run("quiz", "build", str(small_path), "-o", str(tmp_path),
                 "--questions", "50")
    assert result.exit_code == 0
    assert ("10 of 10 exam question(s) (asked for 50; took the whole exam pool)"
            in result.stdout)


def test_two_runs_same_bytes(small_path: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run("quiz", "build", str(small_path), "-o",
                   str(tmp_path / name)).exit_code == 0
    for name in ("quiz.json", "quiz.html", "key.json"):
        assert (tmp_path / "a" / name).read_bytes() == (
            tmp_path / "b" / name).read_bytes()


def test_spec_problems_exit_1_with_positions(small_path: Path,
                                             tmp_path: Path) -> None:
    text = small_path.read_text(encoding="utf-8")
    bad_text = text.replace('label: "unknown"\n    rules: [R-UNK-SECRET]',
                            'label: "maybe"\n    rules: [R-UNK-SECRET]')
    assert bad_text != text
    bad = tmp_path / "bad.yaml"
    bad.write_text(bad_text, encoding="utf-8")
    line_no = next(n for n, line in enumerate(bad_text.splitlines(), start=1)
                   if '"maybe"' in line)
    col = bad_text.splitlines()[line_no - 1].index('"maybe"') + 1
    result = run("quiz", "build", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == (f"{bad}:{line_no}:{col}: error: label 'maybe' is not "
                             "defined (unknown-label)\n")
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


def test_unreadable_spec_exits_1(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    result = run("quiz", "build", str(missing), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{missing}:1:1: error: cannot read file")


def test_no_exam_pool_exits_1(variant: Variant, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        for item in data["gold"]:
            item["pool"] = "practice"
    result = run("quiz", "build", str(variant(edit)), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "guidekit: error: spec 'claims' has no gold items in the exam pool")
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2(small_path: Path, tmp_path: Path) -> None:
    spec = str(small_path)
    assert run("quiz", "build", spec, "-o", str(tmp_path), "--questions",
               "0").exit_code == 2
    assert run("quiz", "build", spec).exit_code == 2
    assert run("quiz", "build", spec, "-o", str(tmp_path), "--seed",
               "x").exit_code == 2
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    assert run("quiz", "build", spec, "-o", str(a_file)).exit_code == 2


def test_quiz_is_a_group_with_build() -> None:
    result = run("quiz", "--help")
    assert result.exit_code == 0
    assert "build" in result.stdout


def test_practice_and_key_options(small_path: Path, tmp_path: Path) -> None:
    out, key = tmp_path / "quiz", tmp_path / "lead" / "practice-key.json"
    result = run("quiz", "build", str(small_path), "-o", str(out), "--practice",
                 "--key", str(key))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:3] == [
        f"wrote {out / 'quiz.json'}", f"wrote {out / 'quiz.html'}", f"wrote {key}"]
    assert ("2 of 2 practice question(s) (asked for 5; took the whole practice "
            "pool)") in result.stdout
    assert not (out / "key.json").exists()
    form = json.loads((out / "quiz.json").read_text(encoding="utf-8"))
    asked = {q["id"]: q["gold_id"] for q in json.loads(
        key.read_text(encoding="utf-8"))["questions"]}
    assert {asked[q["id"]] for q in form["questions"]} == {"g-11", "g-12"}
