"""The quiz id and the opaque question ids of a quiz.

Gold ids can give an answer away (a spec's ids often run in blocks by
label, ``g-001`` ... ``g-007`` all "billing"), so the files an annotator
sees never hold them. Each question gets a token of `TOKEN_LENGTH`
characters drawn by a ``random.Random`` seeded from public facts only:
the spec's id and version, the seed, the mode and the items' text in quiz
order. The tokens depend on a question's position and text, never on its
gold id, so nothing about the gold can be recomputed from them; the
mapping back to gold ids is kept in key.json alone. The quiz id is made
from the same facts, so it does not hash gold ids either (with guessable
ids and a short quiz, a hash over them could be inverted by trial).
The same spec and seed give the same ids.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Collection, Sequence
from typing import Any

TOKEN_LENGTH = 10
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
TRIES = 64


def quiz_basis(spec_id: str, version: str, seed: int, items: Sequence[Any], *,
               practice: bool = False) -> str:
    """The public facts a quiz's ids are made from, as one JSON text."""
    basis: dict[str, object] = {"spec": spec_id, "version": version,
                                "seed": seed, "items": list(items)}
    if practice:
        basis["mode"] = "practice"
    return json.dumps(basis, sort_keys=True, ensure_ascii=False)


def quiz_id_of(basis: str) -> str:
    """12 hex digits of sha256 over `basis` (see `quiz_basis`)."""
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


def question_ids(basis: str, count: int, *,
                 avoid: Collection[str] = ()) -> list[str]:
    """`count` distinct tokens for the questions, in quiz order.

    A token that equals or contains one of `avoid` (the spec's gold ids)
    is drawn again, up to `TRIES` times where the ids leave no choice.

    >>> ids = question_ids("basis", 3)
    >>> len(set(ids)), {len(token) for token in ids}
    (3, {10})
    >>> ids == question_ids("basis", 3)
    True
    """
    digest = hashlib.sha256(f"question-ids:{basis}".encode()).digest()
    rng = random.Random(int.from_bytes(digest, "big"))
    tokens: list[str] = []
    while len(tokens) < count:
        token = _token(rng, avoid, taken=tokens)
        tokens.append(token)
    return tokens


def _token(rng: random.Random, avoid: Collection[str], *, taken: list[str]) -> str:
    token = ""
    for _ in range(TRIES):
        token = "".join(rng.choice(ALPHABET) for _ in range(TOKEN_LENGTH))
        if token not in taken and not any(gold and gold in token for gold in avoid):
            return token
    while token in taken:  # gold ids this short: distinct is what must hold
        token = "".join(rng.choice(ALPHABET) for _ in range(TOKEN_LENGTH))
    return token
