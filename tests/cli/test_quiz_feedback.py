"""`guidekit quiz feedback` in process: notes per annotator, nothing leaked."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from guidekit.cli import main
from guidekit.spec.loader import load_spec

SMALL = Path(__file__).resolve().parents[1] / "quiz" / "fixtures" / "small.yaml"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def test_notes_per_annotator_leak_nothing(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q",
               "--questions", "50").exit_code == 0
    key_path = tmp_path / "q" / "key.json"
    key = json.loads(key_path.read_text(encoding="utf-8"))
    wrong = {"yes": "no", "no": "unknown", "unknown": "yes"}
    rows = [{"annotator": "pass", "item": q["id"], "label": q["label"],
             "quiz": key["quiz"]} for q in key["questions"]]
    missed = {"g-01", "g-02", "g-07", "g-10", "g-05"}  # R-YES twice
    rows += [{"annotator": "fail", "item": q["id"], "quiz": key["quiz"],
              "label": wrong[q["label"]] if q["gold_id"] in missed else q["label"]}
             for q in key["questions"]]
    answers = tmp_path / "answers.jsonl"
    answers.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    out = tmp_path / "notes"
    result = run("quiz", "feedback", key_path, answers, "-o", out, "--spec", SMALL,
                 "--html")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "2 annotator(s): 1 passed, 1 did not"
    assert sorted(p.name for p in out.iterdir()) == [
        "feedback-fail.html", "feedback-fail.md", "feedback-pass.html",
        "feedback-pass.md"]
    passed = (out / "feedback-pass.md").read_text(encoding="utf-8")
    assert "You passed: 10 of 10 right" in passed and "re-read" not in passed

    gold = {g.id: g for g in load_spec(SMALL).spec.gold}
    for name in ("feedback-fail.md", "feedback-fail.html"):
        note = (out / name).read_text(encoding="utf-8")
        assert "You did not pass this time: 5 of 10 right" in note
        assert note.index("R-YES-SECRET") < note.index("R-NO-SECRET")
        assert "Some part of the claim is contradicted." in note
        assert "Refuted" in note and "Supported" in note
        for item_id in missed:
            item = gold[item_id]
            assert item_id not in note
            assert all(text not in note for text in item.item.values())
            assert item.rationale and item.rationale not in note
        assert "g-" not in note and "RATIONALE" not in note


def test_notes_print_without_out(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q").exit_code == 0
    key = json.loads((tmp_path / "q" / "key.json").read_text(encoding="utf-8"))
    answers = tmp_path / "a.jsonl"
    answers.write_text(json.dumps({"annotator": "a", "item": key["questions"][0]["id"],
                                   "label": "yes", "quiz": "other-quiz"}) + "\n" +
                       json.dumps({"annotator": "b", "item": "g-01",
                                   "label": "yes"}) + "\n", encoding="utf-8")
    result = run("quiz", "feedback", tmp_path / "q" / "key.json", answers)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Claim support quiz: b\n\nYou did not pass")
    assert result.stderr == ("1 annotator(s): 0 passed, 1 did not; skipped 1 row(s) "
                             "of other quizzes\n")


def test_feedback_refuses_a_form_and_a_wrong_spec(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q").exit_code == 0
    answers = tmp_path / "a.jsonl"
    answers.write_text('{"annotator": "a", "item": "g-01", "label": "yes"}\n',
                       encoding="utf-8")
    form = run("quiz", "feedback", tmp_path / "q" / "quiz.json", answers)
    assert (form.exit_code, "not a quiz key" in form.stderr) == (1, True)
    other = Path(__file__).resolve().parents[1] / "spec" / "cases" / (
        "kind-rating-clean.yaml")
    spec = run("quiz", "feedback", tmp_path / "q" / "key.json", answers,
               "--spec", other)
    assert spec.exit_code == 1
    assert "is not the quiz's spec 'claims'" in spec.stderr


def test_an_answers_file_named_twice_is_a_usage_error(tmp_path: Path) -> None:
    assert run("quiz", "build", SMALL, "-o", tmp_path / "q").exit_code == 0
    key = tmp_path / "q" / "key.json"
    answers = tmp_path / "a.jsonl"
    answers.write_text('{"annotator": "a", "item": "x", "label": "yes"}\n',
                       encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(answers)
    dotted = f"{tmp_path}/./a.jsonl"
    for again in (answers, dotted, link):
        result = run("quiz", "feedback", key, answers, again)
        assert result.exit_code == 2, result.output
        assert f"answers file '{again}' is given more than once" in result.stderr
    assert f"(also as '{answers}')" in run("quiz", "feedback", key, answers,
                                           link).stderr
