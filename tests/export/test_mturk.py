"""`guidekit export mturk`: a QuestionForm and the AnswerKey that scores it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from guidekit.cli import main
from guidekit.export.mturk import ANSWER_KEY, QUESTION_FORM, mturk_files
from guidekit.spec.loader import load_spec

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "specs" / "triage" / "guideline.yaml"
CASES = ROOT / "tests" / "spec" / "cases"
QF, AK = f"{{{QUESTION_FORM}}}", f"{{{ANSWER_KEY}}}"


def parsed(spec: Path, questions: int | None = None) -> tuple[
        ET.Element, ET.Element, dict[str, str]]:
    files = mturk_files(load_spec(spec).spec, questions=questions)
    return (ET.fromstring(files["questionform.xml"].encode("utf-8")),
            ET.fromstring(files["answerkey.xml"].encode("utf-8")),
            json.loads(files["questions.json"])["questions"])


def key_answers(key: ET.Element) -> dict[str, list[list[str]]]:
    found: dict[str, list[list[str]]] = {}
    for question in key.iter(f"{AK}Question"):
        qid = question.findtext(f"{AK}QuestionIdentifier") or ""
        found[qid] = [[s.text or "" for s in option.iter(f"{AK}SelectionIdentifier")]
                      for option in question.iter(f"{AK}AnswerOption")]
    return found


def test_forms_use_the_mturk_namespaces() -> None:
    form, key, _ = parsed(TRIAGE)
    assert form.tag == f"{QF}QuestionForm" and key.tag == f"{AK}AnswerKey"
    assert QUESTION_FORM.endswith("2017-11-06/QuestionForm.xsd")


def test_answer_key_maps_every_question_to_its_gold_answer() -> None:
    form, key, ids = parsed(TRIAGE)
    gold = {item.id: item for item in load_spec(TRIAGE).spec.gold}
    asked = [q.findtext(f"{QF}QuestionIdentifier")
             for q in form.iter(f"{QF}Question")]
    answers = key_answers(key)
    assert asked == list(answers) == list(ids)
    for qid, options in answers.items():
        item = gold[ids[qid]]
        assert item.pool == "exam"
        assert sorted(o[0] for o in options) == sorted({item.label, *item.also})
    total = key.findtext(f"{AK}QualificationValueMapping/{AK}PercentageMapping/"
                         f"{AK}MaximumSummedScore")
    assert total == str(len(asked))


def test_questions_offer_every_label_and_show_no_gold_id() -> None:
    form, _, ids = parsed(TRIAGE, questions=6)
    spec = load_spec(TRIAGE).spec
    assert len(ids) == 6
    for question in form.iter(f"{QF}Question"):
        offered = [s.text for s in question.iter(f"{QF}SelectionIdentifier")]
        assert offered == spec.label_values()
        assert question.findtext(f".//{QF}StyleSuggestion") == "radiobutton"
    text = ET.tostring(form, encoding="unicode")
    assert not any(gold_id in text for gold_id in ids.values())


def test_multi_label_and_rating_keys() -> None:
    form, key, ids = parsed(CASES / "kind-multi-label-clean.yaml")
    gold = {i.id: i for i in load_spec(CASES / "kind-multi-label-clean.yaml").spec.gold}
    assert form.findtext(f".//{QF}StyleSuggestion") == "checkbox"
    for qid, options in key_answers(key).items():
        assert options == [list(gold[ids[qid]].labels or [])]
    _, key, ids = parsed(CASES / "kind-rating-clean.yaml")
    gold = {i.id: i for i in load_spec(CASES / "kind-rating-clean.yaml").spec.gold}
    for qid, options in key_answers(key).items():
        assert options == [[str(gold[ids[qid]].rating)]]


def test_spec_text_is_escaped(tmp_path: Path) -> None:
    data = yaml.safe_load(TRIAGE.read_text(encoding="utf-8"))
    data["title"] = "<Overview>&</Overview>"
    data["labels"][0]["title"] = "]]> <x/>"
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    form = ET.fromstring(mturk_files(load_spec(path, checks=False).spec)[
        "questionform.xml"].encode("utf-8"))
    assert form.findtext(f"{QF}Overview/{QF}Title") == "<Overview>&</Overview>"
    assert form.findtext(f".//{QF}Selection/{QF}Text") == "]]> <x/>"


def test_span_tasks_are_refused_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "mturk", str(
        CASES / "kind-span-clean.yaml"), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert result.stderr == ("guidekit: error: an MTurk QuestionForm cannot select "
                             "text: span tasks have no qualification test export\n")


@pytest.mark.parametrize("questions", ["4", "1000"])
def test_cli_writes_the_test(tmp_path: Path, questions: str) -> None:
    out = tmp_path / "m"
    result = CliRunner().invoke(main, ["export", "mturk", str(TRIAGE), "-o",
                                       str(out), "--questions", questions])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "answerkey.xml", "questionform.xml", "questions.json"]
    exam = [i for i in load_spec(TRIAGE).spec.gold if i.pool == "exam"]
    ids = json.loads((out / "questions.json").read_text(encoding="utf-8"))
    assert len(ids["questions"]) == min(int(questions), len(exam))
