"""Parallel forms, per-annotator quizzes, and leaving out items seen before.

`build_forms` draws K x Q questions from one pool (stratified as the spec
says) and deals them into K disjoint forms with `guidekit.quiz.balance`;
each form's order is shuffled with ``Random(f"{seed}:form-{k}")``.
`build_for_annotator` draws the usual quiz and orders it for one
annotator with the seed `annotator_seed` derives from the quiz seed and
the annotator id, so the same annotator always gets the same order and
two annotators (almost surely) different ones. Both take `exclude`, the
ids of gold items already seen (`guidekit.quiz.seen`); too few unseen
items left is a QuizError, never a smaller quiz than asked.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from guidekit.quiz.balance import deal
from guidekit.quiz.forms import BuiltQuiz, assemble, usable_spec
from guidekit.quiz.sample import (
    QuizError,
    Selection,
    Stratum,
    pool_items,
    sample_questions,
    stratum_key,
)
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import GoldItem, Pool


def annotator_seed(seed: int, annotator: str) -> int:
    """The order seed of one annotator: the first 8 bytes, big-endian, of
    sha256 over ``f"{seed}:{annotator}"`` in UTF-8.

    >>> annotator_seed(11, "ann") == annotator_seed(11, "ann")
    True
    """
    digest = hashlib.sha256(f"{seed}:{annotator}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def build_forms(loaded: LoadedSpec, forms: int, *, questions: int | None = None,
                seed: int | None = None, practice: bool = False,
                template_dir: str | Path | None = None,
                exclude: Collection[str] = frozenset()) -> list[BuiltQuiz]:
    """`forms` parallel quizzes with no item in common, balanced by label,
    difficulty and rule. Without `exclude`, a pool too small for `forms`
    forms of `questions` gives each form an equal share of it.
    """
    spec = usable_spec(loaded)
    pool: Pool = "practice" if practice else "exam"
    asked = spec.quiz.questions if questions is None else questions
    left, excluded = _unseen(loaded, pool, exclude, forms * asked)
    per_form = min(asked, left // forms)
    if per_form < 1:
        raise QuizError(f"{forms} forms need at least {forms} {pool} items; the "
                        f"pool has {left}: ask for fewer forms")
    drawn = sample_questions(spec, questions=per_form * forms, seed=seed, pool=pool,
                             exclude=exclude)
    if forms == 1:
        return [replace(assemble(loaded, drawn, practice=practice,
                                 template_dir=template_dir), excluded=excluded)]
    built = []
    for number, items in enumerate(deal(drawn.items, forms, seed=drawn.seed), 1):
        random.Random(f"{drawn.seed}:form-{number}").shuffle(items)
        chosen = replace(drawn, items=tuple(items), requested=asked,
                         strata=_strata(drawn, items))
        quiz = assemble(loaded, chosen, practice=practice, template_dir=template_dir,
                        extra={"form": number, "forms": forms})
        built.append(replace(quiz, excluded=excluded))
    return built


def build_for_annotator(loaded: LoadedSpec, annotator: str, *,
                        questions: int | None = None, seed: int | None = None,
                        practice: bool = False,
                        template_dir: str | Path | None = None,
                        exclude: Collection[str] = frozenset()) -> BuiltQuiz:
    """The quiz for one annotator: items not in `exclude`, in their own order."""
    spec = usable_spec(loaded)
    pool: Pool = "practice" if practice else "exam"
    asked = spec.quiz.questions if questions is None else questions
    _, excluded = _unseen(loaded, pool, exclude, asked)
    drawn = sample_questions(spec, questions=asked, seed=seed, pool=pool,
                             exclude=exclude)
    order = annotator_seed(drawn.seed, annotator)
    items = list(drawn.items)
    random.Random(order).shuffle(items)
    quiz = assemble(loaded, replace(drawn, items=tuple(items)), practice=practice,
                    template_dir=template_dir,
                    extra={"annotator": annotator, "order_seed": order})
    return replace(quiz, excluded=excluded)


def _unseen(loaded: LoadedSpec, pool: Pool, exclude: Collection[str],
            needed: int) -> tuple[int, int]:
    """Items of `pool` left and left out; QuizError if exclusion leaves too few."""
    items = pool_items(loaded.spec, pool)
    excluded = sum(item.id in exclude for item in items)
    left = len(items) - excluded
    if excluded and left < needed:
        raise QuizError(f"only {left} {pool} item(s) were not seen before "
                        f"({excluded} of {len(items)} left out), {needed} needed: "
                        "ask for fewer questions or forms, or add gold")
    return left, excluded


def _strata(drawn: Selection, items: list[GoldItem]) -> tuple[Stratum, ...]:
    counts = Counter(stratum_key(item, drawn.stratify) for item in items)
    return tuple(Stratum(s.key, s.size, counts[s.key]) for s in drawn.strata)
