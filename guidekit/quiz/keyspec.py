"""Score quiz answers: the spec's gold seen through one or more quiz keys.

A quiz's answers file names questions by their opaque ids
(`guidekit.quiz.qids`), so `guidekit score --quiz-key key.json` scores
against `quiz_key_spec`: a copy of the spec whose gold set is exactly the
quizzes' questions, each gold item under its opaque id. Rows naming any
other item count as not gold. The report keeps the spec's own gold
fingerprint. This works for every task kind, since scoring reads gold
from the spec alone (the approach of `guidekit.gold.honeypots`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from guidekit.errors import InputError
from guidekit.quiz.keyfile import QuizKey
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.made_under import changed_since


@dataclass(frozen=True)
class QuizKeySpec(LoadedSpec):
    """A LoadedSpec whose gold is the quizzes' questions; the fingerprint stays."""

    own_fingerprint: str = ""

    @property
    def gold_fingerprint(self) -> str:
        return self.own_fingerprint


def quiz_key_spec(loaded: LoadedSpec,
                  keys: Sequence[QuizKey]) -> tuple[QuizKeySpec, list[str]]:
    """The spec to score quiz answers with, and warnings to show.

    Raises InputError when a key is for another spec, names a gold id the
    spec no longer has, or two keys give one question id to two items; a
    changed version or gold fingerprint is only a warning.
    """
    spec = loaded.spec
    by_id = {item.id: item for item in spec.gold}
    gold_of: dict[str, str] = {}
    for key in keys:
        if key.spec_id != spec.id:
            raise InputError(key.path, None, f"a key of spec '{key.spec_id}', not "
                             f"'{spec.id}'")
        for qid, gold in key.gold_ids.items():
            _check(key, qid, gold, gold_of, spec.id, by_id.keys())
            gold_of[qid] = gold
    asked = [by_id[gold].model_copy(update={"id": qid})
             for qid, gold in gold_of.items()]
    scored = QuizKeySpec(spec.model_copy(update={"gold": asked}), loaded.path,
                         loaded.where, loaded.warnings, loaded.dropped_gold,
                         own_fingerprint=loaded.gold_fingerprint)
    return scored, [w for key in keys for w in _warnings(loaded, key)]


def _check(key: QuizKey, qid: str, gold: str, gold_of: dict[str, str],
           spec_id: str, known: Collection[str]) -> None:
    if gold not in known:
        raise InputError(key.path, None, f"question '{qid}' is gold item "
                         f"'{gold}', which spec '{spec_id}' no longer has")
    if gold_of.get(qid, gold) != gold:
        raise InputError(key.path, None, f"question '{qid}' is gold item "
                         f"'{gold}' here but '{gold_of[qid]}' in another key; "
                         "score the two quizzes apart")


def _warnings(loaded: LoadedSpec, key: QuizKey) -> list[str]:
    return changed_since(loaded, str(key.path), key.version, key.fingerprint,
                         "the quiz was built")
