"""Warnings for a file made from a spec that has changed since (a key, a mix)."""

from __future__ import annotations

from guidekit.spec.loader import LoadedSpec


def changed_since(loaded: LoadedSpec, path: str, version: str, fingerprint: str,
                  made: str) -> list[str]:
    """What changed in the spec since `path` was made (`made` says how).

    >>> changed_since(spec, "key.json", "1.0.0", "sha256:...", "the quiz was built")
    ... # doctest: +SKIP
    """
    found = []
    if version != loaded.spec.version:
        found.append(f"{path}: made under guideline version {version}; the spec "
                     f"is {loaded.spec.version}")
    if fingerprint != loaded.gold_fingerprint:
        found.append(f"{path}: the gold set changed since {made} ({fingerprint} "
                     f"-> {loaded.gold_fingerprint}); it is scored against today's "
                     "answers")
    return found
