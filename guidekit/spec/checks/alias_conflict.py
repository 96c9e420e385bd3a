"""One spelling maps to two labels, so a submission could not be read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from guidekit.spec.checks.base import Check, Finding
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.spellings import normal


def run(loaded: LoadedSpec) -> Iterator[Finding]:
    owner: dict[str, str] = {}
    for label in loaded.spec.labels:
        owner.setdefault(normal(label.value), label.value)
    for i, label in enumerate(loaded.spec.labels):
        for j, alias in enumerate(label.aliases):
            at: tuple[Any, ...] = ("labels", i, "aliases", j)
            other = owner.setdefault(normal(alias), label.value)
            if other != label.value:
                yield Finding(at, f"alias '{alias}' of label '{label.value}' "
                                  f"already means label '{other}'",
                              _hint(alias, other))


def _hint(alias: str, other: str) -> str:
    if alias.strip() != other and normal(alias) == normal(other):
        return (f"{ascii(alias)} and {ascii(other)} differ only in Unicode form "
                "or spaces; each spelling may stand for one label only")
    return "each spelling may stand for one label only"


CHECK = Check(
    "alias-conflict", "error", "An alias is the value or alias of another label.",
    run,
    rationale="Submissions are read through the aliases; a spelling that "
    "stands for two labels cannot be read. Values and aliases are compared "
    "after Unicode NFC and trimming, as submissions are.",
    fix="Remove the alias from one of the two labels.",
)
