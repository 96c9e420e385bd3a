"""Answers rows back to gold ids, for `quiz build --exclude-seen`.

A quiz's answers name questions by opaque ids and carry the quiz id
(``quiz``); the quiz's key (``--seen-key``) maps them back. A row's item
is read as:

1. a question of the key of the row's quiz, when that key is given;
2. a gold id of the spec (files from before opaque ids, or written by
   hand with gold ids);
3. a question of any key given, for rows that name no quiz;
4. else, when the row names a quiz whose key is not given, an error
   (the items it saw cannot be known); otherwise not gold, and skipped.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from guidekit.errors import InputError
from guidekit.quiz.keyfile import QuizKey


@dataclass(frozen=True)
class SeenMap:
    """The spec's gold ids and the question ids of the keys given."""

    gold_ids: frozenset[str]
    by_quiz: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, spec_id: str, gold_ids: Collection[str],
           keys: Sequence[QuizKey] = ()) -> SeenMap:
        """A map for spec `spec_id`; InputError for a key of another spec."""
        for key in keys:
            if key.spec_id != spec_id:
                raise InputError(key.path, None, f"a key of spec '{key.spec_id}', "
                                 f"not '{spec_id}'")
        return cls(frozenset(gold_ids), {key.quiz: key.gold_ids for key in keys})

    def gold(self, path: str, number: int, row: Mapping[str, object],
             item: str) -> str | None:
        """The gold id `item` of row `number` stands for, or None (not gold)."""
        quiz = str(row.get("quiz") or "").strip()
        own = self.by_quiz.get(quiz, {})
        if item in own:
            return own[item]
        if item in self.gold_ids:
            return item
        if quiz and quiz not in self.by_quiz:
            raise InputError(path, number, f"an answer to quiz '{quiz}', whose "
                             "question ids only its key can map to gold items; "
                             "add --seen-key with that quiz's key.json")
        found = {ids[item] for ids in self.by_quiz.values() if item in ids}
        return found.pop() if len(found) == 1 else None
