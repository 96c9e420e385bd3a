"""Anchor ids for the guide: safe in HTML and unique in one page."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")


def slugify(text: str) -> str:
    """Lower-case word characters joined by '-'; '' when none are left.

    >>> slugify("Not entailed / maybe 'yes'")
    'not-entailed-maybe-yes'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("-", folded).replace("_", "-").strip("-")


class Anchors:
    """Hands out ids such as 'label-yes'; a clash gets '-2', '-3', ...

    >>> anchors = Anchors()
    >>> anchors.make("label", "a b"), anchors.make("label", "a/b")
    ('label-a-b', 'label-a-b-2')
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def make(self, kind: str, text: str) -> str:
        base = f"{kind}-{slugify(text) or len(self._taken) + 1}"
        anchor, n = base, 1
        while anchor in self._taken:
            n += 1
            anchor = f"{base}-{n}"
        self._taken.add(anchor)
        return anchor
