"""A Mechanical Turk qualification test: a QuestionForm and its AnswerKey.

The test asks exam-pool gold items drawn as `guidekit quiz build` draws
them (guidekit.quiz.sample: the spec's quiz size, strata and seed unless
given), as questions q1, q2, ... (gold ids are not shown to workers;
the private `questions.json` maps them back). A question shows each task
field (its title, then its text) and the task's question, and answers by
selection:

- single_label: radio buttons over the labels; the key scores the gold
  label and each `also` label 1;
- multi_label: checkboxes (min/max_choices); the key has one answer
  option listing the gold set, worth 1 (`also` labels, which may be
  given or left out, are not in the key: check how MTurk scores a set
  before relying on multi_label keys);
- rating: radio buttons over the scale's points;
- span: not possible in a QuestionForm (no text selection): GuidekitError.

The key maps the summed score to a percentage (PercentageMapping), the
value the qualification gets. Built with xml.etree: all spec text is
escaped. The answer key holds the answers: never publish it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from guidekit.errors import GuidekitError
from guidekit.quiz.sample import sample_questions
from guidekit.spec.models import GoldItem, Spec

QUESTION_FORM = ("http://mechanicalturk.amazonaws.com/"
                 "AWSMechanicalTurkDataSchemas/2017-11-06/QuestionForm.xsd")
ANSWER_KEY = ("http://mechanicalturk.amazonaws.com/"
              "AWSMechanicalTurkDataSchemas/2005-10-01/AnswerKey.xsd")


def exam_items(spec: Spec, *, questions: int | None = None,
               seed: int | None = None) -> list[GoldItem]:
    """The items the test asks; GuidekitError for none or a span task."""
    if spec.task.kind == "span":
        raise GuidekitError("an MTurk QuestionForm cannot select text: span "
                            "tasks have no qualification test export")
    if not any(item.pool == "exam" for item in spec.gold):
        raise GuidekitError(f"spec '{spec.id}' has no exam-pool gold items to ask")
    return list(sample_questions(spec, questions=questions, seed=seed).items)


def mturk_files(spec: Spec, *, questions: int | None = None,
                seed: int | None = None) -> dict[str, str]:
    """`questionform.xml`, `answerkey.xml` and `questions.json`, by name.

    >>> files = mturk_files(load_spec("spec.yaml").spec)  # doctest: +SKIP
    >>> sorted(files)  # doctest: +SKIP
    ['answerkey.xml', 'questionform.xml', 'questions.json']
    """
    items = exam_items(spec, questions=questions, seed=seed)
    ids = {f"q{n}": item.id for n, item in enumerate(items, start=1)}
    return {"questionform.xml": question_form(spec, items),
            "answerkey.xml": answer_key(spec, items),
            "questions.json": json.dumps({"private": True, "questions": ids},
                                         indent=2, ensure_ascii=False) + "\n"}


def question_form(spec: Spec, items: Sequence[GoldItem]) -> str:
    """The QuestionForm XML asking `items` as q1, q2, ..."""
    ET.register_namespace("", QUESTION_FORM)
    form = _el(QUESTION_FORM, "QuestionForm")
    overview = _sub(form, "Overview")
    _sub(overview, "Title", spec.title)
    _sub(overview, "Text", f"Qualification test for guideline {spec.id} "
         f"version {spec.version}: {len(items)} question(s).")
    for n, item in enumerate(items, start=1):
        form.append(_question(spec, item, n))
    return _text(form)


def _question(spec: Spec, item: GoldItem, n: int) -> ET.Element:
    question = _el(QUESTION_FORM, "Question")
    _sub(question, "QuestionIdentifier", f"q{n}")
    _sub(question, "DisplayName", f"Question {n}")
    _sub(question, "IsRequired", "true")
    content = _sub(question, "QuestionContent")
    for field in spec.task.fields:
        _sub(content, "Text", f"{field.title or field.name}:")
        _sub(content, "Text", item.item.get(field.name, ""))
    _sub(content, "Text", spec.task.question or "Choose the answer.")
    selection = _sub(_sub(question, "AnswerSpecification"), "SelectionAnswer")
    low, high = _counts(spec)
    _sub(selection, "MinSelectionCount", str(low))
    _sub(selection, "MaxSelectionCount", str(high))
    style = "checkbox" if spec.task.kind == "multi_label" else "radiobutton"
    _sub(selection, "StyleSuggestion", style)
    options = _sub(selection, "Selections")
    for value, shown in choices(spec):
        option = _sub(options, "Selection")
        _sub(option, "SelectionIdentifier", value)
        _sub(option, "Text", shown)
    return question


def choices(spec: Spec) -> list[tuple[str, str]]:
    """(selection identifier, text shown) for each answer option."""
    scale = spec.task.scale
    if spec.task.kind == "rating" and scale is not None:
        return [(str(p), f"{p}: {scale.anchors[p]}" if p in scale.anchors
                 else str(p)) for p in scale.points()]
    return [(label.value, label.name) for label in spec.labels]


def _counts(spec: Spec) -> tuple[int, int]:
    if spec.task.kind == "multi_label":
        low, high = spec.choice_range()
        return low, high
    return 1, 1


def answer_key(spec: Spec, items: Sequence[GoldItem]) -> str:
    """The AnswerKey XML: 1 point per right answer, as a percentage."""
    ET.register_namespace("", ANSWER_KEY)
    key = _el(ANSWER_KEY, "AnswerKey")
    for n, item in enumerate(items, start=1):
        question = _sub(key, "Question")
        _sub(question, "QuestionIdentifier", f"q{n}")
        for selected in right_answers(spec, item):
            option = _sub(question, "AnswerOption")
            for value in selected:
                _sub(option, "SelectionIdentifier", value)
            _sub(option, "AnswerScore", "1")
    mapping = _sub(_sub(key, "QualificationValueMapping"), "PercentageMapping")
    _sub(mapping, "MaximumSummedScore", str(len(items)))
    return _text(key)


def right_answers(spec: Spec, item: GoldItem) -> list[list[str]]:
    """Each selection set that scores the item right."""
    kind = spec.task.kind
    if kind == "rating":
        return [[str(item.rating)]]
    if kind == "multi_label":
        return [list(item.labels or [])]
    return [[value] for value in dict.fromkeys([item.label or "", *item.also])]


def _el(namespace: str, tag: str) -> ET.Element:
    return ET.Element(f"{{{namespace}}}{tag}")


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    namespace = parent.tag[1:].split("}")[0]
    child = ET.SubElement(parent, f"{{{namespace}}}{tag}")
    if text is not None:
        child.text = text
    return child


def _text(root: ET.Element) -> str:
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
