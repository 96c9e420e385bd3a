"""`quiz build` outputs: the key never lands on an annotator's file, nothing
stale is left beside a new quiz, and `score --quiz-key` scores its answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from guidekit.cli import main

SMALL = Path(__file__).resolve().parents[1] / "quiz" / "fixtures" / "small.yaml"
# another spec that ships its gold (RTE's is built from ../shared/data)
OTHER = Path(__file__).resolve().parents[2] / "specs" / "triage" / "guideline.yaml"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def answer_all(key: Path, out: Path, who: str = "ann",
               wrong: frozenset[str] = frozenset()) -> None:
    """Answer every question of `key` as quiz.html saves it: right, except
    the gold ids in `wrong`, answered with another label."""
    data = load(key)
    other = {"yes": "no", "no": "unknown", "unknown": "yes"}
    rows = [{"annotator": who, "item": q["id"], "quiz": data["quiz"],
             "label": other[q["label"]] if q["gold_id"] in wrong else q["label"]}
            for q in data["questions"]]
    with out.open("a", encoding="utf-8") as handle:
        handle.write("".join(json.dumps(row) + "\n" for row in rows))


def scored(*args: str | Path) -> dict[str, Any]:
    result = run("score", SMALL, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# --- score --quiz-key -------------------------------------------------------

def test_quiz_answers_score_only_through_the_key(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q").exit_code == 0
    key, answers = tmp_path / "q" / "key.json", tmp_path / "a.jsonl"
    asked = [q["gold_id"] for q in load(key)["questions"]]
    answer_all(key, answers, wrong=frozenset(asked[:2]))
    [blind] = scored(answers)["annotators"]
    assert (blind["gold_answered"], blind["non_gold"]) == (0, 5)  # ids are opaque
    [found] = scored(answers, "--quiz-key", key)["annotators"]
    assert (found["gold_answered"], found["correct"], found["non_gold"]) == (5, 3, 0)
    assert found["accuracy"]["value"] == pytest.approx(3 / 5)


def test_keys_of_several_forms_score_together(tmp_path: Path) -> None:
    out = tmp_path / "f"
    assert run("quiz", "build", SMALL, "-o", out, "--forms", "2",
               "--questions", "4").exit_code == 0
    answers = tmp_path / "a.jsonl"
    first = load(out / "form-1" / "key.json")["questions"][0]["gold_id"]
    answer_all(out / "form-1" / "key.json", answers, "ann", frozenset({first}))
    answer_all(out / "form-2" / "key.json", answers, "bea")
    report = scored(answers, "--quiz-key", out / "form-1" / "key.json",
                    "--quiz-key", out / "form-2" / "key.json")
    found = {a["annotator"]: (a["gold_answered"], a["correct"])
             for a in report["annotators"]}
    assert found == {"ann": (4, 3), "bea": (4, 4)}
    alone = {a["annotator"]: a["gold_answered"] for a in scored(
        answers, "--quiz-key", out / "form-2" / "key.json")["annotators"]}
    assert alone == {"ann": 0, "bea": 4}  # form 1's ids mean nothing to form 2


def test_a_key_of_another_spec_or_with_honeypots_is_refused(tmp_path: Path) -> None:
    assert run("quiz", "build", OTHER, "-o", tmp_path / "r").exit_code == 0
    answers = tmp_path / "a.jsonl"
    answers.write_text('{"annotator": "a", "item": "x", "label": "yes"}\n',
                       encoding="utf-8")
    other = run("score", SMALL, answers, "--quiz-key", tmp_path / "r" / "key.json")
    assert other.exit_code == 1
    assert "key.json: a key of spec 'triage" in other.stderr
    both = run("score", SMALL, answers, "--quiz-key", tmp_path / "r" / "key.json",
               "--honeypots", tmp_path / "r" / "key.json")
    assert both.exit_code == 2
    form = run("score", SMALL, answers, "--quiz-key", tmp_path / "r" / "quiz.json")
    assert form.exit_code == 1 and "not a quiz key" in form.stderr


# --- the key never replaces an annotator's file or an input ---------------------

@pytest.mark.parametrize("target", ["q/quiz.json", "q/quiz.html", "q/./quiz.json",
                                    "spec.yaml", "seen.csv"])
def test_a_key_path_on_an_annotators_file_or_an_input_is_refused(
        target: str, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(SMALL.read_bytes())
    seen = tmp_path / "seen.csv"
    seen.write_text("annotator,item\na,g-01\n", encoding="utf-8")
    result = run("quiz", "build", spec, "-o", tmp_path / "q", "--exclude-seen", seen,
                 "--key", tmp_path / target)
    assert result.exit_code == 2, result.output
    assert f"--key '{tmp_path / target}' is also the " in result.stderr
    assert "writing it would replace that file" in result.stderr
    assert not (tmp_path / "q").exists()
    assert spec.read_bytes() == SMALL.read_bytes()


def test_a_key_path_beside_a_symlinked_page_is_refused(tmp_path: Path) -> None:
    (tmp_path / "q").mkdir()
    (tmp_path / "link.html").symlink_to(tmp_path / "q" / "quiz.html")
    result = run("quiz", "build", SMALL, "-o", tmp_path / "q",
                 "--key", tmp_path / "link.html")
    assert result.exit_code == 2
    assert "is also the annotators' file" in result.stderr


# --- nothing stale beside a new quiz ---------------------------------------------

def test_a_key_moved_elsewhere_removes_the_old_key(tmp_path: Path) -> None:
    out, key = tmp_path / "q", tmp_path / "lead" / "key.json"
    assert run("quiz", "build", SMALL, "-o", out).exit_code == 0
    result = run("quiz", "build", SMALL, "-o", out, "--key", key)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["quiz.html", "quiz.json"]
    assert (f"guidekit: removed {out / 'key.json'}: an earlier build's key, among "
            f"the quiz files; the key now goes to {key}\n") in result.stderr
    assert load(key)["format"] == "guidekit.quiz-key/v1"


def test_a_key_json_that_is_not_a_quiz_key_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "q"
    out.mkdir()
    (out / "key.json").write_text('{"mine": true}\n', encoding="utf-8")
    result = run("quiz", "build", SMALL, "-o", out, "--key", tmp_path / "k.json")
    assert result.exit_code == 0, result.output
    assert load(out / "key.json") == {"mine": True}
    assert "removed" not in result.stderr


@pytest.mark.parametrize("forms", [[], ["--forms", "2"]])
def test_a_key_inside_the_quiz_folder_is_refused(forms: list[str],
                                                 tmp_path: Path) -> None:
    out = tmp_path / "q"
    inside = out / "key.json" if not forms else out / "form-1" / "quiz.json"
    result = run("quiz", "build", SMALL, "-o", out, *forms, "--key", inside)
    assert result.exit_code == 2
    assert "lies inside the quiz folder" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(("first", "then"), [
    ([], ["--forms", "2"]), (["--forms", "3"], [])])
def test_switching_between_one_form_and_several_leaves_no_key(
        first: list[str], then: list[str], tmp_path: Path) -> None:
    out, key = tmp_path / "q", tmp_path / "lead" / "key.json"
    assert run("quiz", "build", SMALL, "-o", out, *first).exit_code == 0
    result = run("quiz", "build", SMALL, "-o", out, *then, "--key", key)
    assert result.exit_code == 0, result.output
    left = [p for p in out.rglob("*.json")
            if load(p).get("format") == "guidekit.quiz-key/v1"]
    assert left == []
    assert "an earlier build's key" in result.stderr


def test_fewer_forms_remove_old_forms_and_their_keys(tmp_path: Path) -> None:
    out, key = tmp_path / "f", tmp_path / "lead" / "key.json"
    assert run("quiz", "build", SMALL, "-o", out, "--forms", "3").exit_code == 0
    result = run("quiz", "build", SMALL, "-o", out, "--forms", "2", "--key", key)
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*")) == [
        "form-1", "form-1/quiz.html", "form-1/quiz.json",
        "form-2", "form-2/quiz.html", "form-2/quiz.json"]
    assert f"guidekit: removed {out / 'form-3'}/: a form of an earlier build" in (
        result.stderr)
    # form-1 and form-2's keys, and form-3's before its folder goes
    assert result.stderr.count("an earlier build's key") == 3
    assert sorted(p.name for p in key.parent.iterdir()) == [
        "key-form-1.json", "key-form-2.json"]


def test_an_old_form_holding_other_files_stops_the_build(tmp_path: Path) -> None:
    out = tmp_path / "f"
    assert run("quiz", "build", SMALL, "-o", out, "--forms", "3").exit_code == 0
    (out / "form-3" / "answers.jsonl").write_text("{}\n", encoding="utf-8")
    before = (out / "form-1" / "quiz.json").read_bytes()
    result = run("quiz", "build", SMALL, "-o", out, "--forms", "2", "--seed", "99")
    assert result.exit_code == 1
    assert result.stderr == (
        f"guidekit: error: '{out / 'form-3'}' is a form from an earlier build beyond "
        "the 2 asked for, and holds other files (answers.jsonl); move it away or "
        "build into another folder\n")
    assert (out / "form-1" / "quiz.json").read_bytes() == before  # nothing written
    assert (out / "form-3" / "quiz.json").exists()


# --- small ones -------------------------------------------------------------

def test_a_seen_file_that_is_not_utf8_names_file_and_row(tmp_path: Path) -> None:
    seen = tmp_path / "seen.csv"
    seen.write_bytes(b"annotator,item\na,g-01\nb,caf\xff\n")
    result = run("quiz", "build", SMALL, "-o", tmp_path / "q", "--exclude-seen", seen)
    assert result.exit_code == 1
    assert result.stderr == (f"guidekit: error: {seen}:3: byte 0xff is not UTF-8; "
                             "save the file as UTF-8\n")


def test_a_semicolon_csv_is_read_as_score_reads_it(tmp_path: Path) -> None:
    seen = tmp_path / "seen.csv"
    seen.write_text("\ufeffannotator;item;label\nw;g-01;yes\nw;g-02;no\n",
                    encoding="utf-8")
    result = run("quiz", "build", SMALL, "-o", tmp_path / "q", "--questions", "8",
                 "--exclude-seen", seen)
    assert result.exit_code == 0, result.output
    assert "left out 2 item(s) seen before" in result.stdout
    asked = {q["gold_id"] for q in load(tmp_path / "q" / "key.json")["questions"]}
    assert len(asked) == 8 and not asked & {"g-01", "g-02"}


def test_annotator_ids_sharing_a_folder_name_the_file_and_ids(tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("ann\nbea lee\nbea_lee\n", encoding="utf-8")
    result = run("quiz", "build", SMALL, "-o", tmp_path / "o", "--annotators", ids)
    assert result.exit_code == 1
    assert result.stderr == (f"guidekit: error: {ids}: annotator ids 'bea lee' and "
                             "'bea_lee' would share the folder 'bea_lee'; make them "
                             "differ in letters or digits\n")
    assert not (tmp_path / "o").exists()


def test_exclude_seen_needs_the_key_of_an_opaque_quiz(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q1").exit_code == 0
    key, answers = tmp_path / "q1" / "key.json", tmp_path / "a.jsonl"
    answer_all(key, answers)
    quiz = load(key)["quiz"]
    blind = run("quiz", "build", SMALL, "-o", tmp_path / "q2", "--exclude-seen",
                answers)
    assert blind.exit_code == 1
    assert blind.stderr.startswith(
        f"guidekit: error: {answers}:1: an answer to quiz '{quiz}', whose question "
        "ids only its key can map to gold items; add --seen-key")
    keyed = run("quiz", "build", SMALL, "-o", tmp_path / "q2", "--questions", "5",
                "--exclude-seen", answers, "--seen-key", key)
    assert keyed.exit_code == 0, keyed.output
    first = {q["gold_id"] for q in load(key)["questions"]}
    again = {q["gold_id"] for q in load(tmp_path / "q2" / "key.json")["questions"]}
    assert len(first) == len(again) == 5 and not first & again
    alone = run("quiz", "build", SMALL, "-o", tmp_path / "q3", "--seen-key", key)
    assert alone.exit_code == 2


def test_a_quiz_answers_file_without_its_key_gets_a_hint(tmp_path: Path) -> None:
    out = tmp_path / "q"
    assert run("quiz", "build", SMALL, "-o", out).exit_code == 0
    answers = tmp_path / "answers.jsonl"
    answer_all(out / "key.json", answers)
    bare = run("score", SMALL, answers)
    assert bare.exit_code == 0
    assert "score it with --quiz-key KEY" in bare.stderr
    keyed = run("score", SMALL, answers, "--quiz-key", out / "key.json")
    assert keyed.exit_code == 0 and "--quiz-key" not in keyed.stderr
