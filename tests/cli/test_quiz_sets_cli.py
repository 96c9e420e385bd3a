"""`quiz build --forms/--annotator(s)/--exclude-seen` in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from guidekit.cli import main

SMALL = Path(__file__).resolve().parents[1] / "quiz" / "fixtures" / "small.yaml"


def run(*args: str | Path, input: str | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def item_ids(path: Path) -> list[str]:
    return [q["id"] for q in load(path)["questions"]]


def gold_ids(folder: Path) -> list[str]:
    """The gold ids a quiz folder asks, in form order, through its key.json."""
    key = load(folder / "key.json")["questions"]
    assert [q["id"] for q in key] == item_ids(folder / "quiz.json")
    return [q["gold_id"] for q in key]


def test_forms_go_to_their_own_folders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("quiz", "build", SMALL, "-o", out, "--forms", "2", "--questions", "4")
    assert result.exit_code == 0, result.output
    names = ("quiz.json", "quiz.html", "key.json")
    assert result.stdout.splitlines()[:6] == [
        f"wrote {out / f'form-{k}' / n}" for k in (1, 2) for n in names]
    assert result.stdout.splitlines()[6].startswith("form 1: quiz ")
    one, two = (gold_ids(out / f"form-{k}") for k in (1, 2))
    assert len(one) == len(two) == 4 and not set(one) & set(two)


def test_a_pool_too_small_for_the_forms_is_shared(tmp_path: Path) -> None:
    result = run("quiz", "build", SMALL, "-o", tmp_path, "--forms", "3")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("form")]
    assert len(lines) == 3
    assert all("3 of 10 exam question(s) (asked for 5; the exam pool shared among "
               "the forms)" in line for line in lines)


def test_forms_with_a_key_path_keep_keys_apart(tmp_path: Path) -> None:
    out, key = tmp_path / "out", tmp_path / "lead" / "key.json"
    result = run("quiz", "build", SMALL, "-o", out, "--forms", "2", "--key", key)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in key.parent.iterdir()) == [
        "key-form-1.json", "key-form-2.json"]
    assert not list(out.rglob("key*.json"))


def test_one_quiz_per_annotator(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("ann\nbea lee\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run("quiz", "build", SMALL, "-o", out, "--annotators", ids)
    assert result.exit_code == 0, result.output
    ann, bea = gold_ids(out / "ann"), gold_ids(out / "bea_lee")
    assert sorted(ann) == sorted(bea)
    assert ann != bea
    assert load(out / "bea_lee" / "quiz.json")["annotator"] == "bea lee"
    assert "annotator bea lee: quiz" in result.stdout


def test_exposure_across_attempts(tmp_path: Path) -> None:
    first = tmp_path / "first"
    assert run("quiz", "build", SMALL, "-o", first, "--annotator", "ann",
               "--questions", "4").exit_code == 0
    answers = tmp_path / "a1.jsonl"
    taken = run("quiz", "take", first / "quiz.json", "-o", answers,
                "--annotator", "ann", input="1\n" * 4)
    assert taken.exit_code == 0, taken.output
    again = tmp_path / "second"
    result = run("quiz", "build", SMALL, "-o", again, "--annotator", "ann",
                 "--questions", "4", "--exclude-seen", answers,
                 "--seen-key", first / "key.json")
    assert result.exit_code == 0, result.output
    assert "annotator ann; left out 4 item(s) seen before" in result.stdout
    assert not set(gold_ids(again)) & set(gold_ids(first))
    other = run("quiz", "build", SMALL, "-o", tmp_path / "bea", "--annotator", "bea",
                "--questions", "10", "--exclude-seen", answers,
                "--seen-key", first / "key.json")
    assert other.exit_code == 0 and "left out" not in other.stdout


def test_everyone_exclusion_and_too_few_left(tmp_path: Path) -> None:
    seen = tmp_path / "seen.csv"
    seen.write_text("annotator,item,label\n" + "".join(
        f"w{n},g-0{n},yes\n" for n in range(1, 8)), encoding="utf-8")
    ok = run("quiz", "build", SMALL, "-o", tmp_path / "a", "--questions", "3",
             "--exclude-seen", seen)
    assert ok.exit_code == 0, ok.output
    assert "left out 7 item(s) seen before" in ok.stdout
    assert sorted(gold_ids(tmp_path / "a")) == ["g-08", "g-09", "g-10"]
    bad = run("quiz", "build", SMALL, "-o", tmp_path / "b", "--exclude-seen", seen)
    assert bad.exit_code == 1
    assert bad.stderr == ("guidekit: error: only 3 exam item(s) were not seen before "
                          "(7 of 10 left out), 5 needed: ask for fewer questions or "
                          "forms, or add gold\n")
    assert not (tmp_path / "b").exists()


def test_options_that_do_not_go_together_are_usage_errors(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("a\n", encoding="utf-8")
    for extra in (["--forms", "2", "--annotator", "a"],
                  ["--annotator", "a", "--annotators", str(ids)],
                  ["--forms", "1"]):
        result = run("quiz", "build", SMALL, "-o", tmp_path / "o", *extra)
        assert result.exit_code == 2, extra
    assert not (tmp_path / "o").exists()


def test_a_bad_seen_file_names_its_row(tmp_path: Path) -> None:
    seen = tmp_path / "seen.jsonl"
    seen.write_text('{"annotator": "a", "item": "g-01"}\nnot json\n', encoding="utf-8")
    result = run("quiz", "build", SMALL, "-o", tmp_path / "o", "--exclude-seen", seen)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"guidekit: error: {seen}:2: not a JSON object")
