"""How a submitted or tabled label is matched to a label value.

One rule everywhere: NFC normal form, outer space trimmed (and a
byte-order mark, which files joined end to end leave inside), then exact
(case-sensitive) match against label values first, then their aliases;
the first label to claim a spelling keeps it (the alias-conflict check
reports the clash).
"""

from __future__ import annotations

import unicodedata

from guidekit.spec.models import Spec

BOM = "\ufeff"


def normal(text: str) -> str:
    """The form labels and aliases are matched in.

    >>> normal(" Cafe\\u0301 ") == "Caf\\u00e9"
    True
    >>> normal("\\ufeffann ")
    'ann'
    """
    return unicodedata.normalize("NFC", text).strip().strip(BOM).strip()


def label_spellings(spec: Spec) -> dict[str, str]:
    """Every accepted spelling, in normal form, mapped to its label value."""
    owner: dict[str, str] = {}
    for label in spec.labels:
        owner.setdefault(normal(label.value), label.value)
    for label in spec.labels:
        for alias in label.aliases:
            owner.setdefault(normal(alias), label.value)
    return owner
