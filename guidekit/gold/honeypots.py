"""Score a mixed batch: the spec's gold seen through a honeypot mapping.

`honeypot_spec` turns a spec and a mapping (mix_mapping) into the spec
`guidekit score --honeypots` scores against: its gold set is exactly
the planted items, each under its disguised id, so answers to them are
scored against gold and answers to the batch's own rows count as not
gold. The report keeps the spec's own gold fingerprint. This works for
every task kind, because scoring reads gold from the spec alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guidekit.errors import InputError
from guidekit.gold.mix_mapping import FORMAT
from guidekit.spec.loader import LoadedSpec
from guidekit.spec.made_under import changed_since


@dataclass(frozen=True)
class Honeypots:
    """A read mapping: disguised id -> gold id, and what it was made for."""

    path: str
    spec_id: str
    version: str
    fingerprint: str
    ids: dict[str, str]


@dataclass(frozen=True)
class HoneypotSpec(LoadedSpec):
    """A LoadedSpec whose gold is the planted items; the fingerprint stays."""

    own_fingerprint: str = ""

    @property
    def gold_fingerprint(self) -> str:
        return self.own_fingerprint


def read_honeypots(path: str | Path) -> Honeypots:
    """Read a mapping file; InputError names the file and what is wrong."""
    shown = str(path)
    try:
        data: Any = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(shown, None, "cannot read file: "
                         f"{(exc.strerror or str(exc)).lower()}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(shown, exc.lineno, f"invalid JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(shown, None, f"not a honeypot mapping ({FORMAT}); use "
                         "the mapping `guidekit gold mix` wrote")
    spec, ids = data.get("spec"), data.get("honeypots")
    if not isinstance(spec, dict) or not isinstance(ids, dict) or not all(
            isinstance(v, str) for v in [*ids, *ids.values()]):
        raise InputError(shown, None, "'spec' or 'honeypots' is missing or not "
                         "an object of strings")
    return Honeypots(shown, str(spec.get("id")), str(spec.get("version")),
                     str(spec.get("gold_fingerprint")), dict(ids))


def honeypot_spec(loaded: LoadedSpec,
                  honeypots: Honeypots) -> tuple[HoneypotSpec, list[str]]:
    """The spec to score a mixed batch with, and warnings to show.

    Raises InputError when the mapping is for another spec or names a
    gold id the spec no longer has; a changed version or gold fingerprint
    is only a warning (a corrected gold answer is then the one used).
    """
    spec = loaded.spec
    if honeypots.spec_id != spec.id:
        raise InputError(honeypots.path, None, f"made for spec "
                         f"'{honeypots.spec_id}', not '{spec.id}'")
    by_id = {item.id: item for item in spec.gold}
    planted = []
    for new, gold in honeypots.ids.items():
        if gold not in by_id:
            raise InputError(honeypots.path, None, f"'{new}' is gold item "
                             f"'{gold}', which spec '{spec.id}' no longer has")
        planted.append(by_id[gold].model_copy(update={"id": new}))
    mixed = HoneypotSpec(spec.model_copy(update={"gold": planted}), loaded.path,
                         loaded.where, loaded.warnings, loaded.dropped_gold,
                         own_fingerprint=loaded.gold_fingerprint)
    return mixed, _warnings(loaded, honeypots)


def _warnings(loaded: LoadedSpec, honeypots: Honeypots) -> list[str]:
    return changed_since(loaded, str(honeypots.path), honeypots.version,
                         honeypots.fingerprint, "the mix")
