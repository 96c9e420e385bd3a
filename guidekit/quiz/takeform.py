"""A quiz form (quiz.json) read back, to be taken in a terminal.

`guidekit quiz take` shows the same form quiz.html shows; this module
reads the file `quiz build` wrote and checks it is one, so the taking
code can rely on its shape. Nothing here sees a key: a qualification
form holds no answers, a practice form holds each question's feedback.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import InputError
from guidekit.quiz.forms import FORM_FORMAT


@dataclass(frozen=True)
class Choice:
    """One thing an answer can be: a label, or a point of a rating scale."""

    value: str
    title: str
    text: str = ""


@dataclass(frozen=True)
class TakeForm:
    """What taking a quiz needs from quiz.json, checked."""

    quiz_id: str
    version: str
    kind: str
    practice: bool
    prompt: str
    fields: tuple[dict[str, str], ...]
    labels: tuple[Choice, ...]
    scale: tuple[Choice, ...]
    questions: tuple[dict[str, Any], ...]
    min_choices: int = 1
    max_choices: int = 1
    text_field: str | None = None
    overlap: str = "forbid"
    annotator: str | None = None

    @property
    def choices(self) -> tuple[Choice, ...]:
        """The options of a single answer: the scale for rating, else labels."""
        return self.scale if self.kind == "rating" else self.labels

    def title_of(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.title
        return value


def load_form(path: str | Path) -> TakeForm:
    """Read a quiz.json written by `guidekit quiz build`.

    Raises InputError naming the file when it is not JSON or not a quiz
    form (a key.json, say).
    """
    where = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as exc:
        raise InputError(where, None, f"cannot read the quiz: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(where, None, f"not a JSON quiz form ({exc})") from exc
    try:
        return _form(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(where, None, "not a quiz form written by `guidekit quiz "
                         f"build` (missing or bad {exc}); give its quiz.json") from exc


def _form(data: Any) -> TakeForm:
    if not isinstance(data, dict) or data.get("format") != FORM_FORMAT:
        raise ValueError(f"'format': {FORM_FORMAT}")
    task = data["task"]
    labels = tuple(Choice(str(lb["value"]), str(lb.get("title") or lb["value"]))
                   for lb in data["labels"])
    scale = tuple(Choice(str(p["point"]), str(p["point"]), str(p.get("text", "")))
                  for p in task.get("scale", []))
    questions = tuple(data["questions"])
    if not questions or not all(isinstance(q["item"], dict) for q in questions):
        raise ValueError("'questions'")
    return TakeForm(
        quiz_id=str(data["quiz"]), version=str(data["spec"]["version"]),
        kind=str(task["kind"]), practice=data.get("mode") == "practice",
        prompt=str(task["question"]), fields=tuple(task["fields"]),
        labels=labels, scale=scale, questions=questions,
        min_choices=int(task.get("min_choices", 1)),
        max_choices=int(task.get("max_choices", len(labels))),
        text_field=task.get("text_field"), overlap=str(task.get("overlap", "forbid")),
        annotator=data.get("annotator"))
