"""Reading a quiz's key.json: the answers and the map back to gold ids.

A key's questions name each question twice: ``id``, the opaque id the
form and the answers file use, and ``gold_id``, the gold item it is. A
key written before opaque ids has no ``gold_id``; its ids are gold ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import InputError
from guidekit.quiz.forms import KEY_FORMAT


@dataclass(frozen=True)
class QuizKey:
    """What a key says of its quiz: whose it is and question id -> gold id."""

    path: str
    quiz: str
    spec_id: str
    version: str
    fingerprint: str
    gold_ids: dict[str, str]


def read_key(path: str | Path) -> dict[str, Any]:
    """A key.json of `quiz build`; InputError naming the file otherwise."""
    try:
        with open(path, encoding="utf-8") as handle:
            key = json.load(handle)
    except (OSError, ValueError) as exc:
        raise InputError(str(path), None, f"cannot read the key: {exc}") from exc
    if not isinstance(key, dict) or key.get("format") != KEY_FORMAT:
        raise InputError(str(path), None, "not a quiz key written by `guidekit quiz "
                         "build` (key.json, not quiz.json)")
    return key


def read_quiz_key(path: str | Path) -> QuizKey:
    """The key at `path` as a QuizKey; InputError for a key that is not one."""
    key = read_key(path)
    spec, questions = key.get("spec"), key.get("questions")
    if not isinstance(spec, dict) or not isinstance(questions, list):
        raise InputError(str(path), None, "'spec' or 'questions' is missing; use "
                         "the key.json `guidekit quiz build` wrote")
    ids: dict[str, str] = {}
    for question in questions:
        qid, gold = _ids(path, question)
        ids[qid] = gold
    return QuizKey(str(path), str(key.get("quiz")), str(spec.get("id")),
                   str(spec.get("version")), str(key.get("gold_fingerprint")), ids)


def _ids(path: str | Path, question: Any) -> tuple[str, str]:
    qid = question.get("id") if isinstance(question, dict) else None
    gold = question.get("gold_id", qid) if isinstance(question, dict) else None
    if not isinstance(qid, str) or not isinstance(gold, str):
        raise InputError(str(path), None, "a question has no 'id' or 'gold_id' "
                         "string; use the key.json `guidekit quiz build` wrote")
    return qid, gold


def is_quiz_key(path: str | Path) -> bool:
    """True when `path` is a JSON file whose "format" is a quiz key's."""
    try:
        read_key(path)
    except InputError:
        return False
    return True
