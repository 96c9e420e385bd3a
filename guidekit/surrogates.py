"""UTF-16 surrogates: escapes that decode to half a character.

A lone surrogate is not Unicode, and text holding one fails when it is
written as UTF-8. JSON and YAML readers can only produce one from a
`\\uD800`-`\\uDFFF` escape, so a text without such an escape costs a
substring test. Readers of submissions check only the values they read:
a value never read reaches no report, so a half character there (a
tool's task text cut in the middle of an emoji) is left alone.

Python itself makes them from the OS: each byte of a file name or a
command-line argument that is not UTF-8 becomes one (surrogateescape).
`os_text` shows such a name with those bytes as `\\xNN` escapes.
"""

from __future__ import annotations

import os
import re

# a \u escape of a UTF-16 surrogate, paired or not
ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
SURROGATE = re.compile("[\ud800-\udfff]")


def may_hold_one(text: str) -> bool:
    """Whether the values read from `text` can hold a surrogate."""
    return "\\u" in text and ESCAPE.search(text) is not None


def surrogate_in(value: str) -> str | None:
    """The first surrogate in `value`, written as `\\udXXX`; None if none.

    >>> surrogate_in("g\\ud800"), surrogate_in("g\\U0001f600")
    ('\\\\ud800', None)
    """
    found = None if value.isascii() else SURROGATE.search(value)
    return None if found is None else f"\\u{ord(found.group()):04x}"


def lone_half(escape: str, where: str = "") -> str:
    """The message for a surrogate `escape` found in a value (`where`: "in ...").

    >>> lone_half("\\\\udfff", "in the label")[:41]
    "'\\\\udfff' in the label is half of a UTF-16"
    """
    place = f" {where}" if where else ""
    return (f"'{escape}'{place} is half of a UTF-16 surrogate pair alone, "
            "not valid Unicode")


def os_text(name: str) -> str:
    """A name from the OS with its bytes that are not UTF-8 written as `\\xNN`.

    >>> os_text("caf\\udce9.csv")
    'caf\\\\xe9.csv'
    """
    return os.fsencode(name).decode("utf-8", "backslashreplace")
