"""Where an annotator is in a quiz, kept in a file beside the answers.

The state file ``<answers>.progress.json`` holds the quiz id, the
annotator id, the answers so far (item id to label, in the saved shape)
and the current question. It is rewritten atomically after every answer,
so a run stopped at any point resumes where it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from guidekit.errors import InputError
from guidekit.fileio import write_text_atomic
from guidekit.quiz.takeform import TakeForm

STATE_FORMAT = "guidekit.quiz-progress/v1"


@dataclass
class Progress:
    """Where an annotator is in a quiz; `answers` maps item id to label."""

    quiz: str
    annotator: str
    answers: dict[str, Any] = field(default_factory=dict)
    current: int = 0

    def unanswered(self, form: TakeForm) -> list[int]:
        """Positions (from 1) of questions with no answer yet."""
        return [q["position"] for q in form.questions if q["id"] not in self.answers]


def state_path(answers: str | Path) -> Path:
    """The progress file kept beside an answers file."""
    path = Path(answers)
    return path.with_name(path.name + ".progress.json")


def save_progress(path: str | Path, progress: Progress) -> None:
    """Rewrite the state file atomically."""
    state = {"format": STATE_FORMAT, "quiz": progress.quiz,
             "annotator": progress.annotator, "answers": progress.answers,
             "current": progress.current}
    write_text_atomic(path, json.dumps(state, ensure_ascii=False, indent=1) + "\n")


def load_progress(path: str | Path, form: TakeForm) -> Progress | None:
    """The saved progress at `path`, or None when there is none.

    Raises InputError when the file is not a progress file of this quiz.
    """
    target = Path(path)
    if not target.exists():
        return None
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        known = data["format"] == STATE_FORMAT and isinstance(data["answers"], dict)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(path), None, f"not a quiz progress file ({exc}); "
                         "delete it to start again") from exc
    if not known or data["quiz"] != form.quiz_id:
        raise InputError(str(path), None, f"progress of another quiz "
                         f"('{data.get('quiz')}', not '{form.quiz_id}'); delete it "
                         "or write the answers elsewhere with -o")
    ids = {q["id"] for q in form.questions}
    answers = {k: v for k, v in data["answers"].items() if k in ids}
    current = min(max(int(data.get("current", 0)), 0), len(form.questions) - 1)
    return Progress(form.quiz_id, str(data["annotator"]), answers, current)
