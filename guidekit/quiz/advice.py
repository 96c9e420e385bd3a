"""Feedback after a qualification quiz that helps without leaking the key.

Per annotator: passed or not against the key's pass mark (right answers
over the key's questions, an unanswered question counting as a miss),
and when not, the rules and labels to re-read, most-missed first. A
miss "touches" the rules its question tests (the key's rule ids) and the
labels where the answer given and the gold differ (`judge.touched`: the
gold's and the annotator's side together, so a label named says nothing
of which side it was on). Nothing else from a question reaches the
feedback: no item id, item text, position, answer or rationale.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from guidekit.quiz.judge import is_right, touched
from guidekit.quiz.keyfile import read_key as read_key  # re-exported
from guidekit.quiz.seen import answer_rows, pair


@dataclass(frozen=True)
class Advice:
    """One annotator's result and what to re-read, ranked."""

    annotator: str
    right: int
    questions: int
    pass_mark: float
    rules: tuple[str, ...]
    labels: tuple[str, ...]

    @property
    def passed(self) -> bool:
        mark = Fraction(str(self.pass_mark))
        return Fraction(self.right) >= mark * self.questions


@dataclass(frozen=True)
class Answers:
    """First answers per annotator and item, and rows of other quizzes."""

    given: dict[str, dict[str, Any]]
    other_quiz: int = 0


def read_answers(paths: Iterable[str | Path], quiz_id: str) -> Answers:
    """Answers to quiz `quiz_id`; rows naming another quiz are counted, skipped.

    A repeated answer keeps the first, as `guidekit score` does.
    """
    given: dict[str, dict[str, Any]] = {}
    other = 0
    for path in paths:
        for number, row in answer_rows(path):
            who, item = pair(path, number, row)
            if row.get("quiz") not in (None, "", quiz_id):
                other += 1
                continue
            given.setdefault(who, {}).setdefault(item, _label(row.get("label")))
    return Answers(given, other)


def _label(value: object) -> Any:
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            return json.loads(value)  # a list label in a CSV cell
        except ValueError:
            return value
    return value


def advise(key: dict[str, Any], answers: Answers) -> list[Advice]:
    """Advice for every annotator with an answer in `answers`, by id."""
    return [advise_one(key, who, answers.given[who]) for who in sorted(answers.given)]


def advise_one(key: dict[str, Any], annotator: str, given: dict[str, Any]) -> Advice:
    """Right answers, and the rules and labels the misses touch, ranked."""
    kind = str(key.get("kind", "single_label"))
    rules: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    right = 0
    for question in key["questions"]:
        gold = question.get("answer", question.get("label"))
        also, mine = question.get("also", []), given.get(question["id"])
        if is_right(kind, gold, also, mine):
            right += 1
            continue
        rules.update(dict.fromkeys(question.get("rules", []), 1))
        labels.update(dict.fromkeys(touched(kind, gold, also, mine), 1))
    return Advice(annotator, right, len(key["questions"]), float(key["pass"]),
                  _ranked(rules), _ranked(labels))


def _ranked(counts: Counter[str]) -> tuple[str, ...]:
    return tuple(sorted(counts, key=lambda name: (-counts[name], name)))
