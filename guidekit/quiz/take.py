"""Taking a quiz in a terminal: progress, commands, and the answers file.

Progress (`guidekit.quiz.progress`) is saved after every answer, so a
run stopped at any point resumes where it was. The answers file has the
rows quiz.html saves (templates/quiz/save.js): one JSON object per
answered question with annotator, item, label, quiz, guideline_version
and submitted_at, keys in that order, no spaces, UTF-8 as is.

What a typed line does (`apply`): an answer for the task's kind; an
empty line or ``/skip`` goes on without answering; ``/back`` goes back
one; ``/go N`` goes to question N; ``/none`` answers "nothing" where the
task allows it; ``/clear`` removes this question's answer; ``/quit``
saves what is answered and stops; ``/help`` lists these. The quiz is
done, and the answers file written, once every question has an answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from guidekit.fileio import write_text_atomic
from guidekit.quiz.answers import AnswerError, nothing, parse_answer
from guidekit.quiz.progress import Progress
from guidekit.quiz.show import describe, feedback_lines
from guidekit.quiz.takeform import TakeForm

HELP = ("type an answer; Enter or /skip goes on, /back goes back, /go N jumps, "
        "/none answers nothing (where allowed), /clear removes the answer, "
        "/quit saves and stops")
Action = Literal["answered", "moved", "done", "quit", "help", "error"]


@dataclass(frozen=True)
class Step:
    """What a typed line did, and the lines to show about it."""

    action: Action
    lines: tuple[str, ...] = ()


def answers_name(annotator: str, quiz_id: str) -> str:
    """The file name the page saves under: ``answers-<id>-<quiz>.jsonl``.

    >>> answers_name("ann lee", "abc")
    'answers-ann_lee-abc.jsonl'
    """
    return f"answers-{re.sub(r'[^A-Za-z0-9._-]+', '_', annotator)}-{quiz_id}.jsonl"


def apply(form: TakeForm, progress: Progress, line: str) -> Step:
    """Do what `line` says at the current question, updating `progress`."""
    word, _, rest = line.strip().partition(" ")
    if not line.strip() or word in ("/skip", "/s"):
        return _forward(form, progress)
    if word in ("/back", "/b"):
        progress.current = max(progress.current - 1, 0)
        return Step("moved")
    if word in ("/go", "/g"):
        return _go(form, progress, rest.strip())
    if word in ("/quit", "/q"):
        return Step("quit")
    if word in ("/help", "/h", "/?"):
        return Step("help", (HELP,))
    if word == "/clear":
        progress.answers.pop(form.questions[progress.current]["id"], None)
        return Step("moved", ("answer removed",))
    if word == "/none":
        return _answer(form, progress, None)
    if word.startswith("/"):
        return Step("error", (f"unknown command '{word}'; {HELP}",))
    return _answer(form, progress, line)


def _answer(form: TakeForm, progress: Progress, line: str | None) -> Step:
    question = form.questions[progress.current]
    try:
        value = nothing(form) if line is None else parse_answer(form, question, line)
    except AnswerError as exc:
        return Step("error", (str(exc),))
    progress.answers[question["id"]] = value
    said = (f"answer: {describe(form, question, value)}",
            *feedback_lines(form, question, value))
    if not progress.unanswered(form):
        return Step("done", said)
    return Step("answered", said + _forward(form, progress).lines)


def _forward(form: TakeForm, progress: Progress) -> Step:
    if progress.current + 1 < len(form.questions):
        progress.current += 1
        return Step("moved")
    left = progress.unanswered(form)
    if not left:
        return Step("done")
    progress.current = left[0] - 1
    shown = ", ".join(map(str, left[:10])) + (", ..." if len(left) > 10 else "")
    return Step("moved", (f"{len(left)} question(s) unanswered ({shown}); "
                          "answer them, or /quit to save what is answered",))


def _go(form: TakeForm, progress: Progress, where: str) -> Step:
    if not where.isdigit() or not 1 <= int(where) <= len(form.questions):
        return Step("error", (f"/go takes a question number from 1 to "
                              f"{len(form.questions)}",))
    progress.current = int(where) - 1
    return Step("moved")


def answer_rows(form: TakeForm, progress: Progress,
                when: datetime) -> list[dict[str, Any]]:
    """The saved rows, in question order, answered questions only."""
    stamp = iso_stamp(when)
    return [{"annotator": progress.annotator, "item": q["id"],
             "label": progress.answers[q["id"]], "quiz": form.quiz_id,
             "guideline_version": form.version, "submitted_at": stamp}
            for q in form.questions if q["id"] in progress.answers]


def iso_stamp(when: datetime) -> str:
    """UTC with milliseconds and Z, as JavaScript's toISOString writes it.

    >>> iso_stamp(datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=timezone.utc))
    '2026-01-02T03:04:05.678Z'
    """
    utc = when.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def write_answers(path: str | Path, rows: list[dict[str, Any]]) -> None:
    """Write the answers file atomically: all rows or nothing."""
    write_text_atomic(path, "".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"
        for row in rows))
