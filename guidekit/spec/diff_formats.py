"""A diff as text for a terminal, Markdown for a pull request, or JSON.

The JSON shape "guidekit.diff/v1": format, old and new {source, id, title,
version}, required (major, minor, patch or null), step (how far the
version moved: major, minor, patch, none, down, or null when a version is
not semver), enough (true, false or null), suggested (the next version the
changes ask for, or null), counts {major, minor, patch}, and changes
[{code, bump, message, side, path, old, new}] in spec order, `path` a JSON
path in that side's spec, `old` and `new` the two texts of a wording
change (else null). Keys are only ever added within v1. JSON lists every
change; text and Markdown show the first SHOWN of each code and count the
rest.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from guidekit.spec.changes import Change
from guidekit.spec.diff import FORMAT, SpecDiff
from guidekit.spec.semver import BUMPS
from guidekit.spec.where import json_path

DiffFormatter = Callable[[SpecDiff], str]
SHOWN = 10
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~&])")


def verdict(result: SpecDiff) -> str:
    """One line: the bump needed and how far the version went.

    >>> from guidekit.spec.diff import Side
    >>> side = Side("a.yaml", "t", "T", "1.0.0")
    >>> verdict(SpecDiff(side, side, ()))
    'no changes; version 1.0.0 -> 1.0.0 (none)'
    """
    was, now, done = result.old.version, result.new.version, result.step
    went = f"version {was} -> {now} ({done or 'not semver'})"
    if result.required is None:
        return f"no changes; {went}"
    judged = {True: "enough", False: "not enough", None: "cannot tell"}[result.enough]
    return f"needs a {result.required} bump; {went}: {judged}"


def format_text(result: SpecDiff) -> str:
    """Lines `bump: message (code)`, largest bump first, wording shown -/+.

    Past SHOWN changes of one code, a line counts the rest.
    """
    out = [f"{result.old.source} -> {result.new.source}", verdict(result)]
    for change, more in _capped(_by_bump(result)):
        out.append(f"{change.bump}: {change.message} ({change.code})")
        out += _both(change, "    ")
        if more:
            out.append(f"{change.bump}: {more} more like this ({change.code})")
    return "".join(line + "\n" for line in out)


def format_markdown(result: SpecDiff) -> str:
    """A pull-request comment headed by the bump needed and the version change."""
    was, now = _md(result.old.version), _md(result.new.version)
    head = (f"needs a **{result.required}** bump" if result.required
            else "no changes")
    out = [f"### Guideline {_md(result.new.id)}: {head}", "",
           f"Version {was} → {now}: {_md(_judgement(result))}.", ""]
    for bump in reversed(BUMPS):
        group = [c for c in result.changes if c.bump == bump]
        if group:
            out += [f"#### {bump.capitalize()} ({len(group)})", ""]
            for change, more in _capped(group):
                out += _md_change(change)
                out += [f"- {more} more like this ({change.code})"] if more else []
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def format_json(result: SpecDiff) -> str:
    return json.dumps(as_json(result), indent=2, ensure_ascii=False) + "\n"


def as_json(result: SpecDiff) -> dict[str, Any]:
    """The diff as plain data, shape "guidekit.diff/v1"."""
    return {
        "format": FORMAT,
        "old": asdict(result.old), "new": asdict(result.new),
        "required": result.required, "step": result.step,
        "enough": result.enough, "suggested": result.suggested(),
        "counts": {b: sum(c.bump == b for c in result.changes)
                   for b in reversed(BUMPS)},
        "changes": [{"code": c.code, "bump": c.bump, "message": c.message,
                     "side": c.side, "path": json_path(c.at), "old": c.old,
                     "new": c.new} for c in result.changes],
    }


def _judgement(result: SpecDiff) -> str:
    done = result.step
    if done is None:
        return "a version is not semver, so the bump cannot be checked"
    if result.enough:
        return f"{done}, enough" if result.required else done
    wanted = result.suggested()
    return f"{done}, not enough" + (f": use {wanted} or later" if wanted else "")


def _capped(changes: list[Change]) -> Iterator[tuple[Change, int]]:
    """The first SHOWN changes of each code, the last with how many are left."""
    total = Counter(c.code for c in changes)
    seen: Counter[str] = Counter()
    for change in changes:
        seen[change.code] += 1
        if seen[change.code] <= SHOWN:
            left = total[change.code] - SHOWN if seen[change.code] == SHOWN else 0
            yield change, left


def _by_bump(result: SpecDiff) -> list[Change]:
    return sorted(result.changes, key=lambda c: -BUMPS.index(c.bump))


def _both(change: Change, indent: str) -> list[str]:
    if change.old is None and change.new is None:
        return []
    old = [f"{indent}- {line}" for line in (change.old or "").splitlines()]
    return old + [f"{indent}+ {line}" for line in (change.new or "").splitlines()]


def _md_change(change: Change) -> list[str]:
    lines = [f"- {_md(change.message)} ({_md(change.code)})"]
    both = _both(change, "")
    if both:
        fence = "`" * max(3, _longest_ticks("\n".join(both)) + 1)
        lines += ["", f"  {fence}diff", *(f"  {b}" for b in both), f"  {fence}"]
    return lines


def _longest_ticks(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _md(text: str) -> str:
    """Spec text as inert Markdown: one line, punctuation escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


FORMATTERS: dict[str, DiffFormatter] = {
    "text": format_text,
    "markdown": format_markdown,
    "json": format_json,
}
