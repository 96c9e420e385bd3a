"""An example or gold item whose answer is not in the key its task kind uses.

single_label answers go in `label`, multi_label in `labels`, span in
`spans` and rating in `rating`: exactly one of them. `also` (accepted
alternatives) is for single_label and multi_label gold only.
"""

from __future__ import annotations

from collections.abc import Iterator

from guidekit.spec.checks.answered import Owner, examples, owners
from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.checks.memo import gold_column
from guidekit.spec.gold_columns import all_none, any_set
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.models import ANSWER_KEYS, GoldItem

WRITTEN = {"label": 'label: "a"', "labels": 'labels: ["a", "b"]',
           "spans": 'spans: [{start: 0, end: 4, label: "a"}]', "rating": "rating: 3"}
NO_ALSO = ("span", "rating")
KEYS = frozenset(ANSWER_KEYS.values())


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    kind, need = loaded.spec.task.kind, loaded.spec.task.answer_key
    others = KEYS - {need}
    clean = _gold_clean(loaded, need, kind in NO_ALSO)  # all the gold at once
    for owner in examples(loaded.spec) if clean else owners(loaded.spec):
        thing = owner.thing
        only = thing.model_fields_set.isdisjoint(others)
        if not only or getattr(thing, need) is None:  # a quick test first
            yield from _keys(owner, kind, need)
        if kind in NO_ALSO and isinstance(thing, GoldItem) and thing.also:
            yield Finding((*owner.at, "also"),
                          f"{owner.name} has 'also', which task kind {kind} "
                          "does not use", "remove it", on_key=True)


def _gold_clean(loaded: LoadedSpec, need: str, no_also: bool) -> bool:
    """Whether every gold item has its one answer under `need` (and no
    `also` where the kind takes none), so none can have a finding."""
    others = [key for key in ANSWER_KEYS.values() if key != need]
    return (None not in gold_column(loaded, need)
            and all(all_none(gold_column(loaded, key)) for key in others)
            and not (no_also and any_set(gold_column(loaded, "also"))))


def _keys(owner: Owner, kind: str, need: str) -> Iterator[Finding]:
    have = owner.thing.answer_keys()
    if not have:
        yield Finding(owner.at, f"{owner.name} has no answer; task kind {kind} "
                                f"needs '{need}'", f"add {WRITTEN[need]}")
    for key in have:
        if key == need:
            continue
        if need in have:
            message = (f"{owner.name} has '{key}' beside '{need}'; task kind "
                       f"{kind} needs only '{need}'")
            hint = f"remove '{key}'"
        else:
            message = f"{owner.name} has '{key}' but task kind {kind} needs '{need}'"
            hint = f"write the answer as {WRITTEN[need]}"
        yield Finding((*owner.at, key), message, hint, on_key=True)


CHECK = Check(
    "answer-shape", "error",
    "An answer is not in the one key its task kind uses (label, labels, spans "
    "or rating).", run,
    rationale="Quizzes, scoring and the guide read the answer from the key of "
    "the task kind; an answer under another key, or two answers, would be "
    "read as no answer or the wrong one. `also` is for single_label and "
    "multi_label gold only.",
    fix="Move the answer to the key the message names, and drop the others.",
)
