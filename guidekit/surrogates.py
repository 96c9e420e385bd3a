"""UTF-16 surrogates: escapes that decode to half a character.

A lone surrogate is not Unicode, and text holding one fails when it is
written as UTF-8. JSON and YAML readers can only produce one from a
`\\uD800`-`\\uDFFF` escape, so a text without such an escape costs a
substring test.
"""

from __future__ import annotations

import re

# a \u escape of a UTF-16 surrogate, paired or not
ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
SURROGATE = re.compile("[\ud800-\udfff]")


def may_hold_one(text: str) -> bool:
    """Whether the values read from `text` can hold a surrogate."""
    return "\\u" in text and ESCAPE.search(text) is not None


def surrogate_in(value: str) -> str | None:
    """The first surrogate in `value`, written as `\\udXXX`; None if none."""
    found = SURROGATE.search(value)
    return None if found is None else f"\\u{ord(found.group()):04x}"
