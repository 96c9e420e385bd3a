"""Draw a seeded, stratified sample of questions from one pool of gold.

A draw takes items of one pool only: a qualification quiz draws from
``exam`` and a practice quiz from ``practice``; honeypot items are never
drawn, and the pools never mix. The draw uses its own
``random.Random(seed)``, so the same spec and seed give the same questions
in the same order, whatever else the process does with `random`.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from guidekit.errors import GuidekitError
from guidekit.quiz.allocate import allocate
from guidekit.spec.models import GoldItem, Pool, Spec

DIFFICULTIES = ("easy", "medium", "hard", None)
StratumKey = tuple[tuple[str, "str | None"], ...]
QuizPool = Pool
QUIZ_POOLS: tuple[Pool, ...] = ("exam", "practice")


class QuizError(GuidekitError):
    """A quiz that cannot be built from this spec, and why."""


@dataclass(frozen=True)
class Stratum:
    """One cell of the stratification, e.g. label 'no' and difficulty 'hard'."""

    key: StratumKey
    size: int
    chosen: int

    def describe(self) -> str:
        parts = [f"{dim}={value or 'unset'}" for dim, value in self.key]
        return " ".join(parts) or "all"


@dataclass(frozen=True)
class Selection:
    """The questions drawn, in quiz order, and how they were drawn."""

    items: tuple[GoldItem, ...]
    strata: tuple[Stratum, ...]
    requested: int
    pool_size: int
    seed: int
    stratify: tuple[str, ...]

    @property
    def whole_pool(self) -> bool:
        """True when more (or as many) questions were asked than exam items."""
        return self.requested >= self.pool_size

    def per_label(self) -> Counter[str]:
        return Counter(item.label for item in self.items if item.label is not None)


def sample_questions(spec: Spec, *, questions: int | None = None,
                     seed: int | None = None, pool: QuizPool = "exam",
                     exclude: Collection[str] = frozenset()) -> Selection:
    """Draw the quiz's questions from `pool`; defaults come from ``spec.quiz``.

    Questions are shared among the strata by `allocate`, drawn within each
    stratum, then shuffled together. Asking for more questions than the
    pool holds takes the whole pool (`Selection.whole_pool`). Items whose
    ids are in `exclude` (seen before) are left out of the pool first;
    `Selection.pool_size` counts what is left.
    """
    count = spec.quiz.questions if questions is None else questions
    seed = spec.quiz.seed if seed is None else seed
    if count < 1:
        raise QuizError(f"questions must be at least 1, got {count}")
    items = [item for item in pool_items(spec, pool) if item.id not in exclude]
    if not items:
        raise QuizError(f"every {pool} item of spec '{spec.id}' was seen before; "
                        "add gold or leave out --exclude-seen")
    dims = tuple(dict.fromkeys(spec.quiz.stratify))
    groups = strata(items, dims, _answer_order(spec))
    seats = allocate([len(g) for g in groups.values()], min(count, len(items)))
    cells = tuple(Stratum(key, len(group), n)
                  for (key, group), n in zip(groups.items(), seats, strict=True))
    chosen = _draw(list(groups.values()), seats, seed)
    return Selection(chosen, cells, count, len(items), seed, dims)


def _draw(groups: list[list[GoldItem]], seats: list[int],
          seed: int) -> tuple[GoldItem, ...]:
    rng = random.Random(seed)
    chosen: list[GoldItem] = []
    for group, n in zip(groups, seats, strict=True):
        chosen.extend(rng.sample(group, n))
    rng.shuffle(chosen)
    return tuple(chosen)


def _answer_order(spec: Spec) -> list[str]:
    """Stratum order of answers: the labels, or a rating scale's points."""
    scale = spec.task.scale
    if spec.task.kind == "rating" and scale is not None:
        return [str(point) for point in scale.points()]
    return spec.label_values()


def exam_pool(spec: Spec) -> list[GoldItem]:
    """The gold items a qualification quiz may ask, in spec order."""
    return pool_items(spec, "exam")


def pool_items(spec: Spec, pool: QuizPool) -> list[GoldItem]:
    """The gold items of `pool` (exam or practice), in spec order."""
    if pool not in QUIZ_POOLS:
        raise QuizError(f"a quiz draws from the exam or practice pool, not '{pool}'")
    items = [item for item in spec.gold if item.pool == pool]
    if not items:
        hint = "(the default)" if pool == "exam" else ""
        raise QuizError(f"spec '{spec.id}' has no gold items in the {pool} pool "
                        f"[{len(spec.gold)} gold item(s) in all]; "
                        f"add gold with pool: {pool} {hint}".rstrip())
    return items


def strata(pool: Sequence[GoldItem], dims: Sequence[str],
           labels: Sequence[str]) -> dict[StratumKey, list[GoldItem]]:
    """Gold items grouped by their values on `dims`, groups in a fixed order.

    Groups follow the spec's label order, then easy, medium, hard, unset;
    within a group items keep their spec order.
    """
    groups: dict[StratumKey, list[GoldItem]] = {}
    for item in pool:
        groups.setdefault(stratum_key(item, dims), []).append(item)
    order = sorted(groups, key=lambda key: [_rank(p, labels) for p in key])
    return {key: groups[key] for key in order}


def stratum_key(item: GoldItem, dims: Sequence[str]) -> StratumKey:
    """The stratum an item falls in, e.g. ``(("label", "no"),)``."""
    return tuple((dim, _value(item, dim)) for dim in dims)


def _value(item: GoldItem, dim: str) -> str | None:
    if dim == "label":
        return item.label if item.rating is None else str(item.rating)
    if dim == "difficulty":
        return item.difficulty
    raise QuizError(f"cannot stratify by '{dim}'; use label or difficulty")


def _rank(pair: tuple[str, str | None], labels: Sequence[str]) -> int:
    dim, value = pair
    order: Sequence[str | None] = labels if dim == "label" else DIFFICULTIES
    return order.index(value) if value in order else len(order)
