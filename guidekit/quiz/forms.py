"""The quiz files: the annotator's form (JSON and HTML) and the lead's key.

The form holds what an annotator needs to answer and nothing an answer can
be guessed from: no labels of the gold, no rationales, rules, difficulty,
tags, provenance or pool. Everything is byte-identical for the same spec
and seed: no timestamps, sorted keys, one fixed JSON layout.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import SpecError
from guidekit.fileio import write_files_atomic
from guidekit.quiz.sample import QuizError, Selection, sample_questions
from guidekit.spec.checks import run_checks
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import GoldItem, Spec
from guidekit.templating import environment

FORM_FORMAT = "guidekit.quiz/v1"
KEY_FORMAT = "guidekit.quiz-key/v1"
DEFAULT_QUESTION = "Which label fits this item?"
TEMPLATE = "quiz.html.j2"


@dataclass(frozen=True)
class BuiltQuiz:
    """A built quiz: its id, the questions drawn and the three file texts."""

    quiz_id: str
    selection: Selection
    quiz_json: str
    quiz_html: str
    key_json: str

    def files(self) -> dict[str, str]:
        return {"quiz.json": self.quiz_json, "quiz.html": self.quiz_html,
                "key.json": self.key_json}


def build_quiz(loaded: LoadedSpec, *, questions: int | None = None,
               seed: int | None = None,
               template_dir: str | Path | None = None) -> BuiltQuiz:
    """Draw the questions and make the form and key texts (nothing written).

    Raises SpecError when the spec has errors a quiz would inherit (an
    undefined gold label, duplicate ids, ...) and QuizError when no quiz
    can be made (no exam gold, a task kind other than single_label).

    >>> quiz = build_quiz(load_spec("spec.yaml"), seed=3)  # doctest: +SKIP
    >>> [p.name for p in write_quiz(quiz, "out")]  # doctest: +SKIP
    ['quiz.json', 'quiz.html', 'key.json']
    """
    spec = _usable(loaded)
    selection = sample_questions(spec, questions=questions, seed=seed)
    quiz_id = make_quiz_id(spec, loaded.gold_fingerprint, selection)
    form = quiz_form(spec, quiz_id, selection.items)
    key = quiz_key(spec, quiz_id, loaded.gold_fingerprint, selection)
    page = environment(template_dir).get_template(TEMPLATE).render(quiz=form)
    return BuiltQuiz(quiz_id, selection, _dump(form), page, _dump(key))


def write_quiz(quiz: BuiltQuiz, out_dir: str | Path) -> list[Path]:
    """Write quiz.json, quiz.html and key.json into `out_dir`, atomically."""
    return write_files_atomic(out_dir, quiz.files())


def _usable(loaded: LoadedSpec) -> Spec:
    kind = loaded.spec.task.kind
    if kind != "single_label":
        raise QuizError(f"quiz build does not support {kind} tasks yet, "
                        "only single_label")
    errors = [p for p in run_checks(loaded) if p.is_error]
    if errors:
        raise SpecError(errors)
    return loaded.spec


def make_quiz_id(spec: Spec, fingerprint: str, selection: Selection) -> str:
    """12 hex digits of sha256 over the spec, its gold, the seed and the draw."""
    basis = {"spec": spec.id, "version": spec.version, "gold": fingerprint,
             "seed": selection.seed, "items": [g.id for g in selection.items]}
    blob = json.dumps(basis, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def quiz_form(spec: Spec, quiz_id: str, items: Sequence[GoldItem]) -> dict[str, Any]:
    """The annotator's form: the items to label and the labels to choose from."""
    names = spec.field_names()
    return {
        "format": FORM_FORMAT,
        "quiz": quiz_id,
        "spec": _spec_head(spec),
        "task": {
            "question": spec.task.question or DEFAULT_QUESTION,
            "fields": [{"name": f.name, "title": f.title or f.name}
                       for f in spec.task.fields],
        },
        "labels": [{"value": lb.value, "title": lb.name, "definition": lb.definition}
                   for lb in spec.labels],
        "questions": [
            {"position": n, "id": g.id,
             "item": {name: g.item[name] for name in names if name in g.item}}
            for n, g in enumerate(items, start=1)
        ],
    }


def quiz_key(spec: Spec, quiz_id: str, fingerprint: str,
             selection: Selection) -> dict[str, Any]:
    """The lead's key: the answers and how the questions were drawn."""
    return {
        "format": KEY_FORMAT,
        "quiz": quiz_id,
        "spec": _spec_head(spec),
        "gold_fingerprint": fingerprint,
        "seed": selection.seed,
        "requested": selection.requested,
        "exam_pool": selection.pool_size,
        "pass": spec.quiz.pass_,
        "stratify": list(selection.stratify),
        "strata": [{"key": dict(s.key), "pool": s.size, "chosen": s.chosen}
                   for s in selection.strata],
        "questions": [
            {"position": n, "id": g.id, "label": g.label, "also": g.also,
             "rules": g.rules, "rationale": g.rationale, "difficulty": g.difficulty}
            for n, g in enumerate(selection.items, start=1)
        ],
    }


def _spec_head(spec: Spec) -> dict[str, str]:
    return {"id": spec.id, "title": spec.title, "version": spec.version}


def _dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
