"""The quiz files: the annotator's form (JSON and HTML) and the lead's key.

A qualification form holds what an annotator needs to answer and nothing
an answer can be guessed from: no labels of the gold, no rationales, rules,
difficulty, tags, provenance or pool, and no hash of any of them (the quiz
id is made from public facts only). A practice form, drawn from the
practice pool only, adds each question's answer and rationale for the
page's feedback. Everything is byte-identical for the same spec and seed:
no timestamps, sorted keys, one fixed JSON layout.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import SpecError
from guidekit.fileio import write_files_atomic
from guidekit.quiz.practice import feedback, task_settings
from guidekit.quiz.qids import question_ids, quiz_basis, quiz_id_of
from guidekit.quiz.sample import Selection, sample_questions
from guidekit.spec.checks import run_checks
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import GoldItem, Pool, Spec
from guidekit.templating import environment

FORM_FORMAT = "guidekit.quiz/v1"
KEY_FORMAT = "guidekit.quiz-key/v1"
PRIVATE_NOTE = ("The answers to this quiz, for the lead: never send this file "
                "to annotators.")
TEMPLATE = "quiz.html.j2"


@dataclass(frozen=True)
class BuiltQuiz:
    """A built quiz: its id, the questions drawn and the three file texts."""

    quiz_id: str
    selection: Selection
    quiz_json: str
    quiz_html: str
    key_json: str
    practice: bool = False
    form: int | None = None
    annotator: str | None = None
    excluded: int = 0

    def files(self) -> dict[str, str]:
        return {"quiz.json": self.quiz_json, "quiz.html": self.quiz_html,
                "key.json": self.key_json}

    def form_files(self) -> dict[str, str]:
        """The files an annotator may see: quiz.json and quiz.html."""
        return {"quiz.json": self.quiz_json, "quiz.html": self.quiz_html}


def build_quiz(loaded: LoadedSpec, *, questions: int | None = None,
               seed: int | None = None, template_dir: str | Path | None = None,
               practice: bool = False) -> BuiltQuiz:
    """Draw the questions and make the form and key texts (nothing written).

    A qualification quiz draws from the exam pool; with `practice` the
    quiz draws from the practice pool only and its page shows, after each
    answer, whether it was right, the rationale and the rules tested.
    Raises SpecError when the spec has errors a quiz would inherit (an
    undefined gold label, duplicate ids, ...) and QuizError when no quiz
    can be made (no gold in the pool).

    >>> quiz = build_quiz(load_spec("spec.yaml"), seed=3)  # doctest: +SKIP
    >>> [p.name for p in write_quiz(quiz, "out")]  # doctest: +SKIP
    ['quiz.json', 'quiz.html', 'key.json']
    """
    spec = usable_spec(loaded)
    pool: Pool = "practice" if practice else "exam"
    selection = sample_questions(spec, questions=questions, seed=seed, pool=pool)
    return assemble(loaded, selection, practice=practice, template_dir=template_dir)


def assemble(loaded: LoadedSpec, selection: Selection, *, practice: bool = False,
             template_dir: str | Path | None = None,
             extra: dict[str, Any] | None = None) -> BuiltQuiz:
    """The form, page and key texts for questions already drawn.

    `extra` adds public facts (a form number, an annotator id) to both the
    form and the key; keys a form must not hold go into the key by the
    caller. The quiz id covers the items and their order.
    """
    spec, more = loaded.spec, dict(extra or {})
    pool = "practice" if practice else "exam"
    basis = _basis(spec, selection, practice)
    quiz_id = quiz_id_of(basis)
    ids = question_ids(basis, len(selection.items), avoid=[g.id for g in spec.gold])
    form = quiz_form(spec, quiz_id, selection.items, practice=practice,
                     ids=ids) | more
    key = quiz_key(spec, quiz_id, loaded.gold_fingerprint, selection, ids=ids) | {
        "pool": pool} | more
    page = environment(template_dir).get_template(TEMPLATE).render(quiz=form)
    return BuiltQuiz(quiz_id, selection, _dump(form), page, _dump(key), practice,
                     form=more.get("form"), annotator=more.get("annotator"))


def write_quiz(quiz: BuiltQuiz, out_dir: str | Path,
               key_path: str | Path | None = None) -> list[Path]:
    """Write quiz.json, quiz.html and key.json into `out_dir`, atomically.

    With `key_path` the key is written there instead, so `out_dir` holds
    only what annotators may see.
    """
    if key_path is None:
        return write_files_atomic(out_dir, quiz.files())
    key = Path(key_path)
    written = write_files_atomic(out_dir, quiz.form_files())
    return written + write_files_atomic(key.parent, {key.name: quiz.key_json})


def usable_spec(loaded: LoadedSpec) -> Spec:
    """The spec, or SpecError when it has errors a quiz would inherit."""
    errors = [p for p in run_checks(loaded) if p.is_error]
    if errors:
        raise SpecError(errors)
    return loaded.spec


def make_quiz_id(spec: Spec, selection: Selection, *, practice: bool = False) -> str:
    """12 hex digits of sha256 over the spec's id and version, the seed and
    the items' text in quiz order: facts the form shows anyway, never the
    gold answers or gold ids (`guidekit.quiz.qids`)."""
    return quiz_id_of(_basis(spec, selection, practice))


def _basis(spec: Spec, selection: Selection, practice: bool) -> str:
    return quiz_basis(spec.id, spec.version, selection.seed,
                      [g.item for g in selection.items], practice=practice)


def quiz_form(spec: Spec, quiz_id: str, items: Sequence[GoldItem], *,
              practice: bool = False,
              ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The annotator's form: the items to label and the labels to choose from.

    Questions are named by `ids` (opaque, one per item; the gold ids only
    when None). Only a practice form carries answers (`feedback`).
    """
    names = spec.field_names()
    shown = list(ids) if ids is not None else [g.id for g in items]
    questions = [{"position": n, "id": qid,
                  "item": {name: g.item[name] for name in names if name in g.item}}
                 | ({"feedback": feedback(spec, g)} if practice else {})
                 for n, (qid, g) in enumerate(zip(shown, items, strict=True), 1)]
    return {
        "format": FORM_FORMAT,
        "quiz": quiz_id,
        "mode": "practice" if practice else "qualification",
        "spec": _spec_head(spec),
        "task": task_settings(spec),
        "labels": [{"value": lb.value, "title": lb.name, "definition": lb.definition}
                   for lb in spec.labels],
        "questions": questions,
    }


def quiz_key(spec: Spec, quiz_id: str, fingerprint: str, selection: Selection, *,
             ids: Sequence[str] | None = None) -> dict[str, Any]:
    """The lead's key: the answers, how the questions were drawn, and each
    question's id on the form (`id`) with its gold item's id (`gold_id`)."""
    shown = list(ids) if ids is not None else [g.id for g in selection.items]
    return {
        "format": KEY_FORMAT,
        "private": PRIVATE_NOTE,
        "quiz": quiz_id,
        "spec": _spec_head(spec),
        "gold_fingerprint": fingerprint,
        "kind": spec.task.kind,
        "seed": selection.seed,
        "requested": selection.requested,
        "exam_pool": selection.pool_size,
        "pass": spec.quiz.pass_,
        "stratify": list(selection.stratify),
        "strata": [{"key": dict(s.key), "pool": s.size, "chosen": s.chosen}
                   for s in selection.strata],
        "questions": [
            {"position": n, "id": qid, "gold_id": g.id, "label": g.label,
             "also": g.also,
             "rules": g.rules, "rationale": g.rationale, "difficulty": g.difficulty}
            | ({} if spec.task.kind == "single_label"
               else {"answer": feedback(spec, g)["answer"]})
            for n, (qid, g) in enumerate(zip(shown, selection.items, strict=True), 1)
        ],
    }


def _spec_head(spec: Spec) -> dict[str, str]:
    return {"id": spec.id, "title": spec.title, "version": spec.version}


def _dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
